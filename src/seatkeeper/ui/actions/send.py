"""Menus and toolbar actions for sending (SD-1 to SD-8).

Send → "Send subscription…" (Ctrl+Shift+M), and, whenever a roster opens,
toolbar actions on the Deliveries and Devices screens, including the
one-time connection code copied to the clipboard after SD-3's warning.
"""

from __future__ import annotations

import secrets

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from seatkeeper.domain.delivery import clipboard_warning
from seatkeeper.services.rows import DeviceRow, LicenceRow
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, follow_roster, make_action
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.i18n import render, tr
from seatkeeper.ui.screens.deliveries import DeliveriesScreen
from seatkeeper.ui.widgets.table_screen import TableScreen
from seatkeeper.ui.wizards.send_wizard import SendWizard

# No 0/O or 1/I/L: the code is read off one screen and typed on another device.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


CTX = "SendActions"


def one_time_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@action_group
def send_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    send = make_action(parent, "send_subscription", tr(CTX, "Send &subscription…"),
                       lambda: open_send_wizard(ctx), "Ctrl+Shift+M")
    follow_roster(ctx, send, writes=True,
                  why_read_only=lambda: tr(CTX, "The roster is open for read-only review."))
    ctx.roster_opened.connect(lambda: _attach(ctx))
    return [Placed("send_subscription", send, Menu.SEND, 10)]


def _attach(ctx: WindowContext) -> None:
    services = ctx.services
    assert services is not None
    why = edit_refusal(services, lambda: tr(CTX, "The roster is open for read-only review."))
    screen = ctx.host.find_screen("deliveries")
    if isinstance(screen, DeliveriesScreen):
        toolbar_send = QAction(tr(CTX, "Send &subscription…"), screen)
        toolbar_send.setObjectName("toolbar_send")
        toolbar_send.setEnabled(not why)
        toolbar_send.setToolTip(why or tr(CTX, "Send a subscription by e-mail or to devices "
                                               "(Ctrl+Shift+M)."))
        toolbar_send.triggered.connect(lambda _c=False: open_send_wizard(ctx))
        screen.actions_bar.insertAction(screen.undo_action, toolbar_send)
    devices = ctx.host.find_screen("devices")
    if isinstance(devices, TableScreen):
        copy = QAction(tr(CTX, "&Copy one-time connection code"), devices)
        copy.setObjectName("copy_code")
        copy.setEnabled(False)
        copy.setToolTip(tr(CTX, "Select a device first."))

        def follow(row: object) -> None:
            copy.setEnabled(isinstance(row, DeviceRow))
            copy.setToolTip(tr(CTX, "A code the selected device uses to connect itself "
                                    "(SD-3).") if isinstance(row, DeviceRow)
                            else tr(CTX, "Select a device first."))
        devices.current_changed.connect(follow)
        copy.triggered.connect(lambda _c=False: copy_connection_code(ctx))
        devices.actions_bar.addAction(copy)


def open_send_wizard(ctx: WindowContext) -> SendWizard | None:
    services = ctx.services
    if services is None or edit_refusal(services, str):
        return None
    licences = ctx.host.find_screen("licences")
    row = licences.current_row() if isinstance(licences, TableScreen) else None
    wizard = SendWizard(ctx, services, parent=ctx.window,
                        preselect=row.subscription_id if isinstance(row, LicenceRow) else None)
    wizard.finished.connect(lambda _r: wizard.deleteLater())
    wizard.open()
    return wizard


def copy_connection_code(ctx: WindowContext) -> QMessageBox | None:
    """SD-3: say first that copying replaces the clipboard; copy only on "Copy"."""
    devices = ctx.host.find_screen("devices")
    row = devices.current_row() if isinstance(devices, TableScreen) else None
    if not isinstance(row, DeviceRow):
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, tr(CTX, "Copy one-time connection code"),
                      render(clipboard_warning(tr(CTX, "the one-time connection code for “{value}”",
                                                value=row.name))),
                      QMessageBox.StandardButton.Cancel, ctx.window)
    box.setObjectName("clipboardWarning")
    copy = box.addButton(tr(CTX, "&Copy"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(copy)

    def chosen(_result: int) -> None:
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(one_time_code())
            ctx.messages.say(
                tr(CTX, "A one-time code for “{value}” is on the clipboard. Enter it in the app on "
                        "that device to connect it to the account.", value=row.name), 20)
    box.finished.connect(chosen)
    box.finished.connect(lambda _r: box.deleteLater())
    box.open()
    return box
