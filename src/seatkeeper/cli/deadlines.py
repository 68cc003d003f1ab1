"""``deadlines``: what is due in the next N days, as text, JSON lines or an ICS file.

``--json`` prints one JSON object per line (like ``list --json``), soonest
first, so a script can stream it: ``kind``, ``due_at`` (ISO 8601, UTC, ``Z``),
``will_charge``, ``title``, ``subscription_id``, ``subscription_name``,
``vendor``, ``channel``, ``seat_id``, ``seat_licence`` and the calendar
``uid``. ``--ics FILE`` also writes the same deadlines as a calendar; its
summary goes to stderr so stdout stays parseable. ``--as-of`` fixes "now"
for reproducible reports.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.calendar_export import write_ics
from seatkeeper.services.clock import system_clock
from seatkeeper.services.deadlines import DEFAULT_DAYS, DeadlineEntry, DeadlineService
from seatkeeper.services.reminders import ReminderService
from seatkeeper.store.engine import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("deadlines", help="cancel-by dates, trial ends, renewals and "
                                 "seat lapses in the next N days")
    add_db_option(parser)
    parser.add_argument("--days", type=int, default=DEFAULT_DAYS,
                        help=f"how many days ahead (default {DEFAULT_DAYS})")
    parser.add_argument("--filter", default="", metavar="TEXT",
                        help="only deadlines whose subscription, vendor, seat or holder "
                             "contains every word")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--ics", metavar="FILE", type=Path,
                        help="also write the deadlines to FILE as an iCalendar file")
    parser.add_argument("--as-of", metavar="ISO", type=_instant,
                        help="compute as of this moment (ISO 8601, UTC if no offset)")
    parser.set_defaults(handler=_deadlines)


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadInput(f"“{text}” is not an ISO 8601 date and time.", field="as_of") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def write_calendar(store: Store, path: Path, entries: list[DeadlineEntry],
                   now: datetime) -> int:
    """The deadlines as an ICS file, with the admin's reminder lead times as alarms."""
    leads = ReminderService(store, lambda: now, "cli").lead_times()
    return write_ics(path, entries, now, leads)


def _deadlines(args: argparse.Namespace) -> int:
    store = open_roster(args)
    now = args.as_of or system_clock()
    entries = DeadlineService(store).within(args.days, now, args.filter)
    if args.ics is not None:
        count = write_calendar(store, args.ics, entries, now)
        print(f"Wrote {count} deadline(s) to {args.ics}.", file=sys.stderr)
    for entry in entries:
        if args.json:
            print_json(entry.as_json())
        else:
            money = "will charge" if entry.will_charge else "will lapse"
            print(f"{entry.due_at:%Y-%m-%d %H:%M}Z\t{entry.kind.value}\t{money}\t{entry.title}")
    return 0
