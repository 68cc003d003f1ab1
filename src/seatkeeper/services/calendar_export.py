"""Deadlines as an iCalendar (ICS) file, one VEVENT per deadline.

Each event's UID is the domain's ``deadlines.uid``: it names the subscription,
the kind and the seat, never the date, so importing a newer export after a
date moved updates the event instead of adding a second one. DTSTAMP is the
export time, which tells calendars the newer copy wins. An event is the
deadline's instant (DTSTART only, no end: RFC 5545 then makes it a moment),
with one display alarm per reminder lead time.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from seatkeeper import __version__
from seatkeeper.domain.deadlines import DEFAULT_LEAD_TIMES
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.instants import require_utc
from seatkeeper.domain.messages import message
from seatkeeper.services.deadlines import DeadlineEntry

if TYPE_CHECKING:  # icalendar takes ~0.1 s to import: only an export pays for it
    from icalendar import Event

PRODID = f"-//Seatkeeper//Seatkeeper {__version__}//EN"
UNWRITABLE = message("calendar.unwritable", "Seatkeeper cannot write {path}: {reason}.")
WRITE_FAILED = message("calendar.write_failed", "write failed")


def _description(entry: DeadlineEntry) -> str:
    money = "Will be charged." if entry.will_charge else "Will lapse (not charged)."
    lines = [entry.title + ".", money, f"Subscription: {entry.subscription_name}",
             f"Vendor: {entry.vendor}", f"Billed through: {entry.channel.value}"]
    if entry.seat_licence:
        lines.append(f"Seat: {entry.seat_licence}")
    return "\n".join(lines)


def _event(entry: DeadlineEntry, stamp: datetime,
           lead_times: Iterable[timedelta]) -> Event:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.due_at)
    event.add("summary", entry.title)
    event.add("description", _description(entry))
    event.add("categories", [entry.kind.value])
    event.add("transp", "TRANSPARENT")  # a deadline does not make the admin busy
    for lead in sorted(set(lead_times), reverse=True):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.title)
        alarm.add("trigger", -lead)
        event.add_component(alarm)
    return event


def to_ics(entries: Iterable[DeadlineEntry], stamp: datetime,
           lead_times: Iterable[timedelta] = DEFAULT_LEAD_TIMES) -> bytes:
    """The calendar as bytes (CRLF lines, UTF-8)."""
    moment = require_utc(stamp, "export time").replace(microsecond=0)
    leads = tuple(lead_times)
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Seatkeeper deadlines")
    for entry in entries:
        calendar.add_component(_event(entry, moment, leads))
    data: bytes = calendar.to_ical()
    return data


def write_ics(path: Path, entries: Iterable[DeadlineEntry], stamp: datetime,
              lead_times: Iterable[timedelta] = DEFAULT_LEAD_TIMES) -> int:
    """Write the calendar to ``path`` whole or not at all; returns the event count."""
    items = list(entries)
    data = to_ics(items, stamp, lead_times)
    folder = path.parent if str(path.parent) else Path()
    temp: str | None = None
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".seatkeeper-", suffix=".ics")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError as error:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
        reason: object = error.strerror or WRITE_FAILED()
        raise KnownError(UNWRITABLE(path=str(path), reason=reason)) from None
    return len(items)
