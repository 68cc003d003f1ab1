"""``import``, ``export`` and ``review``: the offline review loop from the shell."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seatkeeper.cli.common import Keyring, add_db_option, open_roster, print_json
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.locale_values import FileLocale, file_locale
from seatkeeper.domain.messages import message
from seatkeeper.services import transfer
from seatkeeper.services.clock import system_clock
from seatkeeper.services.importing.context import DEFAULT_OWNER, ImportContext, system_locale_tag
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.rows import jsonable
from seatkeeper.services.transfer import ExportRequest

if TYPE_CHECKING:
    from seatkeeper.domain.messages import Wording
    from seatkeeper.services.forecast import Forecast

REJECTS_NEED_AN_IMPORT = message("cli.rejects_need_an_import",
                                 "--rejects is written by a real import, not a dry run.")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = commands.add_parser("import", help="import a roster file (CSV, XLSX, Snipe-IT, JSON)")
    imp.add_argument("file", type=Path)
    add_db_option(imp)
    imp.add_argument("--format", choices=["snipeit", "csv", "xlsx", "json"],
                     help="default: by the file name and its header row")
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument("--mode", choices=["stop", "skip"], default="stop",
                     help="stop: any bad row imports nothing; skip: import the good rows")
    imp.add_argument("--rejects", type=Path, help="save the rejected rows to this CSV file")
    imp.add_argument("--owner", default=DEFAULT_OWNER,
                     help="vendor account owner e-mail for rows whose file names none")
    imp.add_argument("--locale", metavar="LOCALE",
                     help="how the file writes amounts and dates: nb-NO, da-DK, en-US, ... "
                          "(default: the system's)")
    imp.add_argument("--encoding", metavar="NAME",
                     help="a CSV's encoding when it is not UTF-8 and has no byte-order mark "
                          "(cp1252, latin-1, ...)")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=_import)

    exp = commands.add_parser("export", help="export seats (csv, xlsx), the roster (json) "
                              "or the review report (html, pdf)")
    add_db_option(exp)
    exp.add_argument("--format", choices=transfer.EXPORT_FORMATS, required=True)
    exp.add_argument("-o", "--output", type=Path, required=True)
    exp.add_argument("--days", type=int, default=14, help="report: deadlines within N days")
    exp.add_argument("--locale", metavar="LOCALE",
                     help="csv: write for Excel in this locale, e.g. nb-NO; html, pdf: the "
                          "report's language and formats (default: the system's)")
    exp.set_defaults(handler=_export)

    rev = commands.add_parser("review", help="list what needs a decision")
    add_db_option(rev)
    rev.add_argument("--days", type=int, default=14, help="cancel-by deadlines within N days")
    rev.add_argument("--json", action="store_true", help="print JSON")
    rev.set_defaults(handler=_review)


def _locale(args: argparse.Namespace) -> FileLocale:
    return file_locale(args.locale or system_locale_tag())


def _import(args: argparse.Namespace) -> int:
    loc = _locale(args)
    if args.dry_run:  # checks the file alone: the roster is neither read nor created
        plan = transfer.read_import(args.file, args.format,
                                    ImportContext(system_clock().date(), args.owner, loc),
                                    encoding=args.encoding)
        out = _summary(plan, dry_run=True)
        if isinstance(plan, ImportPlan) and args.rejects and plan.rejected:
            raise BadInput(REJECTS_NEED_AN_IMPORT())
        return _print(out, args.json)
    with open_roster(args, writes=True, keyring=Keyring.IF_AVAILABLE) as services:
        plan = transfer.read_import(args.file, args.format,
                                    ImportContext(services.clock().date(), args.owner, loc,
                                                  profiles=services.vendor_terms.saved()),
                                    encoding=args.encoding)
        out = _summary(plan, dry_run=False)
        if isinstance(plan, JsonPlan):
            transfer.import_roster(services, plan)
        else:
            out["result"] = transfer.import_roster(
                services, plan, mode="skip_bad" if args.mode == "skip" else "stop",
                rejects_path=args.rejects)
    return _print(out, args.json)


def _summary(plan: ImportPlan | JsonPlan, *, dry_run: bool) -> dict[str, Any]:
    if isinstance(plan, JsonPlan):
        return {"format": "json", "counts": plan.counts(),
                "rejected": [e.as_json() for e in plan.errors], "dry_run": dry_run}
    return {"format": plan.fmt, "rows": plan.total, "good": plan.good_rows,
            "bad": plan.bad_rows, "rejected": [e.as_json() for e in plan.errors],
            "totals": plan.totals().as_json(), "dry_run": dry_run}


def _print(out: dict[str, Any], as_json: bool) -> int:
    if as_json:
        print_json(out)
        return 0
    for error in out["rejected"]:
        print(f"row {error['line']}: {error['column']}: {error['reason']}")
    totals = out.get("totals")
    if totals:  # what the good rows write, before (or as) it is written
        money = ", ".join(f"{amount} {code}" for code, amount in totals["per_period"].items())
        print(f"{totals['subscriptions']} subscription(s), {totals['seats']} seat(s), "
              f"{totals['holders']} holder(s); a plan period costs {money or 'nothing'}")
    result = out.get("result")
    print(f"{len(out['rejected'])} problem(s); " + (
        f"imported {result.imported} row(s), rejected {result.rejected}" if result
        else "nothing written" if out["dry_run"] else "imported"))
    return 0


def _export(args: argparse.Namespace) -> int:
    csv_locale = _locale(args).tag if args.format == "csv" else "en-US"
    request = ExportRequest(args.format, args.output, days=args.days, locale=csv_locale)
    if args.format in ("html", "pdf"):  # the report in the locale's language and formats
        request = replace(request, wording=_report_wording(_locale(args).tag))
    with open_roster(args, writes=False) as services:  # an export only reads
        result = transfer.export(services, request, render_pdf=_render_pdf)
    if result.fmt == "pdf":
        print(f"Report written to {args.output} ({result.pages} page(s)).")
    elif result.fmt == "ics":
        print(f"Wrote {result.deadlines} deadline(s) in the next {args.days} days to "
              f"{args.output}.")
    elif result.fmt == "html":
        print(f"Report written to {args.output}.")
    else:
        print(f"Exported to {result.path}.")
    return 0


def _report_wording(locale_tag: str) -> Wording:
    from seatkeeper.ui.pdf_report import report_wording_for  # Qt, only for a report

    return report_wording_for(locale_tag)


def _render_pdf(html: str, path: Path, *, forecast: Forecast | None = None) -> int:
    # Qt is needed only here, so the rest of the CLI starts without it.
    from seatkeeper.ui.pdf_report import ensure_gui_application, html_to_pdf

    ensure_gui_application()
    return html_to_pdf(html, path, forecast=forecast)


def _review(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        findings = services.review.findings(args.days)
        head = services.audit.head()
    if args.json:  # with the audit head, as the PDF prints it beside the sign-off
        print_json({**jsonable(findings), "audit_head": None if head is None else {
            "event_id": head.event_id, "hash": head.hash, "count": head.count}})
    else:
        for kind, count in findings.counts.items():
            print(f"{kind:>32}: {count}")
    return 0
