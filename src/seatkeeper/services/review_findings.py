"""Review findings, each one SQL query: what in the roster needs a decision.

Every kind is counted in the database and listed up to a limit, so a review
of a million seats returns at once with true totals and a readable sample.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.app_store import cancel_by
from seatkeeper.domain.enums import (
    BillingChannel,
    DeliveryStatus,
    SeatStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.store import tables as t

KINDS = {
    "unassigned_seat": "Seat has no holder",
    "no_device": "Seat has no device connected",
    "seat_over_device_limit": "Seat has more devices connected than allowed",
    "subscription_over_device_limit": "Subscription has more devices than its slots",
    "subscription_over_seat_limit": "Subscription has more seats than it was bought with",
    "person_holds_two_seats": "One person holds two seats of one subscription",
    "delivery_pending_over_24h": "Delivery pending for over 24 hours",
    "cancel_by_soon": "Cancel-by deadline soon",
    "auto_renew_unassigned": "Unassigned seat will renew (and be paid for)",
    "expired_still_assigned": "Expired subscription still assigned",
}
LIVE = [SubscriptionStatus.ACTIVE.value, SubscriptionStatus.PAYMENT_FAILED.value]


@dataclass(frozen=True)
class Finding:
    kind: str
    title: str
    subscription_id: int | None
    subscription: str | None
    seat_id: int | None
    licence_id: str | None
    detail: str


@dataclass(frozen=True)
class Findings:
    counts: dict[str, int]  # every kind, with its true total
    items: tuple[Finding, ...]  # up to the limit per kind
    as_of: datetime
    days: int


s, st, p = t.subscriptions, t.seats, t.people
connected = (sa.select(sa.func.count()).select_from(t.device_connections)
             .where(t.device_connections.c.seat_id == st.c.id).scalar_subquery())
_seat_cols = [st.c.id.label("seat_id"), st.c.licence_id, s.c.id.label("sub_id"),
              s.c.name.label("sub_name")]
_seat_from = st.join(s, s.c.id == st.c.subscription_id)
_live_seat = sa.and_(st.c.status == SeatStatus.ACTIVE.value, s.c.status.in_(LIVE))


def _seat_queries(today: Any) -> dict[str, tuple[sa.Select[Any], str]]:
    base = sa.select(*_seat_cols, connected.label("n"), st.c.renew, p.c.email,
                     s.c.renewal_date.label("renewal")) \
        .select_from(_seat_from.outerjoin(p, p.c.id == st.c.person_id))
    ended = sa.or_(s.c.status == SubscriptionStatus.EXPIRED.value,
                   sa.and_(s.c.status == SubscriptionStatus.CANCELLED.value,
                           s.c.renewal_date < today))
    return {
        "unassigned_seat": (base.where(_live_seat, st.c.person_id.is_(None)), "No holder"),
        "no_device": (base.where(_live_seat, connected == 0), "No device connected"),
        "seat_over_device_limit": (base.add_columns(s.c.devices_per_seat.label("lim"))
                                   .where(connected > s.c.devices_per_seat),
                                   "{n} devices connected, limit {lim}"),
        "auto_renew_unassigned": (base.where(_live_seat, st.c.person_id.is_(None),
                                             st.c.renew.is_(True), s.c.auto_renew.is_(True)),
                                  "Renews on {renewal} although nobody holds it"),
        "expired_still_assigned": (base.where(st.c.person_id.is_not(None), ended),
                                   "Still assigned to {email}"),
    }


def _sub_queries() -> dict[str, tuple[sa.Select[Any], str]]:
    seat_count = sa.select(sa.func.count()).where(st.c.subscription_id == s.c.id) \
        .scalar_subquery()
    devices = (sa.select(sa.func.count()).select_from(t.device_connections.join(
        st, st.c.id == t.device_connections.c.seat_id))
        .where(st.c.subscription_id == s.c.id).scalar_subquery())
    cols = [sa.null().label("seat_id"), sa.null().label("licence_id"), s.c.id.label("sub_id"),
            s.c.name.label("sub_name")]
    dup = (sa.select(st.c.subscription_id, st.c.person_id, sa.func.count().label("n"))
           .where(st.c.person_id.is_not(None))
           .group_by(st.c.subscription_id, st.c.person_id)
           .having(sa.func.count() > 1).subquery())
    return {
        "subscription_over_device_limit": (
            sa.select(*cols, devices.label("n"), (s.c.seat_limit * s.c.devices_per_seat)
                      .label("lim"))
            .where(s.c.kind != SubscriptionKind.VOLUME.value,
                   devices > s.c.seat_limit * s.c.devices_per_seat),
            "{n} devices connected, {lim} slots"),
        "subscription_over_seat_limit": (
            sa.select(*cols, seat_count.label("n"), s.c.seat_limit.label("lim"))
            .where(seat_count > s.c.seat_limit), "{n} seats, bought {lim}"),
        "person_holds_two_seats": (
            sa.select(*cols, dup.c.n, p.c.email)
            .select_from(dup.join(s, s.c.id == dup.c.subscription_id)
                         .join(p, p.c.id == dup.c.person_id)),
            "{email} holds {n} seats"),
    }


def compute(conn: Connection, now: datetime, days: int, limit: int | None) -> Findings:
    today = now.date()
    counts: dict[str, int] = {}
    items: list[Finding] = []
    queries = {**_seat_queries(today), **_sub_queries()}
    for kind, title in KINDS.items():
        if kind in queries:
            stmt, template = queries[kind]
            counts[kind] = int(conn.execute(sa.select(sa.func.count())
                                            .select_from(stmt.subquery())).scalar_one())
            page = stmt.order_by(sa.text("sub_name"), sa.text("sub_id"), sa.text("seat_id"))
            rows = conn.execute(page.limit(limit) if limit is not None else page).mappings()
            items.extend(Finding(kind, title, r["sub_id"], r["sub_name"], r["seat_id"],
                                 r["licence_id"], template.format(**r)) for r in rows)
    pending = _pending(conn, now)
    deadlines = _cancel_by(conn, now, days)
    for kind, found in (("delivery_pending_over_24h", pending), ("cancel_by_soon", deadlines)):
        counts[kind] = len(found)
        items.extend(found[:limit] if limit is not None else found)
    order = list(KINDS)
    items.sort(key=lambda f: order.index(f.kind))
    return Findings({k: counts[k] for k in order}, tuple(items), now, days)


def _pending(conn: Connection, now: datetime) -> list[Finding]:
    d = t.deliveries
    stmt = (sa.select(d.c.id, d.c.sent_at, d.c.email, s.c.id.label("sub_id"), s.c.name,
                      t.devices.c.name.label("device"))
            .join(s, s.c.id == d.c.subscription_id)
            .outerjoin(t.devices, t.devices.c.id == d.c.device_id)
            .where(d.c.status == DeliveryStatus.PENDING.value,
                   d.c.sent_at < now - timedelta(hours=24))
            .order_by(d.c.sent_at, d.c.id))
    return [Finding("delivery_pending_over_24h", KINDS["delivery_pending_over_24h"], r.sub_id,
                    r.name, None, None,
                    f"To {r.device or r.email}, sent {r.sent_at:%Y-%m-%d %H:%M} UTC")
            for r in conn.execute(stmt)]


def _cancel_by(conn: Connection, now: datetime, days: int) -> list[Finding]:
    """AS-5 for the App Store (24 h before the end); the renewal day itself elsewhere."""
    horizon = now + timedelta(days=days)
    stmt = (sa.select(s.c.id, s.c.name, s.c.channel, s.c.renewal_date, s.c.trial_ends_at)
            .where(s.c.auto_renew.is_(True), s.c.status.in_(LIVE),
                   sa.or_(s.c.renewal_date <= (horizon + timedelta(days=2)).date(),
                          s.c.trial_ends_at <= horizon + timedelta(days=2)))
            .order_by(s.c.name, s.c.id))
    found: list[tuple[datetime, Finding]] = []
    for r in conn.execute(stmt):
        ends = r.trial_ends_at or datetime.combine(r.renewal_date, time(0), tzinfo=UTC)
        store = r.channel == BillingChannel.APP_STORE.value
        deadline = cancel_by(ends) if store else ends
        if ends <= now or deadline > horizon:
            continue
        what = "trial end" if r.trial_ends_at else "renewal"
        detail = (f"Cancel by {deadline:%Y-%m-%d %H:%M} UTC "
                  f"({'in the App Store, 24 h before the ' if store else 'before the '}{what})")
        found.append((deadline, Finding("cancel_by_soon", KINDS["cancel_by_soon"], r.id, r.name,
                                        None, None, detail)))
    return [f for _, f in sorted(found, key=lambda x: x[0])]
