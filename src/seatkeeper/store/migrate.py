"""Apply the shipped Alembic migrations inside one transaction.

On SQLite the BEGIN is ours (see engine.py), so a migration that fails halfway
rolls back whole and the schema stays as it was.

Alembic is imported only when a roster needs upgrading: importing it and
loading every revision script costs a few hundred milliseconds at each start,
while a roster already at head is recognised by reading ``alembic_version``
and the ``revision``/``down_revision`` lines of the shipped scripts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from seatkeeper.domain.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$",
                         re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def shipped_head() -> str | None:
    """The single head of the shipped scripts, read from their text.

    None for the head when the text is not a plain chain (a merge, a branch,
    a computed value): the callers then ask Alembic itself.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        if not found["revision"] or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        if found["down_revision"]:
            parents.add(found["down_revision"])
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        versions = [row[0] for row in conn.execute(sa.text(
            "SELECT version_num FROM alembic_version"))]
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
        raise StoreError(
            "This roster was written by a newer Seatkeeper. Update Seatkeeper to open it; "
            "the file was left untouched."
        )
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in a single transaction."""
    from alembic import command

    with engine.connect() as plain:
        conn = plain.execution_options(seatkeeper_begin="IMMEDIATE") \
            if engine.dialect.name == "sqlite" else plain
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
