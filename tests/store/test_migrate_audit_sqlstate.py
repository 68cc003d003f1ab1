"""Migration a13_audit_sqlstate: the audit refusal's own SQLSTATE, up and down, both databases."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command

from seatkeeper.store import errors, migrate
from seatkeeper.store.engine import Store, create_engine_for
from seatkeeper.store.location import RosterLocation

BEFORE = "i7_holder_sort"


def engine_before(store: Store, revision: str) -> Iterator[sa.Engine]:
    """``store``'s roster as an engine, its schema brought down to ``revision`` (the one
    before the migration a test module is about); every migration test's fixture."""
    location: RosterLocation = store.location
    store.dispose()
    engine = create_engine_for(location)
    _move(engine, "downgrade", revision)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(store: Store) -> Iterator[sa.Engine]:
    """A roster's engine, its schema brought down to the revision before the migration."""
    yield from engine_before(store, BEFORE)


def _move(engine: sa.Engine, direction: str, revision: str) -> None:
    with engine.connect() as plain:
        conn = plain.execution_options(seatkeeper_begin="IMMEDIATE") \
            if engine.dialect.name == "sqlite" else plain
        with conn.begin():
            getattr(command, direction)(migrate.alembic_config(conn), revision)


def _refusal(engine: sa.Engine) -> tuple[int | None, str | None]:
    """The codes an UPDATE of an audit event is refused with."""
    with engine.connect() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_events (at, actor, action, entity, summary, prev_hash, hash) "
            "VALUES ('2026-01-01 00:00:00', 'a', 'x', 'y', 'z', 'p', 'h')")
        try:
            conn.exec_driver_sql("UPDATE audit_events SET summary = 'changed'")
        except sa.exc.DBAPIError as error:
            return errors.sqlite_code(error), errors.sqlstate(error)
        finally:
            conn.rollback()
    raise AssertionError("the update went through")


def test_upgrade_gives_the_refusal_its_own_code_and_downgrade_takes_it_back(
        engine: sa.Engine) -> None:
    sqlite = engine.dialect.name == "sqlite"
    old = _refusal(engine)
    assert old == ((sqlite3.SQLITE_CONSTRAINT_TRIGGER, None) if sqlite else (None, "42501"))
    _move(engine, "upgrade", "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    new = _refusal(engine)
    assert new == ((sqlite3.SQLITE_CONSTRAINT_TRIGGER, None) if sqlite
                   else (None, errors.AUDIT_APPEND_ONLY_SQLSTATE))
    _move(engine, "downgrade", BEFORE)
    assert _refusal(engine) == old
