"""Deliveries: the Deliveries table's filter, sort and page, and a delivery's writes.

The status shown (SD-4) is computed in SQL from ``sent_at`` and the instant
the caller passes in, so "overdue" can be sorted and filtered like any
stored column and a page never loads rows it does not show. Rows come back
as mappings labelled as ``delivery_select`` names them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.delivery import DELIVERY_WINDOW, DeliveryDisplayStatus
from seatkeeper.domain.enums import DeliveryStatus
from seatkeeper.domain.errors import NotFound
from seatkeeper.domain.messages import message
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.records import insert
from seatkeeper.store.search import like_pattern, terms_of

d = t.deliveries
DELIVERY_GONE = message("delivery.gone", "That delivery is no longer in the roster.")


@dataclass(frozen=True)
class DeliveryFilter:
    """Narrowing beside the free text: one status, one device, one subscription."""

    status: DeliveryDisplayStatus | None = None
    device_id: int | None = None
    subscription_id: int | None = None


def shown_status(now: datetime) -> ColumnElement[str]:
    """SD-4 in SQL: pending for more than 24 hours reads ``overdue``."""
    overdue = sa.and_(d.c.status == DeliveryStatus.PENDING.value,
                      d.c.sent_at < now - DELIVERY_WINDOW)
    return sa.case((overdue, sa.literal(DeliveryDisplayStatus.OVERDUE.value)),
                   else_=sa.cast(d.c.status, sa.String))


def _columns(now: datetime) -> dict[str, ColumnElement[Any]]:
    return {
        "subscription": t.subscriptions.c.name,
        "device": t.devices.c.name,
        "email": d.c.email,
        "method": d.c.method,
        "platform": d.c.platform,
        "status": shown_status(now),
        "sent_at": d.c.sent_at,
        "resolved_at": d.c.resolved_at,
    }


def _from() -> sa.FromClause:
    return d.join(t.subscriptions, t.subscriptions.c.id == d.c.subscription_id) \
        .outerjoin(t.devices, t.devices.c.id == d.c.device_id)


def _where(text: str, narrow: DeliveryFilter, now: datetime) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if narrow.status is not None:
        clauses.append(shown_status(now) == narrow.status.value)
    if narrow.device_id is not None:
        clauses.append(d.c.device_id == narrow.device_id)
    if narrow.subscription_id is not None:
        clauses.append(d.c.subscription_id == narrow.subscription_id)
    searched = [t.subscriptions.c.name, t.devices.c.name, d.c.email, d.c.detail]
    # Deliveries are few next to seats, so a LIKE per term is enough (no FTS table).
    for term in terms_of(text):
        pattern = like_pattern(term)
        clauses.append(sa.or_(*[c.ilike(pattern, escape="\\") for c in searched]))
    return clauses


def count_deliveries(conn: Connection, filter_text: str, narrow: DeliveryFilter,
                     now: datetime) -> int:
    stmt = sa.select(sa.func.count()).select_from(_from()) \
        .where(*_where(filter_text, narrow, now))
    return int(conn.execute(stmt).scalar_one())


def delivery_select(now: datetime) -> sa.Select[Any]:
    """The Deliveries row, unfiltered and unordered."""
    return (
        sa.select(
            d.c.id.label("delivery_id"), d.c.subscription_id,
            t.subscriptions.c.name.label("subscription"), d.c.device_id,
            t.devices.c.name.label("device"), d.c.email, d.c.method, d.c.platform,
            d.c.status.label("stored_status"), shown_status(now).label("status"),
            d.c.sent_at, d.c.resolved_at, d.c.detail,
        )
        .select_from(_from())
    )


def delivery_page(conn: Connection, query: TableQuery, narrow: DeliveryFilter,
                  now: datetime) -> list[RowMapping]:
    columns = _columns(now)
    column = columns.get(query.sort_key or "sent_at")
    if column is None:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    order = [column.desc(), d.c.id.desc()] if query.descending \
        else [column.asc(), d.c.id.asc()]
    stmt = (
        delivery_select(now)
        .where(*_where(query.filter_text, narrow, now))
        .order_by(*order)
        .offset(query.offset)
        .limit(query.limit)
    )
    return list(conn.execute(stmt).mappings())


def deliveries_by_id(conn: Connection, ids: Sequence[int], now: datetime
                     ) -> list[RowMapping]:
    """The Deliveries rows of ``ids``, in id order."""
    stmt = delivery_select(now).where(d.c.id.in_(list(ids))).order_by(d.c.id)
    return list(conn.execute(stmt).mappings())


def add_delivery(conn: Connection, **values: Any) -> int:
    """A new delivery row (``subscription_id``, ``method``, ``status``, ``sent_at``...)."""
    return insert(conn, d, **values)


def load_delivery(conn: Connection, delivery_id: int) -> RowMapping:
    """The stored delivery (its own columns), or NotFound."""
    row = conn.execute(sa.select(d).where(d.c.id == delivery_id)).mappings().one_or_none()
    if row is None:
        raise NotFound(DELIVERY_GONE())
    return row


def update_delivery(conn: Connection, delivery_id: int, **values: Any) -> None:
    conn.execute(d.update().where(d.c.id == delivery_id).values(**values))
