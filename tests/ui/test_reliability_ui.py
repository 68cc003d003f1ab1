"""The window's safety features: Audit screen, restore from backup, one window per roster,
a clear dialog when the keyring is locked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.domain.errors import VaultLocked
from seatkeeper.services.clock import Clock
from seatkeeper.store import backup
from seatkeeper.store import tables as t
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions import backup as backup_actions
from seatkeeper.ui.dialogs.restore_dialog import RestoreDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.messages import show_error
from seatkeeper.ui.roster_lock import RosterInUse, RosterLock, lock_path
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import Errors, make_window, save_screenshot


def _message_box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None, timeout=10_000)
    box = window.findChild(QMessageBox, name)
    assert box is not None
    return box


def test_audit_screen_filters_by_action_entity_and_text(qtbot: QtBot, demo_window: MainWindow,
                                                        errors: Errors) -> None:
    demo_window.show_screen("audit")
    screen = demo_window.screens["audit"]
    model = screen.model
    total = model.rowCount()
    assert total > 10
    entity = screen.findChild(QComboBox, "auditEntity")
    qtbot.waitUntil(lambda: entity.count() > 1, timeout=10_000)
    entity.setCurrentIndex(entity.findData("seat"))
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total, timeout=10_000)
    qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=10_000)
    assert all(model.row_at(i).entity == "seat" for i in range(model.rowCount()))
    qtbot.keyClicks(screen.filter_box, "no-such-words-anywhere")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    screen.filter_box.clear()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    save_screenshot(demo_window, "audit_screen")
    assert errors == []


def test_restore_from_backup_puts_the_copy_back_and_reopens(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    roster = services.store.location.path
    assert roster is not None
    copy = backup.take_backup(roster, reason="manual", now=datetime(2026, 11, 22, tzinfo=UTC))
    services.store.write(lambda c: c.execute(t.settings.insert().values(key="after", value="x")))
    dialog = backup_actions.choose_backup(demo_window.ctx)
    assert isinstance(dialog, RestoreDialog)
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.list.setCurrentRow(0)
    assert dialog.chosen == backup.list_backups(roster)[0] == copy
    save_screenshot(dialog, "restore_dialog")
    qtbot.mouseClick(dialog.restore_button, qtbot_button())
    box = _message_box(qtbot, demo_window, "confirmRestore")
    assert "Replace the roster" in box.text()
    restore = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(demo_window.roster_opened, timeout=20_000):
        qtbot.mouseClick(restore, qtbot_button())
    reopened = demo_window.services
    assert reopened is not None
    assert reopened is not services
    keys = reopened.store.read(lambda c: c.execute(sa.select(t.settings.c.key)).scalars().all())
    assert "after" not in keys
    assert [b.reason for b in backup.list_backups(roster)][:1] == ["before-restore"]
    assert errors == []


def qtbot_button() -> object:
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


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


def test_locked_keyring_is_a_plain_dialog_not_a_crash(qtbot: QtBot) -> None:
    error = VaultLocked("The keyring is locked. Unlock it (or allow Seatkeeper when asked) "
                        "and try again; nothing was stored elsewhere.")
    box = show_error(None, error)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == error.message
    assert box.windowTitle() != "Something went wrong"
    assert "Traceback" not in box.text()
    assert "log" not in box.text()
