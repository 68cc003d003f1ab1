"""Help → About Seatkeeper."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from seatkeeper import __version__
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr

CTX = "HelpActions"


def about(ctx: WindowContext) -> None:
    QMessageBox.about(ctx.window, tr(CTX, "About Seatkeeper"),
                      tr(CTX, "Seatkeeper {version} — keeps software subscriptions true and "
                         "affordable.", version=__version__))


@action_group
def help_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    action = make_action(parent, "about", tr(CTX, "&About Seatkeeper"), lambda: about(ctx))
    return [Placed("about", action, Menu.HELP, 90)]
