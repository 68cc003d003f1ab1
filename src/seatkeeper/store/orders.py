"""Orders: volume purchase requests (VL-4), completed purchases and added seats.

Of a card only the brand and last four digits are ever stored. Every
function takes the caller's connection, so a service decides what one
transaction holds.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import BillingChannel, SubscriptionKind, SubscriptionStatus
from seatkeeper.store import tables as t
from seatkeeper.store.records import insert


def create(conn: Connection, **values: Any) -> int:
    return insert(conn, t.orders, **values)


def update(conn: Connection, order_id: int, **values: Any) -> None:
    conn.execute(t.orders.update().where(t.orders.c.id == order_id).values(**values))


def load(conn: Connection, order_id: int) -> RowMapping:
    return conn.execute(sa.select(t.orders).where(t.orders.c.id == order_id)).mappings().one()


def with_owner(conn: Connection, order_id: int) -> RowMapping | None:
    """The order with its account's owner e-mail (VL-18), or None."""
    return conn.execute(
        sa.select(t.orders, t.vendor_accounts.c.owner_email)
        .join(t.vendor_accounts, t.vendor_accounts.c.id == t.orders.c.account_id)
        .where(t.orders.c.id == order_id)).mappings().one_or_none()


def card_on_file(conn: Connection, subscription_id: int) -> tuple[str | None, str | None]:
    """Brand and last four of the card the subscription's last order was paid with."""
    on_file = conn.execute(
        sa.select(t.orders.c.card_brand, t.orders.c.card_last4).where(
            t.orders.c.subscription_id == subscription_id, t.orders.c.card_last4.is_not(None))
        .order_by(t.orders.c.id.desc()).limit(1)).first()
    return (on_file[0], on_file[1]) if on_file else (None, None)


def running_individual(conn: Connection, account_id: int, currency: str, on: date
                       ) -> RowMapping | None:
    """The account's latest-renewing individual website plan in ``currency`` running ``on``.

    VL-6: the plan whose unused part a volume purchase credits.
    """
    s = t.subscriptions
    return conn.execute(
        sa.select(s).where(
            s.c.account_id == account_id, s.c.kind == SubscriptionKind.INDIVIDUAL.value,
            s.c.channel == BillingChannel.WEBSITE.value,
            s.c.status == SubscriptionStatus.ACTIVE.value, s.c.currency == currency,
            s.c.period_start <= on, s.c.renewal_date > on)
        .order_by(s.c.renewal_date.desc(), s.c.id.desc()).limit(1)).mappings().one_or_none()
