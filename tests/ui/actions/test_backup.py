"""File → Restore from backup…: the copy goes back and the roster opens again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.credentials.vault import SERVICE
from seatkeeper.services import audit_heads
from seatkeeper.services.clock import Clock
from seatkeeper.store import backup, checkpoints
from seatkeeper.store import tables as t
from seatkeeper.ui.actions import backup as backup_actions
from seatkeeper.ui.dialogs.restore_dialog import RestoreDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import Errors, read_only_window, save_screenshot


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton



def _message_box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None, timeout=10_000)
    box = window.findChild(QMessageBox, name)
    assert box is not None
    return box


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
    # The rewind is deliberate: the audit head this computer kept (file and keyring) goes.
    vault = services.vault
    assert vault is not None
    key = audit_heads.KEYRING_PREFIX + checkpoints.roster_key(roster)
    assert vault.get(SERVICE, key) is None
    assert checkpoints.read_checkpoint(roster) is None
    assert reopened.audit_problems == []
    assert errors == []


def test_restoring_over_a_cut_log_says_it_was_tampered_with(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    """Issue 19: the copy's audit head is checked against the roster's log before the
    restore; a tail cut since the copy is named in the confirmation."""
    services = demo_window.services
    assert services is not None
    roster = services.store.location.path
    assert roster is not None
    backup.take_backup(roster, reason="manual", now=datetime(2026, 11, 22, tzinfo=UTC))
    a = t.audit_events

    def cut(conn: sa.Connection) -> None:
        conn.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        last = conn.execute(sa.select(sa.func.max(a.c.id))).scalar_one()
        conn.execute(a.delete().where(a.c.id == last))
    services.store.write(cut)
    dialog = backup_actions.choose_backup(demo_window.ctx)
    assert isinstance(dialog, RestoreDialog)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, qtbot_button())
    box = _message_box(qtbot, demo_window, "confirmRestore")
    assert "tampered with since this copy" in box.informativeText()
    assert "removed from its end" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    box.reject()
    assert errors == []


def test_restoring_an_intact_log_asks_plainly(qtbot: QtBot, demo_window: MainWindow) -> None:
    services = demo_window.services
    assert services is not None
    roster = services.store.location.path
    assert roster is not None
    backup.take_backup(roster, reason="manual", now=datetime(2026, 11, 22, tzinfo=UTC))
    dialog = backup_actions.choose_backup(demo_window.ctx)
    assert isinstance(dialog, RestoreDialog)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, qtbot_button())
    box = _message_box(qtbot, demo_window, "confirmRestore")
    assert box.informativeText() == ""
    box.reject()


def test_restore_is_offered_only_where_it_can_run(qtbot: QtBot, runner: TaskRunner,
                                                  tmp_path: Path, clock: Clock) -> None:
    """Greyed, with the reason as its tooltip: no roster open (a click said "Backups are
    kept for roster files only"), and a read-only review (a click said it could not)."""
    from seatkeeper.credentials.memory_vault import MemoryVault
    from seatkeeper.services.bundle import open_services
    from seatkeeper.store.location import RosterLocation

    path = tmp_path / "copy.sqlite"
    open_services(RosterLocation.parse(str(path)), actor="t", fill_demo=True,
                  vault=MemoryVault(), clock=clock).close()
    window = read_only_window(qtbot, runner, tmp_path, clock)
    restore = window.findChild(QAction, "restoreFromBackup")
    assert restore is not None
    assert not restore.isEnabled()
    assert restore.toolTip() == "Open a roster first."
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        window.open_roster(RosterLocation.parse(str(path)))
    assert not restore.isEnabled()
    assert restore.toolTip() == "The roster is open read-only for review; it cannot be " \
                                "restored from here."
    window.close()
    runner.wait()


def test_restore_is_offered_for_a_writable_roster_file(demo_window: MainWindow) -> None:
    restore = demo_window.findChild(QAction, "restoreFromBackup")
    assert restore is not None
    assert restore.isEnabled()
    assert restore.statusTip() == ""  # no reason why not
