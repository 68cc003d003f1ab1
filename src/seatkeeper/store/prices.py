"""A subscription's price between its columns and the domain's ``Price``.

Every write of a price goes through ``price_columns``, which also keeps the
retired per-seat monthly figure (``unit_monthly_price_minor``) for readers
outside Seatkeeper; every read goes through ``price_of``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price, PriceBasis

PRICE_COLUMNS = ("price_minor", "price_basis", "price_months")


def price_columns(price: Price, seat_limit: int) -> dict[str, Any]:
    """The columns that keep ``price`` (of a purchase of ``seat_limit`` seats)."""
    return {"price_minor": price.amount.minor, "price_basis": price.basis.value,
            "price_months": price.months, "currency": price.currency,
            "unit_monthly_price_minor": price.per_seat_month(seat_limit).minor}


def price_of(row: Mapping[Any, Any]) -> Price:
    """The price a subscription row (or a row with its price columns and currency) holds."""
    return Price(Money(int(row["price_minor"]), str(row["currency"])),
                 PriceBasis(str(row["price_basis"])), int(row["price_months"]))
