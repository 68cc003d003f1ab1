"""``demo``, ``report`` and ``list``: make and read a roster from the shell."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.credentials.keyring_vault import KeyringVault
from seatkeeper.services.actor import current_actor
from seatkeeper.services.clock import system_clock
from seatkeeper.services.demo import build_demo
from seatkeeper.services.roster import RosterService
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
    store = open_roster(args)
    vault = KeyringVault()
    result = build_demo(store, vault if vault.available else None, system_clock,
                        current_actor()).value
    print(f"Demo roster written to {store.location.label}.")
    print(result.note)
    return 0


def _report(args: argparse.Namespace) -> int:
    counts = RosterService(open_roster(args)).counts()
    if args.json:
        print_json(counts)
    else:
        for name, value in vars(counts).items():
            print(f"{name.replace('_', ' '):>20}: {value}")
    return 0


def _list(args: argparse.Namespace) -> int:
    service = RosterService(open_roster(args))
    if args.what == "subscriptions":
        _emit(service.subscriptions(), args.json)
        return 0
    count, page = (service.count_licences, service.licence_page) if args.what == "seats" \
        else (service.count_devices, service.device_page)
    total = count("")
    for offset in range(0, total, PAGE):  # streamed: a million seats never sit in memory
        _emit(page(TableQuery(offset=offset, limit=PAGE)), args.json)
    return 0


def _emit(rows: Sequence[object], as_json: bool) -> None:
    for row in rows:
        if as_json:
            print_json(row)
        else:
            print("\t".join(str(v) for v in vars(row).values()))
