"""Open a roster: check the file, create the engine, migrate, hand out transactions.

SQLite connections use WAL, ``synchronous=FULL``, foreign keys and a busy
timeout; every write starts with ``BEGIN IMMEDIATE`` (a deferred read that later
writes fails at once with SQLITE_BUSY_SNAPSHOT) and the whole transaction is
retried, a bounded number of times, while another writer holds the lock.
Python's sqlite3 driver sends no BEGIN before DDL, so we emit BEGIN ourselves:
a failed migration then rolls back whole.
"""

from __future__ import annotations

import errno
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from seatkeeper.domain.errors import DiskFull, KnownError, RosterUnreadable, StoreError
from seatkeeper.domain.messages import Message, message
from seatkeeper.store import errors as store_errors
from seatkeeper.store import search_build
from seatkeeper.store.location import RosterLocation

# ``Connection`` is re-exported: it is what every store function takes, and the
# services hand it on from ``Store.read``/``write`` without importing SQLAlchemy.
__all__ = ["BUSY_TIMEOUT_MS", "SQLITE_HEADER", "WRITE_ATTEMPTS", "Connection", "Store",
           "check_sqlite_file", "create_engine_for", "default_roster_path"]

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
WRITE_ATTEMPTS = 6
_BEGIN_OPTION = "seatkeeper_begin"

READ_ONLY = message("store.read_only",
                    "{where} is open read-only for review; nothing can be changed.")
NO_FOLDER = message("store.no_folder", "The folder {folder} does not exist.")
A_FOLDER = message("store.is_folder", "{path} is a folder, not a roster file.")
CANNOT_READ = message("store.cannot_read", "Seatkeeper cannot read {path}: {reason}.")
NOT_SQLITE = message("store.not_sqlite", "{path} is not a Seatkeeper roster (it is not an "
                     "SQLite database). It was left untouched.")
FOLDER_NOT_WRITABLE = message(
    "store.folder_not_writable", "Seatkeeper cannot write in the folder {folder} ({reason}). "
    "Choose a folder you can write to, or open the roster read-only.")
CANNOT_OPEN = message("store.cannot_open",
                      "{path} cannot be opened as a roster. It was left untouched.")
FILE_DAMAGED = message("store.file_damaged", "{path} is damaged (SQLite cannot read it). It was "
                       "left untouched; restore it from a backup.")
NOT_A_ROSTER = message("store.not_a_roster", "{path} is an SQLite database, but not a Seatkeeper "
                       "roster. It was left untouched.")


