"""Rules AS-1..AS-11: subscriptions billed through an app store (seed 001)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seatkeeper.domain import app_store as a
from seatkeeper.domain.enums import BillingChannel, PaymentMethod, SubscriptionStatus
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.money import Money

STORE = BillingChannel.APP_STORE
WEB = BillingChannel.WEBSITE
T0 = datetime(2024, 3, 10, 9, 30, tzinfo=UTC)
instants = st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2100, 1, 1),
                        timezones=st.just(UTC))


def ok_prereqs(*, ios_version: str = "12.0", app_version: str = "7.3.7",
               has_payment_method: bool = True, store_country: str = "NO",
               offered_countries: frozenset[str] | None = frozenset({"NO", "SE"}),
               ) -> tuple[a.Problem, ...]:
    """The AS-2 problems when everything is fine except the overridden facts."""
    return a.trial_prerequisite_problems(ios_version, app_version, has_payment_method,
                                         store_country, offered_countries)


# AS-1
def test_as1_website_bills_in_usd_whatever_the_local_currency() -> None:
    assert a.billing_currency(WEB, "NOK") == "USD"
    assert a.billing_currency(WEB, None) == "USD"


def test_as1_store_bills_in_the_local_currency() -> None:
    assert a.billing_currency(STORE, " nok ") == "NOK"


@pytest.mark.parametrize("bad", [None, "", "KRONER", "N1K"])
def test_as1_store_currency_must_be_a_real_code(bad: str | None) -> None:
    with pytest.raises(BadInput):
        a.billing_currency(STORE, bad)


def test_as1_store_plans_bill_every_12_months() -> None:
    assert a.check_plan_months(STORE, 12) == 12
    with pytest.raises(RuleRefused) as refused:
        a.check_plan_months(STORE, 1)
    assert refused.value.rule_id == "AS-1"
    assert a.check_plan_months(WEB, 1) == 1
    with pytest.raises(BadInput):
        a.check_plan_months(WEB, 0)


# AS-2
def test_as2_all_prerequisites_met_gives_no_problems() -> None:
    assert ok_prereqs() == ()
    a.check_can_start_trial("17.4.1", "7.10", True, "no", None)


def test_as2_lists_every_problem_at_once_in_order() -> None:
    problems = ok_prereqs(ios_version="11.4", app_version="7.3.6", has_payment_method=False,
                          store_country="US")
    assert [p.code for p in problems] == ["ios_too_old", "app_too_old", "no_payment_method",
                                          "country_not_offered"]
    assert all(p.message.endswith(".") for p in problems)


def test_as2_refusal_names_every_problem() -> None:
    with pytest.raises(RuleRefused) as refused:
        a.check_can_start_trial("11", "7.3.7", False, "NO", None)
    assert refused.value.rule_id == "AS-2"
    assert "iOS 12" in refused.value.message
    assert "payment method" in refused.value.message


@pytest.mark.parametrize(("version", "too_old"), [
    ("7.3.7", False), ("7.10", False), ("7.3.10", False), ("v7.4", False), ("8", False),
    ("7.3", True), ("7.3.6", True), ("7.2.99", True), ("6.99.99", True),
])
def test_as2_app_versions_compare_as_numbers(version: str, too_old: bool) -> None:
    codes = [p.code for p in ok_prereqs(app_version=version)]
    assert ("app_too_old" in codes) is too_old


@pytest.mark.parametrize("garbage", ["", "seven", "7..3", "7.3-beta", "7.", ".7", "١٢"])
def test_as2_garbage_versions_are_bad_input(garbage: str) -> None:
    with pytest.raises(BadInput):
        ok_prereqs(app_version=garbage)
    with pytest.raises(BadInput):
        ok_prereqs(ios_version=garbage)


def test_as2_country_is_judged_only_when_the_offer_list_is_known() -> None:
    assert ok_prereqs(store_country="us", offered_countries=None) == ()
    assert ok_prereqs(store_country="se", offered_countries=frozenset({"se"})) == ()
    with pytest.raises(BadInput):
        ok_prereqs(store_country="Norway")


@given(st.lists(st.integers(0, 999), min_size=1, max_size=4),
       st.lists(st.integers(0, 999), min_size=1, max_size=4))
def test_as2_version_order_matches_numeric_tuple_order(x: list[int], y: list[int]) -> None:
    pad = max(len(x), len(y))
    expected = x + [0] * (pad - len(x)) >= y + [0] * (pad - len(y))
    parsed = a.parse_version(".".join(map(str, x)), "v")
    assert a.version_at_least(parsed, tuple(y)) is expected


# AS-3
def test_as3_store_terms_limit_devices_and_drop_guarantee_and_referrals() -> None:
    terms = a.channel_terms(STORE)
    assert terms.max_devices == 5
    assert terms.all_apps is True
    assert terms.referral_reward is False
    assert terms.money_back_guarantee is False
    assert terms.money_back_days == 0
    assert "Apple support" in terms.refunds_via


def test_as3_website_terms_keep_money_back_and_vendor_refunds() -> None:
    terms = a.channel_terms(WEB)
    assert terms.money_back_guarantee is True
    assert terms.money_back_days == 30
    assert terms.referral_reward is True
    assert terms.refunds_via == "the vendor"


# AS-4
def test_as4_trial_lasts_seven_days_then_12_month_price_is_charged() -> None:
    price = Money.of("999", "NOK")
    charge = a.charge_after_trial(T0, price)
    assert a.trial_end(T0) == datetime(2024, 3, 17, 9, 30, tzinfo=UTC)
    assert charge.charged_at == a.trial_end(T0)
    assert charge.amount == price
    assert charge.plan_months == 12
    assert charge.cancel_by == datetime(2024, 3, 16, 9, 30, tzinfo=UTC)


def test_as4_naive_start_is_refused() -> None:
    with pytest.raises(BadInput):
        a.trial_end(datetime(2024, 3, 10, 9, 30))  # naive: no time zone


# AS-5
def test_as5_cancel_by_is_24h_before_trial_end() -> None:
    assert a.cancel_by(a.trial_end(T0)) == T0 + timedelta(days=6)


def test_as5_other_zones_are_normalised_to_utc() -> None:
    oslo_summer = timezone(timedelta(hours=2))
    ends = datetime(2024, 7, 1, 2, 0, tzinfo=oslo_summer)
    assert a.cancel_by(ends) == datetime(2024, 6, 30, 0, 0, tzinfo=UTC)
    assert a.cancel_by(ends).tzinfo is UTC


@given(instants)
def test_as5_cancel_by_is_always_exactly_24h_before(ends_at: datetime) -> None:
    assert ends_at - a.cancel_by(ends_at) == timedelta(hours=24)


def test_as5_deadline_state_counts_down_and_then_passes() -> None:
    ends = T0 + timedelta(days=3)
    before = a.deadline_state(ends, T0)
    assert (before.time_left, before.passed) == (timedelta(days=2), False)
    at = a.deadline_state(ends, ends - timedelta(hours=24))
    assert (at.time_left, at.passed) == (timedelta(0), False)
    late = a.deadline_state(ends, ends - timedelta(hours=23))
    assert (late.time_left, late.passed) == (timedelta(0), True)


@given(instants, st.timedeltas(min_value=timedelta(days=-400), max_value=timedelta(days=400)))
def test_as5_time_left_never_negative_and_passed_iff_after(ends: datetime, d: timedelta) -> None:
    now = ends - timedelta(hours=24) + d
    state = a.deadline_state(ends, now)
    assert state.time_left >= timedelta(0)
    assert state.passed is (d > timedelta(0))


# AS-6
def test_as6_plan_change_starts_at_end_of_current_period() -> None:
    assert a.plan_change(STORE, STORE, T0) == T0
    assert a.plan_change(WEB, WEB, T0) == T0


@pytest.mark.parametrize(("bought", "used", "where"), [
    (STORE, WEB, "App Store"), (WEB, STORE, "vendor's website")])
def test_as6_plan_change_refused_outside_channel_of_purchase(
        bought: BillingChannel, used: BillingChannel, where: str) -> None:
    with pytest.raises(RuleRefused) as refused:
        a.plan_change(bought, used, T0)
    assert refused.value.rule_id == "AS-6"
    assert where in refused.value.message


# AS-7
def test_as7_cancel_keeps_it_usable_until_expiry() -> None:
    result = a.cancel(STORE, STORE, T0 + timedelta(days=30), T0)
    assert result.status is SubscriptionStatus.CANCELLED
    assert result.usable_until == T0 + timedelta(days=30)
    assert result.charge_avoided is True


def test_as7_cancel_inside_the_last_24h_does_not_avoid_the_charge() -> None:
    assert a.cancel(WEB, WEB, T0 + timedelta(hours=5), T0).charge_avoided is False


def test_as7_cancel_refused_outside_channel_of_purchase() -> None:
    with pytest.raises(RuleRefused) as refused:
        a.cancel(STORE, WEB, T0, T0)
    assert refused.value.rule_id == "AS-7"
    assert "App Store" in refused.value.message


# AS-8
def test_as8_move_to_direct_billing_cancels_24h_before_next_billing() -> None:
    move = a.move_to_direct_billing(STORE, T0 + timedelta(days=10), T0)
    assert move.cancel_in_store_by == T0 + timedelta(days=9)
    assert move.deadline_passed is False
    assert set(move.direct_methods) == {PaymentMethod.CREDIT_CARD, PaymentMethod.PAYPAL,
                                        PaymentMethod.BITCOIN}
    assert "Cancel" in move.steps[0]
    assert "App Store" in move.steps[0]
    assert "Renew" in move.steps[-1]


def test_as8_reports_a_missed_store_deadline() -> None:
    assert a.move_to_direct_billing(STORE, T0 + timedelta(hours=2), T0).deadline_passed


def test_as8_website_subscription_is_already_direct() -> None:
    with pytest.raises(RuleRefused) as refused:
        a.move_to_direct_billing(WEB, T0, T0)
    assert refused.value.rule_id == "AS-8"


# AS-9
def test_as9_failed_store_payment_shows_both_fixes() -> None:
    failure = a.payment_failed(STORE)
    assert failure.status is SubscriptionStatus.PAYMENT_FAILED
    assert failure.status_text == "Payment failed"
    assert any("App Store" in fix and "payment method" in fix for fix in failure.fixes)
    assert any("directly" in fix for fix in failure.fixes)


# AS-10
def test_as10_resume_before_expiry_starts_at_old_expiry() -> None:
    result = a.resume(T0 + timedelta(days=3), T0)
    assert (result.starts_at, result.immediately) == (T0 + timedelta(days=3), False)
    assert result.same_sign_in


def test_as10_resume_after_expiry_starts_at_once() -> None:
    now = T0 + timedelta(days=40)
    result = a.resume(T0, now)
    assert (result.starts_at, result.immediately, result.same_sign_in) == (now, True, True)


@given(instants, instants)
def test_as10_resumed_start_is_never_before_now_or_expiry(expiry: datetime,
                                                          now: datetime) -> None:
    assert a.resume(expiry, now).starts_at == max(expiry, now)


# AS-11
def test_as11_store_offers_only_guidance_for_every_action() -> None:
    items = a.allowed_actions(STORE)
    assert {item.action for item in items} == set(a.StoreAction)
    assert not any(item.performs for item in items)


def test_as11_website_offers_real_actions() -> None:
    performs = {item.action for item in a.allowed_actions(WEB) if item.performs}
    assert {a.StoreAction.CHANGE_PLAN, a.StoreAction.CANCEL} <= performs


def test_as11_cancel_guidance_follows_the_seed_steps() -> None:
    guide = a.store_guidance(a.StoreAction.CANCEL, "ExampleVPN")
    assert guide.steps == (
        "Sign in to the App Store account that was used to get the trial or subscription.",
        "Open the list of your subscriptions.",
        "Choose ExampleVPN.",
        "Choose Cancel Free Trial or Cancel Subscription.",
        "Choose Confirm.",
    )
    assert any("24 hours" in note for note in guide.notes)


def test_as11_change_plan_guidance_ends_by_confirming_the_new_terms() -> None:
    guide = a.store_guidance(a.StoreAction.CHANGE_PLAN)
    assert guide.steps[0].startswith("Sign in to the App Store account")
    assert guide.steps[-1] == "Confirm the new subscription terms."
    assert any("end of the current billing period" in note for note in guide.notes)


def test_as11_refund_points_to_apple_support_never_the_vendor() -> None:
    guide = a.store_guidance(a.StoreAction.REFUND)
    assert all("Apple support" in step for step in guide.steps)
    assert not any("contact the vendor" in text.lower() for text in guide.steps + guide.notes)


def test_as11_every_action_has_steps() -> None:
    for action in a.StoreAction:
        assert a.store_guidance(action).steps
