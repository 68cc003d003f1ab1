"""What the big tables share: sort keys as ORDER BY, filtered counts, the roster's totals.

Every page is ``ORDER BY <column>, id LIMIT n OFFSET k`` so paging is stable;
nothing here loads more rows than the caller asked for. The tables' own
statements live with their aggregate (``store.seats`` for Licences,
``store.devices`` for Devices).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.enums import DeliveryStatus
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.search import search_hits


def order(columns: dict[str, ColumnElement[Any]], query: TableQuery,
          id_column: ColumnElement[int], default: str,
          ties: dict[str, list[ColumnElement[Any]]] | None = None
          ) -> list[ColumnElement[Any]]:
    """ORDER BY for ``query``'s sort key: the key, its ties, then the id (stable pages)."""
    key = query.sort_key or default
    column = columns.get(key)
    if column is None:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    keys = [column, *(ties or {}).get(key, []), id_column]
    return [k.desc() if query.descending else k.asc() for k in keys]


def count(dialect: str, table: sa.Table, source: sa.FromClause, fts_table: str,
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


@dataclass(frozen=True)
class Totals:
    """How many of each the roster holds."""

    subscriptions: int
    seats: int
    assigned: int
    devices: int
    pending_deliveries: int


def totals(conn: Connection) -> Totals:
    def rows(stmt: sa.Select[Any]) -> int:
        return int(conn.execute(stmt).scalar_one())

    every = sa.select(sa.func.count())
    return Totals(
        subscriptions=rows(every.select_from(t.subscriptions)),
        seats=rows(every.select_from(t.seats)),
        assigned=rows(every.select_from(t.seats).where(t.seats.c.person_id.is_not(None))),
        devices=rows(every.select_from(t.devices)),
        pending_deliveries=rows(every.select_from(t.deliveries).where(
            t.deliveries.c.status == DeliveryStatus.PENDING.value)),
    )
