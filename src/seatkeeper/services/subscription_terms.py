"""One subscription's channel terms, deadline and allowed actions (AS-1..AS-11).

``terms`` gathers what the detail pane shows and ``trial_problems`` says
whether a device may start a store trial (AS-2); the rules are the domain's
(``domain.app_store``). For a store purchase every offered action is
guidance with the exact store steps (AS-11). The changes behind the website
actions live in ``subscription_actions``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from seatkeeper.domain import app_store, vendor_terms
from seatkeeper.domain.app_store import (
    ActionItem,
    DeadlineState,
    Guidance,
    MoveToDirect,
    PaymentFailure,
    Problem,
    Resumption,
    StoreAction,
)
from seatkeeper.domain.enums import (
    BillingChannel,
    Platform,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import Message, message
from seatkeeper.domain.vendor_terms import TermsProfile, by_key
from seatkeeper.services.clock import Clock
from seatkeeper.services.deadlines import current_end
from seatkeeper.store import devices
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.records import Row, load_subscription
from seatkeeper.store.vendor_terms import saved_profiles

Saved = dict[tuple[str, BillingChannel], TermsProfile]

ENDED = (SubscriptionStatus.CANCELLED, SubscriptionStatus.EXPIRED)

CURRENCY_MISMATCH = message(
    "terms.currency_mismatch", "{vendor} bills this channel in {billed} ({rule}), but this "
    "subscription is recorded in {recorded}: correct the roster.")
NOT_IOS = message("device.not_ios",
                  "{device} is not an iPhone or iPad; App Store trials start on iOS.")


@dataclass(frozen=True)
class SubscriptionTerms:
    """What the subscription detail pane shows."""

    subscription_id: int
    name: str
    vendor: str
    kind: SubscriptionKind
    channel: BillingChannel
    status: SubscriptionStatus
    status_text: Message
    currency: str  # the subscription's billing currency (AS-1 through its profile)
    currency_note: Message | None  # set when the roster records another than the profile's
    billed_by: str | None  # None: not known
    device_limit: int | None  # AS-3: 5 for the store, VL-19: 8 a seat; None: not known
    device_limit_scope: str  # "seat" or "subscription": what device_limit counts
    referral_reward: bool | None  # None: not known
    money_back_days: int | None  # 0: no money-back guarantee (AS-3); None: not known
    refunds_via: str | None  # AS-11: the store for store purchases; None: not known
    notice: timedelta | None  # the notice period before the end (AS-5: 24 h); None: none
    profile: TermsProfile  # where the vendor facts come from (built in, the admin's, none)
    plan_months: int
    pending_plan_months: int | None  # AS-6: starts at period_ends_at
    trial_ends_at: datetime | None
    period_ends_at: datetime
    auto_renew: bool
    cancel_by: DeadlineState | None  # AS-5: store purchases that would be charged
    time_left: str | None
    actions: tuple[ActionItem, ...]  # AS-11: performs=False means steps only
    guidance: tuple[Guidance, ...]  # store steps, one per offered action
    move_to_direct: MoveToDirect | None  # AS-8
    payment_failure: PaymentFailure | None  # AS-9
    resume_preview: Resumption | None  # AS-10
    version: int


def time_left_text(left: timedelta) -> str:
    """'2 days 14 h', '5 h 30 min', '12 min'; 'passed' at or below zero."""
    minutes = int(left.total_seconds() // 60)
    if minutes <= 0:
        return "passed"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''} {hours} h"
    if hours:
        return f"{hours} h {mins} min"
    return f"{mins} min"


def ends_of(row: Row) -> tuple[datetime, bool]:
    return current_end(row["kind"], row["trial_ends_at"], row["renewal_date"])


STATUS_PAYMENT_FAILED = message("subscription.status.payment_failed", "Payment failed")
STATUS_CANCELLED = message("subscription.status.cancelled", "Cancelled, usable until {until}")
STATUS_EXPIRED = message("subscription.status.expired", "Expired")
STATUS_ACTIVE = message("subscription.status.active", "Active")
STATUS_LAPSES = message("subscription.status.lapses", "Active, lapses {on}")


def _status_text(row: Row, channel: BillingChannel) -> Message:
    """The subscription's state in words (AS-9's "Payment failed" among them)."""
    status = SubscriptionStatus(row["status"])
    if status is SubscriptionStatus.PAYMENT_FAILED:
        return STATUS_PAYMENT_FAILED()
    if status is SubscriptionStatus.CANCELLED:
        return STATUS_CANCELLED(until=row["renewal_date"])
    if status is SubscriptionStatus.EXPIRED:
        return STATUS_EXPIRED()
    return STATUS_ACTIVE() if row["auto_renew"] else STATUS_LAPSES(on=row["renewal_date"])


def _offered(items: tuple[ActionItem, ...], status: SubscriptionStatus) -> tuple[ActionItem, ...]:
    # Only what makes sense now: no cancel once ended, resume only once ended.
    hidden = {StoreAction.RESUME} if status not in ENDED else {StoreAction.CANCEL}
    if status is SubscriptionStatus.EXPIRED:
        hidden.add(StoreAction.CHANGE_PLAN)
    return tuple(item for item in items if item.action not in hidden)


def _currency(profile: TermsProfile, recorded: str) -> tuple[str, Message | None]:
    """The billing currency and, when the roster disagrees with a seed vendor's, a note."""
    if profile.builtin and profile.currency is not None and profile.currency != recorded:
        return recorded, CURRENCY_MISMATCH(vendor=profile.vendor, billed=profile.currency,
                                           rule=profile.rule_for("currency") or "",
                                           recorded=recorded)
    return recorded, None


