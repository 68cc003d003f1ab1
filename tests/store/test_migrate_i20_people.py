"""Migration i20_people: the directory's columns on people, added in place, up and down."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.store import migrate
from seatkeeper.store.engine import Store
from tests.store.test_migrate_audit_sqlstate import _move, engine_before

BEFORE = "i21_trigram"
NEW = {"department", "status", "left_on", "directory_id", "in_directory"}


@pytest.fixture
def engine(demo_store: Store) -> Iterator[sa.Engine]:
    yield from engine_before(demo_store, BEFORE)


def _columns(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in sa.inspect(conn).get_columns("people")}


def test_every_holder_stays_active_and_the_holder_name_triggers_survive(
        engine: sa.Engine) -> None:
    assert not NEW & _columns(engine)
    _move(engine, "upgrade", "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _columns(engine) >= NEW
    with engine.begin() as conn:
        statuses = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT status FROM people")}
        assert statuses == {"active"}
        assert conn.exec_driver_sql("SELECT count(*) FROM people WHERE in_directory IS NOT "
                                    "NULL OR left_on IS NOT NULL").scalar() == 0
        # i7_holder_sort's triggers keep seats.holder_name: a copy of the table drops them
        conn.exec_driver_sql("UPDATE people SET name = 'Ingrid S. Solberg' "
                             "WHERE email = 'ingrid.solberg@northwind.example'")
        held = conn.exec_driver_sql("SELECT holder_name FROM seats WHERE licence_id = "
                                    "'L-0001'").scalar()
    assert held == "Ingrid S. Solberg"
    _move(engine, "downgrade", BEFORE)
    assert not NEW & _columns(engine)
    _move(engine, "upgrade", "head")


def test_an_unknown_status_is_refused(engine: sa.Engine) -> None:
    _move(engine, "upgrade", "head")
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("UPDATE people SET status = 'gone' WHERE email = "
                             "'ola.nordmann@northwind.example'")
