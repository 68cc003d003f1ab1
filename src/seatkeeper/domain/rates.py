"""Exchange rates kept per date, and converting a stated amount with the dated rate.

A rate says what one unit of ``base`` costs in ``quote`` on ``day`` (Norges
Bank: 1 USD = 10.6342 NOK). Rates are ``Decimal`` from the text they were
written in, never a float. The rate used for a date is the latest published on
or before it (a bank publishes on working days; a Sunday uses Friday's), and
its age in days is kept beside the converted amount so the admin sees how old
it is. A pair with no rate on or before the date is *missing*: the amount is
not converted, never taken 1:1.

The inverse of a stored rate is used when only the other direction is known
(NOK->USD from USD->NOK); no cross rates through a third currency are made.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money, check_currency, to_minor

MAX_RATE = Decimal("1e9")
RATE_PLACES = 10  # a bank publishes 4 to 6 decimals; an inverse is kept to 10

NOT_A_RATE = message("rates.not_a_rate", "“{text}” is not an exchange rate (a positive number).")
SAME_CURRENCY = message("rates.same_currency",
                        "A rate converts between two currencies, not {currency} to itself.")


def parse_rate(text: str, *, decimal_comma: bool = False) -> Decimal:
    """A rate as written ("10.6342", or "10,6342" where the decimal sign is a comma)."""
    raw = str(text).strip().replace("\N{NO-BREAK SPACE}", "").replace(" ", "")
    if decimal_comma:
        raw = raw.replace(".", "").replace(",", ".") if "," in raw else raw
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise BadInput(NOT_A_RATE(text=str(text).strip()[:40]), field="rate") from None
    return check_rate(value, str(text))


def check_rate(value: Decimal, shown: str | None = None) -> Decimal:
    if not value.is_finite() or value <= 0 or value > MAX_RATE:
        raise BadInput(NOT_A_RATE(text=(shown or str(value)).strip()[:40]), field="rate")
    return value


@dataclass(frozen=True, order=True)
class Rate:
    """One unit of ``base`` is ``value`` units of ``quote`` on ``day``."""

    day: date
    base: str
    quote: str
    value: Decimal
    source: str = "admin"  # admin | norges-bank | nationalbanken

    def __post_init__(self) -> None:
        object.__setattr__(self, "base", check_currency(self.base))
        object.__setattr__(self, "quote", check_currency(self.quote))
        if self.base == self.quote:
            raise BadInput(SAME_CURRENCY(currency=self.base), field="currency")
        check_rate(self.value)


@dataclass(frozen=True)
class Converted:
    """An amount converted with the rate of ``rate_day`` (``age_days`` before the date asked)."""

    original: Money
    amount: Money
    rate: Decimal
    rate_day: date | None  # None when no conversion was needed (same currency)
    age_days: int


class RateTable:
    """Every known rate by pair, for lookups "latest on or before a date"."""

    def __init__(self, rates: Iterable[Rate]) -> None:
        self._days: dict[tuple[str, str], list[date]] = {}
        self._values: dict[tuple[str, str], list[Decimal]] = {}
        pairs: dict[tuple[str, str], dict[date, Decimal]] = {}
        for rate in rates:
            pairs.setdefault((rate.base, rate.quote), {})[rate.day] = rate.value
        for pair, by_day in pairs.items():
            days = sorted(by_day)
            self._days[pair] = days
            self._values[pair] = [by_day[d] for d in days]

    def _latest(self, pair: tuple[str, str], on: date) -> tuple[date, Decimal] | None:
        days = self._days.get(pair)
        if not days:
            return None
        at = bisect_right(days, on)
        return (days[at - 1], self._values[pair][at - 1]) if at else None

    def rate(self, base: str, quote: str, on: date) -> tuple[date, Decimal] | None:
        """The latest rate from ``base`` to ``quote`` published on or before ``on``.

        A direct rate wins over the inverse of the other direction of the same day or older.
        """
        if base == quote:
            return on, Decimal(1)
        direct = self._latest((base, quote), on)
        inverse = self._latest((quote, base), on)
        if inverse is not None and (direct is None or inverse[0] > direct[0]):
            return inverse[0], (Decimal(1) / inverse[1]).quantize(Decimal(1).scaleb(
                -RATE_PLACES))
        return direct

    def convert(self, amount: Money, to: str, on: date) -> Converted | None:
        """``amount`` in ``to`` at the rate of ``on``, rounded half-up once; None: missing."""
        if amount.currency == to:
            return Converted(amount, amount, Decimal(1), None, 0)
        found = self.rate(amount.currency, to, on)
        if found is None:
            return None
        day, value = found
        return Converted(amount, Money(to_minor(amount.amount * value, to), to), value, day,
                         (on - day).days)
