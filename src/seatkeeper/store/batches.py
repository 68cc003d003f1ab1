"""Batched SQL for big writes: look up by keys in IN-chunks, insert and update with executemany.

Nothing here issues a statement per row. Inserts that need the new ids take
them from the sequence in one statement on PostgreSQL and COPY the rows in
(``store.bulk_load.reserve_ids``); on SQLite the write transaction hands the
ids out itself (see ``_insert_with_ids``). Used by the import writer (``store.imports``) and the
JSON roster load (``store.roster_json``), inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store.bulk_load import BulkLoad, PgBulkLoad, insert_rows, reserve_ids

BATCH = 2000
IN_CHUNK = 500
T = TypeVar("T")


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def insert_returning_ids(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]
                         ) -> list[int]:
    """Insert ``rows`` in batches; the new ids in the rows' order."""
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        return _insert_with_ids(conn, table, rows)
    if conn.dialect.name == "postgresql" and len({tuple(r) for r in rows}) == 1:
        columns = tuple(rows[0])
        return insert_tuples(conn, table, columns, [tuple(r.values()) for r in rows], None)
    ids: list[int] = []
    for batch in chunked(rows, BATCH):
        result = conn.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True),
                              list(batch))
        ids.extend(int(i) for i in result.scalars())
    return ids


def _insert_with_ids(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]
                     ) -> list[int]:
    # SQLite cannot order RETURNING over a multi-row VALUES, so SQLAlchemy would send
    # one statement a row. The write transaction (BEGIN IMMEDIATE) holds the only
    # write lock, so the ids after max(id) are ours to hand out: a plain executemany.
    first = int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0)))
                .scalar_one()) + 1
    ids = list(range(first, first + len(rows)))
    for start in range(0, len(rows), BATCH * 10):
        conn.execute(table.insert(), [{**row, "id": i} for row, i in
                                      zip(rows[start:start + BATCH * 10],
                                          ids[start:start + BATCH * 10], strict=True)])
    return ids


def insert_tuples(conn: Connection, table: sa.Table, columns: Sequence[str],
                  rows: list[tuple[Any, ...]], load: BulkLoad | PgBulkLoad | None
                  ) -> list[int]:
    """Insert ``rows`` (tuples in ``columns`` order); the new ids in the rows' order.

    Inside a ``BulkLoad`` (a big SQLite import) they go through the driver's
    executemany with ids handed out after max(id), as ``_insert_with_ids``
    explains; otherwise through ``insert_returning_ids``. On PostgreSQL a
    ``PgBulkLoad`` may first take the table's keys and indexes off (``before_insert``).
    """
    if not rows:
        return []
    if conn.dialect.name == "postgresql":  # ids first, then one COPY: no RETURNING
        if isinstance(load, PgBulkLoad):
            load.before_insert(table.name, len(rows))
        pg_ids = reserve_ids(conn, table, len(rows),
                             block=isinstance(load, PgBulkLoad) and load.holds(table.name))
        insert_rows(conn, table, columns, rows, ids=pg_ids)
        return pg_ids
    if not isinstance(load, BulkLoad):
        return insert_returning_ids(conn, table, [dict(zip(columns, r, strict=True))
                                                  for r in rows])
    load.before_insert(table.name, len(rows))
    first = int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0)))
                .scalar_one()) + 1
    ids = range(first, first + len(rows))
    insert_rows(conn, table, columns, rows, ids=ids)
    return list(ids)


def has_rows(conn: Connection, table: sa.Table) -> bool:
    return conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first() is not None


def update_many(conn: Connection, table: sa.Table, key: str, rows: list[dict[str, Any]],
                *, bump_version: bool = False) -> None:
    """UPDATE table SET <columns of rows> WHERE <key> = row[key], as executemany."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != key]
    values: dict[str, Any] = {c: sa.bindparam(f"p_{c}") for c in columns}
    if bump_version:
        values["version"] = table.c.version + 1
    stmt = table.update().where(table.c[key] == sa.bindparam("p_key")).values(values)
    for batch in chunked(rows, BATCH):
        conn.execute(stmt, [{"p_key": r[key], **{f"p_{c}": r[c] for c in columns}}
                            for r in batch])


def lookup(conn: Connection, columns: Sequence[sa.ColumnElement[Any]],
           where_column: sa.ColumnElement[Any], keys: Sequence[Any]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for chunk in chunked(list(keys), IN_CHUNK):
        rows.extend(tuple(r) for r in
                    conn.execute(sa.select(*columns).where(where_column.in_(chunk))))
    return rows
