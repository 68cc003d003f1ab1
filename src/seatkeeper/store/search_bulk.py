"""Bulk loads and the FTS5 search index: index the new rows in one statement.

The 0002 triggers index a seat or device as it is inserted, one FTS5 insert
(with its joins) per row. A large import instead drops the two insert
triggers inside its own transaction, inserts, indexes every new row with one
INSERT ... SELECT, and puts the triggers back before COMMIT, so other
connections never see the roster without them. The SQL below must stay
identical to migration 0002's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

BULK_ROWS = 5_000  # below this the triggers are cheaper than the DDL

SEAT_TEXT = """
    SELECT s.id, sub.name || ' ' || s.licence_id || ' ' ||
           coalesce(p.name, '') || ' ' || coalesce(p.email, '')
    FROM seats s JOIN subscriptions sub ON sub.id = s.subscription_id
    LEFT JOIN people p ON p.id = s.person_id
"""
DEVICE_TEXT = """
    SELECT d.id, d.name || ' ' || d.platform || ' ' || d.region || ' ' ||
           d.os_version || ' ' || d.app_version
    FROM devices d
"""
SEAT_TRIGGER = f"""CREATE TRIGGER seat_search_ai AFTER INSERT ON seats BEGIN
        INSERT INTO seat_search(rowid, text) {SEAT_TEXT} WHERE s.id = new.id; END"""
DEVICE_TRIGGER = f"""CREATE TRIGGER device_search_ai AFTER INSERT ON devices BEGIN
        INSERT INTO device_search(rowid, text) {DEVICE_TEXT} WHERE d.id = new.id; END"""


def _has_index(conn: Connection) -> bool:
    return int(conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
        "AND name IN ('seat_search_ai', 'device_search_ai')").scalar_one()) == 2


@contextmanager
def bulk_insert(conn: Connection, rows: int) -> Iterator[None]:
    """Inside a write transaction: index new seats and devices in one go at the end.

    New rows are the ones whose id is above the largest id before the load
    (ids only grow: the importer hands them out after max(id)).
    """
    if conn.dialect.name != "sqlite" or rows < BULK_ROWS or not _has_index(conn):
        yield
        return
    seat_max = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM seats").scalar_one()
    device_max = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM devices").scalar_one()
    conn.exec_driver_sql("DROP TRIGGER seat_search_ai")
    conn.exec_driver_sql("DROP TRIGGER device_search_ai")
    yield
    conn.exec_driver_sql(f"INSERT INTO seat_search(rowid, text) {SEAT_TEXT} WHERE s.id > ?",
                         (seat_max,))
    conn.exec_driver_sql(f"INSERT INTO device_search(rowid, text) {DEVICE_TEXT} "
                         "WHERE d.id > ?", (device_max,))
    conn.exec_driver_sql(SEAT_TRIGGER)
    conn.exec_driver_sql(DEVICE_TRIGGER)
