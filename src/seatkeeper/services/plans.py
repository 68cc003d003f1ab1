"""Whole-subscription changes inside a transaction: cancel (VL-15), new plan (VL-16).

Called by SeatService, which owns the transaction; kept apart so seats.py
stays about seats. Each returns the subscription's state and what it changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from seatkeeper.domain import app_store
from seatkeeper.domain import volume as vl
from seatkeeper.domain.cards import check_card
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.enums import (
    BillingChannel,
    OrderKind,
    OrderStatus,
    PaymentMethod,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price, PriceBasis
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.vendor_terms import by_key, profile_for, volume_payment_methods
from seatkeeper.services.subscription_terms import ends_of
from seatkeeper.store import audit, orders, seats, subscriptions
from seatkeeper.store.engine import Connection
from seatkeeper.store.prices import price_columns, price_of
from seatkeeper.store.records import (
    Row,
    add_seat_rows,
    check_version,
    load_subscription,
    require_owner,
)
from seatkeeper.store.vendor_terms import saved_profiles

CHANGED_MEANWHILE = message("subscription.changed_meanwhile", "“{name}” was changed by someone "
                            "else since you opened it; reload it and try again.")
ALREADY_ENDED = message("plan.already_ended", "“{name}” is already {status}.")


@dataclass(frozen=True)
class SubscriptionState:
    """A subscription after a whole-plan change."""

    subscription_id: int
    status: str
    auto_renew: bool
    plan_months: int
    period_start: date
    renewal_date: date  # for a cancelled plan: the day it stops (VL-15)
    seats_active: int
    version: int
    new_licence_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewPlanTerms:
    seats: int
    plan_months: int
    method: PaymentMethod
    card_brand: str
    card_last4: str
    unit_monthly_price: Money | None = None  # None: keep the current price
    on: date | None = None  # None: today


def cancel_subscription(conn: Connection, subscription_id: int, actor_email: str | None,
                        expected_version: int | None, now: datetime, actor: str
                        ) -> Changed[SubscriptionState]:
    """VL-15: every seat cancelled, no renewal; usable until the renewal date."""
    sub = load_subscription(conn, subscription_id)
    require_owner(sub["owner_email"], actor_email)
    check_version(CHANGED_MEANWHILE(name=sub["name"]), sub["version"], expected_version)
    if sub["status"] != SubscriptionStatus.ACTIVE:
        raise BadInput(ALREADY_ENDED(name=sub["name"], status=str(sub["status"])))
    ends, _ = ends_of(sub)
    # AS-7: Seatkeeper acts on the vendor's side; a store purchase is cancelled in the store.
    app_store.cancel(BillingChannel(sub["channel"]), BillingChannel.WEBSITE, ends, now)
    subscriptions.update(conn, subscription_id, sub["version"],
                         status=SubscriptionStatus.CANCELLED, auto_renew=False, cancelled_at=now)
    cancelled = seats.cancel_active(conn, subscription_id)
    audit.record(conn, audit.Change(
        "subscription.cancelled", "subscription", subscription_id,
        f"“{sub['name']}” cancelled; active until {sub['renewal_date'].isoformat()}",
        {"status": sub["status"], "auto_renew": bool(sub["auto_renew"])},
        {"status": SubscriptionStatus.CANCELLED.value, "auto_renew": False,
         "active_until": sub["renewal_date"].isoformat()}), at=now, actor=actor)
    return Changed(subscription_state(conn, subscription_id),
                   Changes.of(Entity.SUBSCRIPTION, [subscription_id])
                   | Changes.of(Entity.SEAT, cancelled))


def start_new_plan(conn: Connection, subscription_id: int, terms: NewPlanTerms,
                   actor_email: str | None, now: datetime, actor: str
                   ) -> Changed[SubscriptionState]:
    """VL-16 with VL-2/VL-3: fresh seats and a fresh term once every seat is cancelled."""
    sub = load_subscription(conn, subscription_id)
    require_owner(sub["owner_email"], actor_email)
    vl.check_new_plan_allowed(seats.statuses(conn, subscription_id))
    # VL-2 and VL-3 where the vendor's profile says so (ExpressVPN website), not for all.
    profile = profile_for(sub["vendor"], BillingChannel(sub["channel"]),
                          by_key(saved_profiles(conn)))
    vl.check_volume_seat_count(terms.seats, profile.min_volume_seats)
    vl.check_payment_method(terms.method, volume_payment_methods(profile))
    card = check_card(terms.card_brand, terms.card_last4)
    stated = _new_plan_price(sub, terms.unit_monthly_price)
    price = stated.per_seat_month(terms.seats)
    quote = vl.quote_new_volume(terms.seats, terms.plan_months, price,
                                minimum=profile.min_volume_seats)
    quote = replace(quote, price=stated.cost(terms.seats, terms.plan_months, terms.seats),
                    amount_due=stated.cost(terms.seats, terms.plan_months, terms.seats))
    day = terms.on or now.date()
    renewal = add_months(day, terms.plan_months)
    subscriptions.update(conn, subscription_id, sub["version"],
                         status=SubscriptionStatus.ACTIVE, auto_renew=True, cancelled_at=None,
                         plan_months=terms.plan_months, period_start=day, renewal_date=renewal,
                         **price_columns(stated, terms.seats),
                         seat_limit=terms.seats)
    made = add_seat_rows(conn, subscription_id, terms.seats, now)
    orders.create(conn, account_id=sub["account_id"], subscription_id=subscription_id,
                  kind=OrderKind.NEW_VOLUME, status=OrderStatus.COMPLETED, seats=terms.seats,
                  plan_months=terms.plan_months, currency=price.currency,
                  price_minor=quote.price.minor, credit_minor=0,
                  amount_due_minor=quote.price.minor, card_brand=card.brand,
                  card_last4=card.last4, requested_at=now, approved_at=now, completed_at=now)
    audit.record(conn, audit.Change(
        "subscription.new_plan", "subscription", subscription_id,
        f"New plan for “{sub['name']}”: {terms.seats} seats, {terms.plan_months} months",
        {"status": sub["status"], "renewal_date": sub["renewal_date"].isoformat()},
        {"status": SubscriptionStatus.ACTIVE.value, "renewal_date": renewal.isoformat(),
         "seats": terms.seats, "price": quote.price.decimal_string(),
         "card": f"{card.brand} ending {card.last4}"}), at=now, actor=actor)
    state = replace(subscription_state(conn, subscription_id),
                    new_licence_ids=tuple(lic for _, lic in made))
    return Changed(state, Changes.of(Entity.SUBSCRIPTION, [subscription_id])
                   | Changes.of(Entity.SEAT, [seat_id for seat_id, _ in made]))


def _new_plan_price(sub: Row, given: Money | None) -> Price:
    """The given seat's month; else the current price if it is per seat (it scales with the
    new seat count as stated), else the current purchase's seat month."""
    if given is not None:
        return Price.monthly_per_seat(given)
    current = price_of(sub)
    if current.basis is PriceBasis.PER_SEAT:
        return current
    return Price.monthly_per_seat(current.per_seat_month(int(sub["seat_limit"])))


def subscription_state(conn: Connection, subscription_id: int) -> SubscriptionState:
    sub = load_subscription(conn, subscription_id)
    return SubscriptionState(subscription_id, str(sub["status"]), bool(sub["auto_renew"]),
                             sub["plan_months"], sub["period_start"], sub["renewal_date"],
                             seats.count_active(conn, subscription_id), sub["version"])
