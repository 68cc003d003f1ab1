"""One subscription's channel terms, deadline and allowed actions (AS-1..AS-11).

``terms`` gathers what the detail pane shows; the rules are the domain's
(``domain.app_store``). The changes are recorded facts about the roster, each
written with its audit event in one transaction:

- ``cancel`` and ``change_plan`` are website actions (VL-15, AS-6, AS-7); for
  a store purchase the domain refuses them, naming the App Store, because
  Seatkeeper cannot act there (AS-11) -- the pane shows the store steps;
- ``record_cancelled_in_store`` records that the admin followed those steps,
  so the cancel-by deadline and its reminders stop;
- ``mark_payment_failed`` / ``mark_payment_resolved`` (AS-9) and ``resume``
  (AS-10) are facts the admin records for either channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain import app_store
from seatkeeper.domain.app_store import (
    ActionItem,
    Cancellation,
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
from seatkeeper.domain.errors import BadInput, ConflictError, KnownError, NotFound
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.volume import check_plan_change
from seatkeeper.services import audit
from seatkeeper.services.clock import Clock
from seatkeeper.services.deadlines import current_end
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

_ENDED = (SubscriptionStatus.CANCELLED, SubscriptionStatus.EXPIRED)


@dataclass(frozen=True)
class SubscriptionTerms:
    """What the subscription detail pane shows."""

    subscription_id: int
    name: str
    vendor: str
    kind: SubscriptionKind
    channel: BillingChannel
    status: SubscriptionStatus
    status_text: str
    currency: str  # AS-1: the currency the channel bills in
    currency_note: str | None  # set when the roster records another currency
    billed_by: str
    device_limit: int  # AS-3: 5 for the store; the plan's own limit otherwise
    referral_reward: bool
    money_back_days: int  # 0: no money-back guarantee (AS-3)
    refunds_via: str  # AS-11: the store for store purchases
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


@dataclass(frozen=True)
class PlanChange:
    """AS-6: the chosen plan length and when it takes over."""

    plan_months: int
    starts_at: datetime


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


def _load(conn: Connection, subscription_id: int) -> RowMapping:
    row = conn.execute(
        sa.select(t.subscriptions, t.vendor_accounts.c.vendor)
        .join(t.vendor_accounts, t.vendor_accounts.c.id == t.subscriptions.c.account_id)
        .where(t.subscriptions.c.id == subscription_id)
    ).mappings().one_or_none()
    if row is None:
        raise NotFound("That subscription is no longer in the roster.")
    return row


def _ends(row: RowMapping) -> tuple[datetime, bool]:
    return current_end(row["kind"], row["trial_ends_at"], row["renewal_date"])


def _status_text(row: RowMapping, channel: BillingChannel) -> str:
    status = SubscriptionStatus(row["status"])
    if status is SubscriptionStatus.PAYMENT_FAILED:
        return app_store.payment_failed(channel).status_text
    if status is SubscriptionStatus.CANCELLED:
        return f"Cancelled, usable until {row['renewal_date'].isoformat()}"
    if status is SubscriptionStatus.EXPIRED:
        return "Expired"
    return "Active" if row["auto_renew"] else f"Active, lapses {row['renewal_date'].isoformat()}"


def _offered(items: tuple[ActionItem, ...], status: SubscriptionStatus) -> tuple[ActionItem, ...]:
    # Only what makes sense now: no cancel once ended, resume only once ended.
    hidden = {StoreAction.RESUME} if status not in _ENDED else {StoreAction.CANCEL}
    if status is SubscriptionStatus.EXPIRED:
        hidden.add(StoreAction.CHANGE_PLAN)
    return tuple(item for item in items if item.action not in hidden)


def _terms(row: RowMapping, now: datetime) -> SubscriptionTerms:
    channel = BillingChannel(row["channel"])
    status = SubscriptionStatus(row["status"])
    facts = app_store.channel_terms(channel)
    currency = app_store.billing_currency(channel, row["currency"])
    ends, _ = _ends(row)
    renews = bool(row["auto_renew"]) and status not in _ENDED
    state = app_store.deadline_state(ends, now) \
        if channel is BillingChannel.APP_STORE and renews else None
    actions = _offered(app_store.allowed_actions(channel), status)
    store = channel is BillingChannel.APP_STORE
    return SubscriptionTerms(
        subscription_id=row["id"], name=row["name"], vendor=row["vendor"],
        kind=SubscriptionKind(row["kind"]), channel=channel, status=status,
        status_text=_status_text(row, channel), currency=currency,
        currency_note=None if currency == row["currency"] else
        f"The roster records {row['currency']}, but {facts.billed_by} bills in {currency}.",
        billed_by=facts.billed_by,
        device_limit=facts.max_devices or int(row["devices_per_seat"]),
        referral_reward=facts.referral_reward, money_back_days=facts.money_back_days,
        refunds_via=facts.refunds_via, plan_months=row["plan_months"],
        pending_plan_months=row["pending_plan_months"], trial_ends_at=row["trial_ends_at"],
        period_ends_at=ends, auto_renew=renews, cancel_by=state,
        time_left=None if state is None else time_left_text(state.time_left),
        actions=actions,
        guidance=tuple(app_store.store_guidance(i.action, row["name"]) for i in actions)
        if store else (),
        move_to_direct=app_store.move_to_direct_billing(channel, ends, now)
        if store and renews else None,
        payment_failure=app_store.payment_failed(channel)
        if status is SubscriptionStatus.PAYMENT_FAILED else None,
        resume_preview=app_store.resume(ends, now) if status in _ENDED else None,
        version=row["version"],
    )


def _snapshot(row: RowMapping, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: row[k] for k in keys}


class SubscriptionTermsService:
    """The detail pane's facts and the changes an admin may record."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor

    def terms(self, subscription_id: int) -> SubscriptionTerms:
        now = self.clock()
        return self.store.read(lambda conn: _terms(_load(conn, subscription_id), now))

    def trial_problems(self, device_id: int, *, has_payment_method: bool,
                       store_country: str | None = None,
                       offered_countries: frozenset[str] | None = None) -> tuple[Problem, ...]:
        """AS-2: why this device cannot start a store trial or purchase (empty: it can).

        The store country defaults to the device's region; ``offered_countries``
        of ``None`` leaves the country unjudged.
        """
        def work(conn: Connection) -> tuple[Problem, ...]:
            d = t.devices
            row = conn.execute(sa.select(d.c.name, d.c.platform, d.c.os_version,
                                         d.c.app_version, d.c.region)
                               .where(d.c.id == device_id)).mappings().one_or_none()
            if row is None:
                raise NotFound("That device is no longer in the roster.")
            if row["platform"] != Platform.IOS:
                raise BadInput(f"{row['name']} is not an iPhone or iPad; App Store trials "
                               "start on iOS.", field="device_id")
            return app_store.trial_prerequisite_problems(
                row["os_version"] or "0", row["app_version"] or "0", has_payment_method,
                store_country or row["region"], offered_countries)
        return self.store.read(work)

    # Website actions (refused for store purchases by the domain) ----------

    def cancel(self, subscription_id: int, expected_version: int | None = None) -> Cancellation:
        """VL-15 / AS-7: cancelled on the website, usable to the end of the period."""
        return self._cancel(subscription_id, BillingChannel.WEBSITE, expected_version)

    def record_cancelled_in_store(self, subscription_id: int,
                                  expected_version: int | None = None) -> Cancellation:
        """AS-7 / AS-11: the admin cancelled in the store; record it so deadlines stop."""
        return self._cancel(subscription_id, BillingChannel.APP_STORE, expected_version)

    def _cancel(self, subscription_id: int, used: BillingChannel,
                expected_version: int | None) -> Cancellation:
        now = self.clock()

        def work(conn: Connection) -> Cancellation:
            row = _load(conn, subscription_id)
            ends, _ = _ends(row)
            result = app_store.cancel(BillingChannel(row["channel"]), used, ends, now)
            if row["status"] in _ENDED:
                raise KnownError(f"{row['name']} is already {row['status']}.")
            where = "in the App Store" if used is BillingChannel.APP_STORE else "on the website"
            self._update(conn, row, expected_version, "subscription.cancelled",
                         f"Cancelled {row['name']} {where}; usable until "
                         f"{result.usable_until:%Y-%m-%d %H:%M} UTC",
                         status=result.status, auto_renew=False, cancelled_at=now)
            return result
        return self.store.write(work)

    def change_plan(self, subscription_id: int, plan_months: int,
                    expected_version: int | None = None) -> PlanChange:
        """AS-6: a new plan length, bought on the website, from the end of this period."""
        def work(conn: Connection) -> PlanChange:
            row = _load(conn, subscription_id)
            channel = BillingChannel(row["channel"])
            ends, _ = _ends(row)
            starts = app_store.plan_change(channel, BillingChannel.WEBSITE, ends)
            app_store.check_plan_months(channel, plan_months)
            if row["kind"] == SubscriptionKind.VOLUME:
                check_plan_change(row["plan_months"], plan_months, SubscriptionKind.VOLUME)
            if row["status"] == SubscriptionStatus.EXPIRED:
                raise KnownError(f"{row['name']} has expired; resume it first.")
            # Choosing the current length again withdraws a waiting change.
            pending = None if plan_months == row["plan_months"] else plan_months
            self._update(conn, row, expected_version, "subscription.plan_changed",
                         f"{row['name']}: {plan_months}-month plan from "
                         f"{starts:%Y-%m-%d} (end of the current period)",
                         pending_plan_months=pending)
            return PlanChange(plan_months, starts)
        return self.store.write(work)

    # Facts the admin records, for either channel ---------------------------

    def resume(self, subscription_id: int, expected_version: int | None = None) -> Resumption:
        """AS-10: before expiry it continues from the old expiry; after, from now."""
        now = self.clock()

        def work(conn: Connection) -> Resumption:
            row = _load(conn, subscription_id)
            if row["status"] not in _ENDED:
                raise KnownError(f"{row['name']} is not cancelled or expired; "
                                 "there is nothing to resume.")
            ends, _ = _ends(row)
            result = app_store.resume(ends, now)
            values: dict[str, Any] = {"status": SubscriptionStatus.ACTIVE, "auto_renew": True,
                                      "cancelled_at": None}
            if result.immediately:
                today: date = result.starts_at.date()
                values |= {"period_start": today,
                           "renewal_date": add_months(today, row["plan_months"])}
            self._update(conn, row, expected_version, "subscription.resumed",
                         f"Resumed {row['name']}; the new period starts "
                         f"{result.starts_at:%Y-%m-%d %H:%M} UTC", **values)
            return result
        return self.store.write(work)

    def mark_payment_failed(self, subscription_id: int,
                            expected_version: int | None = None) -> PaymentFailure:
        """AS-9: record a failed payment; the answer says how to fix it."""
        def work(conn: Connection) -> PaymentFailure:
            row = _load(conn, subscription_id)
            if row["status"] != SubscriptionStatus.ACTIVE:
                raise KnownError(f"Only an active subscription can fail a payment; "
                                 f"{row['name']} is {row['status']}.")
            failure = app_store.payment_failed(BillingChannel(row["channel"]))
            self._update(conn, row, expected_version, "subscription.payment_failed",
                         f"{row['name']}: payment failed", status=failure.status)
            return failure
        return self.store.write(work)

    def mark_payment_resolved(self, subscription_id: int,
                              expected_version: int | None = None) -> None:
        """AS-9: the payment went through after all (new method, or paid directly)."""
        def work(conn: Connection) -> None:
            row = _load(conn, subscription_id)
            if row["status"] != SubscriptionStatus.PAYMENT_FAILED:
                raise BadInput(f"{row['name']} has no failed payment to resolve.")
            self._update(conn, row, expected_version, "subscription.payment_resolved",
                         f"{row['name']}: payment resolved", status=SubscriptionStatus.ACTIVE)
        self.store.write(work)

    def _update(self, conn: Connection, row: RowMapping, expected_version: int | None,
                action: str, summary: str, **values: Any) -> None:
        version = row["version"] if expected_version is None else expected_version
        s = t.subscriptions
        done = conn.execute(s.update().where(s.c.id == row["id"], s.c.version == version)
                            .values(version=version + 1, **values))
        if done.rowcount != 1:
            raise ConflictError(f"{row['name']} was changed by someone else; "
                                "reload it and try again.")
        keys = tuple(values)
        audit.record(conn, audit.Change(action, "subscription", row["id"], summary,
                                        before=_snapshot(row, keys), after=values),
                     at=self.clock(), actor=self.actor)