def _devices(profile: TermsProfile, row: Row) -> tuple[int | None, str]:
    if profile.devices_per_subscription is not None:
        return profile.devices_per_subscription, "subscription"
    stated = int(row["devices_per_seat"]) if row["devices_known"] else None
    return vendor_terms.devices_per_seat(profile, stated), "seat"


def deadline_state(ends: datetime, notice: timedelta, now: datetime) -> DeadlineState:
    """Where ``now`` stands against the cancel-by (end minus notice); exactly then counts."""
    deadline = vendor_terms.cancel_by(ends, notice)
    left = deadline - now
    return DeadlineState(deadline, max(left, timedelta(0)), left < timedelta(0))


def _terms(row: Row, now: datetime, saved: Saved) -> SubscriptionTerms:
    channel = BillingChannel(row["channel"])
    status = SubscriptionStatus(row["status"])
    profile = vendor_terms.profile_for(row["vendor"], channel, saved)
    currency, note = _currency(profile, row["currency"])
    ends, _ = ends_of(row)
    renews = bool(row["auto_renew"]) and status not in ENDED
    notice = vendor_terms.notice_of(profile, row["notice_days"])
    state = deadline_state(ends, notice, now) if notice is not None and renews else None
    actions = _offered(app_store.allowed_actions(channel), status)
    store = channel is BillingChannel.APP_STORE
    limit, scope = _devices(profile, row)
    return SubscriptionTerms(
        subscription_id=row["id"], name=row["name"], vendor=row["vendor"],
        kind=SubscriptionKind(row["kind"]), channel=channel, status=status,
        status_text=_status_text(row, channel), currency=currency, currency_note=note,
        billed_by=profile.billed_by, device_limit=limit, device_limit_scope=scope,
        referral_reward=profile.referral_reward, money_back_days=profile.money_back_days,
        refunds_via=profile.refunds_via, notice=notice, profile=profile,
        plan_months=row["plan_months"],
        pending_plan_months=row["pending_plan_months"], trial_ends_at=row["trial_ends_at"],
        period_ends_at=ends, auto_renew=renews, cancel_by=state,
        time_left=None if state is None else time_left_text(state.time_left),
        actions=actions,
        # The store lists the vendor's app ("ExpressVPN"), not the roster's own name.
        guidance=tuple(app_store.store_guidance(i.action, row["vendor"]) for i in actions)
        if store else (),
        move_to_direct=app_store.move_to_direct_billing(channel, ends, now)
        if store and renews else None,
        payment_failure=app_store.payment_failed(channel)
        if status is SubscriptionStatus.PAYMENT_FAILED else None,
        resume_preview=app_store.resume(ends, now) if status in ENDED else None,
        version=row["version"],
    )


class SubscriptionTermsService:
    """The detail pane's facts and the changes an admin may record."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor

    def terms(self, subscription_id: int) -> SubscriptionTerms:
        now = self.clock()
        return self.store.read(lambda conn: _terms(
            load_subscription(conn, subscription_id), now, by_key(saved_profiles(conn))))

    def trial_problems(self, device_id: int, *, has_payment_method: bool,
                       store_country: str | None = None,
                       offered_countries: frozenset[str] | None = None) -> tuple[Problem, ...]:
        """AS-2: why this device cannot start a store trial or purchase (empty: it can).

        The store country defaults to the device's region; ``offered_countries``
        of ``None`` leaves the country unjudged.
        """
        def work(conn: Connection) -> tuple[Problem, ...]:
            row = devices.load_device(conn, device_id)
            if row["platform"] != Platform.IOS:
                raise BadInput(NOT_IOS(device=row["name"]), field="device_id")
            return app_store.trial_prerequisite_problems(
                row["os_version"] or "0", row["app_version"] or "0", has_payment_method,
                store_country or row["region"], offered_countries)
        return self.store.read(work)
