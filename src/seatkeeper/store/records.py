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


def highest_licence_number(conn: Connection) -> int:
    """The highest n of the roster's L-nnnn seat ids (0 with none).

    The longest such ids first, then the greatest of those (text order is number
    order at one width); done on a purchase, never for a page.
    """
    s = t.seats.c.licence_id
    numbered = s.like("L-%")
    for width_row in conn.execute(
            sa.select(sa.func.length(s).label("w")).where(numbered).distinct()
            .order_by(sa.desc("w"))):
        candidates = conn.execute(sa.select(s).where(numbered, sa.func.length(s) == width_row.w)
                                  .order_by(s.desc())).scalars()
        for licence in candidates:
            match = _LICENCE.match(licence)
            if match:
                return int(match.group(1))
    return 0


def add_seat_rows(conn: Connection, subscription_id: int, count: int,
                  now: datetime) -> list[tuple[int, str]]:
    """``count`` new active seats, numbered after the highest L-nnnn in the whole roster.

    So a seat id names one seat wherever the admin sees it (issue 16): a second
    volume subscription's seats go on from the first's, never start at L-0001 again.
    """
    first = highest_licence_number(conn) + 1
    made: list[tuple[int, str]] = []
    for number in range(first, first + count):
        licence = f"L-{number:04d}"
        seat_id = insert(conn, t.seats, subscription_id=subscription_id, licence_id=licence,
                         person_id=None, renew=True, status=SeatStatus.ACTIVE, created_at=now,
                         version=1)
        made.append((seat_id, licence))
    return made

