"""Migration i21_review_index: Review's two indexes on seats, up and down, both databases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.store import migrate
from seatkeeper.store.engine import Store
from tests.store.test_migrate_audit_sqlstate import _move, engine_before

BEFORE = "i20_rates"
NEW = {"ix_seats_subscription_person": ["subscription_id", "person_id"],
       "ix_seats_subscription_devices": ["subscription_id", "devices_connected"]}


@pytest.fixture
def engine(demo_store: Store) -> Iterator[sa.Engine]:
    yield from engine_before(demo_store, BEFORE)


def _indexes(engine: sa.Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        return {i["name"]: list(i["column_names"])  # type: ignore[misc]
                for i in sa.inspect(conn).get_indexes("seats")}


def test_upgrade_adds_the_indexes_and_downgrade_removes_them(engine: sa.Engine) -> None:
    assert not NEW.keys() & _indexes(engine).keys()
    with engine.connect() as conn:
        seats = conn.exec_driver_sql("SELECT count(*) FROM seats").scalar()
    assert seats  # the demo roster's seats are indexed as the index is made
    _move(engine, "upgrade", "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    indexes = _indexes(engine)
    assert {name: indexes.get(name) for name in NEW} == NEW
    _move(engine, "downgrade", BEFORE)
    assert not NEW.keys() & _indexes(engine).keys()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM seats").scalar() == seats
    _move(engine, "upgrade", "head")
    assert NEW.keys() <= _indexes(engine).keys()
