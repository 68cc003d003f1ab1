"""``people export-data EMAIL``: everything held about one person, as JSON (GDPR art. 15);
``people erase EMAIL --yes``: their personal data taken out everywhere (art. 17)."""

from __future__ import annotations

import argparse
import sys

from seatkeeper.cli.common import add_db_option, open_roster, print_json

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
    people = commands.add_parser("people", help="personal data held about one person")
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