class Store:
    """A roster's engine and its two kinds of transaction."""

    def __init__(self, engine: Engine, location: RosterLocation, *, read_only: bool = False):
        self.engine = engine
        self.location = location
        self.read_only = read_only
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.findings: list[Message] = []  # what open_store found wrong with the audit log
        self.search_notice: str | None = None  # why PostgreSQL's filter lacks its index

    def read(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in a read transaction (a consistent snapshot)."""
        try:
            with self.engine.connect() as conn, conn.begin():
                return work(conn)
        except KnownError:
            raise
        except sa.exc.SQLAlchemyError as error:
            raise self._known(error) from None

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one write transaction, retried whole while the file is locked."""
        if self.read_only:
            raise StoreError(READ_ONLY(where=self.location.label))
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._write_connection() as conn, conn.begin():
                    return work(conn)
            except KnownError:
                raise
            except sa.exc.SQLAlchemyError as error:
                if store_errors.is_lock_error(error) and attempt + 1 < WRITE_ATTEMPTS:
                    time.sleep(0.05 * 2**attempt)
                    continue
                raise self._known(error) from None
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def _write_connection(self) -> Iterator[Connection]:
        with self.engine.connect() as plain:
            yield plain.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"}) if self.is_sqlite \
                else plain

    def _known(self, error: BaseException) -> BaseException:
        known = store_errors.translate(error, self.location.label)
        return known if known is not None else store_errors.scrub(error)

    def dispose(self) -> None:
        self.engine.dispose()


def create_engine_for(location: RosterLocation, *, read_only: bool = False) -> Engine:
    """The engine with our pragmas and BEGIN handling installed."""
    if location.path is None and location.url.startswith("sqlite"):
        engine = sa.create_engine(location.url, hide_parameters=True,
                                  poolclass=sa.pool.StaticPool,
                                  connect_args={"check_same_thread": False})
    elif location.path is not None:
        url: str | sa.engine.URL = location.url
        connect_args: dict[str, Any] = {"check_same_thread": False,
                                        "timeout": BUSY_TIMEOUT_MS / 1000}
        if read_only:
            # SQLAlchemy 2.1 passes URI parameters to SQLite only with uri=true in the URL;
            # without it "mode=ro" was dropped (with a warning) and the file opened writable.
            # URL.create: a parsed string would unquote the path, and a "#" or "?" in a
            # file name would then end SQLite's URI early.
            url = sa.engine.URL.create("sqlite", database=f"file:{quote(str(location.path))}",
                                       query={"mode": "ro", "uri": "true"})
        engine = sa.create_engine(url, hide_parameters=True, connect_args=connect_args,
                                  pool_size=4, max_overflow=4)
    else:
        engine = sa.create_engine(location.url, hide_parameters=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        _install_sqlite_events(engine, wal=not read_only)
    elif engine.dialect.name == "postgresql":
        _no_jit(engine)
    return engine


def _no_jit(engine: Engine) -> None:
    """PostgreSQL's JIT compiles a query whose estimated cost is high: Review's findings
    (correlated counts per subscription) cost 1.4 s of compiling for 0.06 s of work at 30k
    seats, on every read. Nothing here runs long enough to repay it."""
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: object) -> None:
        with dbapi_conn.cursor() as cursor:
            cursor.execute("SET jit = off")
        dbapi_conn.commit()


def _install_sqlite_events(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # the driver's own BEGIN logic is off; see begin
        cursor = dbapi_conn.cursor()
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_conn: sqlite3.Connection | None, record: Any) -> None:
        search_build.run_on_checkin(record.info, dbapi_conn)  # a bulk load's scratch file

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def check_sqlite_file(path: Path, *, need_write: bool = True) -> None:
    """Refuse, before anything is written, a file we must not touch.

    Reads only: the header, then the schema through a read-only connection.
    """
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(NO_FOLDER(folder=str(folder)))
    if need_write:
        _check_folder_writable(folder)
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise RosterUnreadable(A_FOLDER(path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(CANNOT_READ(path=str(path), reason=str(error.strerror))) from None
    if header != SQLITE_HEADER:
        raise RosterUnreadable(NOT_SQLITE(path=str(path)))
    _check_schema_readable(path)


def _check_folder_writable(folder: Path) -> None:
    # os.access says yes to root even on read-only mounts; a real create answers truly.
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".seatkeeper-probe-"):
            pass
    except OSError as error:
        if _is_full(error):
            raise _disk_full(folder) from None
        reason = error.strerror or "permission denied"
        raise StoreError(FOLDER_NOT_WRITABLE(folder=str(folder), reason=reason)) from None


def _is_full(error: BaseException) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or \
        getattr(error, "errno", None) == errno.ENOSPC


def _disk_full(path: Path) -> DiskFull:
    return DiskFull(store_errors.FULL(where=str(path)))


def _check_schema_readable(path: Path) -> None:
    # With no -wal beside it nobody is writing the file, so it is read as immutable:
    # a read-only open of a WAL roster would otherwise create -wal and -shm files,
    # beside a file we may be about to refuse as "left untouched".
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    uri = f"file:{quote(str(path))}?{mode}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        if _is_full(error):
            raise _disk_full(path) from None
        raise RosterUnreadable(CANNOT_OPEN(path=str(path))) from None
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if path.stat().st_size < 64 * 1024 * 1024:
            # Cheap on an ordinary roster; big ones are checked at backup time.
            result = conn.execute("PRAGMA quick_check(1)").fetchone()
            if result is None or result[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
    except sqlite3.DatabaseError as error:
        if _is_full(error):  # the file is intact: do not send the admin to a backup
            raise _disk_full(path) from None
        raise RosterUnreadable(FILE_DAMAGED(path=str(path))) from None
    finally:
        conn.close()
    if names and "alembic_version" not in names:
        raise RosterUnreadable(NOT_A_ROSTER(path=str(path)))


def default_roster_path(data_dir: Path) -> Path:
    """The admin's own roster in the platform data directory."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return data_dir / "roster.sqlite"

