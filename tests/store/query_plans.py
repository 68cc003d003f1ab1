"""SQLite's plan for the statement a store query sends (EXPLAIN QUERY PLAN), step by step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from seatkeeper.store.engine import Store


def sqlite_plan(store: Store, read: Callable[[sa.Connection], Any]) -> list[str]:
    """The plan's steps for the last statement ``read(conn)`` sends."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn: object, _cursor: object, statement: str, parameters: Any,
             *_rest: object) -> None:
        sent.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", keep)
    try:
        store.read(read)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", keep)
    statement, parameters = sent[-1]
    with store.engine.connect() as conn:
        return [str(row[-1]) for row in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters)]
