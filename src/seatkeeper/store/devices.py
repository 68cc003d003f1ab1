"""Devices: the Devices table's count and pages, a device's row, its seat connection (VL-19).

Every function takes the caller's connection, so a service decides what one
transaction holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.enums import DeliveryStatus
from seatkeeper.domain.errors import NotFound
from seatkeeper.domain.messages import message
from seatkeeper.store import queries
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.records import insert
from seatkeeper.store.search import text_filter

DEVICE_GONE = message("device.gone", "That device is no longer in the roster.")

pending_delivery = (
    sa.select(sa.literal(1))
    .where(t.deliveries.c.device_id == t.devices.c.id)
    .where(t.deliveries.c.status == DeliveryStatus.PENDING.value)
    .exists()
)

DEVICE_COLUMNS: dict[str, ColumnElement[Any]] = {
    "name": t.devices.c.name,
    "platform": t.devices.c.platform,
    "os_version": t.devices.c.os_version,
    "app_version": t.devices.c.app_version,
    "region": t.devices.c.region,
    "connected": t.devices.c.account_connected,
    "in_use": t.subscriptions.c.name,
    "pending": pending_delivery,
}


def _device_from() -> sa.FromClause:
    return (
        t.devices.outerjoin(t.device_connections,
                            t.device_connections.c.device_id == t.devices.c.id)
        .outerjoin(t.seats, t.seats.c.id == t.device_connections.c.seat_id)
        .outerjoin(t.subscriptions, t.subscriptions.c.id == t.seats.c.subscription_id)
    )


def _device_where(conn: Connection, text: str) -> ColumnElement[bool] | None:
    return text_filter(conn.dialect.name, text, t.devices.c.id, "device_search",
                       [t.devices.c.name, t.devices.c.platform, t.devices.c.region,
                        t.devices.c.os_version, t.devices.c.app_version])


def count_devices(conn: Connection, filter_text: str, at_most: int | None = None) -> int:
    stmt = queries.count(conn.dialect.name, t.devices, t.devices, "device_search", filter_text,
                         _device_where(conn, filter_text), at_most)
    return int(conn.execute(stmt).scalar_one())


def device_select() -> sa.Select[Any]:
    """The Devices row, unfiltered and unordered."""
    return (
        sa.select(
            t.devices.c.id.label("device_id"),
            t.devices.c.name,
            t.devices.c.platform,
            t.devices.c.os_version,
            t.devices.c.app_version,
            t.devices.c.region,
            t.devices.c.account_connected,
            t.seats.c.id.label("seat_id"),
            t.seats.c.licence_id,
            t.subscriptions.c.id.label("subscription_id"),
            t.subscriptions.c.name.label("subscription"),
            t.subscriptions.c.seat_limit,
            pending_delivery.label("pending_delivery"),
        )
        .select_from(_device_from())
    )


def device_page(conn: Connection, query: TableQuery) -> list[RowMapping]:
    stmt = (
        device_select()
        .order_by(*queries.order(DEVICE_COLUMNS, query, t.devices.c.id, "name"))
        .offset(query.offset)
        .limit(query.limit)
    )
    where = _device_where(conn, query.filter_text)
    if where is not None:
        stmt = stmt.where(where)
    return list(conn.execute(stmt).mappings())


def device_row(conn: Connection, device_id: int) -> RowMapping:
    """The Devices row of one device."""
    row = conn.execute(device_select().where(t.devices.c.id == device_id)).mappings() \
        .one_or_none()
    if row is None:
        raise NotFound(DEVICE_GONE())
    return row


def vendor_of(conn: Connection, device_id: int) -> str:
    return str(conn.execute(
        sa.select(t.vendor_accounts.c.vendor)
        .join(t.devices, t.devices.c.account_id == t.vendor_accounts.c.id)
        .where(t.devices.c.id == device_id)
    ).scalar_one())


def load_device(conn: Connection, device_id: int) -> RowMapping:
    row = conn.execute(sa.select(t.devices).where(t.devices.c.id == device_id)
                       ).mappings().one_or_none()
    if row is None:
        raise NotFound(DEVICE_GONE())
    return row


def of_account(conn: Connection, account_id: int) -> list[Sequence[Any]]:
    """The account's devices by name: id, name, platform, and the seat (id, licence) in use."""
    d, c = t.devices, t.device_connections
    return list(conn.execute(
        sa.select(d.c.id, d.c.name, d.c.platform, c.c.seat_id, t.seats.c.licence_id)
        .outerjoin(c, c.c.device_id == d.c.id)
        .outerjoin(t.seats, t.seats.c.id == c.c.seat_id)
        .where(d.c.account_id == account_id).order_by(d.c.name, d.c.id)).all())


def names_on_seat(conn: Connection, seat_id: int) -> tuple[str, ...]:
    return tuple(conn.execute(
        sa.select(t.devices.c.name)
        .join(t.device_connections, t.device_connections.c.device_id == t.devices.c.id)
        .where(t.device_connections.c.seat_id == seat_id).order_by(t.devices.c.name)).scalars())


# --- connections (VL-19) ------------------------------------------------------

def seat_in_use(conn: Connection, device_id: int) -> int | None:
    """The seat the device is connected to now, if any."""
    seat = conn.execute(sa.select(t.device_connections.c.seat_id).where(
        t.device_connections.c.device_id == device_id)).scalar_one_or_none()
    return None if seat is None else int(seat)


def connect(conn: Connection, device_id: int, seat_id: int, now: datetime) -> None:
    insert(conn, t.device_connections, device_id=device_id, seat_id=seat_id, connected_at=now)


def disconnect(conn: Connection, device_id: int, seat_id: int) -> bool:
    """Remove the connection; False if the device was not connected to that seat."""
    c = t.device_connections
    gone = conn.execute(c.delete().where(c.c.device_id == device_id, c.c.seat_id == seat_id))
    return gone.rowcount == 1


def disconnect_all(conn: Connection, seat_id: int) -> int:
    """Remove every connection of the seat; how many there were."""
    c = t.device_connections
    return int(conn.execute(c.delete().where(c.c.seat_id == seat_id)).rowcount or 0)
