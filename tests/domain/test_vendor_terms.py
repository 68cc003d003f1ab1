"""Vendor terms profiles: the seeds' rules through their profiles, unknown as unknown."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest

from seatkeeper.domain.enums import BillingChannel, PaymentMethod
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.vendor_terms import (
    BUILT_IN_PROFILES,
    EXPRESSVPN_APP_STORE,
    EXPRESSVPN_WEBSITE,
    KASPERSKY_WEBSITE,
    TermsProfile,
    cancel_by,
    check_claims,
    device_capacity,
    notice_of,
    own_profile,
    profile_for,
    unknown,
)

WEB, STORE = BillingChannel.WEBSITE, BillingChannel.APP_STORE
FACTS = [f.name for f in fields(TermsProfile)
         if f.name not in {"vendor", "channel", "builtin", "cites"}]


def test_every_built_in_profile_cites_a_rule_for_each_fact_it_states() -> None:
    for profile in BUILT_IN_PROFILES:
        stated = [name for name, value in profile.known().items() if value is not None]
        assert stated, profile.vendor
        for name in stated:
            assert profile.rule_for(name) is not None, (profile.vendor, profile.channel, name)


def test_profiles_are_found_by_vendor_and_channel_case_insensitively() -> None:
    assert profile_for("expressvpn", WEB) is EXPRESSVPN_WEBSITE
    assert profile_for(" ExpressVPN ", STORE) is EXPRESSVPN_APP_STORE
    assert profile_for("KASPERSKY", WEB) is KASPERSKY_WEBSITE


@pytest.mark.parametrize("name", FACTS)
def test_an_unprofiled_vendor_knows_no_fact_of_a_seed_vendor(name: str) -> None:
    # Microsoft 365 bought on the website, or through the App Store: nothing is known.
    for channel in (WEB, STORE):
        profile = profile_for("Microsoft 365", channel)
        assert getattr(profile, name) is None, name
        assert profile.rule_for(name) is None


def test_vl19_volume_seat_limit_comes_from_the_expressvpn_profile() -> None:
    assert EXPRESSVPN_WEBSITE.devices_per_seat == 8
    assert EXPRESSVPN_WEBSITE.rule_for("devices_per_seat") == "VL-19"
    with pytest.raises(RuleRefused) as refused:
        check_claims(EXPRESSVPN_WEBSITE, devices_per_seat=10, seat_limit=25, currency="USD")
    assert refused.value.rule_id == "VL-19"
    assert "VL-19" in refused.value.msg.render()
    check_claims(EXPRESSVPN_WEBSITE, devices_per_seat=8, seat_limit=25, currency="USD")


def test_as3_store_subscription_limit_comes_from_the_app_store_profile() -> None:
    with pytest.raises(RuleRefused) as refused:
        check_claims(EXPRESSVPN_APP_STORE, devices_per_seat=8, seat_limit=1, currency="NOK")
    assert refused.value.rule_id == "AS-3"
    assert device_capacity(EXPRESSVPN_APP_STORE, 1, 8) == 5


def test_as1_website_profile_refuses_another_currency_the_admins_vendor_records_it() -> None:
    with pytest.raises(RuleRefused) as refused:
        check_claims(EXPRESSVPN_WEBSITE, devices_per_seat=None, seat_limit=5, currency="NOK")
    assert refused.value.rule_id == "AS-1"
    check_claims(EXPRESSVPN_APP_STORE, devices_per_seat=None, seat_limit=1, currency="NOK")
    adobe = own_profile("Adobe", WEB, currency="EUR")
    check_claims(adobe, devices_per_seat=None, seat_limit=1, currency="NOK")


def test_vl3_volume_payment_methods_are_the_profiles() -> None:
    assert EXPRESSVPN_WEBSITE.volume_payment_methods == (PaymentMethod.CREDIT_CARD,)
    assert EXPRESSVPN_WEBSITE.rule_for("volume_payment_methods") == "VL-3"


def test_as5_notice_is_the_app_store_profiles_and_cannot_be_restated() -> None:
    assert notice_of(EXPRESSVPN_APP_STORE, 30) == timedelta(hours=24)
    ends = datetime(2027, 1, 10, tzinfo=UTC)
    assert cancel_by(ends, timedelta(hours=24)) == datetime(2027, 1, 9, tzinfo=UTC)


def test_the_admins_notice_applies_to_their_own_vendor_and_none_means_none() -> None:
    adobe = own_profile("Adobe", WEB, notice_days=30, plan_months=12, currency="eur")
    assert (adobe.notice_days, adobe.plan_months, adobe.currency) == (30, 12, "EUR")
    assert notice_of(adobe, None) == timedelta(days=30)
    assert notice_of(adobe, 7) == timedelta(days=7)  # the subscription's own statement
    assert notice_of(unknown("Adobe", WEB), None) is None


def test_built_in_terms_cannot_be_overwritten_by_the_admin() -> None:
    with pytest.raises(BadInput):
        own_profile("expressvpn", WEB, notice_days=30)


@pytest.mark.parametrize("values", [{"notice_days": -1}, {"notice_days": 400},
                                    {"devices_per_seat": 0}, {"plan_months": 0}])
def test_own_terms_out_of_range_are_bad_input(values: dict[str, int]) -> None:
    with pytest.raises(BadInput):
        own_profile("Adobe", WEB, **values)  # type: ignore[arg-type]
