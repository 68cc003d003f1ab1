"""``seatkeeper remind``: the open reminders; ``install``/``uninstall`` in a temporary home.

The unit that ``install`` writes, run by hand, prints what ``seatkeeper remind``
prints; ``uninstall`` removes it. (Delivery through real SMTP and D-Bus:
tests/integration/test_remind.py; the Windows and macOS files:
tests/services/test_remind_schedule.py.)
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest

from seatkeeper.cli import remind, run
from seatkeeper.services.clock import system_clock
from seatkeeper.services.demo import build_demo
from seatkeeper.services.remind_schedule import Scheduler
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.services.helpers import STORE_PLAN
from tests.services.test_remind_schedule import FakeOs

AS_OF = "2026-11-22T09:30:00Z"


@pytest.fixture(autouse=True)
def _no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remind, "make_notifier", lambda: None)


def _db(store: Store) -> str:
    assert store.location.path is not None
    return str(store.location.path)


def test_lists_the_open_reminders_with_time_left_and_amount(
        demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["remind", "--db", _db(demo_store), "--json", "--as-of", AS_OF]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    first, summary = lines[0], lines[-1]["run"]
    assert (first["subscription_name"], first["kind"], first["state"]) == (
        STORE_PLAN, "cancel_by", "open")
    assert first["seconds_left"] == (2 * 24 + 14) * 3600 + 30 * 60  # to 25.11 00:00 UTC
    assert first["amount"] == {"value": "99.96", "currency": "EUR"}
    assert summary["open"] == 4


def test_a_run_does_not_close_them(demo_store: Store,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(2):
        assert run(["remind", "--db", _db(demo_store), "--json", "--as-of", AS_OF]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert json.loads(lines[-1])["run"]["open"] == 4


def _fresh_demo(tmp_path: Path) -> str:
    """A demo roster made now (the unit runs on the real clock)."""
    path = tmp_path / "now.sqlite"
    store = open_store(str(path))
    build_demo(store, None, system_clock, "test-admin")
    store.dispose()
    return str(path)


def test_install_writes_a_unit_that_by_hand_does_what_remind_does_and_uninstall_removes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    roster = _fresh_demo(tmp_path)
    home = tmp_path / "home"
    fake = FakeOs(tmp_path, systemd=True)
    monkeypatch.setattr(remind, "make_scheduler", lambda where: Scheduler(
        where, home=home, data_dir=tmp_path / "data", platform="linux", run=fake,
        which=fake.which))
    assert run(["remind", "install", "--db", roster]) == 0
    assert "systemd user timer" in capsys.readouterr().out
    assert run(["remind", "status", "--db", roster]) == 0
    assert capsys.readouterr().out.strip() == "installed"
    unit = (home / ".config/systemd/user/seatkeeper-remind.service").read_text()
    exec_start = next(x for x in unit.splitlines() if x.startswith("ExecStart="))
    env = {**os.environ, "SEATKEEPER_DATA_DIR": str(tmp_path / "hand"),
           "XDG_RUNTIME_DIR": str(tmp_path), "LANG": "C.UTF-8"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("LC_ALL", None)
    by_hand = subprocess.run(shlex.split(exec_start.removeprefix("ExecStart=")),
                             capture_output=True, text=True, env=env, timeout=120,
                             check=False)
    assert by_hand.returncode == 0, by_hand.stderr
    assert run(["remind", "--db", roster]) == 0
    direct = capsys.readouterr().out
    assert by_hand.stdout == direct
    assert STORE_PLAN in direct
    assert run(["remind", "uninstall", "--db", roster]) == 0
    assert not (home / ".config/systemd/user/seatkeeper-remind.service").exists()
    assert not (home / ".config/systemd/user/seatkeeper-remind.timer").exists()
    capsys.readouterr()
    assert run(["remind", "status", "--db", roster]) == 0
    assert capsys.readouterr().out.strip() == "not installed"


def test_without_systemd_install_puts_marked_lines_in_the_crontab(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeOs(tmp_path, systemd=False)
    monkeypatch.setattr(remind, "make_scheduler", lambda where: Scheduler(
        where, home=tmp_path / "home", platform="linux", run=fake, which=fake.which))
    roster = str(tmp_path / "r.sqlite")
    assert run(["remind", "install", "--db", roster]) == 0
    lines = fake.crontab.read_text().splitlines()
    assert len(lines) == 2
    for line in lines:
        assert line.endswith("# seatkeeper-remind")
        assert shlex.split(line, comments=True)[-3:] == ["remind", "--db", roster]
    assert run(["remind", "uninstall", "--db", roster]) == 0
    assert not fake.crontab.exists()


def test_a_bad_action_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["remind", "sometimes"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith("seatkeeper: argument action: invalid choice")


def test_install_refuses_a_roster_address_with_a_password(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeOs(tmp_path, systemd=True)
    monkeypatch.setattr(remind, "make_scheduler", lambda where: Scheduler(
        where, home=tmp_path / "home", platform="linux", run=fake, which=fake.which))
    secret = "Pg-s3cret!"
    url = f"postgresql://kari:{secret}@db.example/roster"
    assert run(["remind", "install", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "holds a password" in err
    assert secret not in err
    assert not (tmp_path / "home").exists()  # nothing written
