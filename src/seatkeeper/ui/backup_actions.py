"""File → Restore from backup…: list the roster's copies, confirm, restore on a worker, reopen.

The window closes the roster first (its connections must not hold the file),
the restore runs on the writer pool, and the same roster is opened again.
A warning from the daily copy taken at launch is shown in the window's banner.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from seatkeeper.domain.errors import StoreError
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.messages import show_error

if TYPE_CHECKING:
    from seatkeeper.store import backup
    from seatkeeper.ui.dialogs.restore_dialog import RestoreDialog
    from seatkeeper.ui.main_window import MainWindow

# The backup module and the dialog are imported when used: the window imports this
# module before it is first shown, and the menu item alone needs neither.


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def install(window: MainWindow, file_menu: QMenu) -> QAction:
    action = QAction(_tr("&Restore from backup…"), window)
    action.setObjectName("restoreFromBackup")
    action.triggered.connect(lambda _checked=False: choose_backup(window))
    file_menu.addAction(action)
    window.roster_opened.connect(lambda: _backup_warning(window))
    return action


def _backup_warning(window: MainWindow) -> None:
    services = window.services
    if services is not None and services.backup_problem:
        window.banner.show_message(services.backup_problem, "warning")


def choose_backup(window: MainWindow) -> RestoreDialog | None:
    services = window.services
    if services is None or services.store.location.path is None:
        show_error(window, StoreError(_tr("Backups are kept for roster files only. A roster "
                                          "on a server is backed up on the server (pg_dump).")),
                   _tr("Restore from backup"))
        return None
    if services.read_only:
        show_error(window, StoreError(_tr("The roster is open read-only for review; it "
                                          "cannot be restored from here.")))
        return None
    from seatkeeper.store import backup
    from seatkeeper.ui.dialogs.restore_dialog import RestoreDialog

    location = services.store.location
    roster = location.path
    assert roster is not None
    dialog = RestoreDialog(str(roster), backup.list_backups(roster), window)
    dialog.accepted.connect(lambda: _confirm(window, location, dialog))
    dialog.open()
    return dialog


def _confirm(window: MainWindow, location: RosterLocation, dialog: RestoreDialog) -> None:
    chosen = dialog.chosen
    if chosen is None:
        return
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Restore from backup"),
                      _tr("Replace the roster %1 with the copy from %2 UTC? Changes made "
                          "since then are set aside in a new backup.")
                      .replace("%1", location.label)
                      .replace("%2", f"{chosen.taken_at:%Y-%m-%d %H:%M}"),
                      QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("confirmRestore")
    restore_button = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(
        lambda _result: restore_now(window, location, chosen)
        if box.clickedButton() is restore_button else None)
    box.open()


def restore_now(window: MainWindow, location: RosterLocation, chosen: backup.Backup) -> None:
    from seatkeeper.store import backup

    services = window.services
    roster = location.path
    assert roster is not None
    window.close_roster()
    window.statusBar().showMessage(_tr("Restoring %1…").replace("%1", location.label))

    def work() -> None:
        if services is not None:
            services.close()  # no pooled connection may hold the file during the copy
        backup.restore(chosen.path, roster, now=datetime.now(UTC))

    def done(_result: object) -> None:
        window.banner.show_message(_tr("The roster was restored from the copy of %1 UTC.")
                                   .replace("%1", f"{chosen.taken_at:%Y-%m-%d %H:%M}"), "info")
        window.open_roster(location)

    def failed(error: BaseException) -> None:
        show_error(window, error, _tr("Restore from backup"))
        window.open_roster(location)

    window.runner.run(work, done, failed, write=True)
