"""Every interactive widget a screen reader meets has a name (issue 18, item 7).

The tour (tests/ui/tour.py) opens every screen, menu, dialog and wizard page; this
test fails on any visible interactive widget without an accessible name, a label
that is its buddy, or (a button) a text of its own, and on a dialog or wizard page
whose Tab order jumps back up.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
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


def focus_order(root: QWidget) -> list[QWidget]:
    """The visible widgets Tab reaches in ``root``, in the order it reaches them."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _ in range(500):
        if widget is root or widget is None:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & \
                Qt.FocusPolicy.TabFocus and root.isAncestorOf(widget) \
                and not isinstance(widget, QTabWidget):  # its tab bar takes the focus
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_order(root: QWidget) -> Iterator[str]:
    """Tab stops that jump back up the dialog (a row clearly above the previous one).

    The chain is a circle; it is read from the stop nearest the top left, so the wrap
    from the last button back to the first field is not a jump.
    """
    chain = [(w, w.mapTo(root, w.rect().topLeft())) for w in focus_order(root)]
    if not chain:
        return
    top = min(at.y() for _w, at in chain)  # the first row: widgets within 30 px of the top
    first = next(i for i, (_w, at) in enumerate(chain) if at.y() <= top + 30)
    chain = chain[first:] + chain[:first]
    for (before, at), (widget, here) in itertools.pairwise(chain):
        if here.y() < at.y() - 30:
            yield f"{type(before).__name__} {before.objectName()} -> " \
                  f"{type(widget).__name__} {widget.objectName()}"


def test_tab_moves_down_every_dialog_and_wizard_page(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock) -> None:
    from PySide6.QtWidgets import QDialog

    window: MainWindow = make_window(qtbot, runner, tmp_path, clock,
                                     RosterLocation.parse(str(tmp_path / "demo.sqlite")),
                                     fill_demo=True)
    window.resize(1366, 768)
    jumps: dict[str, list[str]] = {}
    for name, widget in tour(qtbot, window, tmp_path):
        if isinstance(widget, QDialog):
            found = list(out_of_order(widget))
            if found:
                jumps[name] = found
    assert jumps == {}, "\n".join(f"{key}: {value}" for key, value in jumps.items())


def test_the_tab_check_sees_a_field_out_of_place(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    fields = [QLineEdit(dialog) for _ in range(4)]
    for field in fields:
        layout.addWidget(field)
        field.setMinimumHeight(40)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert list(out_of_order(dialog)) == []
    QWidget.setTabOrder(fields[0], fields[2])  # third field before the second
    QWidget.setTabOrder(fields[2], fields[1])
    QWidget.setTabOrder(fields[1], fields[3])
    assert len(list(out_of_order(dialog))) == 1
