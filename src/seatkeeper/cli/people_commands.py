"""``people export-data EMAIL``: everything held about one person, as JSON (GDPR art. 15)."""

from __future__ import annotations

import argparse

from seatkeeper.cli.common import add_db_option, open_roster, print_json


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = commands.add_parser("people", help="personal data held about one person")
    actions = people.add_subparsers(dest="people_action", metavar="ACTION", required=True,
                                    parser_class=type(people))
    export = actions.add_parser("export-data", help="everything the roster holds about the "
                                "person with this e-mail, as JSON (an access request)")
    add_db_option(export)
    export.add_argument("email", metavar="EMAIL")
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        print_json(services.people_data.export(args.email))
    return 0
