"""Rules for subscriptions billed through an app store (RULES.md AS-1..AS-10).

Seatkeeper cannot act in the store (AS-11): for a store subscription it
records dates, works out deadlines and says what the admin must do there. The
store steps live in ``app_store_guidance`` and the AS-2 checks in
``app_store_prerequisites``; both are re-exported here. Everything is pure:
instants are parameters, timezone-aware and in UTC; the wall clock is never
read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from seatkeeper.domain.app_store_guidance import (
    ActionItem,
    Guidance,
    StoreAction,
    allowed_actions,
    store_guidance,
)
from seatkeeper.domain.app_store_prerequisites import (
    MIN_APP_VERSION,
    MIN_IOS_VERSION,
    Problem,
    check_can_start_trial,
    parse_version,
    trial_prerequisite_problems,
    version_at_least,
)
from seatkeeper.domain.enums import BillingChannel, PaymentMethod, SubscriptionStatus
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.instants import require_utc
from seatkeeper.domain.messages import MessageDef, message
from seatkeeper.domain.money import Money, check_currency

__all__ = [
    "CANCEL_NOTICE", "DIRECT_PAYMENT_METHODS", "MIN_APP_VERSION", "MIN_IOS_VERSION",
    "STORE_PLAN_MONTHS", "TRIAL_LENGTH", "WEBSITE_CURRENCY",
    "ActionItem", "Cancellation", "ChannelTerms", "DeadlineState", "Guidance", "MoveToDirect",
    "PaymentFailure", "Problem", "Resumption", "StoreAction", "TrialCharge",
    "allowed_actions", "billing_currency", "cancel", "cancel_by", "channel_terms",
    "charge_after_trial", "check_can_start_trial", "check_plan_months", "deadline_state",
    "move_to_direct_billing", "parse_version", "payment_failed", "plan_change", "resume",
    "store_guidance", "trial_end", "trial_prerequisite_problems", "version_at_least",
]

WEBSITE_CURRENCY = "USD"
STORE_PLAN_MONTHS = 12
TRIAL_LENGTH = timedelta(days=7)
CANCEL_NOTICE = timedelta(hours=24)
DIRECT_PAYMENT_METHODS = (PaymentMethod.CREDIT_CARD, PaymentMethod.PAYPAL, PaymentMethod.BITCOIN)

LOCAL_CURRENCY_NEEDED = message("app_store.local_currency_needed", "An App Store "
                                "subscription is billed in the local currency of the store; "
                                "enter that currency (e.g. NOK).")
PLAN_TOO_SHORT = message("app_store.plan_too_short", "A plan lasts at least one month.")
STORE_BILLS_YEARLY = message("app_store.store_bills_yearly", "The App Store bills this "
                             "subscription every 12 months; a {months}-month plan is not "
                             "available there.")
ALREADY_DIRECT = message("app_store.already_direct",
                         "This subscription is already billed directly by the vendor.")
# AS-6 and AS-7: done only where it was bought, said whole for each channel.
_PLAN_CHANGE_ONLY_THERE = {
    BillingChannel.APP_STORE: message(
        "app_store.plan_change_in_store", "This subscription was bought through the App "
        "Store, so its plan length can be changed only there: do it in the App Store, "
        "signed in to the App Store account it was bought with."),
    BillingChannel.WEBSITE: message(
        "app_store.plan_change_on_website", "This subscription was bought on the vendor's "
        "website, so its plan length can be changed only there: do it on the vendor's "
        "website, signed in to the vendor account."),
}
_CANCEL_ONLY_THERE = {
    BillingChannel.APP_STORE: message(
        "app_store.cancel_in_store", "This subscription was bought through the App Store, "
        "so its subscription can be cancelled only there: do it in the App Store, signed in "
        "to the App Store account it was bought with."),
    BillingChannel.WEBSITE: message(
        "app_store.cancel_on_website", "This subscription was bought on the vendor's "
        "website, so its subscription can be cancelled only there: do it on the vendor's "
        "website, signed in to the vendor account."),
}


# AS-1 -----------------------------------------------------------------------

def billing_currency(channel: BillingChannel, local_currency: str | None) -> str:
    """AS-1: USD on the website; the store bills in the buyer's local currency."""
    if channel is BillingChannel.WEBSITE:
        return WEBSITE_CURRENCY
    if not local_currency:
        raise BadInput(LOCAL_CURRENCY_NEEDED(), field="currency")
    return check_currency(local_currency)


