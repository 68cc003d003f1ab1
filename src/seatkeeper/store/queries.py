"""What the big tables share: sort keys as ORDER BY, filtered counts, the roster's totals.

Every page is ``ORDER BY <column>, id LIMIT n`` so paging is stable; a deep page
seeks to a row already read (``seek``: keyset paging) instead of stepping over
``OFFSET k`` rows. Nothing here loads more rows than the caller asked for. The tables' own
statements live with their aggregate (``store.seats`` for Licences,
``store.devices`` for Devices).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.enums import DeliveryStatus
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.search import search_hits


def sort_keys(columns: dict[str, ColumnElement[Any]], query: TableQuery,
              id_column: ColumnElement[int], default: str,
              ties: dict[str, list[ColumnElement[Any]]] | None = None
              ) -> list[ColumnElement[Any]]:
    """``query``'s sort key, its ties, then the id: a total order."""
    key = query.sort_key or default
    column = columns.get(key)
    if column is None:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    return [column, *(ties or {}).get(key, []), id_column]


def order(columns: dict[str, ColumnElement[Any]], query: TableQuery,
          id_column: ColumnElement[int], default: str,
          ties: dict[str, list[ColumnElement[Any]]] | None = None
          ) -> list[ColumnElement[Any]]:
    """ORDER BY for ``query``'s sort key: the key, its ties, then the id (stable pages)."""
    keys = sort_keys(columns, query, id_column, default, ties)
    return [k.desc() if query.descending else k.asc() for k in keys]


def seek(dialect: str, keys: Sequence[ColumnElement[Any]], values: Sequence[Any],
         descending: bool, nullable: Collection[ColumnElement[Any]] = ()
         ) -> ColumnElement[bool]:
    """Rows after the row whose sort key is ``values``, in the order of ``keys`` (keyset
    paging): ``k1 > v1 OR (k1 = v1 AND k2 > v2) ...``, the same order ORDER BY gives.

    NULLs sort first ascending on SQLite and last on PostgreSQL (and the other way
    descending); a key in ``nullable`` may be NULL and is compared so. A first key
    not NULL adds its range (``k1 >= v1``) where NULLs cannot follow, so the
    index seeks there.
    """
    nulls_first = (dialect == "sqlite") != descending  # in this direction

    def bound(key: ColumnElement[Any], value: Any) -> Any:  # True/False compare too
        return sa.bindparam(None, value, type_=key.type)

    def after(key: ColumnElement[Any], value: Any, may_be_null: bool) -> ColumnElement[bool]:
        if value is None:
            return key.is_not(None) if nulls_first else sa.false()
        beyond = key < bound(key, value) if descending else key > bound(key, value)
        return sa.or_(beyond, key.is_(None)) if may_be_null and not nulls_first else beyond

    def same(key: ColumnElement[Any], value: Any) -> ColumnElement[bool]:
        return key.is_(None) if value is None else key == bound(key, value)

    held = [any(k is n for n in nullable) for k in keys]
    clauses = []
    for i, (key, value) in enumerate(zip(keys, values, strict=True)):
        clauses.append(sa.and_(*[same(k, v) for k, v in zip(keys[:i], values[:i],
                                                            strict=True)],
                               after(key, value, held[i])))
    chain = sa.or_(*clauses)
    first, value = keys[0], values[0]
    if value is not None and (nulls_first or not held[0]):
        chain = sa.and_(first <= bound(first, value) if descending
                        else first >= bound(first, value), chain)
    return chain


def keyset_values(conn: Connection, source: sa.FromClause, keys: Sequence[ColumnElement[Any]],
                  id_column: ColumnElement[int], row_id: int) -> Sequence[Any] | None:
    """The sort key of the row ``row_id`` (None when it is gone)."""
    row = conn.execute(sa.select(*keys).select_from(source).where(id_column == row_id)).first()
    return None if row is None else tuple(row)


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
