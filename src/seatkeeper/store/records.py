"""Row helpers the store modules share, inside a caller's transaction.

Loading a subscription or seat (NotFound in plain words), the owner check
(VL-18), optimistic-concurrency updates and numbering new seats L-0001...
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, TypeAlias

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import SeatStatus
from seatkeeper.domain.errors import ConflictError, NotFound
from seatkeeper.domain.messages import Message, message
from seatkeeper.domain.volume import check_owner
from seatkeeper.store import tables as t

# A row as the store hands it to a service: read by column name, never changed.
Row: TypeAlias = RowMapping

SUBSCRIPTION_GONE = message("subscription.gone", "That subscription is no longer in the roster.")
SEAT_GONE = message("seat.gone", "That seat is no longer in the roster.")
LOST_RACE = message("record.changed_while_saving", "The record was changed by someone else "
                    "while saving; reload it and try again.")

_LICENCE = re.compile(r"^L-(\d+)$")


def insert(conn: Connection, table: sa.Table, **values: Any) -> int:
    key = conn.execute(table.insert().values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def load_subscription(conn: Connection, subscription_id: int) -> RowMapping:
    """The subscription with its account's vendor and owner e-mail."""
    row = conn.execute(
        sa.select(t.subscriptions, t.vendor_accounts.c.vendor, t.vendor_accounts.c.owner_email)
        .join(t.vendor_accounts, t.vendor_accounts.c.id == t.subscriptions.c.account_id)
        .where(t.subscriptions.c.id == subscription_id)
    ).mappings().one_or_none()
    if row is None:
        raise NotFound(SUBSCRIPTION_GONE())
    return row


def load_seat(conn: Connection, seat_id: int) -> RowMapping:
    row = conn.execute(sa.select(t.seats).where(t.seats.c.id == seat_id)).mappings().one_or_none()
    if row is None:
        raise NotFound(SEAT_GONE())
    return row


def require_owner(owner_email: str, actor_email: str | None) -> None:
    """VL-18: when the caller says who acts, only the owner may change the seats."""
    if actor_email is not None:
        check_owner(actor_email, owner_email)


def check_version(stale: Message, current: int, expected: int | None) -> None:
    """Refuse with ``stale`` an edit based on a stale read (optimistic concurrency)."""
    if expected is not None and expected != current:
        raise ConflictError(stale)


def update_versioned(conn: Connection, table: sa.Table, row_id: int, version: int,
                     **values: Any) -> None:
    """Update one row, bumping ``version``; a lost race is a ConflictError too."""
    result = conn.execute(
        table.update().where(table.c.id == row_id, table.c.version == version)
        .values(version=version + 1, **values))
    if result.rowcount != 1:
        raise ConflictError(LOST_RACE())


def add_seat_rows(conn: Connection, subscription_id: int, count: int,
                  now: datetime) -> list[tuple[int, str]]:
    """``count`` new active seats, numbered after the highest L-nnnn already there."""
    existing = conn.execute(sa.select(t.seats.c.licence_id)
                            .where(t.seats.c.subscription_id == subscription_id)).scalars()
    numbers = [int(m.group(1)) for lid in existing if (m := _LICENCE.match(lid))]
    first = max(numbers, default=0) + 1
    made: list[tuple[int, str]] = []
    for number in range(first, first + count):
        licence = f"L-{number:04d}"
        seat_id = insert(conn, t.seats, subscription_id=subscription_id, licence_id=licence,
                         person_id=None, renew=True, status=SeatStatus.ACTIVE, created_at=now,
                         version=1)
        made.append((seat_id, licence))
    return made

