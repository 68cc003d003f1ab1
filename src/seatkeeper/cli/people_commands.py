"""``people``: an access request (``export-data``), erasure (``erase --yes``), a
directory sync (``import``) and releasing a leaver's seats (``release``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.services.people import SyncResult

NEEDS_YES = message("cli.release_needs_yes",
                    "Releasing frees {seats} seat(s) and disconnects {devices} device(s) of "
                    "{email}; run it again with --yes to do it.")

EXIT_UNCONFIRMED = 2

# The counts' names as the command prints them, in this order.
LABELS = {
    "people": "person", "seats": "seats released", "seat_history": "seat history rows",
    "devices_disconnected": "devices disconnected",
    "devices_renamed": "devices named after them renamed", "deliveries": "deliveries",
    "review_decisions": "review decisions", "sign_offs": "sign-offs",
    "review_undo": "review undo records", "reminder_answers": "reminder answers and notices",
    "licence_registrations": "licence registrations", "audit_events": "audit events rewritten",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = commands.add_parser("people", help="the roster's people: personal data, the "
                                 "company directory, leavers' seats")
    actions = people.add_subparsers(dest="people_action", metavar="ACTION", required=True,
                                    parser_class=type(people))
    export = actions.add_parser("export-data", help="everything the roster holds about the "
                                "person with this e-mail, as JSON (an access request)")
    add_db_option(export)
    export.add_argument("email", metavar="EMAIL")
    export.set_defaults(handler=_export)
    erase = actions.add_parser("erase", help="remove the personal data of the person with "
                               "this e-mail everywhere, the audit log included (cannot be "
                               "undone); without --yes, only say what would go")
    add_db_option(erase)
    erase.add_argument("email", metavar="EMAIL")
    erase.add_argument("--yes", action="store_true", help="erase: this cannot be undone")
    erase.add_argument("--json", action="store_true", help="print the counts as JSON")
    erase.set_defaults(handler=_erase)

    sync = actions.add_parser("import", help="sync people from a directory's user download: "
                              "departments, ids, who left (never deletes anyone)")
    sync.add_argument("file", type=Path)
    add_db_option(sync)
    sync.add_argument("--format", choices=["entra", "google", "csv"], required=True,
                      help="entra: Entra ID's Download users CSV; google: the Admin "
                           "console's user download; csv: name, e-mail, department, status")
    sync.add_argument("--dry-run", action="store_true", help="say what would change, write "
                      "nothing")
    sync.add_argument("--encoding", metavar="NAME",
                      help="a CSV's encoding when it is not UTF-8 and has no byte-order mark")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.set_defaults(handler=_import)

    release = actions.add_parser("release", help="free every seat of a leaver and "
                                 "disconnect their devices (audited)")
    add_db_option(release)
    release.add_argument("email", metavar="EMAIL")
    release.add_argument("--yes", action="store_true", help="do it (without: say what it "
                         "would free, and change nothing)")
    release.add_argument("--json", action="store_true", help="print JSON")
    release.set_defaults(handler=_release)


def _export(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        print_json(services.people_data.export(args.email))
    return 0


def _line(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[key]} {label}" for key, label in LABELS.items()
                     if counts.get(key))


def _erase(args: argparse.Namespace) -> int:
    if not args.yes:
        with open_roster(args, writes=False) as services:
            counts = services.people_data.erasure_counts(args.email)
        print(f"seatkeeper: would erase {_line(counts)}; this cannot be undone: run again "
              "with --yes to erase.", file=sys.stderr)
        return EXIT_UNCONFIRMED
    with open_roster(args, writes=True) as services:
        counts = services.people_data.erase(args.email).value
    if args.json:
        print_json(counts)
    else:
        print(f"Erased: {_line(counts)}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    with open_roster(args, writes=not args.dry_run) as services:
        directory = services.people.read(args.file, args.format, encoding=args.encoding)
        result = services.people.sync(directory, dry_run=args.dry_run).value
    if args.json:
        print_json(result.as_json())
    else:
        _print_sync(result)
    return 0


def _print_sync(result: SyncResult) -> None:
    for error in result.errors:
        print(f"row {error.line}: {error.column}: {error.reason}")
    for who in result.marked_left:
        print(f"left: {who.name} <{who.email}> (on {result.left_on.isoformat()})")
    for who in result.not_in_file:
        print(f"not in the file (kept): {who.name} <{who.email}>, {who.seats} seat(s)")
    verb = "would be" if result.dry_run else "were"
    print(f"{result.people} people read: {len(result.added)} {verb} added, "
          f"{len(result.updated)} updated, {len(result.marked_left)} marked as left, "
          f"{len(result.back)} active again; {len(result.not_in_file)} holder(s) not in the "
          "file" + ("; nothing written" if result.dry_run else ""))


def _release(args: argparse.Namespace) -> int:
    with open_roster(args, writes=args.yes) as services:
        if not args.yes:
            found = services.people.by_email(args.email)
            raise BadInput(NEEDS_YES(seats=len(found.seats), devices=len(found.devices),
                                     email=found.row.email))
        released = services.people.release(args.email).value
    if args.json:
        print_json(released.as_json())
    else:
        print(f"Released {len(released.seats)} seat(s) and {len(released.devices)} device(s) "
              f"of {released.name} <{released.email}>.")
    return 0
