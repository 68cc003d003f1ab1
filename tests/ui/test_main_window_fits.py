"""Longer words fit: no button, column header, tab, group title or wizard title is cut.

Norwegian and Danish labels run longer than English ones. The tour (tests/ui/tour.py)
opens every screen, menu, dialog and wizard page in each language at the two small
window sizes the admins' laptops have, and this test fails on any of those texts that
Qt would have to clip or elide there. (A column may be narrower than its cells, and the
table then scrolls; its header title must still be readable.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QMainWindow,
    QTabBar,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui import i18n
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.column_widths import title_width
from tests.ui.conftest import make_window
from tests.ui.tour import tour

SIZES = [(1024, 700), (1366, 768)]


@pytest.fixture(params=["en", "nb", "da"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    before = QLocale()
    installed = i18n.install_language(qapp, request.param, QLocale.c())
    yield str(request.param)
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _header_cuts(table: QTableView) -> Iterator[str]:
    header = table.horizontalHeader()
    for column in range(header.count()):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        if header.isSectionHidden(column) or not isinstance(title, str) or not title:
            continue
        need = title_width(header, column)
        if header.sectionSize(column) < need:
            yield f"column {title!r} ({header.sectionSize(column)} < {need} px)"


def _tab_cuts(bar: QTabBar) -> Iterator[str]:
    for tab in range(bar.count()):
        if not bar.isTabVisible(tab):  # a hidden tab has no width, and is not cut
            continue
        if bar.tabRect(tab).width() < bar.tabSizeHint(tab).width():
            yield f"tab {bar.tabText(tab)!r}"


def _wizard_title_cuts(wizard: QWizard) -> Iterator[str]:
    page = wizard.currentPage()
    if page is None or not page.title():
        return
    font = QFont(wizard.font())
    font.setBold(True)
    need = QFontMetrics(font).horizontalAdvance(page.title())
    if need > wizard.width() - 40:  # the header's margins
        yield f"wizard title {page.title()!r}"


def cut_texts(widget: QWidget) -> Iterator[str]:
    """What in ``widget`` (shown) is too narrow for its own text."""
    if isinstance(widget, QWizard):
        yield from _wizard_title_cuts(widget)
    if isinstance(widget, QMainWindow):
        bar = widget.menuBar()
        for action in bar.actions():
            if action.isVisible() and bar.actionGeometry(action).isEmpty():
                yield f"menu {_plain(action.text())!r} pushed off the menu bar"
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible() or child.width() <= 1:
            continue
        if isinstance(child, QAbstractButton) and child.text() \
                and child.width() < child.sizeHint().width():
            yield (f"button {_plain(child.text())!r} ({child.width()} < "
                   f"{child.sizeHint().width()} px)")
        elif isinstance(child, QGroupBox) and child.title() \
                and child.width() < child.fontMetrics().horizontalAdvance(child.title()) + 20:
            yield f"group {child.title()!r}"
        elif isinstance(child, QTabBar):
            yield from _tab_cuts(child)
        elif isinstance(child, QTableView) and isinstance(child.horizontalHeader(), QHeaderView):
            yield from _header_cuts(child)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_button_header_tab_or_title_is_cut(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock, language: str,
        size: tuple[int, int]) -> None:
    window: MainWindow = make_window(qtbot, runner, tmp_path, clock,
                                     RosterLocation.parse(str(tmp_path / "demo.sqlite")),
                                     fill_demo=True)
    window.resize(*size)
    cuts: dict[str, list[str]] = {}
    for name, widget in tour(qtbot, window, tmp_path):
        found = sorted(set(cut_texts(widget)))
        if found:
            cuts[name] = found
    assert cuts == {}, "\n".join(f"{name}: {found}" for name, found in cuts.items())
