"""Parsers for the values found in vendor and asset-manager exports.

Each returns a clean value or raises ``BadInput`` whose text says what was
expected; nothing else escapes, whatever the input (a hypothesis test holds
them to that). Amounts and dates are read in the file's locale
(``domain.locale_values``); a spreadsheet's typed cell (``TypedCell``: a
number or a date as the workbook stored it) needs no locale.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from seatkeeper.domain import locale_values as lv
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.locale_values import LOCALES, FileLocale
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import check_currency, exponent, to_minor
from seatkeeper.domain.price import MAX_MINOR
from seatkeeper.domain.vendor_terms import check_notice_days

_TRUE = {"true", "yes", "y", "1", "on", "x"}
_FALSE = {"false", "no", "n", "0", "off", ""}
US = LOCALES["en-US"]  # what a caller that names no locale reads (Snipe-IT writes it)
NOT_YES_NO = message("import.value.not_yes_no",
                     "“{text}” is not yes or no (write true/false, yes/no or 1/0).")
NOT_AN_INSTANT = message("import.value.not_an_instant", "“{text}” is not a date and time.")
NO_TIME_ZONE = message("import.value.no_time_zone",
                       "“{text}” has no time zone (write +00:00 for UTC).")
NEGATIVE_PRICE = message("import.value.negative_price", "“{text}” is negative; a price cannot be.")
PRICE_TOO_LARGE = message("import.value.price_too_large", "“{text}” is too large to be a price.")
OTHER_CURRENCY = message("import.value.other_currency",
                         "“{text}” is in {symbol}, but the row's currency is {currency}.")
NOT_WHOLE = message("import.value.not_whole", "“{text}” is not a whole number.")
OUT_OF_RANGE = message("import.value.out_of_range", "{number} is outside {least}..{most}.")


def parse_bool(text: str, *, default: bool | None = None) -> bool:
    """true/FALSE/yes/NO/1/0 (any case); empty gives ``default`` when there is one."""
    value = text.strip().lower()
    if value == "" and default is not None:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE and value != "":
        return False
    raise BadInput(NOT_YES_NO(text=_short(text)))


class TypedCell(str):
    """A spreadsheet cell typed by the workbook: its text, and the number or date itself."""

    value: Decimal | date

    def __new__(cls, text: str, value: Decimal | date) -> TypedCell:
        cell = super().__new__(cls, text)
        cell.value = value
        return cell


def parse_date(text: str, loc: FileLocale = US) -> date:
    """A date as ``loc`` writes it (or ISO), or a date cell; 1900-2200 only."""
    if isinstance(text, TypedCell):
        if isinstance(text.value, date):
            return lv.in_range(text.value)
        return lv.excel_serial_date(text.value)  # a date column left as plain numbers
    return lv.parse_date(text, loc)


def parse_optional_date(text: str, loc: FileLocale = US) -> date | None:
    return None if not text.strip() else parse_date(text, loc)


def parse_instant(text: str) -> datetime:
    """An ISO instant with offset (our own export); handed back aware."""
    try:
        instant = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(NOT_AN_INSTANT(text=_short(text))) from None
    if instant.tzinfo is None:
        raise BadInput(NO_TIME_ZONE(text=_short(text)))
    return instant


def parse_amount(text: str, loc: FileLocale = US) -> lv.Amount:
    """An amount as ``loc`` writes it, with the currency it names; or a number cell."""
    if isinstance(text, TypedCell) and isinstance(text.value, Decimal):
        return lv.Amount(text.value, None)
    return lv.parse_amount(text, loc)


def amount_currency(text: str, loc: FileLocale = US) -> str | None:
    """The ISO code an amount's text names (``kr 99,00`` -> NOK), if it names one."""
    if not text.strip():
        return None
    found = parse_amount(text, loc).currency
    return check_currency(found) if found is not None else None


def parse_money(text: str, currency: str, loc: FileLocale = US) -> int:
    """``kr 1 490,00``, ``$12.58``, ``12.58 USD`` -> minor units of ``currency``, exactly."""
    code = check_currency(currency)
    if not text.strip():
        return 0
    amount = parse_amount(text, loc)
    if amount.currency is not None:
        named = check_currency(amount.currency)
        if named != code:
            raise BadInput(OTHER_CURRENCY(text=_short(text), symbol=named, currency=code))
    value = amount.value
    if isinstance(text, TypedCell):  # a binary float's tail (38.849999999999994) is noise:
        # Excel keeps 15 significant digits, so a typed number means what 15 of them say.
        value = Decimal(format(float(value), ".15g")) if value.is_finite() else value
    lv.check_places(value, exponent(code), code, text)
    if value < 0:
        raise BadInput(NEGATIVE_PRICE(text=_short(text)))
    if value.adjusted() > 18:  # past any price, and past what Decimal quantizes exactly
        raise BadInput(PRICE_TOO_LARGE(text=_short(text)))
    minor = to_minor(value, code)
    if minor > MAX_MINOR:
        raise BadInput(PRICE_TOO_LARGE(text=_short(text)))
    return minor


NOT_A_NOTICE = message("import.value.not_a_notice",
                      "“{text}” is not a notice period; write the days, e.g. 30 or “30 days”.")


def parse_notice_days(text: str) -> int | None:
    """A notice period in whole days: "30", "30 days", "1 day"; empty: none stated."""
    value = " ".join(str(text).split()).casefold()
    if not value:
        return None
    match = re.fullmatch(r"(\d{1,3})(?:\s*(?:days?|d))?", value)
    if match is None:
        raise BadInput(NOT_A_NOTICE(text=_short(text)))
    days = int(match.group(1))
    check_notice_days(days)
    return days


def parse_count(text: str, *, default: int | None = None, minimum: int = 0,
                maximum: int = 1_000_000) -> int:
    """A whole number such as a seat count."""
    value = text.strip()
    if isinstance(text, TypedCell) and isinstance(text.value, Decimal) \
            and text.value == text.value.to_integral_value():
        value = str(int(text.value))
    if not value and default is not None:
        return default
    if not re.fullmatch(r"\d{1,9}", value):
        raise BadInput(NOT_WHOLE(text=_short(text)))
    number = int(value)
    if not minimum <= number <= maximum:
        raise BadInput(OUT_OF_RANGE(number=number, least=minimum, most=maximum))
    return number


def parse_currency(text: str, default: str) -> str:
    return check_currency(text) if text.strip() else default


def _short(text: str) -> str:
    """The value as quoted back in a reason: one line, not a page."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 60 else flat[:57] + "..."
