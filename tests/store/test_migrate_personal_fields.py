"""Migration i19_personal_fields: a roster whose chain was written by the old rule
upgrades, still verifies (its checkpoints too), and a person named in those old
events can be erased with the chain still verifying; tampering stays visible."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from seatkeeper.services.audit_log import AuditLog
from seatkeeper.services.clock import fixed_clock
from seatkeeper.services.people_data import PeopleDataService
from seatkeeper.store import checkpoints, migrate
from seatkeeper.store.audit import GENESIS, event_hash
from seatkeeper.store.engine import Store, create_engine_for
from seatkeeper.store.open import open_store
from tests.conftest import NOW
from tests.store.test_migrate_audit_sqlstate import _move

BEFORE = "i17_reminder_answers"
NEW = ("scheme", "content_salt", "content_digest", "redacted_by")
EMAIL, NAME = "kari.nord@example.com", "Kari Nord"


@pytest.fixture
def old_roster(store: Store) -> Iterator[Store]:
    """A roster at i17 with a chain of five events written as the old code wrote them
    (hash over the text), two naming Kari Nord, and this computer's checkpoint of it."""
    location = store.location
    store.dispose()
    engine = create_engine_for(location)
    _move(engine, "downgrade", BEFORE)
    with engine.begin() as conn:  # as i17 made it: none of the new columns
        for column in NEW:
            conn.exec_driver_sql(f"ALTER TABLE audit_events DROP COLUMN {column}")
        conn.exec_driver_sql(
            "INSERT INTO people (name, email, created_at, version) VALUES "
            f"('{NAME}', '{EMAIL}', '2026-11-01 09:00:00', 1)")
        prev = GENESIS
        texts = [
            ("roster.demo_created", "roster", None, "Roster created", None, None),
            ("seat.assigned", "seat", 1, f"L-0001 assigned to {NAME}", None,
             {"holder": NAME, "email": EMAIL, "renew": True}),
            ("seat.renew_set", "seat", 2, "L-0002 will not renew", {"renew": True},
             {"renew": False}),
            ("seat.unassigned", "seat", 1, f"L-0001 freed (was {NAME})",
             {"holder": NAME, "email": EMAIL}, {"holder": None, "email": None}),
            ("settings.changed", "settings", None, "Lead times set", None, {"days": [7]}),
        ]
        for i, (action, entity, entity_id, summary, before, after) in enumerate(texts):
            at = NOW + timedelta(minutes=i)
            b = None if before is None else json.dumps(before, sort_keys=True)
            a = None if after is None else json.dumps(after, sort_keys=True)
            h = event_hash(prev, at, "anna", action, entity, entity_id, summary, b, a)
            conn.execute(sa.text(
                "INSERT INTO audit_events (at, actor, action, entity, entity_id, summary, "
                "before_json, after_json, prev_hash, hash) VALUES (:at, 'anna', :action, "
                ":entity, :eid, :summary, :b, :a, :prev, :h)"),
                {"at": at.replace(tzinfo=None), "action": action, "entity": entity,
                 "eid": entity_id, "summary": summary, "b": b, "a": a, "prev": prev, "h": h})
            prev = h
        head = conn.exec_driver_sql("SELECT max(id) FROM audit_events").scalar_one()
    checkpoints.write_checkpoint(location, checkpoints.Checkpoint(
        int(head), prev, 5, NOW.isoformat()))
    engine.dispose()
    upgraded = open_store(location.url if location.path is None else str(location.path))
    yield upgraded
    upgraded.dispose()


def test_the_old_chain_upgrades_and_verifies_against_its_old_checkpoint(
        old_roster: Store) -> None:
    engine = old_roster.engine
    assert migrate.current_revision(engine) == migrate.head_revision()
    check = AuditLog(old_roster).verify()
    assert check.ok, check
    assert check.checked == 5


def test_a_person_named_in_old_events_is_erased_and_the_chain_holds(
        old_roster: Store) -> None:
    people = PeopleDataService(old_roster, fixed_clock(NOW + timedelta(hours=1)), "anna")
    counts = people.erase(EMAIL).value
    assert counts["audit_events"] == 2
    assert AuditLog(old_roster).verify().ok
    text = old_roster.read(lambda c: repr(list(c.exec_driver_sql(
        "SELECT * FROM audit_events"))) + repr(list(c.exec_driver_sql("SELECT * FROM people"))))
    assert NAME not in text
    assert EMAIL not in text
    assert "[erased]" in text


def test_tampering_with_an_old_event_is_still_seen_after_the_upgrade(
        old_roster: Store) -> None:
    PeopleDataService(old_roster, fixed_clock(NOW + timedelta(hours=1)), "anna").erase(EMAIL)
    on = "" if old_roster.is_sqlite else " ON audit_events"
    old_roster.write(lambda c: c.exec_driver_sql(f"DROP TRIGGER audit_events_no_update{on}"))
    old_roster.write(lambda c: c.exec_driver_sql(  # an old event the erasure left alone
        "UPDATE audit_events SET summary = 'L-0002 renews' WHERE action = 'seat.renew_set'"))
    check = AuditLog(old_roster).verify()
    assert check.broken_at == 3
    assert "changed" in check.reason
