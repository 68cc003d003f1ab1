"""The measurements that need no window: import, export, and the SQL baselines.

Each takes a ``Database`` (benchmarks.databases): the same figure on SQLite and on
PostgreSQL, beside the bare client of each (sqlite3, psycopg).
"""

from __future__ import annotations

import csv
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.databases import SQLITE, Database, compile_statement
from seatkeeper.services import exporting
from seatkeeper.services.importing import apply, guess_mapping, preview, read_file
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.store import seats
from seatkeeper.store.open import open_store
from seatkeeper.store.paging import FILTER_COUNT_CAP, TableQuery


def _clock() -> datetime:
    return datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def import_once(csv_path: Path, db: Database) -> float:
    """CSV file -> roster with our importer; rows per second (the empty roster is made first)."""
    db.reset()
    store = open_store(db.location)
    try:
        started = time.perf_counter()
        source = read_file(csv_path)
        plan = preview(source.rows, guess_mapping(source.headers), ImportContext(_clock().date()),
                       headers=source.headers)
        apply(store, plan, vault=None, clock=_clock, actor="bench")
        elapsed = time.perf_counter() - started
    finally:
        store.dispose()
    if plan.errors:
        raise RuntimeError(f"the generated roster has bad rows: {plan.errors[:3]}")
    return plan.total / elapsed


def import_baseline_once(csv_path: Path, db: Database, scratch: Path) -> float:
    """The same rows into a bare table of text columns; rows per second.

    SQLite: csv.reader into one executemany in a file of its own (``scratch``).
    PostgreSQL: COPY ... FROM STDIN (FORMAT csv) into a table in the throwaway database,
    dropped afterwards.
    """
    if db.kind == SQLITE:
        return _sqlite_import_baseline(csv_path, scratch)
    with csv_path.open(encoding="utf-8") as handle:
        width = len(next(csv.reader(handle)))
    columns = ", ".join(f"c{i} text" for i in range(width))
    started = time.perf_counter()
    with db.bare() as conn:
        conn.execute("DROP TABLE IF EXISTS bench_bare_import")
        conn.execute(f"CREATE TABLE bench_bare_import ({columns})")
        with conn.cursor() as cur, cur.copy(
                "COPY bench_bare_import FROM STDIN WITH (FORMAT csv, HEADER true)") as copy, \
                csv_path.open("rb") as raw:
            while block := raw.read(1 << 20):
                copy.write(block)
        conn.commit()
        rows = conn.execute("SELECT count(*) FROM bench_bare_import").fetchone()[0]
        elapsed = time.perf_counter() - started
        conn.execute("DROP TABLE bench_bare_import")
        conn.commit()
    return float(rows) / elapsed


def _sqlite_import_baseline(csv_path: Path, db: Path) -> float:
    import sqlite3

    db.unlink(missing_ok=True)
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        headers = next(reader)
        conn.execute(f"CREATE TABLE bare({', '.join(f'c{i}' for i in range(len(headers)))})")
        conn.execute("BEGIN")
        cursor = conn.executemany(f"INSERT INTO bare VALUES ({', '.join('?' * len(headers))})",
                                  reader)
        conn.execute("COMMIT")
    rows = conn.execute("SELECT count(*) FROM bare").fetchone()[0]
    elapsed = time.perf_counter() - started
    del cursor
    conn.close()
    db.unlink(missing_ok=True)
    return float(rows) / elapsed


def export_once(db: Database, out: Path) -> float:
    store = open_store(db.location)
    try:
        started = time.perf_counter()
        result = exporting.export_csv(store, out)
        return result.rows / (time.perf_counter() - started)
    finally:
        store.dispose()


# One stored column for each of the export's 14 columns, in its order (the status
# column's is the seat's status; the export also reads the subscription's).
EXPORT_BASELINE_SQL = """
    SELECT sub.name, sub.external_key, sub.kind, sub.channel, s.licence_id, p.name, p.email,
           s.renew, sub.renewal_date, sub.currency, sub.unit_monthly_price_minor,
           s.devices_connected, sub.devices_per_seat, s.status
    FROM seats s JOIN subscriptions sub ON sub.id = s.subscription_id
    LEFT JOIN people p ON p.id = s.person_id ORDER BY s.id
"""


def export_baseline_once(db: Database, out: Path) -> float:
    """The same rows straight from the bare client into csv.writer, unformatted; rows/s.

    On PostgreSQL through a server-side cursor, as the rows are streamed on SQLite.
    """
    with db.bare() as conn:
        started = time.perf_counter()
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            cursor = conn.execute(EXPORT_BASELINE_SQL) if db.kind == SQLITE \
                else conn.cursor(name="bench_export").execute(EXPORT_BASELINE_SQL)
            rows = 0
            while batch := cursor.fetchmany(5000):
                writer.writerows(batch)
                rows += len(batch)
            cursor.close()
        return rows / (time.perf_counter() - started)


def licence_statements(kind: str, query: TableQuery) -> list[tuple[str, Any]]:
    """The statements the Licences screen waits on before it paints: the count (capped at
    the screen's cap when filtered; the exact count follows in the background) and the
    page, as plain SQL for the bare client, compiled from the app's own query functions."""
    at_most = FILTER_COUNT_CAP if query.filter_text else None
    return [compile_statement(seats.licence_count_statement(kind, query.filter_text, at_most),
                              kind),
            compile_statement(seats.licence_page_statement(kind, query), kind)]


def sql_seconds(db: Database, query: TableQuery, *, with_count: bool = True, reps: int = 3
                ) -> float:
    """Median seconds for the same statements in the bare client (the baseline)."""
    statements = licence_statements(db.kind, query)
    if not with_count:
        statements = statements[1:]
    with db.bare() as conn:
        times = []
        for _ in range(reps):
            started = time.perf_counter()
            for sql, params in statements:
                conn.execute(sql, params).fetchall()
            times.append(time.perf_counter() - started)
            if db.kind != SQLITE:
                conn.rollback()  # no transaction left open between repetitions
        return statistics.median(times)
