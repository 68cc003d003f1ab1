"""File → Open roster…, Open demo roster and Quit."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from seatkeeper import paths
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.file_dialogs import remember_folder, start_path
from seatkeeper.ui.i18n import tr

CTX = "FileActions"


def demo_location() -> RosterLocation:
    return RosterLocation.parse(str(paths.demo_roster()))


def choose_roster(ctx: WindowContext) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        ctx.window, tr(CTX, "Open roster"), start_path(),
        tr(CTX, "Seatkeeper rosters (*.sqlite *.db);;All files (*)"))
    if path:
        remember_folder(path)
        ctx.host.open_roster(RosterLocation.parse(path))


@action_group
def file_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    open_roster = make_action(parent, "openRoster", tr(CTX, "&Open roster…"),
                              lambda: choose_roster(ctx), QKeySequence.StandardKey.Open)
    open_demo = make_action(parent, "openDemo", tr(CTX, "Open &demo roster"),
                            lambda: ctx.host.open_roster(demo_location(), fill_demo=True))
    quit_app = make_action(parent, "quit", tr(CTX, "&Quit"), ctx.window.close,
                           QKeySequence.StandardKey.Quit)
    return [Placed("openRoster", open_roster, Menu.FILE, 10),
            Placed("openDemo", open_demo, Menu.FILE, 20),
            Placed("quit", quit_app, Menu.FILE, 90, separator_before=True)]
