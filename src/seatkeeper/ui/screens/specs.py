"""The screens of the window, in navigation order, each built from its module when needed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from seatkeeper.ui.i18n import tr

if TYPE_CHECKING:
    from seatkeeper.ui.context import WindowContext
    from seatkeeper.ui.widgets.table_screen import TableScreen

CTX = "Screens"


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: Callable[[], str]  # translated when asked: the language can change
    module: str  # under seatkeeper.ui.screens; imported once a roster is opening

    def build(self, ctx: WindowContext) -> TableScreen:
        screen: TableScreen = import_module(f"seatkeeper.ui.screens.{self.module}").build(ctx)
        return screen


SCREENS = (
    ScreenSpec("licences", lambda: tr(CTX, "Licences"), "licences"),
    ScreenSpec("devices", lambda: tr(CTX, "Devices"), "devices"),
    ScreenSpec("deliveries", lambda: tr(CTX, "Deliveries"), "deliveries"),
    ScreenSpec("deadlines", lambda: tr(CTX, "Deadlines"), "deadlines"),
    ScreenSpec("review", lambda: tr(CTX, "Review"), "review"),
    ScreenSpec("audit", lambda: tr(CTX, "Audit"), "audit"),
    # The new screens last, so Ctrl+1..6 keep the screens admins already reach by them.
    ScreenSpec("spend", lambda: tr(CTX, "Spend"), "spend"),
    ScreenSpec("people", lambda: tr(CTX, "People"), "people"),
)
