"""``quote add-seats``: the pro-rata price of added seats (VL-7, VL-8), from the shell.

With ``--db`` and ``--subscription`` the terms come from the roster; without
``--db`` they are given as ``--renewal``, ``--monthly-price`` and ``--currency``.
A refused quote or bad input is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation

from seatkeeper.cli.common import add_db_option, open_roster, print_json, text_formats
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.volume import AddSeatsQuote, quote_added_seats

NOT_A_DATE = message("cli.not_a_date", "{option} “{text}” is not a date; write it as YYYY-MM-DD.")
PRICE_NOT_AN_AMOUNT = message("cli.price_not_an_amount",
                              "--monthly-price “{text}” is not an amount; write it like 12.95.")
PRICE_NEGATIVE = message("cli.price_negative", "--monthly-price cannot be negative ({text}).")
NAME_THE_SUBSCRIPTION = message("cli.name_the_subscription",
                                "With --db, name the subscription: --subscription ID.")
GIVE_THE_TERMS = message("cli.give_the_terms", "Without --db, give the terms: {missing}.")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    quote = commands.add_parser("quote", help="price a purchase before making it")
    kinds = quote.add_subparsers(dest="quote_kind", metavar="KIND", required=True,
                                 parser_class=type(quote))
    add = kinds.add_parser("add-seats", help="seats added to a running volume subscription",
                           description="Price seats added to a volume subscription: monthly "
                           "price per seat x seats x months left until the renewal date.")
    add_db_option(add)
    add.add_argument("--subscription", type=int, metavar="ID",
                     help="subscription id in the roster (with --db)")
    add.add_argument("--renewal", metavar="YYYY-MM-DD", help="renewal date (without --db)")
    add.add_argument("--monthly-price", metavar="AMOUNT",
                     help="price per seat per month, e.g. 12.95 (without --db)")
    add.add_argument("--currency", metavar="CODE", help="ISO 4217 code (without --db)")
    add.add_argument("--seats", type=int, required=True, metavar="N", help="seats to add")
    add.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="purchase date")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(handler=_add_seats)


def parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(NOT_A_DATE(option=option, text=text), field=option) from None


def parse_price(text: str, currency: str) -> Money:
    try:
        amount = Decimal(text.strip())
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise BadInput(PRICE_NOT_AN_AMOUNT(text=text), field="--monthly-price")
    if amount < 0:
        raise BadInput(PRICE_NEGATIVE(text=text), field="--monthly-price")
    return Money.of(amount, currency)


def _add_seats(args: argparse.Namespace) -> int:
    on = parse_date(args.on, "--on")
    if getattr(args, "db", None):
        if args.subscription is None:
            raise BadInput(NAME_THE_SUBSCRIPTION())
        with open_roster(args, writes=False) as services:  # a quote only reads
            quote = services.purchasing.quote_add_seats(args.subscription, args.seats, on)
    else:
        missing = [o for o, v in (("--renewal", args.renewal),
                                  ("--monthly-price", args.monthly_price),
                                  ("--currency", args.currency)) if v is None]
        if missing:
            raise BadInput(GIVE_THE_TERMS(missing=", ".join(missing)))
        price = parse_price(args.monthly_price, args.currency)
        quote = quote_added_seats(parse_date(args.renewal, "--renewal"), price, args.seats, on)
    _show(quote, as_json=args.json)
    return 0


def _show(quote: AddSeatsQuote, *, as_json: bool) -> None:
    if as_json:
        print_json({"months": quote.months,
                    "unit_monthly_price": quote.unit_monthly_price.decimal_string(),
                    "seats": quote.seats, "total": quote.total.decimal_string(),
                    "currency": quote.currency, "renewal_date": quote.renewal_date})
        return
    formats = text_formats()
    print(f"{quote.seats} seats x {formats.money(quote.unit_monthly_price)} a month x "
          f"{quote.months} months = {formats.money(quote.total)}")
    print(f"Renewal date stays {formats.date(quote.renewal_date)}.")
