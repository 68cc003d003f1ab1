"""``import``, ``export`` and ``review``: the offline review loop from the shell."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.cli.deadlines import write_calendar
from seatkeeper.credentials.keyring_vault import KeyringVault
from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.errors import BadInput
from seatkeeper.services import exporting
from seatkeeper.services.actor import current_actor
from seatkeeper.services.clock import system_clock
from seatkeeper.services.deadlines import DeadlineService
from seatkeeper.services.importing import guess_mapping, preview, read_file
from seatkeeper.services.importing import writer as import_writer
from seatkeeper.services.importing.context import DEFAULT_OWNER, ImportContext
from seatkeeper.services.importing.json_roster import load, read_json
from seatkeeper.services.importing.mapping import looks_like_snipeit
from seatkeeper.services.report import ReportOptions, review_html
from seatkeeper.services.review import ReviewService


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = commands.add_parser("import", help="import a roster file (CSV, XLSX, Snipe-IT, JSON)")
    imp.add_argument("file", type=Path)
    add_db_option(imp)
    imp.add_argument("--format", choices=["snipeit", "csv", "xlsx", "json"])
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument("--mode", choices=["stop", "skip"], default="stop",
                     help="stop: any bad row imports nothing; skip: import the good rows")
    imp.add_argument("--rejects", type=Path, help="save the rejected rows to this CSV file")
    imp.add_argument("--owner", default=DEFAULT_OWNER,
                     help="vendor account owner e-mail for new accounts")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=_import)

    exp = commands.add_parser("export", help="export seats (csv, xlsx), the roster (json) "
                              "or the review report (html, pdf)")
    add_db_option(exp)
    exp.add_argument("--format", choices=["csv", "xlsx", "json", "html", "ics", "pdf"],
                     required=True)
    exp.add_argument("-o", "--output", type=Path, required=True)
    exp.add_argument("--days", type=int, default=14, help="report: deadlines within N days")
    exp.set_defaults(handler=_export)

    rev = commands.add_parser("review", help="list what needs a decision")
    add_db_option(rev)
    rev.add_argument("--days", type=int, default=14, help="cancel-by deadlines within N days")
    rev.add_argument("--json", action="store_true", help="print JSON")
    rev.set_defaults(handler=_review)


def _vault() -> Vault | None:
    vault = KeyringVault()
    return vault if vault.available else None


def _import(args: argparse.Namespace) -> int:
    store = open_roster(args)
    fmt = args.format or ("json" if args.file.suffix.lower() == ".json" else None)
    if fmt == "json":
        plan = read_json(args.file)
        out: dict[str, Any] = {"format": "json", "counts": plan.counts(),
                               "rejected": [e.as_json() for e in plan.errors],
                               "dry_run": args.dry_run}
        if not args.dry_run:
            load(store, plan, vault=_vault(), clock=system_clock, actor=current_actor())
        return _print(out, args.json)
    source = read_file(args.file, "xlsx" if fmt == "xlsx" else None)
    kind = "snipeit" if fmt == "snipeit" or (fmt is None and looks_like_snipeit(source.headers)) \
        else "generic"
    ctx = ImportContext(system_clock().date(), args.owner)
    rows = preview(source.rows, guess_mapping(source.headers, kind), ctx, fmt=kind,
                   headers=source.headers)
    out = {"format": kind, "rows": rows.total, "good": rows.good_rows, "bad": rows.bad_rows,
           "rejected": [e.as_json() for e in rows.errors], "dry_run": args.dry_run}
    if not args.dry_run:
        result = import_writer.apply(
            store, rows, vault=_vault(), clock=system_clock, actor=current_actor(),
            mode="skip_bad" if args.mode == "skip" else "stop", rejects_path=args.rejects).value
        out["result"] = result
    elif args.rejects and rows.rejected:
        raise BadInput("--rejects is written by a real import, not a dry run.")
    return _print(out, args.json)


def _print(out: dict[str, Any], as_json: bool) -> int:
    if as_json:
        print_json(out)
        return 0
    for error in out["rejected"]:
        print(f"row {error['line']}: {error['column']}: {error['reason']}")
    result = out.get("result")
    print(f"{len(out['rejected'])} problem(s); " + (
        f"imported {result.imported} row(s), rejected {result.rejected}" if result
        else "nothing written" if out["dry_run"] else "imported"))
    return 0


def _export(args: argparse.Namespace) -> int:
    store = open_roster(args)
    if args.format == "pdf":
        # Qt is needed only here, so the rest of the CLI starts without it.
        from seatkeeper.ui.pdf_report import write_review_pdf

        pages = write_review_pdf(store, ReviewService(store, system_clock, current_actor()),
                                 args.output, ReportOptions(days=args.days))
        print(f"Report written to {args.output} ({pages} page(s)).")
        return 0
    if args.format == "ics":
        now = system_clock()
        entries = DeadlineService(store).within(args.days, now)
        count = write_calendar(store, args.output, entries, now)
        print(f"Wrote {count} deadline(s) in the next {args.days} days to {args.output}.")
        return 0
    if args.format == "html":
        html = review_html(store, ReviewService(store, system_clock, current_actor()),
                           ReportOptions(days=args.days))
        try:
            args.output.write_text(html, encoding="utf-8")
        except OSError as error:
            raise BadInput(f"The report cannot be written to {args.output}: "
                           f"{error.strerror}.") from None
        print(f"Report written to {args.output}.")
        return 0
    result = exporting.export(store, args.format, args.output)
    print(f"Exported to {result.path}.")
    return 0


def _review(args: argparse.Namespace) -> int:
    store = open_roster(args)
    findings = ReviewService(store, system_clock, current_actor()).findings(args.days)
    if args.json:
        print_json(findings)
    else:
        for kind, count in findings.counts.items():
            print(f"{kind:>32}: {count}")
    return 0
