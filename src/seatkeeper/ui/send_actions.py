"""Menus and toolbar actions for sending (SD-1 to SD-8): one hook in the main window.

``install(window)`` adds Send → "Send subscription…" (Ctrl+Shift+M), Settings →
"E-mail (SMTP)…", View → Deliveries, and, whenever a roster opens, toolbar
actions on the Deliveries and Devices screens, including the one-time
connection code copied to the clipboard after SD-3's warning.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from seatkeeper.domain.delivery import clipboard_warning
from seatkeeper.services.rows import DeviceRow, LicenceRow
from seatkeeper.ui.dialogs.smtp_dialog import SmtpDialog
from seatkeeper.ui.screens.deliveries import DeliveriesScreen
from seatkeeper.ui.wizards.send_wizard import SendWizard

if TYPE_CHECKING:
    from seatkeeper.ui.main_window import MainWindow

# No 0/O or 1/I/L: the code is read off one screen and typed on another device.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendActions", text)


def one_time_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def install(window: MainWindow) -> None:
    bar = window.menuBar()
    send_menu = QMenu(_tr("&Send"), bar)
    bar.insertMenu(window.settings_menu.menuAction(), send_menu)
    settings_menu = window.settings_menu
    send = _action(window, send_menu, _tr("Send &subscription…"),
                   lambda: open_send_wizard(window), "Ctrl+Shift+M")
    send.setObjectName("send_subscription")
    smtp = _action(window, settings_menu, _tr("&E-mail (SMTP)…"),
                   lambda: open_smtp_dialog(window))
    smtp.setObjectName("smtp_settings")
    for action in (send, smtp):
        action.setEnabled(False)
        action.setToolTip(_tr("Open a roster first."))
    window.roster_opened.connect(lambda: _attach(window, (send, smtp)))


def _action(window: MainWindow, menu: QMenu, text: str, slot: object,
            shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
    menu.addAction(action)
    return action


def _attach(window: MainWindow, menu_actions: tuple[QAction, QAction]) -> None:
    services = window.services
    assert services is not None
    why = _tr("The roster is open for read-only review.") if services.read_only else ""
    for action in menu_actions:
        action.setEnabled(not why)
        action.setToolTip(why)
    screen = window.screens.get("deliveries")
    if isinstance(screen, DeliveriesScreen):
        toolbar_send = QAction(_tr("Send &subscription…"), screen)
        toolbar_send.setObjectName("toolbar_send")
        toolbar_send.setEnabled(not why)
        toolbar_send.setToolTip(why or _tr("Send a subscription by e-mail or to devices "
                                           "(Ctrl+Shift+M)."))
        toolbar_send.triggered.connect(lambda _c=False: open_send_wizard(window))
        screen.actions_bar.insertAction(screen.undo_action, toolbar_send)
        screen.changed.connect(window.refresh)
    devices = window.screens.get("devices")
    if devices is not None:
        copy = QAction(_tr("&Copy one-time connection code"), devices)
        copy.setObjectName("copy_code")
        copy.setEnabled(False)
        copy.setToolTip(_tr("Select a device first."))

        def follow(row: object) -> None:
            copy.setEnabled(isinstance(row, DeviceRow))
            copy.setToolTip(_tr("A code the selected device uses to connect itself "
                                "(SD-3).") if isinstance(row, DeviceRow)
                            else _tr("Select a device first."))
        devices.current_changed.connect(follow)
        copy.triggered.connect(lambda _c=False: copy_connection_code(window))
        devices.actions_bar.addAction(copy)


def open_send_wizard(window: MainWindow) -> SendWizard | None:
    services = window.services
    if services is None or services.read_only:
        return None
    licences = window.screens.get("licences")
    row = licences.current_row() if licences is not None else None
    wizard = SendWizard(window.runner, services, parent=window,
                        preselect=row.subscription_id if isinstance(row, LicenceRow) else None)
    wizard.sent.connect(window.refresh)
    wizard.finished.connect(lambda _r: wizard.deleteLater())
    wizard.open()
    return wizard


def open_smtp_dialog(window: MainWindow) -> SmtpDialog | None:
    if window.services is None:
        return None
    dialog = SmtpDialog(window.runner, window.services, window)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def copy_connection_code(window: MainWindow) -> QMessageBox | None:
    """SD-3: say first that copying replaces the clipboard; copy only on "Copy"."""
    devices = window.screens.get("devices")
    row = devices.current_row() if devices is not None else None
    if not isinstance(row, DeviceRow):
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Copy one-time connection code"),
                      clipboard_warning(_tr("the one-time connection code for “%1”")
                                        .replace("%1", row.name)),
                      QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("clipboardWarning")
    copy = box.addButton(_tr("&Copy"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(copy)

    def chosen(_result: int) -> None:
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(one_time_code())
            window.banner.show_message(
                _tr("A one-time code for “%1” is on the clipboard. Enter it in the app on "
                    "that device to connect it to the account.").replace("%1", row.name),
                "info", seconds=20)
    box.finished.connect(chosen)
    box.finished.connect(lambda _r: box.deleteLater())
    box.open()
    return box
