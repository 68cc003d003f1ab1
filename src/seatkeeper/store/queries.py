"""The SQL behind the big tables: count, sort and page in the database.

Every page is ``ORDER BY <column>, id LIMIT n OFFSET k`` so paging is stable;
nothing here loads more rows than the caller asked for.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.enums import DeliveryStatus
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.search import search_hits, text_filter

seat_devices = t.seats.c.devices_connected  # kept by triggers (migration i7_scale)

LICENCE_COLUMNS: dict[str, ColumnElement[Any]] = {
    "subscription": t.subscriptions.c.name,
    "seat": t.seats.c.licence_id,
    "holder": t.seats.c.holder_name,  # = people.name, indexed (migration i7_holder_sort)
    "email": t.people.c.email,
    "renews": t.seats.c.renew,
    "renewal_date": t.subscriptions.c.renewal_date,
    "devices": seat_devices,
    "status": t.seats.c.status,
}


def _licence_from() -> sa.FromClause:
    return t.seats.join(t.subscriptions, t.subscriptions.c.id == t.seats.c.subscription_id) \
        .outerjoin(t.people, t.people.c.id == t.seats.c.person_id)


# Sort keys whose order an index gives: the subscription's id breaks ties before the
# seat's, so SQLite walks the index and each subscription's seats instead of sorting.
LICENCE_TIES: dict[str, list[ColumnElement[Any]]] = {
    "subscription": [t.subscriptions.c.id],
    "renewal_date": [t.subscriptions.c.id],
}


# What seat_search holds, searched directly on databases without it.
LICENCE_SEARCHED: list[ColumnElement[str]] = [
    t.subscriptions.c.name, t.seats.c.licence_id, t.people.c.name, t.people.c.email]


def _licence_where(dialect: str, text: str) -> ColumnElement[bool] | None:
    return text_filter(dialect, text, t.seats.c.id, "seat_search", LICENCE_SEARCHED)


def _order(columns: dict[str, ColumnElement[Any]], query: TableQuery,
           id_column: ColumnElement[int], default: str,
           ties: dict[str, list[ColumnElement[Any]]] | None = None
           ) -> list[ColumnElement[Any]]:
    key = query.sort_key or default
    column = columns.get(key)
    if column is None:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    keys = [column, *(ties or {}).get(key, []), id_column]
    return [k.desc() if query.descending else k.asc() for k in keys]


def _count(dialect: str, table: sa.Table, source: sa.FromClause, fts_table: str,
           filter_text: str, where: ColumnElement[bool] | None, at_most: int | None
           ) -> sa.Select[int]:
    """Rows of ``table`` matching the filter (``where`` over ``source``, ``table`` and what
    it joins); with ``at_most``, no more than ``at_most + 1``.

    A broad filter over a million rows matches hundreds of thousands of them; counting
    them all costs as much as reading them. Capped, the database stops at the first
    ``at_most + 1`` and the caller knows only that there are more. On SQLite the search
    table has one row per row of ``table``, so its hits are counted without a join (a
    join made SQLite collect every hit before counting, even under a LIMIT).
    """
    if where is None:
        return sa.select(sa.func.count()).select_from(table)
    hits = search_hits(filter_text, fts_table) if dialect == "sqlite" else None
    matching = hits if hits is not None else sa.select(sa.literal(1)).select_from(
        source).where(where)
    if at_most is not None:
        matching = matching.limit(at_most + 1)
    return sa.select(sa.func.count()).select_from(matching.subquery())


def count_licences(conn: Connection, filter_text: str, at_most: int | None = None) -> int:
    stmt = licence_count_statement(conn.dialect.name, filter_text, at_most)
    return int(conn.execute(stmt).scalar_one())


def licence_count_statement(dialect: str, filter_text: str, at_most: int | None = None
                            ) -> sa.Select[int]:
    # Every seat has its subscription (NOT NULL foreign key) and the holder join is
    # outer: the count is the seats', without joining a million rows.
    return _count(dialect, t.seats, _licence_from(), "seat_search", filter_text,
                  _licence_where(dialect, filter_text), at_most)


def licence_select() -> sa.Select[Any]:
    """The Licences row, unfiltered and unordered (pages and detail share it)."""
    return (
        sa.select(
            t.seats.c.id.label("seat_id"),
            t.seats.c.subscription_id,
            t.subscriptions.c.name.label("subscription"),
            t.seats.c.licence_id,
            t.people.c.name.label("holder"),
            t.people.c.email,
            t.seats.c.renew,
            t.seats.c.status.label("seat_status"),
            t.subscriptions.c.renewal_date,
            t.subscriptions.c.status.label("subscription_status"),
            t.subscriptions.c.devices_per_seat,
            seat_devices.label("devices_connected"),
        )
        .select_from(_licence_from())
    )


def licence_page(conn: Connection, query: TableQuery) -> list[RowMapping]:
    return list(conn.execute(licence_page_statement(conn.dialect.name, query)).mappings())


def licence_page_statement(dialect: str, query: TableQuery) -> sa.Select[Any]:
    """One page of seats: its ids are chosen first, then only those rows are joined.

    Ordering a broad filter's hits (60,000 seats for "jetbrains" in a million) joined
    every hit to its holder before sorting; choosing the page's ids needs only the
    sort key (SQLite leaves out the unused holder join) and the rest is read for
    the page alone: 140 ms became 50 ms.
    """
    order = _order(LICENCE_COLUMNS, query, t.seats.c.id, "subscription", LICENCE_TIES)
    ids = (sa.select(t.seats.c.id).select_from(_licence_from())
           .order_by(*order).offset(query.offset).limit(query.limit))
    where = _licence_where(dialect, query.filter_text)
    if where is not None:
        ids = ids.where(where)
    return licence_select().where(t.seats.c.id.in_(ids)).order_by(*order)


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
    stmt = _count(conn.dialect.name, t.devices, t.devices, "device_search", filter_text,
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
        .order_by(*_order(DEVICE_COLUMNS, query, t.devices.c.id, "name"))
        .offset(query.offset)
        .limit(query.limit)
    )
    where = _device_where(conn, query.filter_text)
    if where is not None:
        stmt = stmt.where(where)
    return list(conn.execute(stmt).mappings())


def licence_export_page(conn: Connection, after_seat_id: int, limit: int) -> list[RowMapping]:
    """Seats with id > ``after_seat_id`` in id order: keyset paging, for streamed exports.

    OFFSET paging re-reads every skipped row, which is quadratic over a
    million seats; a keyset page costs the same wherever it starts.
    """
    stmt = (
        licence_select()
        .add_columns(t.subscriptions.c.currency, t.subscriptions.c.unit_monthly_price_minor,
                     t.subscriptions.c.kind, t.subscriptions.c.channel,
                     t.subscriptions.c.external_key.label("subscription_key"))
        .where(t.seats.c.id > after_seat_id)
        .order_by(t.seats.c.id)
        .limit(limit)
    )
    return list(conn.execute(stmt).mappings())
