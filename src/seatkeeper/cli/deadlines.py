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

from seatkeeper.cli.common import add_db_option, open_roster, print_json, text_formats
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.services.deadlines import DEFAULT_DAYS
from seatkeeper.services.transfer import write_calendar

NOT_AN_INSTANT = message("cli.not_an_instant", "“{text}” is not an ISO 8601 date and time.")


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
        raise BadInput(NOT_AN_INSTANT(text=text), field="as_of") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _deadlines(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        now = args.as_of or services.clock()
        entries = services.deadlines.within(args.days, now, args.filter)
        if args.ics is not None:
            count = write_calendar(services, args.ics, entries, now)
            print(f"Wrote {count} deadline(s) to {args.ics}.", file=sys.stderr)
    formats = text_formats()
    for entry in entries:
        if args.json:
            print_json(entry.as_json())
        else:
            money = "will charge" if entry.will_charge else "will lapse"
            print(f"{formats.instant(entry.due_at)}\t{entry.kind.value}\t{money}\t"
                  f"{entry.title}")
    return 0
