"""A price kept as stated: total x 1 is what was paid, and per-seat figures are derived."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price, PriceBasis, parse_basis


def test_a_total_for_its_own_seats_and_period_is_what_was_paid() -> None:
    # Issue 15: USD 100.00 for 7 seats came back as 99.96 through a per-seat month.
    price = Price(Money(10000, "USD"), PriceBasis.TOTAL, 12)
    assert price.cost(7, 12, 7) == Money(10000, "USD")
    assert price.per_seat_month(7) == Money(119, "USD")  # shown, never kept
    assert price.cost(1, 12, 7) == Money(1429, "USD")


def test_a_monthly_per_seat_price_gives_the_old_figures() -> None:
    price = Price.monthly_per_seat(Money(1295, "USD"))
    assert price.cost(5, 10, 5) == Money(1295 * 50, "USD")
    assert price.per_seat_month(99) == Money(1295, "USD")


def test_a_yearly_per_seat_price_per_month_is_derived_when_shown() -> None:
    price = Price(Money(149000, "NOK"), PriceBasis.PER_SEAT, 12)
    assert price.cost(2, 12, 2) == Money(298000, "NOK")
    assert price.per_seat_month(2) == Money(12417, "NOK")


@given(st.integers(0, 10**15), st.integers(1, 120), st.integers(1, 10_000))
def test_total_times_one_is_exact_whatever_the_figures(minor: int, months: int,
                                                         seats: int) -> None:
    price = Price(Money(minor, "EUR"), PriceBasis.TOTAL, months)
    assert price.cost(seats, months, seats).minor == minor


@pytest.mark.parametrize(("minor", "months"), [(-1, 1), (10**30, 1), (100, 0), (100, 121)])
def test_a_price_out_of_range_is_refused(minor: int, months: int) -> None:
    with pytest.raises(BadInput):
        Price(Money(minor, "USD"), PriceBasis.PER_SEAT, months)


def test_the_basis_in_words() -> None:
    assert parse_basis("") is PriceBasis.PER_SEAT
    assert parse_basis("Total") is PriceBasis.TOTAL
    with pytest.raises(BadInput, match="per_seat or total"):
        parse_basis("sometimes")
