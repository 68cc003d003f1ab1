"""``demo``, ``report`` and ``list``: make and read a roster from the shell."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from seatkeeper.cli.common import Keyring, add_db_option, open_roster, print_json
from seatkeeper.services.demo import build_demo
from seatkeeper.store.paging import TableQuery

PAGE = 5000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="create the demo roster (into an empty roster)")
    add_db_option(demo)
    demo.set_defaults(handler=_demo, demo=True)

    report = commands.add_parser("report", help="counts of the roster")
    add_db_option(report)
    report.add_argument("--json", action="store_true", help="print JSON")
    report.set_defaults(handler=_report)

    listing = commands.add_parser("list", help="list subscriptions, seats or devices")
    listing.add_argument("what", choices=["subscriptions", "seats", "devices"])
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_list)


def _demo(args: argparse.Namespace) -> int:
    # Not open_services' fill_demo: that skips a roster with data, this refuses it plainly.
    with open_roster(args, writes=True, keyring=Keyring.IF_AVAILABLE) as services:
        result = build_demo(services.store, services.vault, services.clock,
                            services.actor).value
        print(f"Demo roster written to {services.store.location.label}.")
    print(result.note)
    return 0


def _report(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        counts = services.roster.counts()
        notice = services.store.search_notice  # PostgreSQL without its trigram index
    if notice:
        print(f"seatkeeper: {notice}", file=sys.stderr)
    if args.json:
        print_json(counts)
    else:
        for name, value in vars(counts).items():
            print(f"{name.replace('_', ' '):>20}: {value}")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        service = services.roster
        if args.what == "subscriptions":
            _emit(service.subscriptions(), args.json)
            return 0
        count, page = (service.count_licences, service.licence_page) \
            if args.what == "seats" else (service.count_devices, service.device_page)
        total = count("")
        last: int | None = None
        for offset in range(0, total, PAGE):  # streamed: a million seats never sit in memory
            rows = page(TableQuery(offset=offset, limit=PAGE, after=last))
            _emit(rows, args.json)
            # The next page seeks from this one's last row (keyset), not over every row.
            last = getattr(rows[-1], "seat_id", None) if rows and args.what == "seats" \
                else None
    return 0


def _emit(rows: Sequence[object], as_json: bool) -> None:
    for row in rows:
        if as_json:
            print_json(row)
        else:
            print("\t".join(str(v) for v in vars(row).values()))
