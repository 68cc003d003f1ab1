"""Date pickers: a calendar popup whose week starts on the locale's first day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from seatkeeper.ui.widgets.date_picker import date_picker, picked


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("name", "first_day"), [
    ("nb_NO", Qt.DayOfWeek.Monday), ("da_DK", Qt.DayOfWeek.Monday),
    ("en_US", Qt.DayOfWeek.Sunday)])
def test_the_week_starts_on_the_locales_first_day(
        qtbot: QtBot, restore_locale: None, name: str, first_day: Qt.DayOfWeek) -> None:
    QLocale.setDefault(QLocale(name))
    picker = date_picker(None, date(2026, 12, 7))
    qtbot.addWidget(picker)
    assert picker.calendarPopup()
    assert picker.calendarWidget().firstDayOfWeek() == first_day
    assert "yyyy" in picker.displayFormat()


def test_minimum_and_value(qtbot: QtBot) -> None:
    picker = date_picker(None, date(2026, 12, 1), minimum=date(2026, 12, 3))
    qtbot.addWidget(picker)
    assert picked(picker) == date(2026, 12, 3)  # never before the minimum
    picker.setDate(picker.date().addDays(4))
    assert picked(picker) == date(2026, 12, 7)
