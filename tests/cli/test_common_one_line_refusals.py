"""Every refusal is one line on stderr and exit 2; tracebacks go to the log only (issue 19).

Run as a real process: in-process, pytest's own log handler would swallow what
Python's last-resort handler prints to stderr when nothing else logs.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from seatkeeper.store.open import open_store

ASSIGN = ["seats", "assign", "--seat", "1", "--name", "A", "--email", "a@example.com"]


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SEATKEEPER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "seatkeeper", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.sqlite"
    open_store(str(path)).dispose()
    return path


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("seatkeeper: ")
    return lines[0]


def test_an_argument_error_is_one_line(tmp_path: Path) -> None:
    line = _one_line(_run(["report", "--no-such-option"], tmp_path))
    assert "--no-such-option" in line


def test_a_failed_upgrade_is_one_line_and_its_traceback_is_in_the_log(
        roster: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(roster)  # claims an older schema: the upgrade then fails
    conn.execute("UPDATE alembic_version SET version_num = 'i7_holder_sort'")
    conn.commit()
    conn.close()
    data = tmp_path / "data"
    data.mkdir()
    line = _one_line(_run([*ASSIGN, "--db", str(roster)], data))
    assert "upgrade was undone" in line
    assert "Traceback" in (data / "logs" / "seatkeeper.log").read_text(encoding="utf-8")


def test_an_empty_schema_version_is_one_line(roster: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(roster)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    before = roster.read_bytes()
    line = _one_line(_run([*ASSIGN, "--db", str(roster)], tmp_path))
    assert "version" in line
    assert roster.read_bytes() == before
