"""Bulk loads and the per-row triggers: index the new rows in one statement.

The 0002 triggers index a seat or device as it is inserted, one FTS5 insert
(with its joins) per row. A large import instead drops the two insert
triggers inside its own transaction, inserts, indexes every new row with one
INSERT ... SELECT, and puts the triggers back before COMMIT, so other
connections never see the roster without them. The holder-name trigger
(i7_holder_sort) is replaced by one UPDATE the same way. The SQL below must
stay identical to migrations 0002's and i7_holder_sort's.
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
# Migration i7_holder_sort's copy of the holder name, set per seat by this trigger.
HOLDER_FILL = """UPDATE seats SET holder_name =
    (SELECT name FROM people WHERE people.id = seats.person_id) WHERE person_id IS NOT NULL"""
HOLDER_TRIGGER = """CREATE TRIGGER seat_holder_ai AFTER INSERT ON seats
    WHEN new.person_id IS NOT NULL BEGIN
        UPDATE seats SET holder_name = (SELECT name FROM people WHERE id = new.person_id)
        WHERE id = new.id; END"""


def _has_trigger(conn: Connection, name: str) -> bool:
    return bool(conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (name,)).scalar_one())


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
    holder_trigger = _has_trigger(conn, "seat_holder_ai")
    if holder_trigger:
        conn.exec_driver_sql("DROP TRIGGER seat_holder_ai")
    yield
    if holder_trigger:  # one UPDATE instead of one a seat
        conn.exec_driver_sql(f"{HOLDER_FILL} AND id > ?", (seat_max,))
        conn.exec_driver_sql(HOLDER_TRIGGER)
    conn.exec_driver_sql(f"INSERT INTO seat_search(rowid, text) {SEAT_TEXT} WHERE s.id > ?",
                         (seat_max,))
    conn.exec_driver_sql(f"INSERT INTO device_search(rowid, text) {DEVICE_TEXT} "
                         "WHERE d.id > ?", (device_max,))
    conn.exec_driver_sql(SEAT_TRIGGER)
    conn.exec_driver_sql(DEVICE_TRIGGER)
