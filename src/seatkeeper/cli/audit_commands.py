"""``audit verify``: check the audit log's hash chain; ``audit list``: read recent events.

``verify`` exits 0 when every link holds and 2 (with the first broken event's
id on stderr) when one does not, so a nightly script can alert on it.
"""

from __future__ import annotations

import argparse
import sys

from seatkeeper.cli.common import add_db_option, open_roster, print_json, text_formats
from seatkeeper.services.audit_log import AuditFilter
from seatkeeper.store.paging import TableQuery

EXIT_BROKEN = 2


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit", help="check or read the audit log")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True,
                                   parser_class=type(audit))
    verify = actions.add_parser("verify", help="check that no audit event was changed or "
                                "removed (exit 2 and the event id if one was)")
    add_db_option(verify)
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(handler=_verify)
    listing = actions.add_parser("list", help="the newest audit events")
    add_db_option(listing)
    listing.add_argument("--action", default="", help="only this action (e.g. seat.assigned)")
    listing.add_argument("--entity", default="", help="only this entity (e.g. seat)")
    listing.add_argument("--text", default="", help="words in the summary, actor or action")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)


def _verify(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        check = services.audit.verify()
    if args.json:
        print_json({"ok": check.ok, "checked": check.checked, "broken_at": check.broken_at,
                    "reason": check.reason, "findings": list(check.findings),
                    "notes": list(check.notes)})
    if not args.json:
        for note in check.notes:
            print(note)
    if check.ok:
        if not args.json:
            print(f"The audit log is intact: {text_formats().number(check.checked)} events "
                  "checked.")
        return 0
    if check.broken_at is not None:
        print(f"The audit log is broken at event {check.broken_at}: {check.reason}. "
              f"The {check.checked:,} events before it are intact.", file=sys.stderr)
    for finding in check.findings:
        print(f"The audit log cannot be trusted: {finding}.", file=sys.stderr)
    return EXIT_BROKEN


def _list(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        rows = services.audit.page(AuditFilter(args.action, args.entity, args.text),
                                   TableQuery(sort_key="at", descending=True,
                                              limit=max(1, args.limit)))
    formats = text_formats()
    for row in rows:
        if args.json:
            print_json(row)
        else:
            print(f"{row.event_id}\t{formats.instant(row.at)}\t{row.actor}\t{row.action}\t"
                  f"{row.summary}")
    return 0
