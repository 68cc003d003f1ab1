"""``rates set|import|list`` and ``spend``: exchange rates per date, and spend in one currency.

``spend --by department --currency NOK`` prints what each group costs a year
and a month, converted at the latest rate on or before the date (``--to``, or
today), with the stated amounts beside; an amount with no rate is listed apart
and the total is marked incomplete, never converted 1:1. ``--json`` is ISO
dates and "."-decimal amounts.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.rate_files import FORMATS
from seatkeeper.domain.rates import parse_rate
from seatkeeper.services.spend import BY, SpendReport, spend_json

NOT_A_DATE = message("cli.spend_not_a_date", "--{option}: “{text}” is not a date (YYYY-MM-DD).")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rates = commands.add_parser("rates", help="exchange rates per date: set, import, list")
    sub = rates.add_subparsers(dest="rates_command", metavar="ACTION", required=True,
                               parser_class=type(rates))
    set_ = sub.add_parser("set", help="state one rate: 1 FROM is RATE TO on DATE")
    add_db_option(set_)
    set_.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    set_.add_argument("--from", dest="base", required=True, metavar="ISO")
    set_.add_argument("--to", dest="quote", required=True, metavar="ISO")
    set_.add_argument("rate", metavar="RATE", help="e.g. 10.6342")
    set_.set_defaults(handler=_set, writes=True)
    imp = sub.add_parser("import", help="every rate in a bank's published CSV export")
    add_db_option(imp)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--format", required=True, choices=FORMATS)
    imp.set_defaults(handler=_import, writes=True)
    listing = sub.add_parser("list", help="every rate kept")
    add_db_option(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    spend = commands.add_parser("spend", help="what the roster costs, in one currency")
    add_db_option(spend)
    spend.add_argument("--by", choices=BY, default="vendor")
    spend.add_argument("--currency", required=True, metavar="ISO")
    spend.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                       help="also list the charges dated from this day (to --to, or for a year)")
    spend.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                       help="rates as of this day (default: today); the period's last day")
    spend.add_argument("--json", action="store_true")
    spend.set_defaults(handler=_spend)


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(NOT_A_DATE(option=option, text=text[:40]), field=option) from None


def _set(args: argparse.Namespace) -> int:
    day = _date(args.date, "date")
    assert day is not None
    value: Decimal = parse_rate(args.rate)
    with open_roster(args, writes=True) as services:
        rate = services.rates.set(day, args.base, args.quote, value).value
    print(f"1 {rate.base} = {format(rate.value, 'f')} {rate.quote} on {rate.day}")
    return 0


def _import(args: argparse.Namespace) -> int:
    with open_roster(args, writes=True) as services:
        done = services.rates.import_file(args.file, args.format).value
    print(f"Imported rates for {', '.join(done.pairs)} from {done.first} to {done.last}: "
          f"{done.added} new, {done.replaced} replaced.")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        rates = services.rates.rates()
    for r in rates:
        if args.json:
            print_json({"from": r.base, "to": r.quote, "date": r.day.isoformat(),
                        "rate": format(r.value, "f"), "source": r.source})
        else:
            print(f"{r.day}  1 {r.base} = {format(r.value, 'f')} {r.quote}  ({r.source})")
    return 0


def _spend(args: argparse.Namespace) -> int:
    start, end = _date(args.start, "from"), _date(args.end, "to")
    with open_roster(args, writes=False) as services:
        on = end or services.clock().date()
        report = services.spend.report(args.by, args.currency, on, start, end)
    if args.json:
        print_json(spend_json(report))
    else:
        _print(report)
    return 0


def _amounts(values: tuple[Money, ...]) -> str:
    return ", ".join(str(m) for m in values)


def _print(report: SpendReport) -> None:
    print(f"Spend by {report.by} in {report.currency}, rates as of {report.on}")
    for g in report.groups:
        label = g.label if isinstance(g.label, str) else g.label.render()
        stated = "; ".join(f"{p.year}" for p in g.parts)
        line = f"  {label}: {g.year} a year, {g.month} a month  (stated: {stated})"
        if g.missing_year:
            line += f"  NO RATE for {_amounts(g.missing_year)}"
        print(line)
    mark = "" if report.complete else "  INCOMPLETE: no rate for " + _amounts(
        report.missing_year)
    print(f"Total: {report.year} a year, {report.month} a month{mark}")
    if report.period is not None:
        print(f"Charges {report.start} to {report.end}: {report.period}" + (
            f"  (no rate for {_amounts(report.period_missing)})" if report.period_missing
            else ""))
    for r in report.rates:
        print(f"  rate {r.base}/{r.quote} of {r.day} ({r.age_days} days old): "
              f"{format(r.rate, 'f')}")
