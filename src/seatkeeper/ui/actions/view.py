"""View → one entry per screen (Ctrl+1 … Ctrl+6) and Refresh (F5)."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from seatkeeper.domain.changes import Changes
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.screens.specs import SCREENS

CTX = "ViewActions"


def refresh(ctx: WindowContext) -> None:
    """Read everything again: as if anything may have changed (another program's write)."""
    ctx.events.announce(Changes.everything())


@action_group
def view_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    placed = [Placed(f"show_{spec.key}",
                     make_action(parent, f"show_{spec.key}", spec.title(),
                                 partial(ctx.host.show_screen, spec.key), f"Ctrl+{number}"),
                     Menu.VIEW, number)
              for number, spec in enumerate(SCREENS, start=1)]
    placed.append(Placed("refresh", make_action(parent, "refresh", tr(CTX, "&Refresh"),
                                                partial(refresh, ctx),
                                                QKeySequence.StandardKey.Refresh),
                         Menu.VIEW, 50, separator_before=True))
    return placed
