"""The Licences table's count and first page, read from an SQLite roster with plain sqlite3.

Opening a roster through the store means importing SQLAlchemy (about 0.2 s)
and the services on top of it; a window that waited for that before showing
any seat would take several times as long as a bare Qt window to appear. So
the window asks for this first look on one worker while the other opens the
store, and shows the real first page as soon as it is read.

It answers only what the store would answer: the same count and the same
rows in the same order as ``queries.count_licences`` and
``queries.licence_page`` for the default sort (a test holds the two to each
other). Anything unusual (no file, not a roster, a schema that is not this
Seatkeeper's head, a lock) answers None, and the window waits for the store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from seatkeeper.store.schema_head import shipped_head

# Column names as store.queries.licence_select labels them.
FIRST_LOOK_COLUMNS = ("seat_id", "subscription_id", "subscription", "licence_id", "holder",
                      "email", "renew", "seat_status", "renewal_date", "subscription_status",
                      "devices_per_seat", "devices_connected")

# The default Licences order: subscription name, then the subscription's id, then the
# seat's id (store.queries.LICENCE_TIES), walked on ix_subscriptions_name_id.
_PAGE_SQL = """
SELECT seats.id, seats.subscription_id, subscriptions.name, seats.licence_id, people.name,
       people.email, seats.renew, seats.status, subscriptions.renewal_date,
       subscriptions.status, subscriptions.devices_per_seat, seats.devices_connected
FROM seats
JOIN subscriptions ON subscriptions.id = seats.subscription_id
LEFT OUTER JOIN people ON people.id = seats.person_id
ORDER BY subscriptions.name ASC, subscriptions.id ASC, seats.id ASC
LIMIT ?
"""


@dataclass(frozen=True)
class FirstLook:
    """The seat count and the first rows, as mappings keyed like ``licence_select``."""

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
        rows = [dict(zip(FIRST_LOOK_COLUMNS, values, strict=True))
                for values in conn.execute(_PAGE_SQL, (limit,))]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return FirstLook(count, rows)
