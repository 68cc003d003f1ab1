"""Every text an admin sees passes through the translator: none is left in English by accident.

A pseudo-translator wraps each text it is asked for in ⟦…⟧ and makes it 40 % longer,
Qt's own texts included. The tour (tests/ui/tour.py) opens every screen, menu, dialog and
wizard page under it, and this test fails on any visible text of the window's own (labels,
buttons, titles, headers, placeholders, menus, translated table columns) without the mark.
Data (names, e-mail addresses, seat ids, numbers) is not translated and is not checked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTextBrowser,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.columns import ColumnModel
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import make_window
from tests.ui.tour import tour

OPEN, CLOSE = "⟦", "⟧"

# Texts still English, each with the work that translates it (none today). The tests fail
# on any leak not listed here *and* on a listed one that is gone, so the list only shrinks.
KNOWN_LEAKS: dict[str, str] = {}


def _check(untranslated: dict[str, set[str]], listed: set[str]) -> None:
    new = {k: v for k, v in untranslated.items() if k not in KNOWN_LEAKS}
    assert new == {}, "\n".join(f"{k}: {sorted(v)[:8]}" for k, v in new.items())
    fixed = listed - untranslated.keys()
    assert not fixed, f"translated now: remove {sorted(fixed)} from KNOWN_LEAKS"
TAGS = re.compile(r"<[^>]+>")


class PseudoTranslator(QTranslator):
    """Answers every text, Seatkeeper's and Qt's, marked and lengthened by 40 %."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not source or source.startswith("QT_"):  # QT_LAYOUT_DIRECTION and the like
            return source
        letters = len(TAGS.sub("", source))
        return f"{OPEN}{source}{'~' * math.ceil(letters * 0.4)}{CLOSE}"


@pytest.fixture
def pseudo(qapp: QCoreApplication) -> Iterator[None]:
    before = QLocale()
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def is_data(text: str) -> bool:
    """No word to translate: numbers, dates, ids, host names, addresses, paths."""
    plain = TAGS.sub("", text).replace("&", "").strip()
    one_token = " " not in plain and any(mark in plain for mark in "@./\\")
    return one_token or not re.search(r"[A-Za-zÆØÅæøå]{2,}", plain)


def _own_texts(child: QWidget) -> Iterator[tuple[str, str]]:
    name = child.objectName() or type(child).__name__
    if isinstance(child, QAbstractButton) and child.text():
        yield f"button {name}", child.text()
    elif isinstance(child, QGroupBox) and child.title():
        yield f"group {name}", child.title()
    elif isinstance(child, QLineEdit) and not child.text() and child.placeholderText():
        yield f"placeholder {name}", child.placeholderText()
    elif isinstance(child, QLabel) and child.text():
        yield f"label {name}", child.text()
    elif isinstance(child, QTextBrowser) and child.toPlainText().strip():
        yield f"detail {name}", child.toHtml()
    elif isinstance(child, QTableView):
        header = child.horizontalHeader()
        for column in range(header.count()):
            title = child.model().headerData(column, Qt.Orientation.Horizontal)
            if not header.isSectionHidden(column) and isinstance(title, str) and title:
                yield f"column header {name}", title


def texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the window's own visible texts in ``widget``."""
    if widget.isWindow() and widget.windowTitle():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QMenu):
        yield from (("menu item", a.text()) for a in widget.actions()
                    if a.isVisible() and a.text())
        return
    if isinstance(widget, QWizard):
        page = widget.currentPage()
        yield from ((where, text) for where, text in (("page title", page.title()),
                                                       ("page subtitle", page.subTitle()))
                    if text)
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.isVisible():
            yield from _own_texts(child)


def test_every_visible_text_passes_through_the_translator(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock, pseudo: None) -> None:
    window: MainWindow = make_window(qtbot, runner, tmp_path, clock,
                                     RosterLocation.parse(str(tmp_path / "demo.sqlite")),
                                     fill_demo=True)
    untranslated: dict[str, set[str]] = {}
    for name, widget in tour(qtbot, window, tmp_path):
        for where, text in texts(widget):
            if OPEN not in text and not is_data(text):
                untranslated.setdefault(f"{name}: {where}", set()).add(text[:120])
    _check(untranslated, {k for k in KNOWN_LEAKS if ": " in k})


def test_the_table_columns_that_show_words_show_translated_words(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock, pseudo: None) -> None:
    """A cell that is the window's word (Yes, Unassigned, a status) is translated too."""
    window: MainWindow = make_window(qtbot, runner, tmp_path, clock,
                                     RosterLocation.parse(str(tmp_path / "demo.sqlite")),
                                     fill_demo=True)
    untranslated: dict[str, set[str]] = {}
    for key, screen in window.screens.items():
        window.show_screen(key)
        qtbot.waitUntil(lambda s=screen: not s.model.is_loading, timeout=10_000)
        model = screen.model
        assert isinstance(model, ColumnModel)
        words = [n for n, c in enumerate(model.columns) if c.words]
        for row in range(min(model.rowCount(), 60)):
            for column in words:
                text = str(model.data(model.index(row, column)) or "")
                if text and OPEN not in text and not is_data(text):
                    untranslated.setdefault(f"{key}.{model.columns[column].key}",
                                            set()).add(text)
    _check(untranslated, {k for k in KNOWN_LEAKS if ": " not in k})
