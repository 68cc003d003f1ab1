"""Migration i20_rates: exchange rates per date and the holders' questions, up and down."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.store import migrate
from seatkeeper.store.engine import Store
from tests.store.test_migrate_audit_sqlstate import _move, engine_before

BEFORE = "i20_people"


@pytest.fixture
def engine(demo_store: Store) -> Iterator[sa.Engine]:
    yield from engine_before(demo_store, BEFORE)


def _tables(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def test_upgrade_adds_the_tables_and_downgrade_removes_them(engine: sa.Engine) -> None:
    assert "exchange_rates" not in _tables(engine)
    _move(engine, "upgrade", "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert {"exchange_rates", "holder_asks"} <= _tables(engine)
    with engine.begin() as conn:  # the rate comes back as the text it was written
        conn.exec_driver_sql("INSERT INTO exchange_rates (base, quote, day, rate, source, "
                             "entered_at) VALUES ('USD', 'NOK', '2026-11-27', "
                             "'11.03420000001', 'admin', '2026-11-27 16:00:00')")
        assert conn.exec_driver_sql("SELECT rate FROM exchange_rates").scalar() \
            == "11.03420000001"
    _move(engine, "downgrade", BEFORE)
    assert not {"exchange_rates", "holder_asks"} & _tables(engine)
    _move(engine, "upgrade", "head")


def test_an_unknown_answer_is_refused(engine: sa.Engine) -> None:
    _move(engine, "upgrade", "head")
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO holder_asks (seat_id, email, sent_at, reply_by, answer) VALUES "
            "(1, 'a@example.com', '2026-11-22 09:30:00', '2026-11-29', 'maybe')")
