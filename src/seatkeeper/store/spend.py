"""What the roster's subscriptions cost, counted in SQL: prices and seat counts per group.

``spend_subscriptions`` gives each live subscription its price as stated and
its seat counts; ``seat_groups`` counts each subscription's seats per holder
or per department, so a million seats come back as a few rows per
subscription. ``services.spend`` turns them into money.

Departments come from the people directory (``people.department``, issue 20,
items 1-3); a seat whose holder has none (or has no holder) counts as having no
department.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import SeatStatus, SubscriptionStatus
from seatkeeper.store import tables as t

LIVE = [SubscriptionStatus.ACTIVE.value, SubscriptionStatus.PAYMENT_FAILED.value,
        SubscriptionStatus.CANCELLED.value]
s, st, p, a = t.subscriptions, t.seats, t.people, t.vendor_accounts
rd = t.review_decisions


def spend_subscriptions(conn: Connection) -> list[RowMapping]:
    """Each subscription still running (cancelled ones run to their end), with its vendor,
    price columns, plan, dates and seat counts.

    Keys: id, name, vendor, status, auto_renew, currency, price_minor, price_basis,
    price_months, plan_months, period_start, renewal_date, seats (every seat row), active,
    renewing (active with "renew" on, VL-14), dropping (renewing with an unapplied
    do-not-renew decision).
    """
    # One pass over the seats for the three counts, and the decisions side read from the
    # decisions (few) rather than looked up for every seat: four correlated counts per
    # subscription took 0.6 s at a million seats, each time the Spend screen loaded.
    active = st.c.status == SeatStatus.ACTIVE.value
    counted = (sa.select(st.c.subscription_id.label("subscription_id"),
                         sa.func.count().label("seats"),
                         sa.func.sum(sa.case((active, 1), else_=0)).label("active"),
                         sa.func.sum(sa.case((sa.and_(active, st.c.renew.is_(True)), 1),
                                             else_=0)).label("renewing"))
               .group_by(st.c.subscription_id).subquery("counted"))
    # From the decisions alone, each to its seat's subscription (a join let SQLite walk
    # every seat in subscription order instead).
    seat_of = (sa.select(st.c.subscription_id)
               .where(st.c.id == rd.c.seat_id, active, st.c.renew.is_(True))
               .scalar_subquery())
    decided = (sa.select(seat_of.label("subscription_id"))
               .where(rd.c.decision == "do_not_renew", rd.c.applied_at.is_(None))
               .subquery("decided"))
    dropped = (sa.select(decided.c.subscription_id, sa.func.count().label("dropping"))
               .where(decided.c.subscription_id.is_not(None))
               .group_by(decided.c.subscription_id).subquery("dropped"))

    def number(column: Any, name: str) -> Any:
        return sa.func.coalesce(column, 0).label(name)

    stmt = (sa.select(s.c.id, s.c.name, a.c.vendor, s.c.status, s.c.auto_renew, s.c.channel,
                      s.c.currency, s.c.price_minor, s.c.price_basis, s.c.price_months,
                      s.c.plan_months, s.c.period_start, s.c.renewal_date,
                      number(counted.c.seats, "seats"), number(counted.c.active, "active"),
                      number(counted.c.renewing, "renewing"),
                      number(dropped.c.dropping, "dropping"))
            .join(a, a.c.id == s.c.account_id)
            .outerjoin(counted, counted.c.subscription_id == s.c.id)
            .outerjoin(dropped, dropped.c.subscription_id == s.c.id)
            .where(s.c.status.in_(LIVE)).order_by(s.c.name, s.c.id))
    return list(conn.execute(stmt).mappings())


def seat_groups(conn: Connection, by: str) -> list[RowMapping]:
    """Active seats per (subscription, holder or department): their counts.

    ``by`` is "person" or "department". Keys: subscription_id, key (person id or
    department; None: no holder / no department), label (the holder's name and
    e-mail, or the department), active, renewing, dropping.
    """
    dropping = sa.case((sa.and_(st.c.renew.is_(True), rd.c.decision == "do_not_renew",
                                rd.c.applied_at.is_(None)), 1), else_=0)
    counts: list[Any] = [sa.func.count().label("active"),
                         sa.func.sum(sa.case((st.c.renew.is_(True), 1), else_=0))
                         .label("renewing"), sa.func.sum(dropping).label("dropping")]
    joined = (st.outerjoin(p, p.c.id == st.c.person_id)
              .outerjoin(rd, rd.c.seat_id == st.c.id))
    if by == "person":
        stmt = (sa.select(st.c.subscription_id, st.c.person_id.label("key"),
                          sa.func.max(p.c.name).label("label"),
                          sa.func.max(p.c.email).label("email"), *counts)
                .select_from(joined).group_by(st.c.subscription_id, st.c.person_id))
    else:
        department = sa.func.nullif(sa.func.trim(p.c.department), "")
        stmt = (sa.select(st.c.subscription_id, department.label("key"),
                          department.label("label"), sa.null().label("email"), *counts)
                .select_from(joined).group_by(st.c.subscription_id, department))
    stmt = stmt.where(st.c.status == SeatStatus.ACTIVE.value)
    return list(conn.execute(stmt).mappings())
