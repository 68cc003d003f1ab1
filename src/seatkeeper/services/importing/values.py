"""Parsers for the values found in vendor and asset-manager exports.

Each returns a clean value or raises ``BadInput`` whose text says what was
expected; nothing else escapes, whatever the input (a hypothesis test holds
them to that).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import check_currency, to_minor

_TRUE = {"true", "yes", "y", "1", "on", "x"}
_FALSE = {"false", "no", "n", "0", "off", ""}
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "kr": ""}
_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")
MAX_MINOR = 10**15  # a trillion in major units: far beyond any licence
NOT_YES_NO = message("import.value.not_yes_no",
                     "“{text}” is not yes or no (write true/false, yes/no or 1/0).")
NOT_ON_CALENDAR = message("import.value.not_on_calendar", "“{text}” is not a date on the calendar.")
NOT_A_DATE = message("import.value.not_a_date",
                     "“{text}” is not a date (write 11/24/2008 or 2008-11-24).")
NOT_AN_INSTANT = message("import.value.not_an_instant", "“{text}” is not a date and time.")
NO_TIME_ZONE = message("import.value.no_time_zone",
                       "“{text}” has no time zone (write +00:00 for UTC).")
NOT_MONEY_WRITTEN = message("import.value.not_money_written",
                            "“{text}” is not an amount of money (write 12.58 or $12.58).")
NOT_MONEY = message("import.value.not_money", "“{text}” is not an amount of money.")
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


def parse_date(text: str) -> date:
    """11/24/2008 (US month/day/year, as Snipe-IT writes) or 2008-11-24."""
    value = text.strip()
    us = _US_DATE.match(value)
    iso = _ISO_DATE.match(value)
    try:
        if us:
            return date(int(us[3]), int(us[1]), int(us[2]))
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        raise BadInput(NOT_ON_CALENDAR(text=_short(text))) from None
    raise BadInput(NOT_A_DATE(text=_short(text)))


def parse_optional_date(text: str) -> date | None:
    return None if not text.strip() else parse_date(text)


def parse_instant(text: str) -> datetime:
    """An ISO instant with offset (our own export); handed back aware."""
    try:
        instant = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(NOT_AN_INSTANT(text=_short(text))) from None
    if instant.tzinfo is None:
        raise BadInput(NO_TIME_ZONE(text=_short(text)))
    return instant


def parse_money(text: str, currency: str) -> int:
    """``$12.58``, ``1,234.50``, ``12.58 USD`` -> minor units of ``currency``."""
    code = check_currency(currency)
    value = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not value:
        return 0
    for symbol, symbol_code in _SYMBOLS.items():
        if value.startswith(symbol):
            value = value[len(symbol):]
            _check_symbol(symbol_code, code, text)
            break
    if value[-3:].isalpha() and value[-3:].upper() == code:
        value = value[:-3]
    if not _AMOUNT.match(value):
        raise BadInput(NOT_MONEY_WRITTEN(text=_short(text)))
    try:
        minor = to_minor(Decimal(value), code)
    except (InvalidOperation, ValueError):
        raise BadInput(NOT_MONEY(text=_short(text))) from None
    if minor < 0:
        raise BadInput(NEGATIVE_PRICE(text=_short(text)))
    if minor > MAX_MINOR:
        raise BadInput(PRICE_TOO_LARGE(text=_short(text)))
    return minor


def _check_symbol(symbol_code: str, code: str, text: str) -> None:
    if symbol_code and symbol_code != code:
        raise BadInput(OTHER_CURRENCY(text=_short(text), symbol=symbol_code, currency=code))


def parse_count(text: str, *, default: int | None = None, minimum: int = 0,
                maximum: int = 1_000_000) -> int:
    """A whole number such as a seat count."""
    value = text.strip()
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
