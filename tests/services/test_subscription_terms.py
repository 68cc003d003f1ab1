"""Subscription terms and recorded actions: AS-1..AS-11 through the service."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from seatkeeper.domain.app_store import StoreAction
from seatkeeper.domain.enums import Platform, SubscriptionStatus
from seatkeeper.domain.errors import BadInput, ConflictError, KnownError, RuleRefused
from seatkeeper.services.clock import Clock, fixed_clock
from seatkeeper.services.deadlines import DeadlineService
from seatkeeper.services.subscription_actions import SubscriptionActionService
from seatkeeper.services.subscription_terms import SubscriptionTermsService, time_left_text
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests.services.helpers import (
    PREMIUM,
    STORE_PLAN,
    STORE_TRIAL,
    VOLUME,
    audit_actions,
    sub_id,
    sub_row,
    update_sub,
)

Terms = SubscriptionTermsService
Actions = SubscriptionActionService


@pytest.fixture
def service(demo_store: Store, clock: Clock) -> SubscriptionTermsService:
    return SubscriptionTermsService(demo_store, clock, "tester")


@pytest.fixture
def actions(demo_store: Store, clock: Clock) -> SubscriptionActionService:
    return SubscriptionActionService(demo_store, clock, "tester")


def test_as1_store_bills_in_local_currency_website_in_usd(
        service: SubscriptionTermsService, demo_store: Store) -> None:
    assert service.terms(sub_id(demo_store, STORE_TRIAL)).currency == "NOK"
    assert service.terms(sub_id(demo_store, STORE_PLAN)).currency == "EUR"
    website = service.terms(sub_id(demo_store, VOLUME))
    assert (website.currency, website.currency_note) == ("USD", None)


def test_as1_website_subscription_recorded_in_other_currency_is_flagged(
        service: SubscriptionTermsService, demo_store: Store) -> None:
    # Through the ExpressVPN website profile (AS-1: USD); said once, as a problem to fix.
    update_sub(demo_store, VOLUME, currency="NOK")
    terms = service.terms(sub_id(demo_store, VOLUME))
    assert terms.currency == "NOK"
    assert terms.currency_note is not None
    note = terms.currency_note.render()
    assert all(word in note for word in ("USD", "NOK", "AS-1"))


def test_an_unprofiled_vendors_currency_is_its_own_with_no_note(
        service: SubscriptionTermsService, demo_store: Store) -> None:
    update_sub(demo_store, PREMIUM, currency="EUR")  # Kaspersky's terms name no currency
    terms = service.terms(sub_id(demo_store, PREMIUM))
    assert (terms.currency, terms.currency_note) == ("EUR", None)


def _add_ios_device(store: Store, os_version: str, app_version: str,
                    platform: Platform = Platform.IOS) -> int:
    def work(conn: sa.Connection) -> int:
        account = conn.execute(sa.select(t.vendor_accounts.c.id).limit(1)).scalar_one()
        key = conn.execute(t.devices.insert().values(
            account_id=account, name="Old iPhone", platform=platform, os_version=os_version,
            app_version=app_version, region="NO", account_connected=True,
            created_at=datetime(2026, 1, 1, tzinfo=UTC), version=1)).inserted_primary_key
        assert key is not None
        return int(key[0])
    return store.write(work)


def test_as2_old_device_lists_every_problem(service: SubscriptionTermsService,
                                            demo_store: Store) -> None:
    device = _add_ios_device(demo_store, "11.4", "7.3.6")
    problems = service.trial_problems(device, has_payment_method=False,
                                      offered_countries=frozenset({"SE"}))
    assert [p.code for p in problems] == ["ios_too_old", "app_too_old", "no_payment_method",
                                          "country_not_offered"]


def test_as2_current_device_can_start_trial(service: SubscriptionTermsService,
                                            demo_store: Store) -> None:
    device = _add_ios_device(demo_store, "12.0", "7.3.7")
    assert service.trial_problems(device, has_payment_method=True) == ()


def test_as2_non_ios_device_is_refused(service: SubscriptionTermsService,
                                       demo_store: Store) -> None:
    device = _add_ios_device(demo_store, "11", "21.0", platform=Platform.WINDOWS)
    with pytest.raises(BadInput):
        service.trial_problems(device, has_payment_method=True)


def test_as3_store_terms_five_devices_no_referral_no_money_back(
        service: SubscriptionTermsService, demo_store: Store) -> None:
    update_sub(demo_store, STORE_PLAN, devices_per_seat=8)  # the channel's limit wins
    store_terms = service.terms(sub_id(demo_store, STORE_PLAN))
    assert store_terms.device_limit == 5
    assert store_terms.referral_reward is False
    assert store_terms.money_back_days == 0
    assert "App Store" in store_terms.refunds_via
    website = service.terms(sub_id(demo_store, VOLUME))
    assert (website.device_limit, website.money_back_days) == (8, 30)


def test_as4_trial_shows_its_end_and_cancel_by(service: SubscriptionTermsService,
                                               demo_store: Store, now: datetime) -> None:
    terms = service.terms(sub_id(demo_store, STORE_TRIAL))
    assert terms.trial_ends_at == now + timedelta(days=5)
    assert terms.period_ends_at == now + timedelta(days=5)
    assert terms.cancel_by is not None
    assert terms.cancel_by.cancel_by == now + timedelta(days=4)


def test_as5_store_plan_cancel_by_with_time_left(service: SubscriptionTermsService,
                                                 demo_store: Store) -> None:
    terms = service.terms(sub_id(demo_store, STORE_PLAN))
    assert terms.cancel_by is not None
    # Renews 2026-11-26 (period end 00:00 UTC), so cancel by 2026-11-25 00:00 UTC.
    assert terms.cancel_by.cancel_by == datetime(2026, 11, 25, tzinfo=UTC)
    assert terms.time_left == "2 days 14 h"
    assert not terms.cancel_by.passed


def test_as5_cancel_by_passed_after_the_deadline(demo_store: Store) -> None:
    late = SubscriptionTermsService(demo_store, fixed_clock(datetime(2026, 11, 25, 1,
                                                                     tzinfo=UTC)), "t")
    terms = late.terms(sub_id(demo_store, STORE_PLAN))
    assert terms.cancel_by is not None
    assert terms.cancel_by.passed
    assert terms.time_left == "passed"


def test_as5_no_cancel_by_for_website_or_non_renewing(service: SubscriptionTermsService,
                                                      demo_store: Store) -> None:
    assert service.terms(sub_id(demo_store, VOLUME)).cancel_by is None
    update_sub(demo_store, STORE_PLAN, auto_renew=False)
    assert service.terms(sub_id(demo_store, STORE_PLAN)).cancel_by is None


def test_time_left_text_units() -> None:
    assert time_left_text(timedelta(hours=5, minutes=30)) == "5 h 30 min"
    assert time_left_text(timedelta(minutes=12)) == "12 min"
    assert time_left_text(timedelta(days=1, hours=2)) == "1 day 2 h"
    assert time_left_text(timedelta(0)) == "passed"


def test_as6_store_plan_change_is_refused_naming_the_store(
        service: Terms, actions: Actions, demo_store: Store) -> None:
    before = sub_row(demo_store, STORE_PLAN)
    with pytest.raises(RuleRefused) as refused:
        actions.change_plan(sub_id(demo_store, STORE_PLAN), 12)
    assert refused.value.rule_id == "AS-6"
    assert "App Store" in refused.value.message
    assert sub_row(demo_store, STORE_PLAN) == before


def test_as6_website_plan_change_starts_at_period_end(service: Terms, actions: Actions,
                                                      demo_store: Store) -> None:
    before = sub_row(demo_store, PREMIUM)
    change = actions.change_plan(sub_id(demo_store, PREMIUM), 24).value
    assert change.starts_at == datetime.combine(before["renewal_date"], datetime.min.time(),
                                                tzinfo=UTC)
    after = sub_row(demo_store, PREMIUM)
    # The current period is untouched; the new length waits for its end.
    assert (after["plan_months"], after["renewal_date"]) == (12, before["renewal_date"])
    assert after["pending_plan_months"] == 24
    assert service.terms(after["id"]).pending_plan_months == 24
    assert audit_actions(demo_store)[-1] == "subscription.plan_changed"


def test_vl10_volume_term_cannot_be_shortened(service: Terms, actions: Actions,
                                              demo_store: Store) -> None:
    with pytest.raises(RuleRefused) as refused:
        actions.change_plan(sub_id(demo_store, VOLUME), 6)
    assert refused.value.rule_id == "VL-10"


def test_as7_store_cancel_is_refused_naming_the_store(service: Terms, actions: Actions,
                                                      demo_store: Store) -> None:
    with pytest.raises(RuleRefused) as refused:
        actions.cancel(sub_id(demo_store, STORE_PLAN))
    assert refused.value.rule_id == "AS-7"
    assert "App Store" in refused.value.message
    assert sub_row(demo_store, STORE_PLAN)["status"] == SubscriptionStatus.ACTIVE


def test_as7_website_cancel_keeps_it_usable_to_period_end(
        service: Terms, actions: Actions, demo_store: Store, now: datetime) -> None:
    sub = sub_id(demo_store, PREMIUM)
    result = actions.cancel(sub).value
    row = sub_row(demo_store, PREMIUM)
    assert result.usable_until.date() == row["renewal_date"]
    assert (row["status"], row["auto_renew"], row["version"]) == ("cancelled", False, 2)
    assert str(service.terms(sub).status_text).startswith("Cancelled, usable until")
    assert audit_actions(demo_store)[-1] == "subscription.cancelled"
    (renewal,) = [e for e in DeadlineService(demo_store).within(400, now)
                  if e.deadline.subscription_id == sub]
    assert renewal.will_charge is False
    with pytest.raises(KnownError):
        actions.cancel(sub)


def test_as7_cancelling_in_the_store_is_recorded_and_stops_the_cancel_by(
        service: Terms, actions: Actions, demo_store: Store, now: datetime) -> None:
    sub = sub_id(demo_store, STORE_PLAN)
    result = actions.record_cancelled_in_store(sub).value
    assert result.charge_avoided
    kinds = [e.kind for e in DeadlineService(demo_store).within(30, now)
             if e.deadline.subscription_id == sub]
    assert kinds == ["renewal"]
    with pytest.raises(RuleRefused):
        actions.record_cancelled_in_store(sub_id(demo_store, PREMIUM))


def test_as8_store_terms_show_the_way_to_direct_billing(service: SubscriptionTermsService,
                                                        demo_store: Store) -> None:
    move = service.terms(sub_id(demo_store, STORE_PLAN)).move_to_direct
    assert move is not None
    assert move.cancel_in_store_by == datetime(2026, 11, 25, tzinfo=UTC)
    assert "24 hours" in move.steps[0]
    assert service.terms(sub_id(demo_store, VOLUME)).move_to_direct is None


def test_as9_payment_failed_is_recorded_shown_and_resolved(
        service: Terms, actions: Actions, demo_store: Store) -> None:
    sub = sub_id(demo_store, STORE_PLAN)
    failure = actions.mark_payment_failed(sub).value
    assert any("payment method" in fix for fix in failure.fixes)
    terms = service.terms(sub)
    assert str(terms.status_text) == "Payment failed"
    assert terms.payment_failure is not None
    actions.mark_payment_resolved(sub)
    assert service.terms(sub).status == SubscriptionStatus.ACTIVE
    assert audit_actions(demo_store)[-2:] == ["subscription.payment_failed",
                                              "subscription.payment_resolved"]
    with pytest.raises(BadInput):
        actions.mark_payment_resolved(sub)


def test_as10_resume_before_expiry_starts_on_the_old_expiry(
        service: Terms, actions: Actions, demo_store: Store) -> None:
    sub = sub_id(demo_store, PREMIUM)
    renewal = sub_row(demo_store, PREMIUM)["renewal_date"]
    actions.cancel(sub)
    assert service.terms(sub).resume_preview is not None
    result = actions.resume(sub).value
    assert not result.immediately
    assert result.starts_at.date() == renewal
    row = sub_row(demo_store, PREMIUM)
    assert (row["status"], row["auto_renew"], row["renewal_date"]) == ("active", True, renewal)


def test_as10_resume_after_expiry_starts_at_once(demo_store: Store, now: datetime) -> None:
    update_sub(demo_store, STORE_PLAN, status=SubscriptionStatus.EXPIRED,
               renewal_date=date(2026, 11, 1))
    result = SubscriptionActionService(demo_store, fixed_clock(now), "t").resume(
        sub_id(demo_store, STORE_PLAN)).value
    assert result.immediately
    assert result.same_sign_in
    assert result.starts_at == now
    row = sub_row(demo_store, STORE_PLAN)
    assert (row["period_start"], row["renewal_date"]) == (date(2026, 11, 22),
                                                         date(2027, 11, 22))


def test_as11_store_actions_are_guidance_only(service: SubscriptionTermsService,
                                              demo_store: Store) -> None:
    terms = service.terms(sub_id(demo_store, STORE_PLAN))
    assert terms.actions
    assert not any(item.performs for item in terms.actions)
    assert {g.action for g in terms.guidance} == {i.action for i in terms.actions}
    cancel = next(g for g in terms.guidance if g.action is StoreAction.CANCEL)
    assert any("App Store" in step for step in cancel.steps)
    refund = next(g for g in terms.guidance if g.action is StoreAction.REFUND)
    assert "Apple" in refund.steps[0]


def test_as11_website_offers_real_actions_but_refund_stays_guidance(
        service: SubscriptionTermsService, demo_store: Store) -> None:
    terms = service.terms(sub_id(demo_store, VOLUME))
    performs = {i.action: i.performs for i in terms.actions}
    assert performs[StoreAction.CANCEL]
    assert performs[StoreAction.CHANGE_PLAN]
    assert performs[StoreAction.REFUND] is False
    assert StoreAction.RESUME not in performs  # only once cancelled or expired
    assert terms.guidance == ()


def test_stale_version_is_a_conflict(service: Terms, actions: Actions,
                                     demo_store: Store) -> None:
    sub = sub_id(demo_store, PREMIUM)
    version = service.terms(sub).version
    actions.change_plan(sub, 24, expected_version=version)
    with pytest.raises(ConflictError):
        actions.cancel(sub, expected_version=version)


def _microsoft(store: Store, **values: object) -> int:
    """A Microsoft 365 subscription imported without terms: nothing about its vendor known."""
    def work(conn: sa.Connection) -> int:
        now = datetime(2026, 11, 1, tzinfo=UTC)
        account = conn.execute(t.vendor_accounts.insert().values(
            vendor="Microsoft", owner_email="it@corp.example", created_at=now)
        ).inserted_primary_key
        assert account is not None
        row = {"account_id": account[0], "name": "Microsoft 365 E3", "kind": "volume",
               "channel": "website", "currency": "NOK", "price_minor": 0, "plan_months": 12,
               "period_start": date(2026, 1, 1), "renewal_date": date(2027, 1, 1),
               "auto_renew": True, "status": "active", "seat_limit": 10,
               "devices_per_seat": 1, "devices_known": False, "created_at": now,
               "version": 1, **values}
        key = conn.execute(t.subscriptions.insert().values(**row)).inserted_primary_key
        assert key is not None
        return int(key[0])
    return store.write(work)


@pytest.mark.parametrize("field", ["device_limit", "referral_reward", "money_back_days",
                                   "refunds_via", "billed_by", "notice", "cancel_by",
                                   "currency_note"])
def test_an_unprofiled_vendors_subscription_shows_not_known_not_a_seed_value(
        service: SubscriptionTermsService, demo_store: Store, field: str) -> None:
    terms = service.terms(_microsoft(demo_store))
    assert getattr(terms, field) is None
    assert terms.currency == "NOK"  # its own, not ExpressVPN's USD
    assert not terms.profile.builtin


def test_an_admin_stated_notice_gives_a_cancel_by_for_any_vendor(
        service: SubscriptionTermsService, demo_store: Store, now: datetime) -> None:
    terms = service.terms(_microsoft(demo_store, notice_days=90, renewal_date=date(2027, 2, 25)))
    assert terms.notice == timedelta(days=90)
    assert terms.cancel_by is not None
    assert terms.cancel_by.cancel_by == datetime(2026, 11, 27, tzinfo=UTC)


def test_vl19_stating_ten_devices_on_the_volume_plan_is_refused(
        actions: SubscriptionActionService, demo_store: Store) -> None:
    with pytest.raises(RuleRefused) as refused:
        actions.state_terms(sub_id(demo_store, VOLUME), notice_days=None, devices_per_seat=10,
                            currency="USD", auto_renew=True)
    assert refused.value.rule_id == "VL-19"


def test_stated_terms_can_be_kept_as_the_vendors_profile(
        actions: SubscriptionActionService, service: SubscriptionTermsService,
        demo_store: Store) -> None:
    sub = _microsoft(demo_store)
    actions.state_terms(sub, notice_days=30, devices_per_seat=5, currency="nok",
                        auto_renew=True, save_for_vendor=True)
    terms = service.terms(sub)
    assert (terms.notice, terms.device_limit, terms.currency) == (timedelta(days=30), 5, "NOK")
    assert terms.profile.notice_days == 30  # saved for Microsoft's next subscription
    assert "subscription.terms_stated" in audit_actions(demo_store)
