"""Big SQLite loads: plain executemany, no per-row triggers, indexes built once at the end.

``insert_rows`` sends pre-built tuples through the driver's executemany (inside
the caller's transaction, on its connection); each column's SQLAlchemy bind
processor still converts the values (dates, instants, enums), once per
distinct value, so the stored text is what SQLAlchemy Core would have stored.

``BulkLoad`` is for a write transaction that inserts many seats, devices and
connections into an SQLite roster. On entering it drops the per-row insert
triggers (the FTS5 index, the holder-name copy, the connected-device count);
``before_insert`` drops a table's secondary indexes when the load at least
doubles it. ``finish`` does the triggers' work for every new row with one
statement each, rebuilds the dropped indexes and re-creates the triggers, all
from the SQL stored in sqlite_master, before COMMIT: other connections never
see the roster without them. On an error the transaction rolls back, and the
DDL with it. Small SQLite loads keep their triggers (cheaper than the DDL).

On PostgreSQL ``insert_rows`` is a COPY ... FROM STDIN on the same connection
(so in the same transaction), the ids reserved beforehand by ``reserve_ids``.
``PgBulkLoad`` is the PostgreSQL counterpart of ``BulkLoad`` for a role that owns
the tables: a table the load at least doubles loses its foreign keys and secondary
indexes for the COPY (the server would otherwise check each key and grow each
index row by row: three quarters of a 100k import's server time), and ``finish``
puts them back from the definitions the catalog held, before COMMIT.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import search_bulk
from seatkeeper.store.search_build import SearchBuild

# Per-row insert triggers whose work ``finish`` does for all new rows at once.
TRIGGERS = ("seat_search_ai", "device_search_ai", "seat_holder_ai", "seat_devices_ai")
CACHE_KIB = 256 * 1024  # page cache during the load: the indexes being built fit in it
# FTS5 keeps new terms in a hash and writes a segment each time it holds 1 MiB
# (the default 'hashsize'); segments are then merged, level by level, again and
# again. With a bigger hash a load writes a few big segments: at 200,000 seats
# the index is built in about half the time and answers as fast. The setting
# is the index's own (stored in its _config table), so it is put back after.
FTS_HASH_BYTES = 128 * 1024 * 1024
FTS_DEFAULT_HASH_BYTES = 1024 * 1024
# Each search index with its insert trigger and the table it indexes.
SEARCH_INDEXES = {"seat_search": ("seat_search_ai", "seats"),
                  "device_search": ("device_search_ai", "devices")}


def insert_rows(conn: Connection, table: sa.Table, columns: Sequence[str],
                rows: Iterable[Sequence[Any]], *, ids: Sequence[int] | None = None) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order): one driver executemany, or one COPY.

    ``ids``, if given, go to the ``id`` column, in the rows' order.
    """
    # Column by column: the conversions below then run in C, not per row in Python.
    values: list[Sequence[Any]] = list(zip(*rows, strict=True))
    if not values:
        return
    if ids is not None:
        columns, values = ["id", *columns], [ids, *values]
    dialect = conn.dialect
    for index, name in enumerate(columns):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:  # once per distinct value: a load repeats dates and flags
            known = {value: process(value) for value in set(values[index])}
            values[index] = tuple(map(known.__getitem__, values[index]))
    names = ", ".join(columns)
    if dialect.name == "postgresql":
        types = _binary_types(conn, table.name, columns, values)
        _copy(conn, f"COPY {table.name} ({names}) FROM STDIN"
              + (" (FORMAT binary)" if types is not None else ""),
              zip(*values, strict=True), types)
        return
    marks = ", ".join("?" * len(columns))
    # exec_driver_sql hands the list to cursor.executemany untouched by the Core
    # compiler, and still wraps driver errors so the store can translate them.
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})",
                         list(zip(*values, strict=True)))


