"""``people``: an access request (``export-data``), a directory sync (``import``) and
releasing a leaver's seats (``release``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.services.people import SyncResult

NEEDS_YES = message("cli.release_needs_yes",
                    "Releasing frees {seats} seat(s) and disconnects {devices} device(s) of "
                    "{email}; run it again with --yes to do it.")


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
