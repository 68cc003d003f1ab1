"""Trigram indexes for the Licences text filter on PostgreSQL.

Revision ID: i21_trigram
Revises: i17_reminder_answers
Create Date: 2026-12-02

On PostgreSQL the Licences filter is ``ILIKE '%term%'`` on the subscription's
name, the seat's licence id and the holder's name and e-mail, which no B-tree
index serves: every filter read every row. ``pg_trgm``'s GIN indexes serve
``ILIKE`` with a leading ``%``. The extension is created if this login may
(it is a trusted extension from PostgreSQL 13, so a database owner may); if it
may not, or the server lacks it, the roster is upgraded without the indexes,
the reason is kept in ``settings`` (``search.trigram_unavailable``) and the
window and ``seatkeeper report`` say it (``store.trigram``), which also
creates the indexes once the extension is there. The filter is correct
either way, only slower. SQLite has its FTS5 trigram table (0002): nothing
to do there.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "i21_trigram"
down_revision = "i19_personal_fields"
branch_labels = None
depends_on = None

# Must stay identical to store/trigram.py's INDEXES (it creates them later if it can).
INDEXES = [
    ("ix_subscriptions_name_trgm", "subscriptions", "name"),
    ("ix_seats_licence_id_trgm", "seats", "licence_id"),
    ("ix_people_name_trgm", "people", "name"),
    ("ix_people_email_trgm", "people", "email"),
]
REASON_KEY = "search.trigram_unavailable"


def _extension_schema(conn: sa.Connection) -> str | None:
    return conn.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'").scalar()


def _create_extension(conn: sa.Connection) -> str | None:
    """The reason pg_trgm cannot be had, or None when it is installed (now or before)."""
    if _extension_schema(conn) is not None:
        return None
    # In public where it may go (a schema dropped later would take the extension and
    # every other schema's indexes with it), else in the current schema.
    last: Exception | None = None
    for statement in ("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
                      "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(statement)
            return None
        except sa.exc.DBAPIError as error:
            last = error
    orig = getattr(last, "orig", last)
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    reason = _create_extension(conn)
    settings = sa.table("settings", sa.column("key"), sa.column("value"))
    conn.execute(settings.delete().where(settings.c.key == REASON_KEY))
    if reason is not None:
        conn.execute(settings.insert().values(key=REASON_KEY, value=json.dumps(reason)))
        return
    schema = _extension_schema(conn)
    for name, table, column in INDEXES:
        op.execute(f'CREATE INDEX IF NOT EXISTS {name} ON {table} '
                   f'USING gin ({column} "{schema}".gin_trgm_ops)')


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name, _table, _column in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    settings = sa.table("settings", sa.column("key"), sa.column("value"))
    conn.execute(settings.delete().where(settings.c.key == REASON_KEY))
    # The extension stays: other schemas of the database may use it.
