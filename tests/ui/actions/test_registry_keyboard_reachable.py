"""Every action is reachable from the keyboard (issue 18, item 7).

An action is reachable when it has a shortcut or sits in a menu the menu bar opens by an
Alt+letter accelerator (or in a submenu of one: the arrow keys open it). Menus are
walked as a user opens them (aboutToShow first), so entries built on show count. The test walks
every QAction of the window with a roster open, the registry's placed actions among
them, and fails on an enabled one that is neither.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidgetAction

from seatkeeper.ui.actions.registry import Placed
from seatkeeper.ui.main_window import MainWindow


def has_accelerator(text: str) -> bool:
    """``&x`` marks an accelerator; ``&&`` is a literal ampersand."""
    return "&" in text.replace("&&", "") and not text.replace("&&", "").endswith("&")


def reachable_by_menus(bar: QMenuBar) -> set[int]:
    found: set[int] = set()

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            found.add(id(action))
            sub = action.menu()
            if isinstance(sub, QMenu) and action.isVisible():
                walk(sub)

    for top in bar.actions():
        sub = top.menu()
        if isinstance(sub, QMenu) and has_accelerator(top.text()):
            found.add(id(top))
            walk(sub)
    return found


def unreachable(window: MainWindow) -> list[str]:
    in_menus = reachable_by_menus(window.menuBar())
    # A toolbar's show/hide toggle: the screens' toolbars cannot be hidden, nothing to reach.
    toggles = {id(bar.toggleViewAction()) for bar in window.findChildren(QToolBar)}
    missing = []
    for action in window.findChildren(QAction):
        # Disabled ones too: most become enabled with a selection (copy_code, Undo send).
        if action.isSeparator() or isinstance(action, QWidgetAction):
            continue
        if isinstance(action.menu(), QMenu) or action.parent() is window.menuBar():
            continue  # a menu's own title: it opens the menu the walk follows
        if id(action) in toggles or action.objectName().startswith("_q_"):
            continue  # Qt's own helpers (an edit box's clear button, reached by Ctrl+A, Del)
        if id(action) in in_menus or not action.shortcut().isEmpty():
            continue
        missing.append(action.objectName() or action.text())
    return sorted(missing)


def test_every_enabled_action_has_a_menu_with_an_accelerator_or_a_shortcut(
        demo_window: MainWindow) -> None:
    assert unreachable(demo_window) == []


def test_every_action_of_the_registry_is_in_a_reachable_menu(demo_window: MainWindow) -> None:
    in_menus = reachable_by_menus(demo_window.menuBar())
    registry: list[Placed] = list(demo_window.actions_by_name.values())
    assert len(registry) > 10  # the window's and the roster's groups were created
    assert [p.name for p in registry if id(p.action) not in in_menus] == []


def test_the_check_fails_on_an_action_without_menu_or_shortcut(
        demo_window: MainWindow) -> None:
    stray = QAction("Stray", demo_window)
    stray.setObjectName("strayAction")
    assert unreachable(demo_window) == ["strayAction"]
    stray.setShortcut("Ctrl+Alt+F12")
    assert unreachable(demo_window) == []
