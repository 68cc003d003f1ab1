"""Store errors are told apart by the driver's error code, one test per code.

Where the error can be provoked it is, with the real driver (a second writer,
a read-only file, a damaged page, a capped file, a terminated server session);
the rest are the driver's own exception classes, constructed. Known codes give
the admin a message of their own; every other code is a bug (None).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from seatkeeper.domain.errors import DiskFull, RosterLocked, RosterUnreadable, StoreError
from seatkeeper.store import errors
from seatkeeper.store.engine import Store

WHERE = "/rosters/team.sqlite"


def _raised(action: Callable[[], object]) -> BaseException:
    try:
        action()
    except (sqlite3.Error, sa_exc.DBAPIError, psycopg.Error) as error:
        return error
    raise AssertionError("the driver raised nothing")


# --- SQLite, provoked ---------------------------------------------------------

def _roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT UNIQUE)")
    conn.executemany("INSERT INTO notes (text) VALUES (?)", [(f"{n:04d}" + "x" * 200,)
                                                              for n in range(400)])
    conn.close()
    return path


def _busy(path: Path) -> BaseException:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        return _raised(lambda: other.execute("BEGIN IMMEDIATE"))
    finally:
        other.close()
        holder.close()


def _locked(path: Path) -> BaseException:
    conn = sqlite3.connect(path, isolation_level=None)
    reading = conn.execute("SELECT * FROM notes")
    reading.fetchone()  # a statement still running on this connection holds the table
    try:
        return _raised(lambda: conn.execute("DROP TABLE notes"))
    finally:
        reading.close()
        conn.close()


def _read_only(path: Path) -> BaseException:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _raised(lambda: conn.execute("DELETE FROM notes"))
    finally:
        conn.close()


def _corrupt(path: Path) -> BaseException:
    with path.open("r+b") as handle:  # the header stays; the table's pages become noise
        handle.seek(4096)
        handle.write(b"\xff" * 4096 * 4)
    conn = sqlite3.connect(path)
    try:
        return _raised(lambda: conn.execute("SELECT count(*), max(text) FROM notes").fetchall())
    finally:
        conn.close()


def _full(path: Path) -> BaseException:
    conn = sqlite3.connect(path, isolation_level=None)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        return _raised(lambda: conn.executemany(
            "INSERT INTO notes (text) VALUES (?)", [("y" * 500 + str(n),) for n in range(500)]))
    finally:
        conn.close()


def _cannot_open(path: Path) -> BaseException:
    return _raised(lambda: sqlite3.connect(path.parent / "no-such-folder" / "roster.sqlite"))


def _not_a_database(path: Path) -> BaseException:
    path.write_bytes(b"These are notes, not a database. " * 200)
    conn = sqlite3.connect(path)
    try:
        return _raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    finally:
        conn.close()


def _trigger_raise(path: Path) -> BaseException:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TRIGGER notes_kept BEFORE DELETE ON notes "
                 "BEGIN SELECT RAISE(ABORT, 'kept'); END")
    try:
        return _raised(lambda: conn.execute("DELETE FROM notes"))
    finally:
        conn.close()


def _unique(path: Path) -> BaseException:
    conn = sqlite3.connect(path)
    try:
        return _raised(lambda: conn.execute("INSERT INTO notes (text) SELECT text FROM notes "
                                            "LIMIT 1"))
    finally:
        conn.close()


def _syntax(path: Path) -> BaseException:
    conn = sqlite3.connect(path)
    try:
        return _raised(lambda: conn.execute("SELEKT 1"))
    finally:
        conn.close()


def _missing_table(path: Path) -> BaseException:
    conn = sqlite3.connect(path)
    try:
        return _raised(lambda: conn.execute("SELECT * FROM no_such_table"))
    finally:
        conn.close()


KNOWN = "known"


@pytest.mark.parametrize(("provoke", "primary", "kind", "words"), [
    (_busy, sqlite3.SQLITE_BUSY, RosterLocked, "busy with another program's change"),
    (_locked, sqlite3.SQLITE_LOCKED, RosterLocked, "busy with another program's change"),
    (_read_only, sqlite3.SQLITE_READONLY, StoreError, "cannot write the roster"),
    (_corrupt, sqlite3.SQLITE_CORRUPT, RosterUnreadable, "damaged or is not a Seatkeeper"),
    (_full, sqlite3.SQLITE_FULL, DiskFull, "is full. Nothing was saved"),
    (_cannot_open, sqlite3.SQLITE_CANTOPEN, StoreError, "Check that its folder exists"),
    (_not_a_database, sqlite3.SQLITE_NOTADB, RosterUnreadable, "damaged or is not a Seatkeeper"),
    (_trigger_raise, sqlite3.SQLITE_CONSTRAINT, StoreError, "can only be added to"),
])
def test_provoked_sqlite_error_is_known_by_its_code(
        tmp_path: Path, provoke: Callable[[Path], BaseException], primary: int,
        kind: type[StoreError], words: str) -> None:
    error = provoke(_roster(tmp_path))
    assert isinstance(error, sqlite3.Error)
    assert error.sqlite_errorcode & 0xFF == primary
    known = errors.translate(error, WHERE)
    assert type(known) is kind
    assert words in known.message
    wrapped = errors.translate(sa_exc.OperationalError("SELECT ...", None, error), WHERE)
    assert (type(wrapped), str(wrapped)) == (kind, known.message)  # as SQLAlchemy hands it


@pytest.mark.parametrize(("provoke", "code"), [
    (_unique, sqlite3.SQLITE_CONSTRAINT_UNIQUE),
    (_syntax, sqlite3.SQLITE_ERROR),
    (_missing_table, sqlite3.SQLITE_ERROR),
])
def test_provoked_sqlite_bug_is_not_a_known_error(
        tmp_path: Path, provoke: Callable[[Path], BaseException], code: int) -> None:
    error = provoke(_roster(tmp_path))
    assert isinstance(error, sqlite3.Error)
    assert error.sqlite_errorcode == code
    assert errors.translate(error, WHERE) is None
    assert not errors.is_lock_error(error)


# --- SQLite, constructed (codes a test cannot provoke on a healthy disk) -----------

def _sqlite_error(code: int, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(("code", "kind", "words"), [
    (sqlite3.SQLITE_IOERR, StoreError, "reported an error"),
    (sqlite3.SQLITE_IOERR_SHORT_READ, StoreError, "reported an error"),
    (sqlite3.SQLITE_PROTOCOL, StoreError, "locking failed"),
    (sqlite3.SQLITE_BUSY_SNAPSHOT, RosterLocked, "busy"),
    (sqlite3.SQLITE_CORRUPT_INDEX, RosterUnreadable, "damaged"),
    (sqlite3.SQLITE_READONLY_DBMOVED, StoreError, "cannot write the roster"),
])
def test_constructed_sqlite_error_is_known_by_its_code(code: int, kind: type[StoreError],
                                                       words: str) -> None:
    # The English text says something else on purpose: only the code counts.
    known = errors.translate(_sqlite_error(code, "database is locked, disk full"), WHERE)
    assert type(known) is kind
    assert words in known.message
    assert WHERE in known.message


def test_a_lock_text_without_a_lock_code_is_no_lock() -> None:
    error = _sqlite_error(sqlite3.SQLITE_CONSTRAINT_NOTNULL, "database is locked")
    assert not errors.is_lock_error(error)
    assert errors.translate(error, WHERE) is None


@pytest.mark.parametrize(("code", "locked"), [
    (sqlite3.SQLITE_BUSY, True), (sqlite3.SQLITE_BUSY_SNAPSHOT, True),
    (sqlite3.SQLITE_BUSY_TIMEOUT, True), (sqlite3.SQLITE_LOCKED, True),
    (sqlite3.SQLITE_LOCKED_SHAREDCACHE, True), (sqlite3.SQLITE_FULL, False),
    (sqlite3.SQLITE_READONLY, False), (sqlite3.SQLITE_CONSTRAINT, False),
])
def test_sqlite_lock_errors_are_told_by_code(code: int, locked: bool) -> None:
    error = _sqlite_error(code, "some text")
    assert errors.is_lock_error(error) is locked
    assert errors.is_lock_error(sa_exc.OperationalError("BEGIN", None, error)) is locked


def test_a_driver_error_without_a_code_is_a_bug() -> None:
    assert errors.translate(sqlite3.ProgrammingError("Cannot operate on a closed database."),
                            WHERE) is None


# --- PostgreSQL, provoked -------------------------------------------------------

@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (id int PRIMARY KEY, text text)")
        conn.exec_driver_sql("INSERT INTO notes VALUES (1, 'one')")
    yield engine
    engine.dispose()


def test_pg_terminated_session_is_the_server_going_away(pg_engine: sa.Engine) -> None:
    with pg_engine.connect() as victim, pg_engine.connect() as admin:
        pid = victim.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        victim.commit()
        admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        admin.commit()
        error = _raised(lambda: victim.exec_driver_sql("SELECT 1"))
    assert errors.sqlstate(error) == "57P01"
    known = errors.translate(error, "the team server")
    assert type(known) is StoreError
    assert "shutting down or starting up" in known.message


def test_pg_serialization_failure_is_retried_then_busy(pg_engine: sa.Engine) -> None:
    with pg_engine.connect().execution_options(isolation_level="REPEATABLE READ") as late, \
            pg_engine.connect() as early:
        late.exec_driver_sql("SELECT * FROM notes").all()  # its snapshot is taken
        early.exec_driver_sql("UPDATE notes SET text = 'early'")
        early.commit()
        error = _raised(lambda: late.exec_driver_sql("UPDATE notes SET text = 'late'"))
        late.rollback()
    assert errors.sqlstate(error) == "40001"
    assert errors.is_lock_error(error)
    assert type(errors.translate(error, "the team server")) is RosterLocked


def test_pg_missing_privilege_is_known(pg_engine: sa.Engine) -> None:
    role = f"sk_noperm_{uuid.uuid4().hex[:8]}"
    with pg_engine.connect() as conn:  # the role lives only inside this transaction
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
        conn.exec_driver_sql(f"CREATE ROLE {role}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")  # not the table
        conn.exec_driver_sql(f"SET LOCAL ROLE {role}")
        error = _raised(lambda: conn.exec_driver_sql("SELECT * FROM notes"))
        conn.rollback()
    assert errors.sqlstate(error) == "42501"
    known = errors.translate(error, "the team server")
    assert type(known) is StoreError
    assert "lacks the permission" in known.message


def test_pg_missing_database_is_known(pg_engine: sa.Engine) -> None:
    with pg_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        error = _raised(lambda: conn.exec_driver_sql(
            f"DROP DATABASE sk_missing_{uuid.uuid4().hex[:8]}"))
    assert errors.sqlstate(error) == "3D000"
    assert "has no such database" in str(errors.translate(error, "the team server"))


@pytest.mark.parametrize("sql", ["INSERT INTO notes VALUES (1, 'again')",  # 23505
                                 "SELEKT 1",  # 42601
                                 "SELECT * FROM no_such_table"])  # 42P01
def test_pg_bug_is_not_a_known_error(pg_engine: sa.Engine, sql: str) -> None:
    with pg_engine.connect() as conn:
        error = _raised(lambda: conn.exec_driver_sql(sql))
        conn.rollback()
    assert errors.sqlstate(error) is not None
    assert errors.translate(error, "the team server") is None
    assert not errors.is_lock_error(error)


def test_pg_unreachable_server_has_no_sqlstate_and_is_unreachable() -> None:
    engine = sa.create_engine("postgresql+psycopg://postgres@127.0.0.1:1/test",
                              connect_args={"connect_timeout": 2})
    error = _raised(engine.connect)
    engine.dispose()
    assert errors.sqlstate(error) is None  # libpq reports a failed startup as text only
    assert "cannot reach the roster server" in str(errors.translate(error, "the team server"))


# --- PostgreSQL, constructed ----------------------------------------------------

@pytest.mark.parametrize(("state", "kind", "words"), [
    ("53100", DiskFull, "is full"),
    ("28P01", StoreError, "refused the login"),
    ("28000", StoreError, "refused the login"),
    ("3D000", StoreError, "has no such database"),
    ("42501", StoreError, "lacks the permission"),
    ("40001", RosterLocked, "busy"),
    ("40P01", RosterLocked, "busy"),
    ("57P01", StoreError, "shutting down or starting up"),
    ("57P02", StoreError, "shutting down or starting up"),
    ("57P03", StoreError, "shutting down or starting up"),
    ("08006", StoreError, "cannot reach the roster server"),
    ("08001", StoreError, "cannot reach the roster server"),
    (errors.AUDIT_APPEND_ONLY_SQLSTATE, StoreError, "can only be added to"),
])
def test_constructed_pg_error_is_known_by_its_sqlstate(state: str, kind: type[StoreError],
                                                       words: str) -> None:
    cls = psycopg.errors.lookup(state) if state[:2] != "SK" else psycopg.DatabaseError
    orig = cls("le disque est plein / la connexion")  # another server language: code only
    if orig.sqlstate is None:
        orig = _with_sqlstate(state)
    for error in (orig, sa_exc.OperationalError("SELECT ...", None, orig)):
        known = errors.translate(error, "the team server")
        assert type(known) is kind
        assert words in known.message
    assert errors.is_lock_error(orig) is (state in {"40001", "40P01"})


def _with_sqlstate(state: str) -> psycopg.DatabaseError:
    class Raised(psycopg.DatabaseError):
        sqlstate = state
    return Raised("raised by a trigger")


@pytest.mark.parametrize(("needs", "used", "words"), [
    (True, False, "refused the login"),  # a password was asked for and none was given
    (False, True, "refused the login"),  # the one given was refused
    (False, False, "cannot reach the roster server"),
])
def test_failed_connection_attempt_is_told_by_what_libpq_knows(needs: bool, used: bool,
                                                               words: str) -> None:
    orig = psycopg.OperationalError("connection failed: FATAL: (in the server's language)",
                                    pgconn=SimpleNamespace(needs_password=needs,
                                                           used_password=used))
    error = sa_exc.OperationalError(None, None, orig)
    assert words in str(errors.translate(error, "the team server"))


def test_lost_connection_is_lost_whatever_its_text() -> None:
    orig = psycopg.OperationalError("consuming input failed: server closed the connection")
    error = sa_exc.OperationalError("SELECT 1", None, orig, connection_invalidated=True)
    assert "was lost" in str(errors.translate(error, "the team server"))


# --- the audit log's triggers, on both databases ---------------------------------

def test_the_audit_triggers_are_recognised_by_their_code(store: Store) -> None:
    def tamper(conn: sa.Connection) -> None:
        conn.exec_driver_sql("INSERT INTO audit_events (at, actor, action, entity, summary, "
                             "prev_hash, hash) VALUES ('2026-01-01 00:00:00', 'a', 'x', 'y', "
                             "'z', 'p', 'h')")
        conn.exec_driver_sql("UPDATE audit_events SET summary = 'changed'")

    with store.engine.connect() as conn:
        error = _raised(lambda: tamper(conn))
        conn.rollback()
    if store.is_sqlite:
        assert errors.sqlite_code(error) == sqlite3.SQLITE_CONSTRAINT_TRIGGER
    else:
        assert errors.sqlstate(error) == errors.AUDIT_APPEND_ONLY_SQLSTATE
    assert "can only be added to" in str(errors.translate(error, "here"))


@pytest.mark.sqlite_only
def test_only_the_audit_triggers_raise(store: Store) -> None:
    """SQLITE_CONSTRAINT_TRIGGER means "the audit log" only while no other trigger raises."""
    triggers = store.read(lambda c: c.exec_driver_sql(
        "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").all())
    raising = {table for table, sql in triggers if "RAISE(" in sql.upper().replace(" ", "")}
    assert raising == {"audit_events"}
