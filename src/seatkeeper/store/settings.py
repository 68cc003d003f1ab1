"""Roster-wide settings (the ``settings`` table): SMTP server, reminder lead times and state.

Never a secret: the SMTP password is in the vault. Values are text (JSON for
the reminders): ``reminders.lead_seconds``, the lead times (default 7 days and
1 day), and ``reminders.digest_to``, where the reminder digest goes (default:
the SMTP sender). Each admin's answers to reminders are in ``store.reminders``.

Reads with ``lock`` take the rows for the rest of the transaction on
PostgreSQL; SQLite writes already hold the file's lock (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.deadlines import DEFAULT_LEAD_TIMES
from seatkeeper.store import tables as t

LEADS_KEY = "reminders.lead_seconds"
DIGEST_TO_KEY = "reminders.digest_to"
# SMTP setting -> its key in the table.
SMTP_KEYS = {"host": "smtp.host", "port": "smtp.port", "security": "smtp.security",
             "user": "smtp.user", "from_address": "smtp.from"}


def _get(conn: Connection, key: str, *, lock: bool = False) -> Any:
    stmt = sa.select(t.settings.c.value).where(t.settings.c.key == key)
    if lock:
        stmt = stmt.with_for_update()  # PostgreSQL; SQLite writes are BEGIN IMMEDIATE
    text = conn.execute(stmt).scalar_one_or_none()
    return None if text is None else json.loads(text)


def _put(conn: Connection, key: str, value: Any) -> None:
    text = json.dumps(value, sort_keys=True)
    done = conn.execute(t.settings.update().where(t.settings.c.key == key).values(value=text))
    if done.rowcount == 0:
        conn.execute(t.settings.insert().values(key=key, value=text))


# -- reminders --------------------------------------------------------------------------
def lead_times(conn: Connection, *, lock: bool = False) -> tuple[timedelta, ...]:
    """The reminder lead times, longest first (default 7 days and 1 day)."""
    seconds = _get(conn, LEADS_KEY, lock=lock)
    leads = DEFAULT_LEAD_TIMES if seconds is None else \
        tuple(timedelta(seconds=s) for s in seconds)
    return tuple(sorted(leads, reverse=True))


def digest_recipient(conn: Connection) -> str | None:
    """Where the reminder digest goes when it is not the SMTP sender address."""
    value = _get(conn, DIGEST_TO_KEY)
    return None if value is None else str(value)


def save_digest_recipient(conn: Connection, address: str | None) -> None:
    if address is None:
        conn.execute(sa.delete(t.settings).where(t.settings.c.key == DIGEST_TO_KEY))
    else:
        _put(conn, DIGEST_TO_KEY, address)


def save_lead_times(conn: Connection, leads: Iterable[timedelta]) -> None:
    _put(conn, LEADS_KEY, [int(lead.total_seconds()) for lead in leads])


# -- SMTP -------------------------------------------------------------------------------
def smtp_values(conn: Connection) -> dict[str, str]:
    """The SMTP settings stored, by setting name (``host``, ``port``...); absent ones left out."""
    rows = conn.execute(sa.select(t.settings.c.key, t.settings.c.value)
                        .where(t.settings.c.key.in_(SMTP_KEYS.values()))).all()
    by_key = {str(key): str(value) for key, value in rows}
    return {name: by_key[key] for name, key in SMTP_KEYS.items() if key in by_key}


def save_smtp_values(conn: Connection, values: Mapping[str, str]) -> None:
    """Store the SMTP settings ``values`` (by setting name), replacing what was there."""
    for name, value in values.items():
        key = SMTP_KEYS[name]
        conn.execute(sa.delete(t.settings).where(t.settings.c.key == key))
        conn.execute(t.settings.insert().values(key=key, value=value))
