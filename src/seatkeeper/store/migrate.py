"""Apply the shipped Alembic migrations inside one transaction.

On SQLite the BEGIN is ours (see engine.py), so a migration that fails halfway
rolls back whole and the schema stays as it was.

Alembic is imported only when a roster needs upgrading: importing it and
loading every revision script costs a few hundred milliseconds at each start,
while a roster already at head is recognised by reading ``alembic_version``
and the ``revision``/``down_revision`` lines of the shipped scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from seatkeeper.domain.errors import RosterUnreadable, StoreError
from seatkeeper.domain.messages import message
from seatkeeper.store import schema_head
from seatkeeper.store.schema_head import MIGRATIONS

if TYPE_CHECKING:
    from alembic.config import Config

NEWER_ROSTER = message("store.newer_roster", "This roster was written by a newer Seatkeeper. "
                       "Update Seatkeeper to open it; the file was left untouched.")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def shipped_head() -> str | None:
    """The head of the scripts in ``MIGRATIONS`` (tests point it at a copy)."""
    return schema_head.shipped_head(MIGRATIONS)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


NO_VERSION = message("store.no_schema_version", "This roster's schema version is missing (its "
                     "alembic_version table is empty), so Seatkeeper cannot tell how to "
                     "upgrade it. It was left untouched; restore it from a backup.")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        if not inspector.has_table("alembic_version"):
            return None
        versions = [row[0] for row in conn.execute(sa.text(
            "SELECT version_num FROM alembic_version"))]
        if not versions and set(inspector.get_table_names()) - {"alembic_version"}:
            # Tables but no version: upgrading "from nothing" would fail on every CREATE.
            raise RosterUnreadable(NO_VERSION())
    if len(versions) > 1:  # several heads: only Alembic knows what that means
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return versions[0] if versions else None


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current is None:
        return True
    head = shipped_head()
    if head is not None and current == head:
        return False  # the common case, decided without Alembic
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(NEWER_ROSTER())
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in a single transaction."""
    from alembic import command

    with engine.connect() as plain:
        conn = plain.execution_options(seatkeeper_begin="IMMEDIATE") \
            if engine.dialect.name == "sqlite" else plain
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
