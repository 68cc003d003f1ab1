"""Every interactive widget a screen reader meets has a name (issue 18, item 7).

The tour (tests/ui/tour.py) opens every screen, menu, dialog and wizard page; this
test fails on any visible interactive widget without an accessible name, a label
that is its buddy, or (a button) a text of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import make_window
from tests.ui.tour import tour

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit)


def _buddied(root: QWidget) -> set[int]:
    window = root.window()
    return {id(label.buddy()) for label in window.findChildren(QLabel)
            if label.buddy() is not None}


def unnamed(root: QWidget) -> Iterator[str]:
    buddies = _buddied(root)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox,
                                                                          QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: its owner carries the name
        if isinstance(widget, QHeaderView) or widget.objectName() == "qt_toolbar_ext_button":
            continue  # a table's header is read with its table; Qt names its own helpers
        if type(widget).__name__ in {"QToolBarExtension", "QLineEditIconButton"}:
            continue  # Qt's own helpers, named by Qt
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        yield f"{type(widget).__name__} {widget.objectName() or '(no name)'}"


def test_every_interactive_widget_has_an_accessible_name(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock) -> None:
    window: MainWindow = make_window(qtbot, runner, tmp_path, clock,
                                     RosterLocation.parse(str(tmp_path / "demo.sqlite")),
                                     fill_demo=True)
    window.resize(1366, 768)
    missing: dict[str, list[str]] = {}
    for name, widget in tour(qtbot, window, tmp_path):
        found = sorted(set(unnamed(widget)))
        if found:
            missing[name] = found
    missing_window = sorted(set(unnamed(window)))
    if missing_window:
        missing["window"] = missing_window
    assert missing == {}, "\n".join(f"{key}: {value}" for key, value in missing.items())
