"""Turn driver exceptions into the admin's words by error code, never leaking values.

What went wrong is read from the driver's error code, not from its English
text (qutebrowser's ``misc/sql.py`` does the same): SQLite's result code
(``sqlite3.Error.sqlite_errorcode``; the primary code is its low byte) and
PostgreSQL's SQLSTATE (``psycopg.Error.sqlstate``), which a server speaking
another language sends just the same. A code listed here is a known error
with its own message; any other code (a constraint we broke, SQL we wrote
wrong) is a bug for the crash dialog and the log.

The engine is created with ``hide_parameters=True``; on top of that, the text
shown here is written by us and never includes the SQL or its parameters.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import exc as sa_exc

from seatkeeper.domain.errors import (
    DiskFull,
    KnownError,
    RosterLocked,
    RosterUnreadable,
    StoreError,
)
from seatkeeper.domain.messages import Message, MessageDef, message

# The SQLSTATE of the audit log's append-only triggers on PostgreSQL (migration
# a13_audit_sqlstate). On SQLite their RAISE(ABORT) gives SQLITE_CONSTRAINT_TRIGGER.
AUDIT_APPEND_ONLY_SQLSTATE = "SK001"

CONNECTION_LOST = message("store.connection_lost",
                          "The connection to the roster at {where} was lost. Try again.")
AUDIT_APPEND_ONLY = message(
    "store.audit_append_only", "The audit log can only be added to; its events are never "
    "changed or deleted. Nothing was saved.")
BUSY = message("store.busy", "The roster {where} is busy with another program's change and "
               "stayed busy. Nothing was saved; try again in a moment.")
FULL = message("store.disk_full", "The disk holding {where} is full. Nothing was saved; free "
               "some space and try again.")
DAMAGED = message("store.damaged",
                  "{where} is damaged or is not a Seatkeeper roster. It was left untouched.")
CANNOT_WRITE = message("store.cannot_write", "Seatkeeper cannot write the roster {where}. Check "
                       "that its folder exists and that you may write there.")
IO_ERROR = message("store.io_error", "The disk holding {where} reported an error while "
                   "Seatkeeper read or wrote the roster. Nothing was saved; check the disk (or "
                   "its network connection) and try again.")
LOCKING_FAILED = message("store.locking_failed", "Seatkeeper could not lock the roster {where}: "
                         "the file system's locking failed, as it can on a network drive. "
                         "Nothing was saved; try again, or keep the roster on a local disk.")
LOGIN_REFUSED = message("store.login_refused", "The roster server {where} refused the login. "
                        "Check the user name and password.")
UNREACHABLE = message("store.unreachable", "Seatkeeper cannot reach the roster server {where}. "
                      "Check that it is running and that this computer may connect to it.")
NO_DATABASE = message("store.no_database", "The roster server {where} has no such database. "
                      "Check the database name in the roster's address.")
NO_PRIVILEGE = message("store.no_privilege", "The roster server {where} did not allow this: "
                       "its database user lacks the permission. Nothing was saved; ask the "
                       "server's administrator.")
SERVER_UNAVAILABLE = message("store.server_unavailable", "The roster server {where} is shutting "
                             "down or starting up. Nothing was saved; try again in a moment.")

ErrorMaker = Callable[[Message], KnownError]

# SQLite primary result codes (https://sqlite.org/rescode.html) an admin can act on.
_SQLITE_KNOWN: dict[int, tuple[ErrorMaker, MessageDef]] = {
    sqlite3.SQLITE_BUSY: (RosterLocked, BUSY),
    sqlite3.SQLITE_LOCKED: (RosterLocked, BUSY),
    sqlite3.SQLITE_READONLY: (StoreError, CANNOT_WRITE),
    sqlite3.SQLITE_IOERR: (StoreError, IO_ERROR),
    sqlite3.SQLITE_CORRUPT: (RosterUnreadable, DAMAGED),
    sqlite3.SQLITE_FULL: (DiskFull, FULL),
    sqlite3.SQLITE_CANTOPEN: (StoreError, CANNOT_WRITE),
    sqlite3.SQLITE_PROTOCOL: (StoreError, LOCKING_FAILED),
    sqlite3.SQLITE_NOTADB: (RosterUnreadable, DAMAGED),
}
_SQLITE_LOCKS = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})

# PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_PG_KNOWN: dict[str, tuple[ErrorMaker, MessageDef]] = {
    "53100": (DiskFull, FULL),  # disk_full
    "28P01": (StoreError, LOGIN_REFUSED),  # invalid_password
    "28000": (StoreError, LOGIN_REFUSED),  # invalid_authorization_specification
    "3D000": (StoreError, NO_DATABASE),  # invalid_catalog_name
    "42501": (StoreError, NO_PRIVILEGE),  # insufficient_privilege
    "40001": (RosterLocked, BUSY),  # serialization_failure: retried first
    "40P01": (RosterLocked, BUSY),  # deadlock_detected: retried first
    "57P01": (StoreError, SERVER_UNAVAILABLE),  # admin_shutdown
    "57P02": (StoreError, SERVER_UNAVAILABLE),  # crash_shutdown
    "57P03": (StoreError, SERVER_UNAVAILABLE),  # cannot_connect_now
    AUDIT_APPEND_ONLY_SQLSTATE: (StoreError, AUDIT_APPEND_ONLY),
}
_PG_RETRYABLE = frozenset({"40001", "40P01"})
_PG_CONNECTION_CLASS = "08"  # connection_exception and its subclasses


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's extended result code of ``error`` (or of the driver error it wraps)."""
    orig = getattr(error, "orig", error)
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def sqlstate(error: BaseException) -> str | None:
    """PostgreSQL's SQLSTATE of ``error`` (or of the driver error it wraps)."""
    orig = getattr(error, "orig", error)
    if isinstance(orig, sqlite3.Error):
        return None
    state = getattr(orig, "sqlstate", None)
    return state if isinstance(state, str) else None


