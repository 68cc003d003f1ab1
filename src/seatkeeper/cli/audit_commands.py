"""``audit verify``: check the audit log's hash chain; ``audit list``: read recent events.

``verify`` exits 0 when every link holds and 2 (with the first broken event's
id on stderr) when one does not, so a nightly script can alert on it. Besides the
heads Seatkeeper keeps by itself (checkpoint, keyring, backups), ``--against FILE``
holds the log to a copy of the roster kept anywhere, and ``--head EVENT:HASH`` to
the head printed on a review report.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from seatkeeper.cli.common import Keyring, add_db_option, open_roster, print_json, text_formats
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.services import audit_heads
from seatkeeper.services.audit_log import AuditFilter, KnownHead
from seatkeeper.store.paging import TableQuery

EXIT_BROKEN = 2

INTACT = message("audit.verify.intact", "The audit log is intact: {count} events checked.")
BROKEN = message("audit.verify.broken", "The audit log is broken at event {event}: {reason}. "
                 "The {count} events before it are intact.")
UNTRUSTED = message("audit.verify.untrusted", "The audit log cannot be trusted: {finding}.")
NO_COPY = message("audit.verify.no_copy", "There is no roster copy at {path} to check against.")
COPY_EMPTY = message("audit.verify.copy_empty", "The copy {name} holds no audit events: there "
                     "is nothing in it to check the log against.")
BAD_HEAD = message("audit.verify.bad_head", "--head takes the event and the start of its "
                   "hash as a report prints them, e.g. 1234:9f86d081884c7d65, not “{text}”.")
_HEAD = re.compile(r"#?(\d+)\s*[:/ ]\s*([0-9a-fA-F]{8,64})")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit", help="check or read the audit log")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True,
                                   parser_class=type(audit))
    verify = actions.add_parser("verify", help="check that no audit event was changed or "
                                "removed (exit 2 and the event id if one was)")
    add_db_option(verify)
    verify.add_argument("--against", metavar="FILE", action="append", default=[],
                        help="also a backup copy of the roster kept anywhere: its newest "
                             "event must still be in the log (repeatable)")
    verify.add_argument("--head", metavar="EVENT:HASH", action="append", default=[],
                        help="also the audit head printed on a review report "
                             "(repeatable)")
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


def _also(args: argparse.Namespace) -> tuple[KnownHead, ...]:
    heads = []
    for text in args.head:
        found = _HEAD.fullmatch(text.strip())
        if found is None:
            raise BadInput(BAD_HEAD(text=text))
        heads.append(audit_heads.given_head(int(found[1]), found[2]))
    for name in args.against:
        path = Path(name)
        if not path.is_file():
            raise BadInput(NO_COPY(path=str(path)))
        head = audit_heads.copy_head(path)
        if head is None:
            raise BadInput(COPY_EMPTY(name=path.name))
        heads.append(head)
    return tuple(heads)


def _verify(args: argparse.Namespace) -> int:
    also = _also(args)
    with open_roster(args, writes=False, keyring=Keyring.IF_AVAILABLE) as services:
        check = services.audit.verify(also)
    if args.json:
        print_json({"ok": check.ok, "checked": check.checked, "broken_at": check.broken_at,
                    "reason": check.reason.render() if check.reason else "",
                    "reason_id": check.reason.id if check.reason else None,
                    "findings": [f.render() for f in check.findings],
                    "finding_ids": [f.id for f in check.findings],
                    "notes": [n.render() for n in check.notes]})
    if not args.json:
        for note in check.notes:
            print(note.render())
    if check.ok:
        if not args.json:
            print(INTACT(count=check.checked).render(
                lambda v: text_formats().number(v) if isinstance(v, int) else str(v)))
        return 0
    if check.broken_at is not None:
        print(BROKEN(event=check.broken_at, reason=check.reason or "",
                     count=check.checked).render(), file=sys.stderr)
    for finding in check.findings:
        print(UNTRUSTED(finding=finding).render(), file=sys.stderr)
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
