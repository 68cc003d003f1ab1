"""Date pickers: a QDateEdit with a calendar whose week starts where the locale's does.

Qt's calendar popup starts every week on Sunday unless told otherwise; an
admin in Norway or Denmark reads Monday first. Every date the admin picks
comes from ``date_picker``, so the week start, the date format (four-digit
year) and the calendar popup are the same everywhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from seatkeeper.ui.i18n import locale


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_picker(parent: QWidget | None, value: date, *, minimum: date | None = None,
                name: str = "datePicker") -> QDateEdit:
    """A date field with a calendar popup in the admin's locale (week start, format)."""
    here = locale()
    picker = QDateEdit(parent)
    picker.setObjectName(name)
    picker.setLocale(here)
    picker.setCalendarPopup(True)
    pattern = here.dateFormat(here.FormatType.ShortFormat)
    picker.setDisplayFormat(pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy"))
    calendar = picker.calendarWidget()
    calendar.setLocale(here)
    calendar.setFirstDayOfWeek(here.firstDayOfWeek())
    if minimum is not None:
        picker.setMinimumDate(_qdate(minimum))
    picker.setDate(_qdate(value))
    return picker


def picked(picker: QDateEdit) -> date:
    value = picker.date()
    return date(value.year(), value.month(), value.day())
