"""Migration i17_reminder_answers: per-admin answers and sent notices, up and down."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.store import migrate
from seatkeeper.store.engine import Store
from tests.store.test_migrate_audit_sqlstate import _move, engine_before

BEFORE = "i16_terms_profiles"


@pytest.fixture
def engine(demo_store: Store) -> Iterator[sa.Engine]:
    yield from engine_before(demo_store, BEFORE)


def _tables(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def test_upgrade_adds_the_tables_and_forgets_what_was_merely_shown(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES "
                             "('reminders.fired', '[]'), ('reminders.snoozed', '{}'), "
                             "('reminders.lead_seconds', '[86400]')")
    assert "reminder_answers" not in _tables(engine)
    _move(engine, "upgrade", "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert {"reminder_answers", "reminder_notices"} <= _tables(engine)
    with engine.connect() as conn:
        keys = {r[0] for r in conn.exec_driver_sql("SELECT key FROM settings")}
    assert "reminders.fired" not in keys
    assert "reminders.snoozed" not in keys
    assert "reminders.lead_seconds" in keys  # the admin's lead times stay
    _move(engine, "downgrade", BEFORE)
    assert "reminder_answers" not in _tables(engine)
    assert "reminder_notices" not in _tables(engine)
    _move(engine, "upgrade", "head")


def test_an_unknown_answer_is_refused(engine: sa.Engine) -> None:
    _move(engine, "upgrade", "head")
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO reminder_answers (actor, deadline_key, due_at, answer, answered_at) "
            "VALUES ('anna', 'sub-1-renewal', '2026-11-26 00:00:00', 'maybe', "
            "'2026-11-22 09:30:00')")
