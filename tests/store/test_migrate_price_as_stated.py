"""Migration i15_price_as_stated: each old price becomes exactly itself, up and down."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.store import migrate
from seatkeeper.store.engine import Store
from tests.store.test_migrate_audit_sqlstate import _move, engine_before

BEFORE = "a13_audit_sqlstate"
PRICES = {"monthly": 832, "yen": 1500, "zero": 0, "big": 10**13}


@pytest.fixture
def engine(demo_store: Store) -> Iterator[sa.Engine]:
    yield from engine_before(demo_store, BEFORE)


def test_upgrade_keeps_each_seat_month_exactly_and_downgrade_gives_it_back(
        engine: sa.Engine) -> None:
    with engine.begin() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM subscriptions ORDER BY id")]
        for sub_id, minor in zip(ids, PRICES.values(), strict=False):
            conn.exec_driver_sql("UPDATE subscriptions SET unit_monthly_price_minor = "
                                 f"{minor} WHERE id = {sub_id}")
        before = dict(conn.exec_driver_sql(
            "SELECT id, unit_monthly_price_minor FROM subscriptions").all())
    _move(engine, "upgrade", "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        after = {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(
            "SELECT id, price_minor, price_basis, price_months, registered_to_name "
            "FROM subscriptions")}
    assert after == {i: (m, "per_seat", 1, None) for i, m in before.items()}
    _move(engine, "downgrade", BEFORE)
    with engine.connect() as conn:
        back = dict(conn.exec_driver_sql(
            "SELECT id, unit_monthly_price_minor FROM subscriptions").all())
        columns = {c["name"] for c in sa.inspect(conn).get_columns("subscriptions")}
    assert back == before
    assert "price_minor" not in columns
    _move(engine, "upgrade", "head")
