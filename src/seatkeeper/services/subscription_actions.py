"""Changes to a subscription an admin records, each with its audit event.

- ``cancel`` and ``change_plan`` are website actions (VL-15, AS-6, AS-7); for
  a store purchase the domain refuses them, naming the App Store, because
  Seatkeeper cannot act there (AS-11) -- the detail pane shows the store steps;
- ``record_cancelled_in_store`` records that the admin followed those steps,
  so the cancel-by deadline and its reminders stop;
- ``mark_payment_failed`` / ``mark_payment_resolved`` (AS-9) and ``resume``
  (AS-10) are facts the admin records for either channel.

Each change is one write transaction: the row (optimistic ``version`` check)
and its audit event; each returns what it changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from seatkeeper.domain import app_store
from seatkeeper.domain.app_store import Cancellation, PaymentFailure, Resumption
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.enums import BillingChannel, SubscriptionKind, SubscriptionStatus
from seatkeeper.domain.errors import BadInput, ConflictError, KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import check_currency
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.vendor_terms import (
    by_key,
    check_billing_currency,
    check_devices,
    check_notice_days,
    own_profile,
    profile_for,
)
from seatkeeper.domain.volume import check_plan_change
from seatkeeper.services.clock import Clock
from seatkeeper.services.subscription_terms import ENDED, ends_of
from seatkeeper.store import audit, seats, subscriptions
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.records import Row, load_subscription
from seatkeeper.store.vendor_terms import save_profile, saved_profiles

ALREADY_ENDED = message("subscription.already_ended", "{name} is already {status}.")
EXPIRED = message("subscription.expired_resume_first", "{name} has expired; resume it first.")
NOTHING_TO_RESUME = message("subscription.nothing_to_resume", "{name} is not cancelled or "
                            "expired; there is nothing to resume.")
NOT_ACTIVE = message("subscription.not_active_payment", "Only an active subscription can fail "
                     "a payment; {name} is {status}.")
NO_FAILED_PAYMENT = message("subscription.no_failed_payment",
                            "{name} has no failed payment to resolve.")
CHANGED_BY_OTHERS = message("subscription.changed_by_someone", "{name} was changed by someone "
                            "else; reload it and try again.")


@dataclass(frozen=True)
class PlanChange:
    """AS-6: the chosen plan length and when it takes over."""

    plan_months: int
    starts_at: datetime


def _snapshot(row: Row, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: row[k] for k in keys}


def _changed(subscription_id: int) -> Changes:
    return Changes.of(Entity.SUBSCRIPTION, [subscription_id])


class SubscriptionActionService:
    """What the detail pane's buttons do; store purchases get refusals naming the store."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor

    # Website actions (refused for store purchases by the domain) ----------

    def cancel(self, subscription_id: int, expected_version: int | None = None
               ) -> Changed[Cancellation]:
        """VL-15 / AS-7: cancelled on the website, usable to the end of the period."""
        return self._cancel(subscription_id, BillingChannel.WEBSITE, expected_version)

    def record_cancelled_in_store(self, subscription_id: int,
                                  expected_version: int | None = None) -> Changed[Cancellation]:
        """AS-7 / AS-11: the admin cancelled in the store; record it so deadlines stop."""
        return self._cancel(subscription_id, BillingChannel.APP_STORE, expected_version)

    def _cancel(self, subscription_id: int, used: BillingChannel,
                expected_version: int | None) -> Changed[Cancellation]:
        now = self.clock()

        def work(conn: Connection) -> Changed[Cancellation]:
            row = load_subscription(conn, subscription_id)
            ends, _ = ends_of(row)
            result = app_store.cancel(BillingChannel(row["channel"]), used, ends, now)
            if row["status"] in ENDED:
                raise KnownError(ALREADY_ENDED(name=row["name"], status=str(row["status"])))
            where = "in the App Store" if used is BillingChannel.APP_STORE else "on the website"
            self._update(conn, row, expected_version, "subscription.cancelled",
                         f"Cancelled {row['name']} {where}; usable until "
                         f"{result.usable_until:%Y-%m-%d %H:%M} UTC",
                         status=result.status, auto_renew=False, cancelled_at=now)
            # VL-15: no seat renews after a cancellation; VL-16 needs them all cancelled.
            cancelled = seats.cancel_active(conn, subscription_id)
            return Changed(result, _changed(subscription_id)
                           | Changes.of(Entity.SEAT, cancelled))
        return self.store.write(work)

    def change_plan(self, subscription_id: int, plan_months: int,
                    expected_version: int | None = None) -> Changed[PlanChange]:
        """AS-6: a new plan length, bought on the website, from the end of this period."""
        def work(conn: Connection) -> PlanChange:
            row = load_subscription(conn, subscription_id)
            channel = BillingChannel(row["channel"])
            ends, _ = ends_of(row)
            starts = app_store.plan_change(channel, BillingChannel.WEBSITE, ends)
            app_store.check_plan_months(channel, plan_months)
            if row["kind"] == SubscriptionKind.VOLUME:
                check_plan_change(row["plan_months"], plan_months, SubscriptionKind.VOLUME)
            if row["status"] == SubscriptionStatus.EXPIRED:
                raise KnownError(EXPIRED(name=row["name"]))
            # Choosing the current length again withdraws a waiting change.
            pending = None if plan_months == row["plan_months"] else plan_months
            self._update(conn, row, expected_version, "subscription.plan_changed",
                         f"{row['name']}: {plan_months}-month plan from "
                         f"{starts:%Y-%m-%d} (end of the current period)",
                         pending_plan_months=pending)
            return PlanChange(plan_months, starts)
        return Changed(self.store.write(work), _changed(subscription_id))

    # Facts the admin records, for either channel ---------------------------

    def resume(self, subscription_id: int, expected_version: int | None = None
               ) -> Changed[Resumption]:
        """AS-10: before expiry it continues from the old expiry; after, from now."""
        now = self.clock()

        def work(conn: Connection) -> Resumption:
            row = load_subscription(conn, subscription_id)
            if row["status"] not in ENDED:
                raise KnownError(NOTHING_TO_RESUME(name=row["name"]))
            ends, _ = ends_of(row)
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
        return Changed(self.store.write(work), _changed(subscription_id))

    def mark_payment_failed(self, subscription_id: int,
                            expected_version: int | None = None) -> Changed[PaymentFailure]:
        """AS-9: record a failed payment; the answer says how to fix it."""
        def work(conn: Connection) -> PaymentFailure:
            row = load_subscription(conn, subscription_id)
            if row["status"] != SubscriptionStatus.ACTIVE:
                raise KnownError(NOT_ACTIVE(name=row["name"], status=str(row["status"])))
            failure = app_store.payment_failed(BillingChannel(row["channel"]))
            self._update(conn, row, expected_version, "subscription.payment_failed",
                         f"{row['name']}: payment failed", status=failure.status)
            return failure
        return Changed(self.store.write(work), _changed(subscription_id))

    def mark_payment_resolved(self, subscription_id: int,
                              expected_version: int | None = None) -> Changed[None]:
        """AS-9: the payment went through after all (new method, or paid directly)."""
        def work(conn: Connection) -> None:
            row = load_subscription(conn, subscription_id)
            if row["status"] != SubscriptionStatus.PAYMENT_FAILED:
                raise BadInput(NO_FAILED_PAYMENT(name=row["name"]))
            self._update(conn, row, expected_version, "subscription.payment_resolved",
                         f"{row['name']}: payment resolved", status=SubscriptionStatus.ACTIVE)
        self.store.write(work)
        return Changed(None, _changed(subscription_id))

    # The admin's own terms for one subscription (issue 16) ---------------

    def state_terms(self, subscription_id: int, *, notice_days: int | None,
                    devices_per_seat: int | None, currency: str,
                    auto_renew: bool, save_for_vendor: bool = False,
                    expected_version: int | None = None) -> Changed[None]:
        """Record what the admin knows: notice period, device limit, currency, auto-renew.

        A seed vendor's profile still rules (VL-19, AS-3, AS-1 refuse what it forbids; its
        notice stays AS-5's). ``save_for_vendor`` also keeps them as the vendor's terms
        profile, for the next subscription and import of that vendor.
        """
        notice = check_notice_days(notice_days)
        code = check_currency(currency)

        def work(conn: Connection) -> None:
            row = load_subscription(conn, subscription_id)
            channel = BillingChannel(row["channel"])
            profile = profile_for(row["vendor"], channel, by_key(saved_profiles(conn)))
            check_devices(profile, devices_per_seat=devices_per_seat,
                          seat_limit=int(row["seat_limit"]))
            check_billing_currency(profile, code)
            known = devices_per_seat is not None
            self._update(conn, row, expected_version, "subscription.terms_stated",
                         f"{row['name']}: terms stated by the admin",
                         notice_days=None if notice is None else notice_days,
                         devices_per_seat=devices_per_seat if known
                         else row["devices_per_seat"],
                         devices_known=known or bool(profile.devices_per_seat),
                         currency=code, auto_renew=auto_renew)
            if save_for_vendor and not profile.builtin and row["vendor"]:
                own = own_profile(row["vendor"], channel, currency=code,
                                  plan_months=int(row["plan_months"]),
                                  notice_days=notice_days, devices_per_seat=devices_per_seat,
                                  auto_renew=auto_renew)
                save_profile(conn, own, self.clock())
        self.store.write(work)
        return Changed(None, _changed(subscription_id))

    def _update(self, conn: Connection, row: Row, expected_version: int | None,
                action: str, summary: str, **values: Any) -> None:
        version = row["version"] if expected_version is None else expected_version
        if not subscriptions.update_at_version(conn, row["id"], version, **values):
            raise ConflictError(CHANGED_BY_OTHERS(name=row["name"]))
        keys = tuple(values)
        audit.record(conn, audit.Change(action, "subscription", row["id"], summary,
                                        before=_snapshot(row, keys), after=values),
                     at=self.clock(), actor=self.actor)
