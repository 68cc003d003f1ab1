"""Volume-licence purchase and pricing rules VL-1..VL-10, VL-17 (RULES.md, seed 000).

Seat-level rules are in ``test_volume_seats.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from seatkeeper.domain import volume as vl
from seatkeeper.domain.enums import (
    OrderStatus,
    PaymentMethod,
    SubscriptionKind,
)
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.money import Money

NOK = "NOK"


def nok(amount: str) -> Money:
    return Money.of(amount, NOK)


# --- VL-1/VL-2 seat count ----------------------------------------------------

@pytest.mark.parametrize("seats", [1, 2, 3, 4])
def test_vl2_refuses_one_to_four_seats(seats: int) -> None:
    with pytest.raises(RuleRefused) as caught:
        vl.check_volume_seat_count(seats)
    assert caught.value.rule_id == "VL-2"
    assert "start at 5 seats" in caught.value.message
    assert "add accounts instead" in caught.value.message


def test_vl2_refuses_four_seats() -> None:
    with pytest.raises(RuleRefused, match="up to 4 extra users"):
        vl.check_volume_seat_count(4)


@pytest.mark.parametrize("seats", [5, 6, 50, 500])
def test_vl1_accepts_five_to_well_over_fifty_seats(seats: int) -> None:
    vl.check_volume_seat_count(seats)


@pytest.mark.parametrize("seats", [0, -1])
def test_vl2_zero_or_negative_seats_is_bad_input(seats: int) -> None:
    with pytest.raises(BadInput) as caught:
        vl.check_volume_seat_count(seats)
    assert not isinstance(caught.value, RuleRefused)
    assert caught.value.field == "seats"


# --- VL-3 payment ------------------------------------------------------------

@pytest.mark.parametrize(
    "method", [PaymentMethod.PAYPAL, PaymentMethod.BITCOIN, PaymentMethod.PAYMENTWALL])
def test_vl3_refuses_everything_but_credit_card(method: PaymentMethod) -> None:
    with pytest.raises(RuleRefused) as caught:
        vl.check_payment_method(method)
    assert caught.value.rule_id == "VL-3"
    assert "credit card only" in caught.value.message


def test_vl3_accepts_credit_card() -> None:
    vl.check_payment_method(PaymentMethod.CREDIT_CARD)


# --- VL-4 order lifecycle ----------------------------------------------------

def approved() -> vl.VolumeRequest:
    return vl.approve_request(vl.request_volume("owner@firma.no", has_vendor_account=True))


def test_vl4_needs_an_existing_vendor_account() -> None:
    with pytest.raises(RuleRefused) as caught:
        vl.request_volume("owner@firma.no", has_vendor_account=False)
    assert caught.value.rule_id == "VL-4"
    assert "existing vendor account" in caught.value.message


def test_vl4_requested_approved_completed() -> None:
    request = vl.request_volume("owner@firma.no", has_vendor_account=True)
    assert request.status is OrderStatus.REQUESTED
    done = vl.complete_request(vl.approve_request(request), 12, 12, PaymentMethod.CREDIT_CARD)
    assert (done.status, done.seats, done.plan_months) == (OrderStatus.COMPLETED, 12, 12)
    assert request.status is OrderStatus.REQUESTED  # immutable: the old value is unchanged


def test_vl4_only_an_approved_request_can_be_completed() -> None:
    request = vl.request_volume("owner@firma.no", has_vendor_account=True)
    with pytest.raises(RuleRefused) as caught:
        vl.complete_request(request, 10, 12, PaymentMethod.CREDIT_CARD)
    assert caught.value.rule_id == "VL-4"
    assert "only an approved request can be completed" in caught.value.message


@pytest.mark.parametrize("step", [vl.approve_request, vl.refuse_request])
def test_vl4_completed_or_refused_requests_are_final(
        step: Callable[[vl.VolumeRequest], vl.VolumeRequest]) -> None:
    done = vl.complete_request(approved(), 5, 1, PaymentMethod.CREDIT_CARD)
    gone = vl.refuse_request(vl.request_volume("o@firma.no", has_vendor_account=True))
    for request in (done, gone):
        with pytest.raises(RuleRefused, match="requested -> approved -> completed"):
            step(request)


@pytest.mark.parametrize("step", [vl.approve_request, vl.refuse_request])
def test_vl4_an_approved_request_can_only_be_completed(
        step: Callable[[vl.VolumeRequest], vl.VolumeRequest]) -> None:
    with pytest.raises(RuleRefused, match="requested -> approved -> completed"):
        step(approved())


def test_vl4_completion_applies_vl2_and_vl3() -> None:
    with pytest.raises(RuleRefused) as few:
        vl.complete_request(approved(), 4, 12, PaymentMethod.CREDIT_CARD)
    with pytest.raises(RuleRefused) as paypal:
        vl.complete_request(approved(), 5, 12, PaymentMethod.PAYPAL)
    assert (few.value.rule_id, paypal.value.rule_id) == ("VL-2", "VL-3")
    with pytest.raises(BadInput):
        vl.complete_request(approved(), 5, 0, PaymentMethod.CREDIT_CARD)


# --- VL-6 credit -------------------------------------------------------------

def test_vl6_unused_credit_is_paid_times_unused_days_over_period_days() -> None:
    # 100 days paid 1000.00; 25 days used -> 75 unused -> 750.00
    start = date(2024, 1, 1)
    credit = vl.unused_credit(nok("1000"), start, start + timedelta(days=100),
                              start + timedelta(days=25))
    assert credit == nok("750")


def test_vl6_unused_credit_rounds_half_up_exactly() -> None:
    # 0.06 x 1/12 = 0.005 exactly -> 0.01; a 28-digit Decimal ratio would give 0.00
    start = date(2024, 1, 1)
    end = start + timedelta(days=12)
    assert vl.unused_credit(nok("0.06"), start, end, end - timedelta(days=1)) == nok("0.01")


def test_vl6_unused_credit_never_negative_nor_above_paid() -> None:
    start, end = date(2024, 1, 1), date(2025, 1, 1)
    assert vl.unused_credit(nok("120"), start, end, date(2026, 1, 1)) == nok("0")
    assert vl.unused_credit(nok("120"), start, end, end) == nok("0")
    assert vl.unused_credit(nok("120"), start, end, date(2023, 6, 1)) == nok("120")


def test_vl6_unused_credit_refuses_nonsense_periods() -> None:
    day = date(2024, 1, 1)
    with pytest.raises(BadInput):
        vl.unused_credit(nok("10"), day, day, day)
    with pytest.raises(BadInput):
        vl.unused_credit(nok("-10"), day, day + timedelta(days=1), day)


def test_vl6_credit_is_capped_at_what_is_due() -> None:
    assert vl.apply_credit(nok("100"), nok("30")) == (nok("30"), nok("70"))
    assert vl.apply_credit(nok("100"), nok("250")) == (nok("100"), nok("0"))


def test_vl6_credit_in_another_currency_is_bad_input() -> None:
    with pytest.raises(BadInput, match="convert"):
        vl.apply_credit(nok("100"), Money.of("5", "USD"))


# --- VL-7/VL-8/VL-9 added seats and one renewal date -------------------------

def test_vl8_seed_example_ten_months() -> None:
    quote = vl.quote_added_seats(date(2021, 6, 25), nok("99.90"), 5, date(2020, 8, 25))
    assert quote.months == 10
    assert quote.seats == 5
    assert quote.total == nok("4995.00")  # 5 x 99.90 x 10
    assert quote.currency == NOK


def test_vl7_adding_seats_never_moves_the_renewal_date() -> None:
    renewal = date(2021, 6, 25)
    for on in (date(2020, 6, 26), date(2020, 8, 25), date(2021, 6, 24)):
        assert vl.quote_added_seats(renewal, nok("10"), 3, on).renewal_date == renewal


def test_vl8_partial_month_counts_as_whole() -> None:
    quote = vl.quote_added_seats(date(2021, 6, 25), nok("10"), 1, date(2021, 6, 24))
    assert (quote.months, quote.total) == (1, nok("10"))
    assert vl.quote_added_seats(date(2021, 6, 25), nok("10"), 1, date(2020, 8, 26)).months == 10


def test_vl8_month_end_clamps() -> None:
    # 01-31 + 1 month = 02-29 (2024) >= 02-29 -> one month
    assert vl.quote_added_seats(date(2024, 2, 29), nok("10"), 1, date(2024, 1, 31)).months == 1


@pytest.mark.parametrize("on", [date(2021, 6, 25), date(2021, 7, 1)])
def test_vl8_refuses_on_or_after_renewal(on: date) -> None:
    with pytest.raises(RuleRefused) as caught:
        vl.quote_added_seats(date(2021, 6, 25), nok("10"), 5, on)
    assert caught.value.rule_id == "VL-8"
    assert "renew first" in caught.value.message


@pytest.mark.parametrize("seats", [0, -3])
def test_vl8_refuses_fewer_than_one_added_seat(seats: int) -> None:
    with pytest.raises(BadInput, match="at least 1"):
        vl.quote_added_seats(date(2021, 6, 25), nok("10"), seats, date(2020, 8, 25))


def test_vl8_adding_fewer_than_five_seats_is_allowed() -> None:
    assert vl.quote_added_seats(date(2021, 6, 25), nok("10"), 1, date(2020, 8, 25)).seats == 1


def test_vl9_one_subscription_never_holds_two_renewal_dates() -> None:
    vl.check_shared_renewal(date(2021, 6, 25), date(2021, 6, 25))
    with pytest.raises(RuleRefused) as caught:
        vl.check_shared_renewal(date(2021, 6, 25), date(2021, 9, 1))
    assert caught.value.rule_id == "VL-9"
    assert "separate volume subscription" in caught.value.message


# --- VL-17 new volume quote --------------------------------------------------

def test_vl17_whole_calculation_with_credit() -> None:
    quote = vl.quote_new_volume(10, 12, nok("50"), nok("400"))
    assert quote.price == nok("6000")  # 10 x 50 x 12
    assert (quote.credit_available, quote.credit_used) == (nok("400"), nok("400"))
    assert quote.amount_due == nok("5600")
    assert quote.currency == NOK


def test_vl17_credit_above_price_is_capped_and_nothing_is_due() -> None:
    quote = vl.quote_new_volume(5, 1, nok("10"), nok("80"))
    assert (quote.price, quote.credit_used, quote.amount_due) == (nok("50"), nok("50"), nok("0"))


def test_vl17_new_customer_has_no_credit() -> None:
    quote = vl.quote_new_volume(5, 12, nok("10"))
    assert quote.credit_used == nok("0")
    assert quote.amount_due == quote.price == nok("600")


def test_vl17_quote_applies_vl2() -> None:
    with pytest.raises(RuleRefused) as caught:
        vl.quote_new_volume(3, 12, nok("10"))
    assert caught.value.rule_id == "VL-2"


# --- VL-10 plan changes ------------------------------------------------------

@pytest.mark.parametrize("kind", [k for k in SubscriptionKind if k is not SubscriptionKind.VOLUME])
def test_vl10_no_downgrade_to_regular(kind: SubscriptionKind) -> None:
    with pytest.raises(RuleRefused, match="cannot be downgraded") as caught:
        vl.check_plan_change(12, 12, kind)
    assert caught.value.rule_id == "VL-10"


def test_vl10_no_shortening_twelve_to_six() -> None:
    with pytest.raises(RuleRefused, match="from 12 to 6 months") as caught:
        vl.check_plan_change(12, 6, SubscriptionKind.VOLUME)
    assert caught.value.rule_id == "VL-10"


def test_vl10_same_or_longer_term_is_fine() -> None:
    vl.check_plan_change(6, 6, SubscriptionKind.VOLUME)
    vl.check_plan_change(6, 12, SubscriptionKind.VOLUME)
