"""The review's findings and the next renewal's cost, each counted and listed in SQL.

Every seat or subscription kind of finding is one query, counted in the
database and listed up to a limit, so a review of a million seats returns at
once with true totals and a readable sample. ``services.review_findings``
puts them into words; the labels (``n``, ``lim``, ``email``, ``renewal``) are
what its templates name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.enums import (
    DeliveryStatus,
    SeatStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.store import tables as t

LIVE = [SubscriptionStatus.ACTIVE.value, SubscriptionStatus.PAYMENT_FAILED.value]

s, st, p = t.subscriptions, t.seats, t.people
a = t.vendor_accounts
connected = (sa.select(sa.func.count()).select_from(t.device_connections)
             .where(t.device_connections.c.seat_id == st.c.id).scalar_subquery())
_seat_cols = [st.c.id.label("seat_id"), st.c.licence_id, s.c.id.label("sub_id"),
              s.c.name.label("sub_name")]
_seat_from = st.join(s, s.c.id == st.c.subscription_id)
_live_seat = sa.and_(st.c.status == SeatStatus.ACTIVE.value, s.c.status.in_(LIVE))


VendorLimit = tuple[str, str, int | None, int | None]
"""(vendor key, channel, devices per seat, devices per subscription) from a terms profile."""


def _is_vendor(key: str, channel: str) -> ColumnElement[bool]:
    vendor = sa.select(a.c.vendor).where(a.c.id == s.c.account_id).scalar_subquery()
    return sa.and_(sa.func.lower(sa.func.trim(vendor)) == key, s.c.channel == channel)


def seat_limit_sql(limits: Sequence[VendorLimit]) -> ColumnElement[Any]:
    """A seat's device limit: its vendor profile's (VL-19), else the stated one, else NULL."""
    whens: list[tuple[ColumnElement[bool], Any]] = [
        (_is_vendor(key, channel), per_seat)
        for key, channel, per_seat, _ in limits if per_seat is not None]
    whens.append((s.c.devices_known.is_(False), sa.null()))
    return sa.case(*whens, else_=s.c.devices_per_seat)


def capacity_sql(limits: Sequence[VendorLimit]) -> ColumnElement[Any]:
    """A subscription's devices at once: its profile's (AS-3), else seats x a seat's limit."""
    whens: list[tuple[ColumnElement[bool], Any]] = []
    for key, channel, per_seat, per_sub in limits:
        if per_sub is not None:
            whens.append((_is_vendor(key, channel), per_sub))
        elif per_seat is not None:
            whens.append((_is_vendor(key, channel), s.c.seat_limit * per_seat))
    whens.append((s.c.devices_known.is_(False), sa.null()))
    return sa.case(*whens, else_=s.c.seat_limit * s.c.devices_per_seat)


def _seat_queries(today: date, limits: Sequence[VendorLimit]) -> dict[str, sa.Select[Any]]:
    base = sa.select(*_seat_cols, connected.label("n"), st.c.renew, p.c.email,
                     s.c.renewal_date.label("renewal")) \
        .select_from(_seat_from.outerjoin(p, p.c.id == st.c.person_id))
    lim = seat_limit_sql(limits)
    ended = sa.or_(s.c.status == SubscriptionStatus.EXPIRED.value,
                   sa.and_(s.c.status == SubscriptionStatus.CANCELLED.value,
                           s.c.renewal_date < today))
    return {
        "unassigned_seat": base.where(_live_seat, st.c.person_id.is_(None)),
        "no_device": base.where(_live_seat, connected == 0),
        "seat_over_device_limit": base.add_columns(lim.label("lim"))
        .where(connected > lim),
        "auto_renew_unassigned": base.where(_live_seat, st.c.person_id.is_(None),
                                            st.c.renew.is_(True), s.c.auto_renew.is_(True)),
        "expired_still_assigned": base.where(st.c.person_id.is_not(None), ended),
    }


