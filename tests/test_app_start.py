"""`seatkeeper --demo` (what `make run` runs) starts, fills its demo, and stays up.

A real process on the real entry point: the window's first look, the worker
that imports the services, the demo fill and the event loop, twice (the second
start finds the demo file and shows its first look before the store opens).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seatkeeper.ui.screens.specs import SCREENS

pytestmark = pytest.mark.slow


def _seats(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM seats").fetchone()[0])
    except sqlite3.Error:
        return 0


def _opened(log: Path) -> int:
    """How many times the app logged a roster open with all its screens."""
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    return text.count(f"roster opened: {len(SCREENS)} screens")


def _start_and_stop(qtbot: QtBot, data: Path, **env_vars: str) -> str:
    env = {**os.environ, "SEATKEEPER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
           **env_vars}
    log = data / "logs" / "seatkeeper.log"
    before = _opened(log)
    process = subprocess.Popen([sys.executable, "-m", "seatkeeper", "--demo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def up() -> bool:
            assert process.poll() is None, process.communicate()[1]
            return _opened(log) > before
        qtbot.waitUntil(up, timeout=60_000)  # the demo is in and every screen is built
        assert process.poll() is None, process.communicate()[1]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    return err


def test_make_run_starts_twice_on_its_demo(qtbot: QtBot, tmp_path: Path) -> None:
    for _ in range(2):
        err = _start_and_stop(qtbot, tmp_path)
        assert "Traceback" not in err, err
        assert _seats(tmp_path / "demo-roster.sqlite") == 29
    log = (tmp_path / "logs" / "seatkeeper.log").read_text(encoding="utf-8")
    assert " ERROR " not in log, log


@pytest.mark.parametrize(("lang", "tz", "expected"), [
    ("nb_NO.UTF-8", "Europe/Oslo", "window language nb, locale nb_NO, time zone Europe/Oslo"),
    ("da_DK.UTF-8", "Europe/Copenhagen",
     "window language da, locale da_DK, time zone Europe/Copenhagen"),
    ("de_DE.UTF-8", "Europe/Berlin", "window language en, locale de_DE, time zone Europe/Berlin"),
])
def test_the_window_takes_the_systems_language_locale_and_time_zone(
        qtbot: QtBot, tmp_path: Path, lang: str, tz: str, expected: str) -> None:
    """As a new user starts it: nothing chosen yet, only LANG and TZ."""
    env = {"LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", "TZ": tz}
    err = _start_and_stop(qtbot, tmp_path, **env)
    assert "Traceback" not in err, err
    log = (tmp_path / "logs" / "seatkeeper.log").read_text(encoding="utf-8")
    assert expected in log, log