def reserve_ids(conn: Connection, table: sa.Table, count: int, *, block: bool = False
                ) -> list[int]:
    """``count`` new ids from ``table``'s id sequence (PostgreSQL), in one round trip.

    nextval hands each out once whatever other sessions do, so the rows can go in
    by COPY with their ids, and no RETURNING has to bring them back. The table is
    locked ROW EXCLUSIVE first (as the insert would lock it anyway): while a
    ``PgBulkLoad`` holds it, no other session of the app can take ids from its sequence.
    ``block`` (the caller holds the table ACCESS EXCLUSIVE, ``PgBulkLoad.holds``):
    the ids are one run taken with a single setval, where the sequence steps by
    one and caches none, instead of one nextval each (0.1 s a 100,000 ids on the
    server, as much again to bring the array back).
    """
    if count <= 0:
        return []
    conn.exec_driver_sql(f"LOCK TABLE {table.name} IN ROW EXCLUSIVE MODE")
    if block:
        last = conn.exec_driver_sql(
            "SELECT setval(seq.id, nextval(seq.id) + %(count)s - 1) "
            "FROM (SELECT pg_get_serial_sequence(%(table)s, 'id')::regclass AS id) AS seq "
            "JOIN pg_sequence ON seqrelid = seq.id WHERE seqincrement = 1 AND seqcache = 1",
            {"table": table.name, "count": count}).scalar()
        if last is not None:
            return list(range(int(last) - count + 1, int(last) + 1))
    ids = conn.exec_driver_sql(  # one array: no row of the result per id
        "SELECT array_agg(nextval(seq.id)) FROM generate_series(1, %(count)s), "
        "(SELECT pg_get_serial_sequence(%(table)s, 'id')::regclass AS id) AS seq",
        {"table": table.name, "count": count}).scalar_one()
    return [int(i) for i in ids]


# The server's type (pg_type oid) -> the Python types a binary COPY may send it: psycopg
# writes these in the server's own binary form, which the server reads without parsing
# text. A column holding anything else (a bool in an int column, an aware datetime, a
# Decimal) makes the whole COPY text, where the server parses whatever it gets.
_BINARY_SAFE: dict[int, tuple[type, ...]] = {
    16: (bool,), 20: (int,), 21: (int,), 23: (int,),  # bool, int8, int2, int4
    25: (str,), 1043: (str,), 701: (float,),  # text, varchar, float8
    1082: (date,), 1114: (datetime,),  # date, timestamp (naive datetimes only, below)
}


def _binary_types(conn: Connection, table: str, columns: Sequence[str],
                  values: Sequence[Sequence[Any]]) -> list[int] | None:
    """The columns' type oids if every value can go by binary COPY; None: text COPY.

    Binary: the client formats a 100,000-seat COPY in a third of the time, and the
    server reads it without parsing (0.2 s against 0.7 s into a bare table).
    """
    oids: dict[str, int] = dict(conn.exec_driver_sql(
        "SELECT attname, atttypid::int FROM pg_attribute WHERE attrelid = %(t)s::regclass "
        "AND attnum > 0 AND NOT attisdropped", {"t": table}).all())
    types: list[int] = []
    for name, column in zip(columns, values, strict=True):
        oid = oids.get(name)
        allowed = _BINARY_SAFE.get(oid) if oid is not None else None
        if oid is None or allowed is None:
            return None
        kinds = set(map(type, column)) - {type(None)}  # exact types: bool is not an int
        if not kinds <= set(allowed):
            return None
        if datetime in kinds and any(v.tzinfo is not None for v in set(column) if v):
            return None  # an aware one into a timestamp column: the server's text rules
        types.append(oid)
    return types


def _copy(conn: Connection, statement: str, rows: Iterable[Sequence[Any]],
          types: list[int] | None = None) -> None:
    """COPY ``rows`` in on the connection's own psycopg connection: its transaction.

    ``types``: the columns' oids, for a binary COPY (``statement`` says FORMAT binary).
    """
    raw = conn.connection.driver_connection
    assert raw is not None
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            if types is not None:
                copy.set_types(types)
            write = copy.write_row
            for row in rows:
                write(row)
    except conn.dialect.loaded_dbapi.Error as error:  # as Core would raise it: the store
        raise sa.exc.DBAPIError.instance(  # translates SQLAlchemy errors, not driver ones
            statement, None, error, conn.dialect.loaded_dbapi.Error) from error


