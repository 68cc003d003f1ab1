"""Subscriptions and their vendor accounts: listings, pickers, creation, versioned changes.

A subscription is loaded with its account's vendor and owner by
``records.load_subscription``; every function takes the caller's connection,
so a service decides what one transaction holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import SubscriptionKind
from seatkeeper.store import tables as t
from seatkeeper.store.records import insert, update_versioned


def overview(conn: Connection) -> list[RowMapping]:
    """Every subscription with its vendor, owner, seat count and assigned seats, by name."""
    s, a = t.subscriptions, t.vendor_accounts
    seat_count = sa.select(sa.func.count()).where(t.seats.c.subscription_id == s.c.id)
    assigned = seat_count.where(t.seats.c.person_id.is_not(None))
    return list(conn.execute(
        sa.select(s, a.c.vendor, a.c.owner_email,
                  seat_count.scalar_subquery().label("seat_count"),
                  assigned.scalar_subquery().label("assigned"))
        .join(a, a.c.id == s.c.account_id)
        .order_by(s.c.name, s.c.id)).mappings())


def volume_choices(conn: Connection) -> list[Sequence[Any]]:
    """Volume subscriptions by name: id, name, vendor, status, seats, renewal date, currency,
    then the price columns (store.prices) and the seat limit."""
    s = t.subscriptions
    seats = sa.select(sa.func.count()).where(t.seats.c.subscription_id == s.c.id)
    return list(conn.execute(
        sa.select(s.c.id, s.c.name, t.vendor_accounts.c.vendor, s.c.status,
                  seats.scalar_subquery(), s.c.renewal_date, s.c.currency, s.c.price_minor,
                  s.c.price_basis, s.c.price_months, s.c.seat_limit)
        .join(t.vendor_accounts, t.vendor_accounts.c.id == s.c.account_id)
        .where(s.c.kind == SubscriptionKind.VOLUME.value).order_by(s.c.name, s.c.id)).all())


def account_of(conn: Connection, subscription_id: int) -> int:
    return int(conn.execute(sa.select(t.subscriptions.c.account_id).where(
        t.subscriptions.c.id == subscription_id)).scalar_one())


def create(conn: Connection, **values: Any) -> int:
    return insert(conn, t.subscriptions, **values)


def update(conn: Connection, subscription_id: int, version: int, **values: Any) -> None:
    """Change one subscription, bumping its version (a lost race is a ConflictError)."""
    update_versioned(conn, t.subscriptions, subscription_id, version, **values)


def update_at_version(conn: Connection, subscription_id: int, version: int,
                      **values: Any) -> bool:
    """Change the subscription if it is still at ``version``; False if it is not."""
    s = t.subscriptions
    done = conn.execute(s.update().where(s.c.id == subscription_id, s.c.version == version)
                        .values(version=version + 1, **values))
    return done.rowcount == 1


# --- vendor accounts ----------------------------------------------------------

def accounts(conn: Connection) -> list[Sequence[Any]]:
    """Every vendor account: id, vendor, owner e-mail; by vendor."""
    a = t.vendor_accounts
    return list(conn.execute(
        sa.select(a.c.id, a.c.vendor, a.c.owner_email).order_by(a.c.vendor, a.c.id)).all())


def load_account(conn: Connection, account_id: int) -> RowMapping | None:
    return conn.execute(sa.select(t.vendor_accounts).where(
        t.vendor_accounts.c.id == account_id)).mappings().one_or_none()
