"""Apply the shipped Alembic migrations inside one transaction.

On SQLite the BEGIN is ours (see engine.py), so a migration that fails halfway
rolls back whole and the schema stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from seatkeeper.domain.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current is None:
        return True
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise StoreError(
            "This roster was written by a newer Seatkeeper. Update Seatkeeper to open it; "
            "the file was left untouched."
        )
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in a single transaction."""
    with engine.connect() as plain:
        conn = plain.execution_options(seatkeeper_begin="IMMEDIATE") \
            if engine.dialect.name == "sqlite" else plain
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