def check_plan_months(channel: BillingChannel, plan_months: int) -> int:
    """AS-1: the store bills every 12 months; the website takes any positive length."""
    if plan_months <= 0:
        raise BadInput(PLAN_TOO_SHORT(), field="plan_months")
    if channel is BillingChannel.APP_STORE and plan_months != STORE_PLAN_MONTHS:
        raise RuleRefused("AS-1", STORE_BILLS_YEARLY(months=plan_months))
    return plan_months


# AS-3 -----------------------------------------------------------------------

@dataclass(frozen=True)
class ChannelTerms:
    """AS-3: what a subscription gets from the channel it was bought through.

    ``max_devices`` is ``None`` where the channel sets no limit of its own
    (the plan does, e.g. VL-19 for volume seats).
    """

    channel: BillingChannel
    billed_by: str
    all_apps: bool
    max_devices: int | None
    referral_reward: bool
    money_back_guarantee: bool
    money_back_days: int
    refunds_via: str


_TERMS = {
    BillingChannel.APP_STORE: ChannelTerms(
        BillingChannel.APP_STORE, billed_by="the App Store", all_apps=True, max_devices=5,
        referral_reward=False, money_back_guarantee=False, money_back_days=0,
        refunds_via="the App Store (Apple support)"),
    BillingChannel.WEBSITE: ChannelTerms(
        BillingChannel.WEBSITE, billed_by="the vendor", all_apps=True, max_devices=None,
        referral_reward=True, money_back_guarantee=True, money_back_days=30,
        refunds_via="the vendor"),
}


def channel_terms(channel: BillingChannel) -> ChannelTerms:
    """AS-3: the facts that follow from the billing channel."""
    return _TERMS[channel]


# AS-4, AS-5 -----------------------------------------------------------------

def trial_end(started_at: datetime) -> datetime:
    """AS-4: the free trial lasts 7 days."""
    return require_utc(started_at, "trial start") + TRIAL_LENGTH


@dataclass(frozen=True)
class TrialCharge:
    """AS-4: what the store charges when the trial ends, unless cancelled in time."""

    charged_at: datetime
    cancel_by: datetime
    amount: Money
    plan_months: int


def charge_after_trial(started_at: datetime, twelve_month_price: Money) -> TrialCharge:
    """AS-4: after 7 days the store charges the 12-month price."""
    ends = trial_end(started_at)
    return TrialCharge(ends, cancel_by(ends), twelve_month_price, STORE_PLAN_MONTHS)


def cancel_by(ends_at: datetime) -> datetime:
    """AS-5: a trial or period must be cancelled at least 24 h before it ends."""
    return require_utc(ends_at, "end date") - CANCEL_NOTICE


@dataclass(frozen=True)
class DeadlineState:
    """AS-5: where ``now`` stands against a cancel-by deadline."""

    cancel_by: datetime
    time_left: timedelta
    passed: bool


def deadline_state(ends_at: datetime, now: datetime) -> DeadlineState:
    """AS-5: time left to cancel without charge; exactly 24 h before still counts."""
    deadline = cancel_by(ends_at)
    left = deadline - require_utc(now, "current time")
    return DeadlineState(deadline, max(left, timedelta(0)), left < timedelta(0))


# AS-6, AS-7 -----------------------------------------------------------------

