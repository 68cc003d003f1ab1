"""The measurements that need no window: import, export, and the SQL baselines."""

from __future__ import annotations

import csv
import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite as sqlite_dialect

from seatkeeper.services import exporting
from seatkeeper.services.importing import apply, guess_mapping, preview, read_file
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.store import seats
from seatkeeper.store.open import open_store
from seatkeeper.store.paging import FILTER_COUNT_CAP, TableQuery


def _clock() -> datetime:
    return datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def import_once(csv_path: Path, db: Path) -> float:
    """CSV file -> roster with our importer; rows per second (the empty roster is made first)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = open_store(str(db))
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


def import_baseline_once(csv_path: Path, db: Path) -> float:
    """The same rows, csv.reader into a bare table with one executemany; rows per second."""
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


def export_once(db: Path, out: Path) -> float:
    store = open_store(str(db))
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


def export_baseline_once(db: Path, out: Path) -> float:
    """The same rows straight from sqlite3 into csv.writer, unformatted; rows per second."""
    conn = sqlite3.connect(db)
    try:
        started = time.perf_counter()
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            cursor = conn.execute(EXPORT_BASELINE_SQL)
            rows = 0
            while batch := cursor.fetchmany(5000):
                writer.writerows(batch)
                rows += len(batch)
        return rows / (time.perf_counter() - started)
    finally:
        conn.close()


def _plain(stmt: Any) -> tuple[str, list[Any]]:
    compiled = stmt.compile(dialect=sqlite_dialect.dialect())
    params = compiled.construct_params()
    return str(compiled), [params[name] for name in compiled.positiontup]


def _licence_statements(query: TableQuery) -> list[tuple[str, list[Any]]]:
    """The statements the Licences screen waits on before it paints: the count (capped at
    the screen's cap when filtered; the exact count follows in the background) and the
    page, as plain SQL."""
    at_most = FILTER_COUNT_CAP if query.filter_text else None
    return [_plain(seats.licence_count_statement("sqlite", query.filter_text, at_most)),
            _plain(seats.licence_page_statement("sqlite", query))]


def sql_seconds(db: Path, query: TableQuery, *, with_count: bool = True, reps: int = 3
                ) -> float:
    """Median seconds for the same statements in plain sqlite3 (the baseline)."""
    statements = _licence_statements(query)
    if not with_count:
        statements = statements[1:]
    conn = sqlite3.connect(db)
    try:
        times = []
        for _ in range(reps):
            started = time.perf_counter()
            for sql, params in statements:
                conn.execute(sql, params).fetchall()
            times.append(time.perf_counter() - started)
        return statistics.median(times)
    finally:
        conn.close()