def _sub_queries(limits: Sequence[VendorLimit]) -> dict[str, sa.Select[Any]]:
    capacity = capacity_sql(limits)
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
            sa.select(*cols, devices.label("n"), capacity.label("lim"))
            .where(s.c.kind != SubscriptionKind.VOLUME.value, devices > capacity)),
        "subscription_over_seat_limit": (
            sa.select(*cols, seat_count.label("n"), s.c.seat_limit.label("lim"))
            .where(seat_count > s.c.seat_limit)),
        "person_holds_two_seats": (
            sa.select(*cols, dup.c.n, p.c.email)
            .select_from(dup.join(s, s.c.id == dup.c.subscription_id)
                         .join(p, p.c.id == dup.c.person_id))),
    }


def counted_findings(conn: Connection, today: date, limit: int | None,
                     vendor_limits: Sequence[VendorLimit] = ()
                     ) -> dict[str, tuple[int, list[RowMapping]]]:
    """kind -> (true total, up to ``limit`` rows by subscription name) for the SQL kinds.

    Every row has ``seat_id``, ``licence_id``, ``sub_id``, ``sub_name`` and the
    values its kind's text names.
    """
    found: dict[str, tuple[int, list[RowMapping]]] = {}
    queries = {**_seat_queries(today, vendor_limits), **_sub_queries(vendor_limits)}
    for kind, stmt in queries.items():
        count = int(conn.execute(sa.select(sa.func.count())
                                 .select_from(stmt.subquery())).scalar_one())
        page = stmt.order_by(sa.text("sub_name"), sa.text("sub_id"), sa.text("seat_id"))
        rows = conn.execute(page.limit(limit) if limit is not None else page).mappings()
        found[kind] = (count, list(rows))
    return found


def pending_since(conn: Connection, before: datetime) -> list[Row[Any]]:
    """Deliveries still pending that were sent before ``before``, oldest first."""
    d = t.deliveries
    stmt = (sa.select(d.c.id, d.c.sent_at, d.c.email, s.c.id.label("sub_id"), s.c.name,
                      t.devices.c.name.label("device"))
            .join(s, s.c.id == d.c.subscription_id)
            .outerjoin(t.devices, t.devices.c.id == d.c.device_id)
            .where(d.c.status == DeliveryStatus.PENDING.value, d.c.sent_at < before)
            .order_by(d.c.sent_at, d.c.id))
    return list(conn.execute(stmt))


def renewing_by(conn: Connection, last: datetime) -> list[Row[Any]]:
    """Live auto-renewing subscriptions whose renewal or trial end is at ``last`` or before."""
    stmt = (sa.select(s.c.id, s.c.name, s.c.channel, s.c.renewal_date, s.c.trial_ends_at,
                      s.c.notice_days, a.c.vendor)
            .join(a, a.c.id == s.c.account_id)
            .where(s.c.auto_renew.is_(True), s.c.status.in_(LIVE),
                   sa.or_(s.c.renewal_date <= last.date(), s.c.trial_ends_at <= last))
            .order_by(s.c.name, s.c.id))
    return list(conn.execute(stmt))


def renewal_rows(conn: Connection) -> list[Row[Any]]:
    """Each live auto-renewing subscription's price, and its seats: all, renewing, dropping.

    Dropping: renewing seats with an unapplied do-not-renew decision.
    """
    rd = t.review_decisions
    live_seat = sa.and_(st.c.subscription_id == s.c.id)
    seats = sa.select(sa.func.count()).where(live_seat).scalar_subquery()
    renewing = sa.select(sa.func.count()).where(
        live_seat, st.c.renew.is_(True), st.c.status == SeatStatus.ACTIVE.value
    ).scalar_subquery()
    dropping = (sa.select(sa.func.count()).select_from(st.join(rd, rd.c.seat_id == st.c.id))
                .where(live_seat, st.c.renew.is_(True), st.c.status == SeatStatus.ACTIVE.value,
                       rd.c.decision == "do_not_renew", rd.c.applied_at.is_(None))
                .scalar_subquery())
    stmt = sa.select(s.c.currency, s.c.price_minor, s.c.price_basis, s.c.price_months,
                     s.c.seat_limit, s.c.plan_months, s.c.channel,
                     seats.label("seats"), renewing.label("renewing"),
                     dropping.label("dropping")).where(s.c.auto_renew.is_(True),
                                                       s.c.status.in_(LIVE))
    return list(conn.execute(stmt))
