"""PostgreSQL's trigram indexes for the Licences filter: are they there, and why not.

Migration i21_trigram creates ``pg_trgm`` and its GIN indexes where the login
may. Where it could not, the roster works the same (the filter reads every
row) and the reason is said once: in the log when the roster is opened, and
by ``seatkeeper report``. Opening the roster later, once the extension is
installed, creates the missing indexes.
"""

from __future__ import annotations

import json
import logging

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.messages import message
from seatkeeper.store import tables as t

log = logging.getLogger(__name__)

# Must stay identical to migration 0013_i21_trigram's INDEXES.
INDEXES = [
    ("ix_subscriptions_name_trgm", "subscriptions", "name"),
    ("ix_seats_licence_id_trgm", "seats", "licence_id"),
    ("ix_people_name_trgm", "people", "name"),
    ("ix_people_email_trgm", "people", "email"),
]
REASON_KEY = "search.trigram_unavailable"

NO_TRIGRAM = message(
    "store.trigram_unavailable",
    "The Licences filter has no trigram index on this PostgreSQL server, so each filter "
    "reads every seat (slower, still correct): {reason}. A server administrator can run "
    "“CREATE EXTENSION pg_trgm;” in this database; Seatkeeper then creates the indexes "
    "the next time it opens the roster.")
NOT_INSTALLED = "the pg_trgm extension is not installed"


def extension_schema(conn: Connection) -> str | None:
    """The schema pg_trgm is installed in, or None."""
    return conn.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'").scalar()


def missing_indexes(conn: Connection) -> list[str]:
    """The trigram indexes this roster's schema lacks (none on SQLite)."""
    if conn.dialect.name != "postgresql":
        return []
    present = set(conn.exec_driver_sql(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()").scalars())
    return [name for name, _table, _column in INDEXES if name not in present]


def problem(conn: Connection) -> str | None:
    """Why the filter has no trigram index here (the reason, in the server's words), or None."""
    if not missing_indexes(conn):
        return None
    if extension_schema(conn) is not None:
        return "the indexes are missing although pg_trgm is installed"
    saved = conn.execute(sa.select(t.settings.c.value)
                         .where(t.settings.c.key == REASON_KEY)).scalar_one_or_none()
    return str(json.loads(saved)) if saved else NOT_INSTALLED


def create_missing(conn: Connection) -> bool:
    """Create the missing indexes if pg_trgm is installed; True if none is missing now."""
    missing = set(missing_indexes(conn))
    if not missing:
        return True
    schema = extension_schema(conn)
    if schema is None:
        return False
    for name, table, column in INDEXES:
        if name in missing:
            conn.exec_driver_sql(f'CREATE INDEX IF NOT EXISTS {name} ON {table} '
                                 f'USING gin ({column} "{schema}".gin_trgm_ops)')
    conn.execute(t.settings.delete().where(t.settings.c.key == REASON_KEY))
    return True


def notice(conn: Connection) -> str | None:
    """The sentence an admin reads when the indexes are missing, or None."""
    reason = problem(conn)
    return None if reason is None else NO_TRIGRAM(reason=reason).render()
