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
from seatkeeper.store import tables as t
from seatkeeper.store.audit import GENESIS, content_digest, event_hash, row_hash
from seatkeeper.store.engine import Store, create_engine_for
from seatkeeper.store.open import open_store
from tests.conftest import NOW
from tests.store.test_migrate_audit_sqlstate import _move

BEFORE = "i17_reminder_answers"
NEW = ("scheme", "content_salt", "content_digest", "redacted_by", "legacy_hash")
EMAIL, NAME = "kari.nord@example.com", "Kari Nord"


OLD_HASHES: list[str] = []


@pytest.fixture
def old_roster(store: Store) -> Iterator[Store]:
    yield from _old_roster(store, broken=False)


@pytest.fixture
def broken_old_roster(store: Store) -> Iterator[Store]:
    yield from _old_roster(store, broken=True)


def _old_roster(store: Store, *, broken: bool) -> Iterator[Store]:
    """A roster at i17 with a chain of five events written as the old code wrote them
    (hash over the text), two naming Kari Nord, and this computer's checkpoint of it;
    ``broken``: event 3's text was edited before the upgrade."""
    OLD_HASHES.clear()
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
            OLD_HASHES.append(h)
        if broken:
            conn.exec_driver_sql("DROP TRIGGER audit_events_no_update"
                                 + ("" if engine.dialect.name == "sqlite" else
                                    " ON audit_events"))
            conn.exec_driver_sql("UPDATE audit_events SET summary = 'L-0002 renews' "
                                 "WHERE action = 'seat.renew_set'")
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
    assert check.reason is not None
    assert "changed" in check.reason.render()


def test_the_old_events_are_rehashed_and_their_old_hashes_go_with_an_erasure(
        old_roster: Store) -> None:
    """An old hash is an unsalted digest of text that named someone: after the upgrade it
    is no longer in the chain, and an erasure drops it from legacy_hash too."""
    rows = old_roster.read(lambda c: list(c.exec_driver_sql(
        "SELECT scheme, hash, legacy_hash FROM audit_events ORDER BY id")))
    assert [r[0] for r in rows] == [2] * 5
    assert [r[2] for r in rows] == OLD_HASHES
    assert not {r[1] for r in rows} & set(OLD_HASHES)
    PeopleDataService(old_roster, fixed_clock(NOW + timedelta(hours=1)), "anna").erase(EMAIL)
    assert AuditLog(old_roster).verify().ok
    text = old_roster.read(lambda c: repr(list(c.exec_driver_sql(
        "SELECT * FROM audit_events"))))
    assert OLD_HASHES[1] not in text  # the events that named her
    assert OLD_HASHES[3] not in text
    assert OLD_HASHES[2] in text  # one that named no one keeps it (old checkpoints)


def test_a_rewrite_after_the_upgrade_is_seen_by_the_old_rule(
        old_roster: Store) -> None:
    """Rewritten text, the new chain rehashed and the old hashes left as they were: the
    old hash no longer matches the text by the old rule."""
    on = "" if old_roster.is_sqlite else " ON audit_events"
    old_roster.write(lambda c: c.exec_driver_sql(f"DROP TRIGGER audit_events_no_update{on}"))

    def rewrite(conn: sa.Connection) -> None:
        rows = list(conn.execute(sa.select(t.audit_events).order_by(t.audit_events.c.id))
                    .mappings())
        prev = GENESIS
        for r in rows:
            summary = "Lead times unset" if r["action"] == "settings.changed" else r["summary"]
            digest = content_digest(r["content_salt"], r["actor"], summary, r["before_json"],
                                    r["after_json"])
            new = row_hash({**r, "content_digest": digest}, prev)
            conn.execute(t.audit_events.update().where(t.audit_events.c.id == r["id"])
                         .values(summary=summary, content_digest=digest, prev_hash=prev,
                                 hash=new))
            prev = str(new)
    old_roster.write(rewrite)
    check = AuditLog(old_roster).verify()
    assert check.broken_at == 5


def test_a_chain_broken_before_the_upgrade_is_left_as_found_and_still_reported(
        broken_old_roster: Store) -> None:
    schemes = broken_old_roster.read(lambda c: list(c.exec_driver_sql(
        "SELECT DISTINCT scheme FROM audit_events").scalars()))
    assert schemes == [1]
    check = AuditLog(broken_old_roster).verify()
    assert check.broken_at == 3
    PeopleDataService(broken_old_roster, fixed_clock(NOW + timedelta(hours=1)),
                      "anna").erase(EMAIL)  # an erasure still works on it
    assert AuditLog(broken_old_roster).verify().broken_at == 3
