"""ICS export: one VEVENT per deadline, stable UIDs, a parser's round trip."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.calendar_export import to_ics, write_ics
from seatkeeper.services.deadlines import DeadlineService
from seatkeeper.store.engine import Store


def test_every_deadline_is_one_event_that_parses_back(demo_store: Store, now: datetime) -> None:
    entries = DeadlineService(demo_store).within(400, now)
    calendar = Calendar.from_ical(to_ics(entries, now))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(entries)
    for entry, event in zip(entries, events, strict=True):
        assert str(event["uid"]) == entry.uid
        assert event.decoded("dtstart") == entry.due_at
        assert str(event["summary"]) == entry.title
        assert event.decoded("dtstamp") == now
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        assert triggers == [-timedelta(days=7), -timedelta(days=1)]
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_write_ics_replaces_the_file_whole(demo_store: Store, now: datetime,
                                           tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "d.ics"
    path.write_text("old")
    count = write_ics(path, DeadlineService(demo_store).within(30, now), now)
    assert count == 5
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in folder.iterdir()] == ["d.ics"]  # no temp file left


def test_write_into_a_missing_folder_is_a_known_error(tmp_path: Path, now: datetime) -> None:
    with pytest.raises(KnownError):
        write_ics(tmp_path / "nope" / "d.ics", [], now)
