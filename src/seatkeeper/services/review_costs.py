"""The next renewal's cost, before and after the review's decisions, per currency.

A subscription that renews automatically charges its monthly price x plan
months for every seat that renews (VL-14); one with no seats charges for one
unit. "After" also drops the seats with an unapplied do-not-renew decision
that can be applied (website subscriptions; App Store ones renew until
cancelled in the store, AS-7).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.enums import BillingChannel, SeatStatus, SubscriptionStatus
from seatkeeper.domain.money import Money
from seatkeeper.store import tables as t


@dataclass(frozen=True)
class RenewalCosts:
    before: tuple[Money, ...]  # one amount per currency, sorted by currency
    after: tuple[Money, ...]


def renewal_costs(conn: Connection) -> RenewalCosts:
    s, st, rd = t.subscriptions, t.seats, t.review_decisions
    live_seat = sa.and_(st.c.subscription_id == s.c.id)
    seats = sa.select(sa.func.count()).where(live_seat).scalar_subquery()
    renewing = sa.select(sa.func.count()).where(
        live_seat, st.c.renew.is_(True), st.c.status == SeatStatus.ACTIVE.value
    ).scalar_subquery()
    dropping = (sa.select(sa.func.count()).select_from(st.join(rd, rd.c.seat_id == st.c.id))
                .where(live_seat, st.c.renew.is_(True), st.c.status == SeatStatus.ACTIVE.value,
                       rd.c.decision == "do_not_renew", rd.c.applied_at.is_(None))
                .scalar_subquery())
    stmt = sa.select(s.c.currency, s.c.unit_monthly_price_minor, s.c.plan_months, s.c.channel,
                     seats.label("seats"), renewing.label("renewing"),
                     dropping.label("dropping")).where(
        s.c.auto_renew.is_(True),
        s.c.status.in_([SubscriptionStatus.ACTIVE.value, SubscriptionStatus.PAYMENT_FAILED.value]))
    before: dict[str, Money] = {}
    after: dict[str, Money] = {}
    for r in conn.execute(stmt):
        unit = Money(int(r.unit_monthly_price_minor), r.currency).times(int(r.plan_months))
        units = int(r.renewing) if r.seats else 1
        dropped = 0 if r.channel == BillingChannel.APP_STORE.value else int(r.dropping)
        zero = Money.zero(r.currency)
        before[r.currency] = before.get(r.currency, zero) + unit.times(units)
        after[r.currency] = after.get(r.currency, zero) + unit.times(max(units - dropped, 0))
    return RenewalCosts(tuple(before[c] for c in sorted(before)),
                        tuple(after[c] for c in sorted(after)))
