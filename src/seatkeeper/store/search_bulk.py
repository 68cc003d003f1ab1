"""The per-row triggers' work as set-based SQL, for bulk loads (see store.bulk_load).

The 0002 triggers index a seat or device as it is inserted, one FTS5 insert
(with its joins) per row. A large import instead drops the insert triggers
inside its own transaction, inserts, indexes every new row with one
INSERT ... SELECT, and puts the triggers back (from their SQL stored in
sqlite_master) before COMMIT, so other connections never see the roster
without them. The holder-name trigger (i7_holder_sort) is replaced by one
UPDATE the same way. The SELECTs below must stay identical to migrations
0002's and i7_holder_sort's.
"""

from __future__ import annotations

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
# Migration i7_holder_sort's copy of the holder name, set per seat by this trigger.
HOLDER_FILL = """UPDATE seats SET holder_name =
    (SELECT name FROM people WHERE people.id = seats.person_id) WHERE person_id IS NOT NULL"""
HOLDER_TRIGGER = """CREATE TRIGGER seat_holder_ai AFTER INSERT ON seats
    WHEN new.person_id IS NOT NULL BEGIN
        UPDATE seats SET holder_name = (SELECT name FROM people WHERE id = new.person_id)
        WHERE id = new.id; END"""
