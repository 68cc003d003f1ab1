"""The audit log: append-only in the database, a verifiable chain, filtered pages."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from seatkeeper.domain.errors import StoreError
from seatkeeper.services.audit_log import AuditFilter, AuditLog
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery

A = t.audit_events


def _drop_update_trigger(store: Store) -> None:
    on = "" if store.is_sqlite else " ON audit_events"
    store.write(lambda c: c.exec_driver_sql(f"DROP TRIGGER audit_events_no_update{on}"))


def _id_of(store: Store, nth: int) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(A.c.id).order_by(A.c.id).offset(nth).limit(1)).scalar_one()))


def test_database_refuses_to_change_or_delete_an_event(demo_store: Store) -> None:
    first = _id_of(demo_store, 0)
    with pytest.raises(StoreError, match="can only be added to"):
        demo_store.write(lambda c: c.execute(
            A.update().where(A.c.id == first).values(summary="nothing happened")))
    with pytest.raises(StoreError, match="can only be added to"):
        demo_store.write(lambda c: c.execute(A.delete().where(A.c.id == first)))
    if not demo_store.is_sqlite:
        with pytest.raises(StoreError, match="can only be added to"):
            demo_store.write(lambda c: c.exec_driver_sql("TRUNCATE audit_events"))
    assert AuditLog(demo_store).verify().ok


def test_chain_of_the_demo_roster_holds(demo_store: Store) -> None:
    check = AuditLog(demo_store).verify()
    total = demo_store.read(lambda c: c.execute(sa.select(sa.func.count()).select_from(A))
                            .scalar_one())
    assert check.ok
    assert check.checked == total > 10


def test_edited_event_is_the_first_broken_link(demo_store: Store) -> None:
    _drop_update_trigger(demo_store)  # what a tamperer would have to do first
    victim = _id_of(demo_store, 5)
    demo_store.write(lambda c: c.execute(
        A.update().where(A.c.id == victim).values(actor="somebody-else")))
    check = AuditLog(demo_store).verify()
    assert (check.broken_at, check.checked) == (victim, 5)
    assert check.reason is not None
    assert "changed" in check.reason.render()


def test_removed_event_breaks_the_next_link(demo_store: Store) -> None:
    on = "" if demo_store.is_sqlite else " ON audit_events"
    demo_store.write(lambda c: c.exec_driver_sql(f"DROP TRIGGER audit_events_no_delete{on}"))
    victim, follower = _id_of(demo_store, 3), _id_of(demo_store, 4)
    demo_store.write(lambda c: c.execute(A.delete().where(A.c.id == victim)))
    check = AuditLog(demo_store).verify()
    assert check.broken_at == follower
    assert check.reason is not None
    assert "removed" in check.reason.render()


def test_pages_filter_by_action_entity_and_text(demo_store: Store) -> None:
    log = AuditLog(demo_store)
    assert "seat" in log.entities()
    action = log.actions()[0]
    only = AuditFilter(action=action)
    rows = log.page(only, TableQuery(sort_key="at", descending=True, limit=500))
    assert rows
    assert {r.action for r in rows} == {action}
    assert log.count(only) == len(rows)
    assert [r.event_id for r in rows] == sorted((r.event_id for r in rows), reverse=True)
    seats = log.page(AuditFilter(entity="seat"), TableQuery(limit=500))
    assert seats
    assert {r.entity for r in seats} == {"seat"}
    word = seats[0].summary.split()[0]
    found = log.page(AuditFilter(text=word), TableQuery(limit=500))
    assert found
    assert all(word.lower() in f"{r.summary} {r.actor} {r.action}".lower()
                         for r in found)
    assert log.count(AuditFilter(text="100%_no_such")) == 0
