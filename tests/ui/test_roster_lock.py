"""One window per roster: a second is refused, a lock left by a crash is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.roster_lock import RosterInUse, RosterLock, lock_path
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import make_window, save_screenshot


def _message_box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None, timeout=10_000)
    box = window.findChild(QMessageBox, name)
    assert box is not None
    return box



def test_second_window_on_the_same_roster_is_refused(
        qtbot: QtBot, demo_window: MainWindow, runner: TaskRunner, tmp_path: Path,
        clock: Clock) -> None:
    services = demo_window.services
    assert services is not None
    location = services.store.location
    assert location.path is not None
    assert lock_path(location.path).exists()
    with pytest.raises(RosterInUse, match=f"process {os.getpid()}"):
        RosterLock().take(location)
    other = MainWindow(runner, lambda where, demo: None,  # type: ignore[arg-type,return-value]
                       RosterLocation.parse(str(tmp_path / "other-demo.sqlite")))
    qtbot.addWidget(other)
    other.show()
    other.open_roster(location)
    box = _message_box(qtbot, other, "errorDialog")
    assert "already open in another Seatkeeper window" in box.text()
    save_screenshot(box, "second_instance_refused")
    assert other.services is None
    demo_window.close()
    assert not lock_path(location.path).exists()  # released when the window closes


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_stale_lock_left_by_a_crash_is_recovered(qtbot: QtBot, runner: TaskRunner,
                                                 tmp_path: Path, clock: Clock) -> None:
    roster = tmp_path / "crashed.sqlite"
    code = ("import os, signal, sys\nfrom PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\nassert lock.tryLock(0)\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    child = subprocess.run([sys.executable, "-c", code, str(lock_path(roster))], check=False)
    assert child.returncode == -signal.SIGKILL
    assert lock_path(roster).exists()  # the crash left its lock behind
    window = make_window(qtbot, runner, tmp_path, clock, RosterLocation.parse(str(roster)))
    assert window.services is not None
    assert window.startup.roster_lock.held == [roster]
