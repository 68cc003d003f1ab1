"""A price as the vendor states it: an amount, what it buys, and for how long.

A vendor states "12.95 a seat a month", "1 490,00 kr a seat a year" or
"USD 100.00 for the licence (7 seats)". Seatkeeper keeps exactly that
(``Price``: amount, basis, months) and works out any other figure when it is
needed: what some seats cost for some months is computed exactly (fractions)
and rounded once, at the end, so the whole purchase for its own period is the
amount paid, to the minor unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money, exponent

MAX_MINOR = 10**15  # a trillion in major units: far beyond any licence, well inside BIGINT
MAX_PRICE_MONTHS = 120

NEGATIVE = message("price.negative", "A price cannot be negative ({amount}).")
TOO_LARGE = message("price.too_large", "{amount} is more than a price can be.")
BAD_MONTHS = message("price.bad_months",
                     "A price covers 1 to {most} months, not {months}.")
NOT_A_BASIS = message("price.not_a_basis",
                      "“{text}” is not what a price buys (per_seat or total).")


class PriceBasis(StrEnum):
    PER_SEAT = "per_seat"  # the amount buys one seat
    TOTAL = "total"  # the amount buys every seat of the purchase


@dataclass(frozen=True)
class Price:
    """``amount`` buys one seat (PER_SEAT) or all of them (TOTAL) for ``months`` months."""

    amount: Money
    basis: PriceBasis = PriceBasis.PER_SEAT
    months: int = 1

    def __post_init__(self) -> None:
        if self.amount.minor < 0:
            raise BadInput(NEGATIVE(amount=self.amount), field="price")
        if self.amount.minor > MAX_MINOR:
            raise BadInput(TOO_LARGE(amount=self.amount), field="price")
        if not 1 <= self.months <= MAX_PRICE_MONTHS:
            raise BadInput(BAD_MONTHS(most=MAX_PRICE_MONTHS, months=self.months),
                           field="price_months")
        object.__setattr__(self, "basis", PriceBasis(self.basis))

    @classmethod
    def monthly_per_seat(cls, amount: Money) -> Price:
        return cls(amount, PriceBasis.PER_SEAT, 1)

    @property
    def currency(self) -> str:
        return self.amount.currency

    def _exact(self, seats: int, months: int, of_seats: int) -> Fraction:
        per_month = Fraction(self.amount.minor, self.months)
        if self.basis is PriceBasis.PER_SEAT:
            return per_month * seats * months
        return per_month * months * Fraction(seats, max(of_seats, 1))

    def cost(self, seats: int, months: int, of_seats: int) -> Money:
        """``seats`` seats for ``months`` months, of a purchase of ``of_seats`` seats.

        Rounded half-up once; ``cost(n, self.months, n)`` of a TOTAL price is its amount.
        """
        exact = self._exact(seats, months, of_seats)
        whole, rest = divmod(exact.numerator, exact.denominator)
        return Money(whole + (1 if 2 * rest >= exact.denominator else 0), self.currency)

    def per_seat_month(self, of_seats: int) -> Money:
        """One seat for one month, rounded half-up: a figure to show, never to keep."""
        return self.cost(1, 1, of_seats)

    def per_seat_month_exact(self, of_seats: int) -> Decimal:
        """One seat for one month in major units, exact to 12 places (for comparisons)."""
        exact = self._exact(1, 1, of_seats)
        minor = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
            Decimal("1e-12"))
        return minor.scaleb(-exponent(self.currency))


def parse_basis(text: str) -> PriceBasis:
    value = text.strip().lower().replace(" ", "_").replace("-", "_") or "per_seat"
    aliases = {"seat": "per_seat", "per_seat": "per_seat", "each": "per_seat",
               "total": "total", "whole": "total", "licence": "total", "license": "total"}
    if value not in aliases:
        raise BadInput(NOT_A_BASIS(text=text.strip()[:40]), field="price_basis")
    return PriceBasis(aliases[value])