def is_lock_error(error: BaseException) -> bool:
    """True for what a bounded retry of the whole transaction may cure.

    SQLite's BUSY and LOCKED (any extended code, BUSY_SNAPSHOT included), and
    PostgreSQL's serialization failure and deadlock, where the server undid
    our transaction so that the other could go on.
    """
    code = sqlite_code(error)
    if code is not None:
        return code & 0xFF in _SQLITE_LOCKS
    return sqlstate(error) in _PG_RETRYABLE


class DriverMessage(Exception):
    """The first line of a driver's error: PostgreSQL puts row values in its DETAIL."""


def scrub(error: BaseException) -> BaseException:
    """``error`` without the driver's detail lines, which may quote the values (secrets)."""
    if not isinstance(error, sa_exc.DBAPIError) or error.orig is None:
        return error
    first = (str(error.orig).splitlines() or [type(error.orig).__name__])[0]
    return type(error)(error.statement, None, DriverMessage(first), hide_parameters=True,
                       connection_invalidated=error.connection_invalidated)


def translate(error: BaseException, where: str) -> KnownError | None:
    """The KnownError an admin should see for ``error``, or None if it is a bug."""
    if isinstance(error, KnownError):
        return error
    code = sqlite_code(error)
    if code is not None:
        return _sqlite_error(code, where)
    state = sqlstate(error)
    known = _PG_KNOWN.get(state) if state is not None else None
    if known is not None:
        make, text = known
        return make(_with_where(text, where))
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return StoreError(CONNECTION_LOST(where=where))
    if state is not None and state.startswith(_PG_CONNECTION_CLASS):
        return StoreError(UNREACHABLE(where=where))
    if state is None and _is_failed_connection_attempt(error):
        return StoreError(_failed_connection(error)(where=where))
    return None


def _with_where(text: MessageDef, where: str) -> Message:
    return text(where=where) if "where" in text.names else text()


def _sqlite_error(code: int, where: str) -> KnownError | None:
    if code == sqlite3.SQLITE_CONSTRAINT_TRIGGER:
        # RAISE(ABORT) in a trigger: only the audit log's append-only triggers raise
        # (a test holds the schema to that).
        return StoreError(AUDIT_APPEND_ONLY())
    known = _SQLITE_KNOWN.get(code & 0xFF)
    if known is None:
        return None
    make, text = known
    return make(text(where=where))


def _is_failed_connection_attempt(error: BaseException) -> bool:
    """A PostgreSQL connection that never opened: libpq reports its startup without SQLSTATE."""
    return isinstance(error, sa_exc.OperationalError) and error.orig is not None \
        and not isinstance(error.orig, sqlite3.Error)


def _failed_connection(error: BaseException) -> MessageDef:
    """Refused login or unreachable server, from what libpq knows about the attempt.

    The server's reason for refusing a startup reaches libpq only as text (in the
    server's language), so the attempt itself is asked: a server that wanted a
    password and got none or a wrong one refused the login; otherwise it was not
    reached, or not as asked.
    """
    pgconn = getattr(getattr(error, "orig", error), "pgconn", None)
    if pgconn is not None and (getattr(pgconn, "needs_password", False)
                               or getattr(pgconn, "used_password", False)):
        return LOGIN_REFUSED
    return UNREACHABLE
