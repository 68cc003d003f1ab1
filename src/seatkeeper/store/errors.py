"""Turn driver exceptions into the admin's words, never leaking values.

The engine is created with ``hide_parameters=True``; on top of that, the text
shown here is written by us and never includes the SQL or its parameters.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

from seatkeeper.domain.errors import (
    DiskFull,
    KnownError,
    RosterLocked,
    RosterUnreadable,
    StoreError,
)


def is_lock_error(error: BaseException) -> bool:
    """True for SQLite's BUSY/LOCKED, which a bounded retry may cure."""
    orig = getattr(error, "orig", error)
    if isinstance(orig, sqlite3.OperationalError):
        code = getattr(orig, "sqlite_errorcode", None)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return True
        return "locked" in str(orig).lower()
    return False


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
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return StoreError(f"The connection to the roster at {where} was lost. Try again.")
    orig = getattr(error, "orig", error)
    text = str(orig).lower()
    if "audit_events is append-only" in text:
        return StoreError("The audit log can only be added to; its events are never changed "
                          "or deleted. Nothing was saved.")
    if is_lock_error(error):
        return RosterLocked(
            f"The roster {where} is busy with another program's change and stayed busy. "
            "Nothing was saved; try again in a moment."
        )
    if "database or disk is full" in text or "disk full" in text or "no space left" in text:
        return DiskFull(
            f"The disk holding {where} is full. Nothing was saved; free some space and try again."
        )
    if "file is not a database" in text or "malformed" in text or "not a database" in text:
        return RosterUnreadable(
            f"{where} is damaged or is not a Seatkeeper roster. It was left untouched."
        )
    if "unable to open database file" in text or "readonly database" in text:
        return StoreError(
            f"Seatkeeper cannot write the roster {where}. Check that its folder exists and "
            "that you may write there."
        )
    if isinstance(error, sa_exc.OperationalError) and not isinstance(orig, sqlite3.Error):
        if "authentication failed" in text or "password" in text:
            return StoreError(f"The roster server {where} refused the login. Check the user "
                              "name and password.")
        if "connection" in text or "could not connect" in text or "timeout" in text:
            return StoreError(f"Seatkeeper cannot reach the roster server {where}. Check that "
                              "it is running and that this computer may connect to it.")
    return None
