"""Property tests (hypothesis) for Money, month arithmetic and proration.

The examples in ``test_volume.py`` pin the vendor's cases; these check the
arithmetic underneath holds for every date and amount, not just those.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from seatkeeper.domain import volume as vl
from seatkeeper.domain.errors import RuleRefused
from seatkeeper.domain.money import Money, exponent
from seatkeeper.domain.terms import add_months, months_left, renewal_after

# Dates far enough from year 1 and 9999 that a century of months stays in range.
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31))
month_counts = st.integers(min_value=-1200, max_value=1200)
currencies = st.sampled_from(["NOK", "USD", "JPY", "KWD"])  # exponents 2, 2, 0, 3
minors = st.integers(min_value=-(10**12), max_value=10**12)


def half_up(numerator: int, denominator: int) -> int:
    """Exact half-up (away from zero) of numerator / denominator, integers only."""
    sign = -1 if numerator < 0 else 1
    return sign * ((2 * abs(numerator) + denominator) // (2 * denominator))


# --- add_months --------------------------------------------------------------

@given(dates, month_counts)
def test_add_months_lands_in_the_right_month_clamped_to_its_end(start: date, months: int) -> None:
    result = add_months(start, months)
    index = start.year * 12 + start.month - 1 + months
    assert (result.year, result.month - 1) == divmod(index, 12)
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last)


@given(dates, month_counts)
def test_add_months_is_undone_when_no_clamping_happened(start: date, months: int) -> None:
    assume(start.day <= 28)
    assert add_months(add_months(start, months), -months) == start


@given(dates, st.integers(min_value=1, max_value=24), st.integers(min_value=0, max_value=40))
def test_renewals_are_computed_from_the_anchor_without_drift(
        anchor: date, plan_months: int, periods: int) -> None:
    renewal = renewal_after(anchor, plan_months, periods)
    assert renewal == add_months(anchor, plan_months * periods)
    last = calendar.monthrange(renewal.year, renewal.month)[1]
    assert renewal.day == min(anchor.day, last)  # 01-31 never drifts to the 28th


def test_add_months_past_year_9999_raises_rather_than_wrapping() -> None:
    with pytest.raises(ValueError, match="year"):
        add_months(date(9999, 12, 31), 1)


# --- months_left -------------------------------------------------------------

@given(dates, dates)
def test_months_left_is_the_smallest_m_reaching_the_renewal(on: date, renewal: date) -> None:
    m = months_left(on, renewal)
    if on >= renewal:
        assert m == 0
        return
    assert m >= 1
    assert add_months(on, m) >= renewal
    assert add_months(on, m - 1) < renewal


@given(dates, dates, st.integers(min_value=1, max_value=400))
def test_months_left_never_grows_as_time_passes(on: date, renewal: date, days: int) -> None:
    later = on + timedelta(days=days)
    assert months_left(later, renewal) <= months_left(on, renewal)


# --- Money -------------------------------------------------------------------

@given(minors, currencies)
def test_money_decimal_string_round_trips(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    assert Money.of(money.decimal_string(), currency) == money
    assert Money.of(money.amount, currency) == money


@given(minors, currencies)
def test_money_holds_int_and_decimal_never_float(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    assert type(money.minor) is int
    assert type(money.amount) is Decimal
    assert type(money.times(Decimal("0.5")).minor) is int


@given(st.integers(min_value=-(10**15), max_value=10**15), st.integers(0, 6), currencies)
def test_money_of_rounds_half_up_to_the_minor_unit(digits: int, places: int,
                                                   currency: str) -> None:
    value = Decimal(digits).scaleb(-places)
    scale = exponent(currency) - places  # minor = digits x 10**scale
    expected = digits * 10**scale if scale >= 0 else half_up(digits, 10**-scale)
    assert Money.of(value, currency).minor == expected


@given(minors, st.integers(min_value=-(10**6), max_value=10**6), st.integers(0, 6), currencies)
def test_money_times_rounds_half_up_exactly(minor: int, factor_digits: int, places: int,
                                           currency: str) -> None:
    factor = Decimal(factor_digits).scaleb(-places)
    assert Money(minor, currency).times(factor).minor == half_up(minor * factor_digits,
                                                                 10**places)


@given(minors, st.integers(min_value=-1000, max_value=1000), currencies)
def test_money_times_a_count_is_exact(minor: int, count: int, currency: str) -> None:
    assert Money(minor, currency).times(count) == Money(minor * count, currency)


@given(minors, minors, currencies)
def test_money_addition_and_subtraction_are_inverse(a: int, b: int, currency: str) -> None:
    x, y = Money(a, currency), Money(b, currency)
    assert x + y == y + x
    assert (x + y) - y == x


def test_money_refuses_a_float_minor_unit() -> None:
    with pytest.raises(TypeError):
        Money(1.0, "NOK")  # type: ignore[arg-type]


def test_money_of_refuses_float() -> None:
    with pytest.raises(TypeError):
        Money.of(0.1, "NOK")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(100, "NOK").times(0.5)  # type: ignore[arg-type]


# --- proration (VL-6, VL-8) --------------------------------------------------

@given(st.integers(0, 10**9), dates, st.integers(1, 800), st.integers(-50, 900))
def test_vl6_unused_credit_stays_between_zero_and_paid_and_shrinks(
        paid_minor: int, start: date, days: int, offset: int) -> None:
    paid = Money(paid_minor, "NOK")
    end, on = start + timedelta(days=days), start + timedelta(days=offset)
    credit = vl.unused_credit(paid, start, end, on)
    assert Money.zero("NOK") <= credit <= paid
    assert vl.unused_credit(paid, start, end, on + timedelta(days=1)) <= credit
    unused = min(max((end - on).days, 0), days)
    assert credit.minor == half_up(paid_minor * unused, days)


@given(st.integers(0, 10**9), st.integers(0, 10**9))
def test_vl6_applied_credit_never_exceeds_what_is_due(due_minor: int, credit_minor: int) -> None:
    due, credit = Money(due_minor, "NOK"), Money(credit_minor, "NOK")
    used, left = vl.apply_credit(due, credit)
    assert used == min(due, credit)
    assert used + left == due
    assert left.minor >= 0


@given(dates, dates, st.integers(0, 10**6), st.integers(1, 500))
def test_vl8_quote_is_months_left_times_seats_and_keeps_the_renewal(
        on: date, renewal: date, unit_minor: int, seats: int) -> None:
    unit = Money(unit_minor, "NOK")
    if on >= renewal:
        with pytest.raises(RuleRefused):
            vl.quote_added_seats(renewal, unit, seats, on)
        return
    quote = vl.quote_added_seats(renewal, unit, seats, on)
    assert quote.months == months_left(on, renewal)
    assert quote.total == Money(unit_minor * seats * quote.months, "NOK")
    assert quote.renewal_date == renewal
