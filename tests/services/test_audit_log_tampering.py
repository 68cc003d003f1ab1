"""Tampering the hash chain alone cannot show is caught by the checkpoint kept outside the
roster and by checking the append-only triggers at open (issue 19).

Each test first lets the admin's Seatkeeper see the log (a passing ``verify``, as
closing a writable roster also does), then tampers as someone with write access
to the file or the server would: dropping the triggers first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.services.audit_log import AuditLog
from seatkeeper.services.bundle import open_services
from seatkeeper.store import tables as t
from seatkeeper.store.audit import content_digest, row_hash
from seatkeeper.store.audit_protection import RESTORED, missing_triggers
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store

A = t.audit_events


def _drop_triggers(store: Store) -> None:
    on = "" if store.is_sqlite else " ON audit_events"
    for name in ("no_update", "no_delete"):
        store.write(lambda c, n=name: c.exec_driver_sql(  # type: ignore[misc]
            f"DROP TRIGGER audit_events_{n}{on}"))


def _ids(store: Store) -> list[int]:
    return list(store.read(lambda c: c.execute(sa.select(A.c.id).order_by(A.c.id)).scalars()))


def _seen(store: Store) -> AuditLog:
    log = AuditLog(store)
    assert log.verify().ok  # the admin's Seatkeeper sees the log and keeps its head
    return log


def test_cutting_the_tail_is_seen(demo_store: Store) -> None:
    log = _seen(demo_store)
    _drop_triggers(demo_store)
    tail = _ids(demo_store)[-3:]
    demo_store.write(lambda c: c.execute(A.delete().where(A.c.id.in_(tail))))
    check = log.verify()
    assert not check.ok
    assert check.broken_at is None  # the chain itself still holds
    assert "removed from its end" in check.findings[0].render()
    assert str(tail[-1]) in check.findings[0].render()


def test_deleting_every_event_is_seen(demo_store: Store) -> None:
    log = _seen(demo_store)
    _drop_triggers(demo_store)
    demo_store.write(lambda c: c.execute(A.delete()))
    check = log.verify()
    assert not check.ok
    assert "every event was deleted" in check.findings[0].render()


def test_an_empty_log_beside_records_is_seen_without_a_checkpoint(demo_store: Store) -> None:
    _drop_triggers(demo_store)
    demo_store.write(lambda c: c.execute(A.delete()))
    check = AuditLog(demo_store).verify()  # a computer that never saw this roster
    assert not check.ok
    assert "yet the roster holds records" in check.findings[0].render()


def test_an_empty_new_roster_is_intact(store: Store) -> None:
    assert AuditLog(store).verify().ok


def test_rewriting_and_rehashing_with_the_public_hash_is_seen(demo_store: Store) -> None:
    log = _seen(demo_store)
    _drop_triggers(demo_store)
    victim = _ids(demo_store)[5]

    def rewrite(conn: sa.Connection) -> None:
        rows = list(conn.execute(sa.select(A).where(A.c.id >= victim).order_by(A.c.id))
                    .mappings())
        prev = rows[0]["prev_hash"]
        for r in rows:
            actor = "somebody-else" if r["id"] == victim else r["actor"]
            digest = content_digest(r["content_salt"], actor, r["summary"], r["before_json"],
                                    r["after_json"])  # the public rules, salt at hand
            new = row_hash({**r, "actor": actor, "content_digest": digest}, prev)
            assert new is not None
            conn.execute(A.update().where(A.c.id == r["id"])
                         .values(actor=actor, prev_hash=prev, hash=new, content_digest=digest))
            prev = new
    demo_store.write(rewrite)
    check = log.verify()
    assert check.broken_at is None  # every link holds: only the checkpoint shows it
    assert not check.ok
    assert "rewritten" in check.findings[0].render()


def test_dropped_triggers_are_put_back_at_open_and_reported(demo_store: Store) -> None:
    _drop_triggers(demo_store)
    where = demo_store.location.url if not demo_store.is_sqlite \
        else str(demo_store.location.path)
    again = open_store(where)
    try:
        assert again.read(missing_triggers) == []
        assert "put it back" in again.findings[0].render()
        actions = again.read(lambda c: list(c.execute(sa.select(A.c.action)).scalars()))
        assert RESTORED in actions
        check = AuditLog(again).verify()
        assert check.ok
        assert "put back" in check.notes[0].render()
    finally:
        again.dispose()


def test_dropped_triggers_on_a_read_only_open_are_a_finding(demo_store: Store) -> None:
    _drop_triggers(demo_store)
    where = demo_store.location.url if not demo_store.is_sqlite \
        else str(demo_store.location.path)
    review = open_store(where, read_only=True)
    try:
        assert "has been removed" in review.findings[0].render()
        check = AuditLog(review).verify()
        assert not check.ok
        assert "append-only protection is missing" in check.findings[-1].render()
    finally:
        review.dispose()


@pytest.mark.sqlite_only
def test_the_window_is_told_at_open(demo_store: Store, tmp_path: Path) -> None:
    _seen(demo_store)
    _drop_triggers(demo_store)
    last = _ids(demo_store)[-1]
    demo_store.write(lambda c: c.execute(A.delete().where(A.c.id == last)))
    demo_store.dispose()
    services = open_services(demo_store.location, actor="admin", read_only=True)
    try:
        assert any("tampered with" in p.render() for p in services.audit_problems)
    finally:
        services.close()
