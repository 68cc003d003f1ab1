"""SD-8 (and SD-1's link refusals): when a subscription cannot be sent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seatkeeper.domain.eligibility import (
    SUBSCRIPTION_ONLY_CODES,
    CurrentSubscription,
    RefusalCode,
    SendableSubscription,
    SendRefused,
    TargetDevice,
    check_can_send,
    check_can_send_link,
    email_link_refusals,
    parse_app_version,
    send_refusals,
)
from seatkeeper.domain.enums import (
    ActivationCodeStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import RuleRefused

# Written out by hand from RULES.md so the enum's order is checked, not trusted.
SD8_ORDER = [
    "activation_code_invalid",
    "device_not_connected",
    "expires_sooner",
    "delivery_pending",
    "no_free_slot",
    "region_unavailable",
    "trial_or_free",
    "per_user_service",
    "app_version_incompatible",
    "admin_console_only",
    "limited_while_autorenew_in_use",
    "autorenew_while_limited_in_use",
]

SUB = SendableSubscription(
    id=1, kind=SubscriptionKind.INDIVIDUAL,
    activation_code_status=ActivationCodeStatus.VALID,
    expires_on=date(2026, 6, 30), auto_renew=False, limited=False,
    status=SubscriptionStatus.ACTIVE, free_slots=3, regions=None,
    min_app_version="21.3", admin_console_only=False,
)
CURRENT = CurrentSubscription(expires_on=date(2026, 1, 31), auto_renew=False,
                              limited=False, active=True)
DEVICE = TargetDevice(id=7, connected_to_account=True, region="DK", app_version="21.3.10",
                      has_pending_delivery=False, current=CURRENT)


def codes(sub: SendableSubscription, device: TargetDevice) -> list[str]:
    return [refusal.code.value for refusal in send_refusals(sub, device)]


def test_sd8_codes_are_in_rules_order() -> None:
    assert [code.value for code in RefusalCode] == SD8_ORDER


def test_sd8_baseline_is_allowed() -> None:
    assert send_refusals(SUB, DEVICE) == []
    check_can_send(SUB, DEVICE)


ONE_REASON = [
    pytest.param(replace(SUB, activation_code_status=ActivationCodeStatus.BLOCKED), DEVICE,
                 "activation_code_invalid", "blocked", id="1-activation-code"),
    pytest.param(SUB, replace(DEVICE, connected_to_account=False),
                 "device_not_connected", "not connected", id="2-not-connected"),
    pytest.param(replace(SUB, expires_on=date(2026, 1, 30)), DEVICE,
                 "expires_sooner", "2026-01-31", id="3-expires-sooner"),
    pytest.param(SUB, replace(DEVICE, has_pending_delivery=True),
                 "delivery_pending", "pending", id="4-pending"),
    pytest.param(replace(SUB, free_slots=0), DEVICE,
                 "no_free_slot", "no free slot", id="5-no-slot"),
    pytest.param(replace(SUB, regions=frozenset({"NO", "SE"})), DEVICE,
                 "region_unavailable", "(DK)", id="6-region"),
    pytest.param(replace(SUB, kind=SubscriptionKind.TRIAL), DEVICE,
                 "trial_or_free", "trial", id="7-trial"),
    pytest.param(replace(SUB, kind=SubscriptionKind.PER_USER_SERVICE), DEVICE,
                 "per_user_service", "per-user", id="8-per-user"),
    pytest.param(SUB, replace(DEVICE, app_version="9.9"),
                 "app_version_incompatible", "21.3 or later", id="9-version"),
    pytest.param(replace(SUB, admin_console_only=True), DEVICE,
                 "admin_console_only", "management console", id="10-console"),
    pytest.param(replace(SUB, limited=True),
                 replace(DEVICE, current=replace(CURRENT, auto_renew=True)),
                 "limited_while_autorenew_in_use", "auto-renewing", id="11-limited"),
    pytest.param(replace(SUB, auto_renew=True),
                 replace(DEVICE, current=replace(CURRENT, limited=True)),
                 "autorenew_while_limited_in_use", "active", id="12-autorenew"),
]


@pytest.mark.parametrize(("sub", "device", "code", "words"), ONE_REASON)
def test_sd8_each_reason_alone(sub: SendableSubscription, device: TargetDevice,
                               code: str, words: str) -> None:
    refusals = send_refusals(sub, device)
    assert [r.code for r in refusals] == [code]
    assert words in refusals[0].message
    with pytest.raises(RuleRefused) as caught:
        check_can_send(sub, device)
    assert caught.value.rule_id == "SD-8"
    assert refusals[0].message in caught.value.message


@pytest.mark.parametrize("state", ["expired", "blocked", "suspended"])
def test_sd8_activation_code_message_names_the_state(state: str) -> None:
    sub = replace(SUB, activation_code_status=ActivationCodeStatus(state))
    assert send_refusals(sub, DEVICE)[0].message == f"Its activation code is {state}."


def test_sd8_free_subscription_is_refused_by_name() -> None:
    refusal, = send_refusals(replace(SUB, kind=SubscriptionKind.FREE), DEVICE)
    assert refusal.code == "trial_or_free"
    assert "free subscription" in refusal.message


def test_sd8_every_reason_at_once_in_order() -> None:
    sub = replace(SUB, activation_code_status=ActivationCodeStatus.SUSPENDED,
                  expires_on=date(2025, 1, 1), free_slots=-2, regions=frozenset({"US"}),
                  kind=SubscriptionKind.TRIAL, min_app_version="30",
                  admin_console_only=True, limited=True, auto_renew=True)
    device = replace(DEVICE, connected_to_account=False, has_pending_delivery=True,
                     current=replace(CURRENT, auto_renew=True, limited=True))
    # Trial and per-user service exclude each other (one kind), so 11 of 12.
    assert codes(sub, device) == [c for c in SD8_ORDER if c != "per_user_service"]
    per_user = replace(sub, kind=SubscriptionKind.PER_USER_SERVICE)
    assert codes(per_user, device) == [c for c in SD8_ORDER if c != "trial_or_free"]


def test_sd8_check_can_send_lists_all_messages() -> None:
    sub = replace(SUB, free_slots=0, admin_console_only=True)
    device = replace(DEVICE, connected_to_account=False)
    with pytest.raises(SendRefused) as caught:
        check_can_send(sub, device)
    lines = caught.value.message.splitlines()
    assert lines[0] == "This subscription cannot be sent to the device:"
    assert [line[2:] for line in lines[1:]] == [r.message for r in caught.value.refusals]
    assert [r.code for r in caught.value.refusals] == [
        "device_not_connected", "no_free_slot", "admin_console_only"]


ALLOWED = [
    pytest.param(SUB, replace(DEVICE, current=None), id="device-without-subscription"),
    pytest.param(replace(SUB, expires_on=CURRENT.expires_on), DEVICE, id="same-expiry"),
    pytest.param(replace(SUB, regions=frozenset({"dk", "se"})), DEVICE, id="region-any-case"),
    pytest.param(replace(SUB, min_app_version=None), replace(DEVICE, app_version="junk"),
                 id="no-version-needed"),
    pytest.param(replace(SUB, min_app_version="9.9"), replace(DEVICE, app_version="10.2"),
                 id="10.2-beats-9.9"),
    pytest.param(replace(SUB, min_app_version="21.3.0"), replace(DEVICE, app_version="21.3"),
                 id="trailing-zero-equal"),
    # Rule 12 needs the device's limited subscription to be *active*.
    pytest.param(replace(SUB, auto_renew=True),
                 replace(DEVICE, current=replace(CURRENT, limited=True, active=False)),
                 id="autorenew-over-inactive-limited"),
    pytest.param(replace(SUB, limited=True), DEVICE, id="limited-over-plain"),
    pytest.param(replace(SUB, status=SubscriptionStatus.CANCELLED), DEVICE,
                 id="cancelled-still-usable"),
]


@pytest.mark.parametrize(("sub", "device"), ALLOWED)
def test_sd8_allowed(sub: SendableSubscription, device: TargetDevice) -> None:
    assert send_refusals(sub, device) == []


def test_sd8_rule11_applies_to_autorenewing_subscription_in_any_state() -> None:
    device = replace(DEVICE, current=replace(CURRENT, auto_renew=True, active=False))
    assert codes(replace(SUB, limited=True), device) == ["limited_while_autorenew_in_use"]


@pytest.mark.parametrize(("required", "installed", "words"), [
    ("21.3", "7.3.7-beta", "“7.3.7-beta” cannot be read"),
    ("21.3", "", "“” cannot be read"),
    ("21.x", "21.3", "minimum app version “21.x” cannot be read"),
    ("21.3", "1" * 5000, "…"),
])
def test_sd8_unreadable_version_is_incompatible(required: str, installed: str,
                                                words: str) -> None:
    sub = replace(SUB, min_app_version=required)
    refusal, = send_refusals(sub, replace(DEVICE, app_version=installed))
    assert refusal.code == "app_version_incompatible"
    assert words in refusal.message
    assert len(refusal.message) < 200


def test_sd8_unknown_device_region_is_said_so() -> None:
    refusal, = send_refusals(replace(SUB, regions=frozenset({"DK"})),
                             replace(DEVICE, region=" "))
    assert refusal.code == "region_unavailable"
    assert "not known" in refusal.message


@pytest.mark.parametrize(("text", "parsed"), [
    ("10.2", (10, 2)), ("10.2.0", (10, 2)), ("0", (0,)), ("007.03", (7, 3)),
    (" 7.3.7 ", (7, 3, 7)), ("", None), ("v7", None), ("7..3", None), ("7.3.", None),
    ("\u0663.\u0661", None), ("1" * 19, None),
])
def test_sd8_parse_app_version(text: str, parsed: tuple[int, ...] | None) -> None:
    assert parse_app_version(text) == parsed


@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=5),
       st.lists(st.integers(0, 10**6), min_size=1, max_size=5))
def test_sd8_versions_compare_numerically(a: list[int], b: list[int]) -> None:
    pa = parse_app_version(".".join(map(str, a)))
    pb = parse_app_version(".".join(map(str, b)))
    assert pa is not None
    assert pb is not None
    width = max(len(a), len(b))
    padded_a = a + [0] * (width - len(a))
    padded_b = b + [0] * (width - len(b))
    assert (pa < pb) == (padded_a < padded_b)
    assert (pa == pb) == (padded_a == padded_b)


# --- SD-1: e-mail link refusals ---------------------------------------------

def test_sd1_link_refusals_are_the_subscription_only_reasons() -> None:
    sub = replace(SUB, activation_code_status=ActivationCodeStatus.EXPIRED, free_slots=0,
                  kind=SubscriptionKind.FREE, admin_console_only=True, limited=True,
                  auto_renew=True, regions=frozenset(), min_app_version="junk",
                  expires_on=date(2000, 1, 1))
    assert [r.code for r in email_link_refusals(sub)] == [
        "activation_code_invalid", "no_free_slot", "trial_or_free", "admin_console_only"]
    with pytest.raises(SendRefused) as caught:
        check_can_send_link(sub)
    assert caught.value.rule_id == "SD-8"
    assert caught.value.message.startswith("A download link for this subscription")


def test_sd1_link_allowed_without_device_facts() -> None:
    sub = replace(SUB, limited=True, auto_renew=True, regions=frozenset(),
                  min_app_version="junk")
    assert email_link_refusals(sub) == []
    check_can_send_link(sub)


# --- properties --------------------------------------------------------------

versions = st.one_of(st.from_regex(r"\A[0-9]{1,3}(\.[0-9]{1,3}){0,3}\Z"), st.text(max_size=12))
regions = st.sampled_from(["DK", "NO", "se", "", "US"])
subscriptions = st.builds(
    SendableSubscription,
    id=st.integers(1, 10**6),
    kind=st.sampled_from(SubscriptionKind),
    activation_code_status=st.sampled_from(ActivationCodeStatus),
    expires_on=st.dates(),
    auto_renew=st.booleans(),
    limited=st.booleans(),
    status=st.sampled_from(SubscriptionStatus),
    free_slots=st.integers(-3, 3),
    regions=st.none() | st.frozensets(regions, max_size=3),
    min_app_version=st.none() | versions,
    admin_console_only=st.booleans(),
)
devices = st.builds(
    TargetDevice,
    id=st.integers(1, 10**6),
    connected_to_account=st.booleans(),
    region=regions,
    app_version=versions,
    has_pending_delivery=st.booleans(),
    current=st.none() | st.builds(CurrentSubscription, expires_on=st.dates(),
                                  auto_renew=st.booleans(), limited=st.booleans(),
                                  active=st.booleans()),
)


@given(subscriptions, devices)
def test_sd8_refusals_in_order_without_duplicates(sub: SendableSubscription,
                                                  device: TargetDevice) -> None:
    found = codes(sub, device)
    assert found == [code for code in SD8_ORDER if code in found]
    assert all(refusal.message for refusal in send_refusals(sub, device))
    if not found:
        check_can_send(sub, device)
        return
    with pytest.raises(SendRefused) as caught:
        check_can_send(sub, device)
    assert [r.code for r in caught.value.refusals] == found


@given(subscriptions, devices)
def test_sd1_link_refusals_are_a_subset_of_sd8(sub: SendableSubscription,
                                               device: TargetDevice) -> None:
    link = [r.code for r in email_link_refusals(sub)]
    assert link == [code for code in codes(sub, device) if code in SUBSCRIPTION_ONLY_CODES]
