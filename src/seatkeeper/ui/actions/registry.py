"""The action registry: factories by name, their menu places, and the roster they follow.

A module decorates a factory with ``@action_group``; the factory takes
``(ctx, parent)`` and returns ``Placed`` actions. ``create_actions`` imports
the action modules (which registers them), calls their factories once and
returns the placed actions in menu order, from which the window builds its
menus and the help lists the shortcuts: one source, so they cannot disagree.

Two sets of modules: the window's own (File, View, Help), light enough to
load before the window is first shown, and the roster's (Seats, Send,
Settings, reminders), whose modules import the services and their dialogs:
a worker imports them while the first page shows, and they are created
when the first roster opens (see ``ui.startup``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from seatkeeper.ui.context import WindowContext, reviewer_reason
from seatkeeper.ui.i18n import tr

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services

CTX = "Menus"


class Menu(IntEnum):
    """The menus, in menu-bar order."""

    FILE = 0
    EDIT = 1
    VIEW = 2
    SEATS = 3
    SEND = 4
    SETTINGS = 5
    HELP = 6


def menu_title(menu: Menu) -> str:
    return {
        Menu.FILE: tr(CTX, "&File"),
        Menu.EDIT: tr(CTX, "&Edit"),
        Menu.VIEW: tr(CTX, "&View"),
        Menu.SEATS: tr(CTX, "&Seats"),
        Menu.SEND: tr(CTX, "S&end"),
        Menu.SETTINGS: tr(CTX, "Se&ttings"),
        Menu.HELP: tr(CTX, "&Help"),
    }[menu]


@dataclass(frozen=True)
class Placed:
    """An action and its place: menu, position in it, a separator above it."""

    name: str
    action: QAction
    menu: Menu
    order: int
    separator_before: bool = False


Factory = Callable[[WindowContext, QWidget], list[Placed]]
_GROUPS: dict[str, list[Factory]] = {}  # module name -> its factories

# The modules that register action groups, by when they are created.
WINDOW_MODULES = ("file", "edit", "transfer", "backup", "view", "language", "help")
ROSTER_MODULES = ("seats", "send", "settings", "reminders", "people")


def action_group(factory: Factory) -> Factory:
    """Register ``factory`` under its module."""
    module = factory.__module__.rsplit(".", 1)[-1]
    factories = _GROUPS.setdefault(module, [])
    if all(f.__qualname__ != factory.__qualname__ for f in factories):
        factories.append(factory)
    return factory


def import_modules(modules: tuple[str, ...]) -> None:
    for module in modules:
        import_module(f"seatkeeper.ui.actions.{module}")


def create_actions(ctx: WindowContext, parent: QWidget,
                   modules: tuple[str, ...]) -> list[Placed]:
    """The actions of ``modules``, created for this window, in menu order."""
    import_modules(modules)
    placed = [p for module in modules for factory in _GROUPS.get(module, [])
              for p in factory(ctx, parent)]
    return sorted(placed, key=lambda p: (p.menu, p.order))


def make_action(parent: QWidget, name: str, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | str | None = None, *,
                widget_shortcut: bool = False) -> QAction:
    """A named action calling ``slot``; a ``widget_shortcut`` works only inside ``parent``."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if widget_shortcut:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def read_only_reason() -> str:
    return tr(CTX, "The roster is open for read-only review; nothing can be changed.")


def no_roster_reason() -> str:
    return tr(CTX, "Open a roster first.")


def follow_roster(ctx: WindowContext, action: QAction, *, writes: bool,
                  why_read_only: Callable[[], str] = read_only_reason,
                  why_not: Callable[[Services], str] | None = None) -> None:
    """Enable ``action`` while a roster is open (and writable, if it ``writes``, and
    ``why_not`` has no reason against the roster); say why not."""

    def update(services: Services | None) -> None:
        why = no_roster_reason() if services is None else \
            why_read_only() if writes and services.read_only else \
            reviewer_reason() if writes and not services.may_edit else \
            why_not(services) if why_not is not None else ""
        action.setEnabled(not why)
        action.setToolTip(why)
        action.setStatusTip(why)

    ctx.services_changed.connect(update)
    update(ctx.services)
