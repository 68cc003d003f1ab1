"""The Licences table's count and first page, read with the bare driver: sqlite3 or psycopg.

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

A PostgreSQL roster is read the same way with plain psycopg (which the store
loads anyway): its SQLAlchemy URL is turned into libpq's parameters as
SQLAlchemy's psycopg dialect turns it, without SQLAlchemy; the connection
times out soon, JIT is off as on the store's connections, and the count and
the page come from one REPEATABLE READ snapshot. The URL may hold a password:
no failure here is logged or raised with its text, it only answers None.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from seatkeeper.store.licence_row import LABELS, plain_first_page_sql
from seatkeeper.store.location import POSTGRESQL, PSYCOPG, PlainUrl
from seatkeeper.store.schema_head import shipped_head

log = logging.getLogger(__name__)

# Built from the one declaration of the Licences row that store.seats builds from too.
_PAGE_SQL = plain_first_page_sql()
# PostgreSQL: the page's ids first, as store.seats reads them (see plain_first_page_sql).
_PG_PAGE_SQL = plain_first_page_sql("format", ids_first=True)
_HEAD_SQL = "SELECT version_num FROM alembic_version"
_COUNT_SQL = "SELECT count(*) FROM seats"  # seats.count_licences without a filter: exact

# libpq's connect_timeout is whole seconds, and below 2 means 2. An unreachable server
# then costs the window 2 s before the store tries (and reports) itself.
PG_CONNECT_TIMEOUT_S = 2
# A table locked by a migration elsewhere: the store waits for it, the look does not.
PG_LOCK_TIMEOUT_MS = 500

_PG_DRIVERS = {POSTGRESQL, PSYCOPG}  # what the store connects with psycopg


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
        versions = conn.execute(_HEAD_SQL).fetchall()
        if versions != [(head,)]:
            return None
        count = int(conn.execute(_COUNT_SQL).fetchone()[0])
        rows = [dict(zip(LABELS, values, strict=True))
                for values in conn.execute(_PAGE_SQL, (limit,))]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return FirstLook(count, rows)


def libpq_params(url: str) -> dict[str, str] | None:
    """The libpq connection parameters SQLAlchemy's psycopg dialect makes of ``url``.

    As its ``create_connect_args`` does: user, password, host, port and dbname from
    the URL where given, then every query parameter as it stands (``options``,
    ``sslmode``...). None for what it would treat otherwise: another driver, a
    repeated parameter, several hosts or "host:port" in the query.
    """
    plain = PlainUrl.parse(url)
    if plain is None or plain.drivername not in _PG_DRIVERS:
        return None
    params = {key: str(value) for key, value in (
        ("host", plain.host), ("dbname", plain.database), ("user", plain.username),
        ("password", plain.password), ("port", plain.port)) if value}
    for key, values in plain.query:
        if len(values) != 1:
            return None
        params[key] = values[0]
    host, port = plain.query_value("host"), plain.query_value("port")
    if any(mark in (host or "") for mark in ",:") or "," in (port or ""):
        return None  # several hosts: SQLAlchemy pairs them with their ports its own way
    return params


def read_server_first_look(url: str, limit: int) -> FirstLook | None:
    """The count and first ``limit`` rows of the PostgreSQL roster at ``url``, or None."""
    params = libpq_params(url)
    head = shipped_head()
    if params is None or head is None:
        return None
    try:
        return _read_server(params, head, limit)
    except Exception as error:  # any failure is the store's to report
        # Only the kind: libpq's texts may quote the connection string (a password).
        log.info("no first look at the server roster (%s)", type(error).__name__)
        return None


def _read_server(params: dict[str, str], head: str, limit: int) -> FirstLook | None:
    import psycopg  # the store's driver: loaded here once for both

    params = {**params, "connect_timeout": str(PG_CONNECT_TIMEOUT_S)}
    with psycopg.connect(**params) as conn:  # type: ignore[arg-type]
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        with conn.transaction(), conn.cursor() as cursor:  # one snapshot
            cursor.execute("SET LOCAL jit = off")  # as store.engine sets it
            cursor.execute(f"SET LOCAL lock_timeout = {PG_LOCK_TIMEOUT_MS}")
            cursor.execute(_HEAD_SQL)
            if cursor.fetchall() != [(head,)]:
                return None
            cursor.execute(_COUNT_SQL)
            found = cursor.fetchone()
            count = int(found[0]) if found is not None else 0
            cursor.execute(_PG_PAGE_SQL, (limit,))
            rows = [dict(zip(LABELS, values, strict=True)) for values in cursor]
    return FirstLook(count, rows)