def _require_channel(rule: str, only_there: dict[BillingChannel, MessageDef],
                     bought: BillingChannel, used: BillingChannel) -> None:
    if bought is not used:
        raise RuleRefused(rule, only_there[bought]())


def plan_change(channel_of_purchase: BillingChannel, channel_used: BillingChannel,
                current_period_end: datetime) -> datetime:
    """AS-6: a new plan length starts at the end of the current period, in the same channel."""
    _require_channel("AS-6", _PLAN_CHANGE_ONLY_THERE, channel_of_purchase, channel_used)
    return require_utc(current_period_end, "end of the current period")


@dataclass(frozen=True)
class Cancellation:
    """AS-7: a cancelled subscription stays usable until it expires."""

    status: SubscriptionStatus
    usable_until: datetime
    charge_avoided: bool  # False: cancelled under 24 h before the end (AS-5)


def cancel(channel_of_purchase: BillingChannel, channel_used: BillingChannel,
           expires_at: datetime, now: datetime) -> Cancellation:
    """AS-7: cancel only in the channel of purchase; usable to expiry."""
    _require_channel("AS-7", _CANCEL_ONLY_THERE, channel_of_purchase, channel_used)
    state = deadline_state(expires_at, now)
    return Cancellation(SubscriptionStatus.CANCELLED, require_utc(expires_at, "expiry date"),
                        charge_avoided=not state.passed)


# AS-8 -----------------------------------------------------------------------

@dataclass(frozen=True)
class MoveToDirect:
    """AS-8: leaving store billing for direct billing, step by step."""

    steps: tuple[str, ...]
    cancel_in_store_by: datetime
    deadline_passed: bool
    direct_methods: tuple[PaymentMethod, ...]


def move_to_direct_billing(channel: BillingChannel, next_billing_at: datetime,
                           now: datetime) -> MoveToDirect:
    """AS-8: cancel in the store 24 h before next billing, use to expiry, renew directly."""
    if channel is not BillingChannel.APP_STORE:
        raise RuleRefused("AS-8", ALREADY_DIRECT())
    state = deadline_state(next_billing_at, now)
    steps = (
        ("Cancel the subscription in the App Store at least 24 hours before the next "
         "billing date (the cancel-by time shown)."),
        "Keep using it until its expiry date; nothing changes for its users.",
        "When it is about to expire, sign in to the vendor account on the vendor's website.",
        "Renew the subscription there, paying by credit card, PayPal or Bitcoin.",
    )
    return MoveToDirect(steps, state.cancel_by, state.passed, DIRECT_PAYMENT_METHODS)


# AS-9 -----------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentFailure:
    """AS-9: how a failed payment is shown and the ways to fix it."""

    status: SubscriptionStatus
    status_text: str
    fixes: tuple[str, ...]


def payment_failed(channel: BillingChannel) -> PaymentFailure:
    """AS-9: "Payment failed" plus what the admin can do about it."""
    fixes: tuple[str, ...]
    if channel is BillingChannel.APP_STORE:
        fixes = ("Update the payment method of the App Store account (Apple ID) it was "
                 "bought with.",
                 "Or pay the vendor directly with another method (credit card, PayPal, Bitcoin).")
    else:
        fixes = ("Update the payment method in the vendor account on the vendor's website.",)
    return PaymentFailure(SubscriptionStatus.PAYMENT_FAILED, "Payment failed", fixes)


# AS-10 ----------------------------------------------------------------------

@dataclass(frozen=True)
class Resumption:
    """AS-10: when a resumed subscription starts; users keep the same sign-in."""

    starts_at: datetime
    immediately: bool
    same_sign_in: bool = True


def resume(expires_at: datetime, now: datetime) -> Resumption:
    """AS-10: before expiry it starts on the old expiry date; after, at once."""
    expiry = require_utc(expires_at, "expiry date")
    moment = require_utc(now, "current time")
    if moment < expiry:
        return Resumption(expiry, immediately=False)
    return Resumption(moment, immediately=True)
