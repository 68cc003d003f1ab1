"""Seats → Export a person's data… and Erase a person's data… (GDPR, issue 19).

Export only reads, so it works in a read-only review; erasing writes and is
disabled (saying why) where nothing may be changed. The dialogs do their work on
a worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from seatkeeper.ui.actions.registry import Menu, Placed, action_group, follow_roster, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr

CTX = "PeopleActions"


def open_export_person(ctx: WindowContext) -> QDialog | None:
    from seatkeeper.ui.dialogs.person_data_dialog import ExportPersonDialog  # when used

    if ctx.services is None:
        return None
    dialog = ExportPersonDialog(ctx, ctx.services, ctx.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_erase_person(ctx: WindowContext) -> QDialog | None:
    from seatkeeper.ui.dialogs.person_data_dialog import ErasePersonDialog  # when used

    services = ctx.services
    if services is None or services.read_only or not services.may_edit:
        return None
    dialog = ErasePersonDialog(ctx, services, ctx.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


@action_group
def people_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    export = make_action(parent, "exportPersonData", tr(CTX, "E&xport a person's data…"),
                         lambda: open_export_person(ctx))
    erase = make_action(parent, "erasePersonData", tr(CTX, "&Erase a person's data…"),
                        lambda: open_erase_person(ctx))
    follow_roster(ctx, export, writes=False)
    follow_roster(ctx, erase, writes=True)
    return [Placed("exportPersonData", export, Menu.SEATS, 200, separator_before=True),
            Placed("erasePersonData", erase, Menu.SEATS, 201)]
