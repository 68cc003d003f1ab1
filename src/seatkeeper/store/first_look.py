"""The Licences table's count and first page, read from an SQLite roster with plain sqlite3.

Opening a roster through the store means importing SQLAlchemy (about 0.2 s)
and the services on top of it; a window that waited for that before showing
any seat would take several times as long as a bare Qt window to appear. So
the window asks for this first look on one worker while the other opens the
store, and shows the real first page as soon as it is read.

It answers only what the store would answer: the same count and the same
rows in the same order as ``seats.count_licences`` and ``seats.licence_page``
for the default sort. Both build their SQL from ``store.licence_row``, the
row's one declaration, and a test holds the two answers to each other.
Anything unusual (no file, not a roster, a schema that is not this
Seatkeeper's head, a lock) answers None, and the window waits for the store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from seatkeeper.store.licence_row import LABELS, plain_first_page_sql
from seatkeeper.store.schema_head import shipped_head

# Built from the one declaration of the Licences row that store.seats builds from too.
_PAGE_SQL = plain_first_page_sql()


@dataclass(frozen=True)
class FirstLook:
    """The seat count and the first rows, as mappings keyed like ``seats.licence_select``."""

    count: int
    rows: list[dict[str, Any]]


def read_first_look(path: Path, limit: int) -> FirstLook | None:
    """The count and first ``limit`` rows of the roster file at ``path``, or None."""
    if not path.is_file():
        return None
    head = shipped_head()
    if head is None:
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for the count and the page
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if versions != [(head,)]:
            return None
        count = int(conn.execute("SELECT count(*) FROM seats").fetchone()[0])
        rows = [dict(zip(LABELS, values, strict=True))
                for values in conn.execute(_PAGE_SQL, (limit,))]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return FirstLook(count, rows)