# PostgreSQL row triggers (i7_scale, i7_holder_sort) whose work a big load does itself.
PG_HOLDER_TRIGGER = ("seats", "seat_holder_name")
PG_COUNT_TRIGGER = ("device_connections", "seat_devices_count")


def owns_tables(conn: Connection) -> bool:
    """Whether this PostgreSQL role may switch the roster's triggers (it owns the tables)."""
    return bool(conn.exec_driver_sql(
        "SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
        "WHERE oid = 'seats'::regclass").scalar())


@contextmanager
def pg_trigger_off(conn: Connection, trigger: tuple[str, str], enabled: bool = True
                   ) -> Iterator[bool]:
    """The row trigger off for the inserts inside, in this transaction only; yields whether.

    ALTER TABLE ... DISABLE TRIGGER takes a SHARE ROW EXCLUSIVE lock: readers go on,
    other writers of the table wait for this transaction (as they would for its rows).
    It is switched back on before the caller goes on, and a rollback undoes it anyway,
    so no other session ever sees the table without it. ``enabled`` False: leave it be.
    """
    if not enabled:
        yield False
        return
    table, name = trigger
    conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {name}")
    yield True
    conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {name}")


class PgBulkLoad:
    """One big load into a PostgreSQL roster whose tables this role owns, in its transaction.

    ``before_insert`` (called before a table's ids are reserved and its rows COPYed)
    drops the table's foreign keys and its secondary indexes (not the primary key,
    not the indexes behind unique constraints, which keep refusing duplicates) when
    the load at least doubles it; ``finish`` creates the indexes once and adds the
    foreign keys back, each validated by one query instead of one per row, from the
    statements ``pg_get_indexdef`` and ``pg_get_constraintdef`` gave, so they come
    back exactly as they were (names, ON DELETE, NOT VALID, DEFERRABLE, operator
    classes, partial predicates). At 100,000 seats the COPYs then take 2.1 s instead
    of about 9 s, and putting everything back 2.4-2.9 s, of which the three trigram
    indexes take half.

    The price is a lock. DROP CONSTRAINT and DROP INDEX take ACCESS EXCLUSIVE on the
    table and, for a foreign key, on the table it references (a seat's: people and
    subscriptions); ADD CONSTRAINT keeps SHARE ROW EXCLUSIVE. Another session's
    reads of those tables wait from the drop until this transaction ends (a second
    or two at 100k, 10 s or more at 1M); they never see the tables without their
    keys or indexes. The lock is taken first, explicitly, before the definitions are
    read. A rollback (an error, a cancel) undoes the drops with everything else, so
    no ``finish`` is needed then. A table the load does not double keeps both: the
    DDL would cost more than the per-row checks it saves, and the lock would be
    taken on a big roster for a small import.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._sql = conn.exec_driver_sql
        self.decided: set[str] = set()  # tables already looked at (each is loaded once)
        self.locked: set[str] = set()  # tables held ACCESS EXCLUSIVE, keys and indexes off
        self.indexes: list[str] = []  # CREATE INDEX statements, in the catalog's order
        self.constraints: list[str] = []  # ALTER TABLE ... ADD CONSTRAINT statements

    def holds(self, table: str) -> bool:
        return table in self.locked

    def before_insert(self, table: str, rows: int) -> None:
        """Drop ``table``'s foreign keys and secondary indexes if ``rows`` at least double it."""
        if table in self.decided:
            return
        self.decided.add(table)
        if rows < search_bulk.BULK_ROWS:
            return
        existing = int(self._sql(  # counted no further than the answer needs
            f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT %(n)s) AS x",
            {"n": rows + 1}).scalar_one())
        if existing > rows or not self._owns_all(table):
            return
        self._sql(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        keys = self._sql(
            "SELECT format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname), "
            "format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', conrelid::regclass, conname, "
            "pg_get_constraintdef(oid)) FROM pg_constraint "
            "WHERE conrelid = %(t)s::regclass AND contype = 'f' ORDER BY conname",
            {"t": table}).all()
        indexes = self._sql(
            "SELECT format('DROP INDEX %%s', i.indexrelid::regclass), "
            "pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid = %(t)s::regclass AND NOT i.indisprimary AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid "
            "AND c.conrelid = i.indrelid) ORDER BY i.indexrelid::regclass::text",
            {"t": table}).all()
        for drop, add in keys:
            self._sql(drop)
            self.constraints.append(add)
        for drop, create in indexes:
            self._sql(drop)
            self.indexes.append(create)
        self.locked.add(table)

    def _owns_all(self, table: str) -> bool:
        """Whether this role owns ``table`` and every table its foreign keys reference."""
        return bool(self._sql(
            "SELECT bool_and(pg_has_role(current_user, c.relowner, 'USAGE')) FROM pg_class c "
            "WHERE c.oid = %(t)s::regclass OR c.oid IN (SELECT confrelid FROM pg_constraint "
            "WHERE conrelid = %(t)s::regclass AND contype = 'f')", {"t": table}).scalar())

    def finish(self) -> None:
        """The dropped indexes built once, then the foreign keys added (one check each)."""
        if not self.indexes and not self.constraints:
            return
        # More room to sort in, for this transaction only: at 1M seats the (holder_name,
        # id) index took 3.4 s instead of 4.8 s (64 MB, the server's default here); the
        # trigram indexes, 0.7 s at 100k and 6-7 s at 1M, gained nothing measurable.
        self._sql(f"SET LOCAL maintenance_work_mem = '{PG_INDEX_MEMORY}'")
        for create in self.indexes:
            self._sql(create)
        for add in self.constraints:
            self._sql(add)
        self.indexes, self.constraints = [], []


PG_INDEX_MEMORY = "256MB"


@contextmanager
def pg_bulk_load(conn: Connection, enabled: bool) -> Iterator[PgBulkLoad | None]:
    """A ``PgBulkLoad`` where ``enabled`` (PostgreSQL, the role owns the tables), finished
    on a clean exit; None otherwise."""
    if not enabled:
        yield None
        return
    load = PgBulkLoad(conn)
    yield load
    load.finish()


class BulkLoad:
    """One big load into an SQLite roster, inside the caller's write transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._sql = conn.exec_driver_sql
        self.triggers: dict[str, str] = {}
        self.indexes: dict[str, str] = {}
        self.seat_max = self._max("seats")
        self.device_max = self._max("devices")
        self.connected: list[int] = []  # devices whose connection this load inserted
        self.holder_names_written = False  # the new seats came with their holder_name
        self.search: SearchBuild | None = None  # a first import's indexes, built aside

    def _max(self, table: str) -> int:
        return int(self._sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one())

    def _stored(self, kind: str, names: Iterable[str]) -> dict[str, str]:
        wanted = list(names)
        marks = ", ".join("?" * len(wanted))
        return dict(self._sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = ? AND name IN ({marks}) "
            "AND sql IS NOT NULL ORDER BY name", (kind, *wanted)).all())

    def start(self) -> None:
        self.triggers = self._stored("trigger", TRIGGERS)
        for name in self.triggers:
            self._sql(f"DROP TRIGGER {name}")
        # A table with no row and an empty index: its index can be built on another
        # thread from the texts the writer sends (store.search_build), and copied in.
        maxima = {"seats": self.seat_max, "devices": self.device_max}
        empty = [index for index, (trigger, table) in SEARCH_INDEXES.items()
                 if trigger in self.triggers and maxima[table] == 0
                 and self._sql(f"SELECT NOT EXISTS (SELECT 1 FROM {index}_docsize)").scalar()]
        if empty:
            self.search = SearchBuild(self._stored("table", empty))

    def index_aside(self, index: str, first_id: int, texts: Iterable[str]) -> bool:
        """Send the texts of every new row of ``index``'s table (ids from ``first_id``,
        in order) to be indexed aside; False: the load indexes them itself at the end."""
        if self.search is None or index not in self.search.indexes:
            return False
        self.search.add(index, first_id, texts)
        return True

    def before_insert(self, table: str, rows: int) -> None:
        """Drop ``table``'s secondary indexes if ``rows`` new rows at least double it."""
        if rows < search_bulk.BULK_ROWS:
            return
        existing = int(self._sql(f"SELECT count(*) FROM {table}").scalar_one())
        if existing > rows:
            return
        names = [n for (n,) in self._sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", (table,)).all()]
        for name, sql in self._stored("index", names).items():
            self.indexes[name] = sql
            self._sql(f"DROP INDEX {name}")

    def finish(self) -> None:
        """Every dropped trigger's work for the new rows, then indexes and triggers back."""
        if "seat_holder_ai" in self.triggers and not self.holder_names_written:
            self._sql(f"{search_bulk.HOLDER_FILL} AND id > ?", (self.seat_max,))
        if "seat_devices_ai" in self.triggers and self.connected:
            self._count_connections()
        for sql in self.indexes.values():
            self._sql(sql)
        aside = self.search.sent if self.search is not None and self.search.wait() else set()
        if "seat_search_ai" in self.triggers and "seat_search" not in aside:
            with self._big_hash("seat_search"):
                self._sql(f"INSERT INTO seat_search(rowid, text) {search_bulk.SEAT_TEXT} "
                          "WHERE s.id > ?", (self.seat_max,))
        if "device_search_ai" in self.triggers and "device_search" not in aside:
            with self._big_hash("device_search"):
                self._sql(f"INSERT INTO device_search(rowid, text) {search_bulk.DEVICE_TEXT} "
                          "WHERE d.id > ?", (self.device_max,))
        for index in sorted(aside):
            assert self.search is not None
            self.search.copy_into(self.conn, index)
        for sql in self.triggers.values():
            self._sql(sql)

    @contextmanager
    def _big_hash(self, index: str) -> Iterator[None]:
        before = self._sql(f"SELECT v FROM {index}_config WHERE k = 'hashsize'").scalar()
        command = f"INSERT INTO {index}({index}, rank) VALUES ('hashsize', ?)"
        self._sql(command, (FTS_HASH_BYTES,))
        yield
        self._sql(command, (FTS_DEFAULT_HASH_BYTES if before is None else int(before),))
        if before is None:  # as it was: no row, the default
            self._sql(f"DELETE FROM {index}_config WHERE k = 'hashsize'")

    def _count_connections(self) -> None:
        # seat_devices_ai adds one per inserted connection; deletes kept their trigger.
        self._sql("CREATE TEMP TABLE IF NOT EXISTS bulk_connected "
                  "(device_id INTEGER PRIMARY KEY)")
        self._sql("DELETE FROM temp.bulk_connected")
        self.conn.exec_driver_sql("INSERT INTO temp.bulk_connected VALUES (?)",
                                  [(d,) for d in self.connected])
        self._sql("""UPDATE seats SET devices_connected = devices_connected + added.n
            FROM (SELECT dc.seat_id, count(*) AS n FROM device_connections dc
                  JOIN temp.bulk_connected b ON b.device_id = dc.device_id
                  GROUP BY dc.seat_id) AS added
            WHERE seats.id = added.seat_id""")
        self._sql("DELETE FROM temp.bulk_connected")


@contextmanager
def bulk_load(conn: Connection, rows: int) -> Iterator[BulkLoad | None]:
    """A ``BulkLoad`` for a big SQLite load (None otherwise), finished on a clean exit."""
    if conn.dialect.name != "sqlite" or rows < search_bulk.BULK_ROWS:
        yield None
        return
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    load: BulkLoad | None = None
    try:
        load = BulkLoad(conn)
        load.start()
        yield load
        load.finish()
    finally:
        if load is not None and load.search is not None:
            load.search.close()
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
