"""The audit head kept where the log's own rows cannot change it: beside every backup copy,
and in the admin's OS keyring when there is one (issue 19).

Each test tampers as someone with write access to the roster file would (dropping the
append-only triggers first) and, where it says so, also deletes this computer's
checkpoint file: the other heads must still show the cut, the emptied log or the rewrite.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.keyring_vault import KeyringVault
from seatkeeper.credentials.vault import SERVICE
from seatkeeper.services import audit_heads
from seatkeeper.services.audit_log import AuditLog
from seatkeeper.services.bundle import open_services
from seatkeeper.store import audit, audit_protection, backup, checkpoints
from seatkeeper.store import tables as t
from seatkeeper.store.audit import content_digest, row_hash
from seatkeeper.store.audit_protection import missing_triggers
from seatkeeper.store.engine import Store
from tests.conftest import NOW, in_ci

A = t.audit_events
pytestmark = pytest.mark.sqlite_only  # backups and this keyring test are of roster files


def _drop_triggers(store: Store) -> None:
    for name in ("no_update", "no_delete"):
        store.write(lambda c, n=name: c.exec_driver_sql(  # type: ignore[misc]
            f"DROP TRIGGER audit_events_{n}"))


def _ids(store: Store) -> list[int]:
    return list(store.read(lambda c: c.execute(sa.select(A.c.id).order_by(A.c.id)).scalars()))


def _path(store: Store) -> Path:
    assert store.location.path is not None
    return store.location.path


def _ids_of(findings: tuple[object, ...]) -> list[str]:
    """The findings' ids, but the dropped triggers every tampering here begins with."""
    return [i for i in (getattr(f, "id", "") for f in findings) if i != "audit.no_triggers"]


def _cut_tail(store: Store, n: int) -> list[int]:
    _drop_triggers(store)
    tail = _ids(store)[-n:]
    store.write(lambda c: c.execute(A.delete().where(A.c.id.in_(tail))))
    return tail


def test_every_backup_carries_the_audit_head_beside_it(demo_store: Store) -> None:
    head = AuditLog(demo_store).head()
    assert head is not None
    copy = backup.take_backup(_path(demo_store), reason="manual", now=NOW)
    note = json.loads(backup.head_file(copy.path).read_text(encoding="utf-8"))
    assert (note["head"]["event_id"], note["head"]["hash"], note["head"]["count"]) == \
        (head.event_id, head.hash, head.count)
    listed = backup.list_backups(_path(demo_store))[0]
    assert listed.head is not None
    assert listed.head.hash == head.hash
    assert not listed.rewound


def test_a_tail_cut_below_a_backups_head_is_tampering_with_no_checkpoint_left(
        demo_store: Store) -> None:
    backup.take_backup(_path(demo_store), reason="manual", now=NOW)
    tail = _cut_tail(demo_store, 3)
    checkpoints.drop_checkpoint(demo_store.location)  # the tamperer removes this one too
    check = AuditLog(demo_store).verify()
    assert not check.ok
    assert check.broken_at is None  # the chain that is left holds
    assert _ids_of(check.findings) == ["audit.cut_below_backup"]
    assert str(tail[-1]) in check.findings[0].render()


def test_an_emptied_log_is_seen_by_the_backups_head(demo_store: Store) -> None:
    backup.take_backup(_path(demo_store), reason="manual", now=NOW)
    _drop_triggers(demo_store)
    demo_store.write(lambda c: c.execute(A.delete()))
    check = AuditLog(demo_store).verify()
    assert _ids_of(check.findings) == ["audit.emptied_below_backup"]


def test_a_rehashed_rewrite_below_a_backups_head_is_seen(demo_store: Store) -> None:
    backup.take_backup(_path(demo_store), reason="manual", now=NOW)
    _drop_triggers(demo_store)
    victim = _ids(demo_store)[2]

    def rewrite(conn: sa.Connection) -> None:
        rows = list(conn.execute(sa.select(A).where(A.c.id >= victim).order_by(A.c.id))
                    .mappings())
        prev = rows[0]["prev_hash"]
        for r in rows:  # rehashed by the public rules, the salted digest included
            summary = "nothing happened" if r["id"] == victim else r["summary"]
            digest = content_digest(r["content_salt"], r["actor"], summary, r["before_json"],
                                    r["after_json"])
            new = row_hash({**r, "summary": summary, "content_digest": digest}, prev)
            conn.execute(A.update().where(A.c.id == r["id"])
                         .values(summary=summary, prev_hash=prev, hash=new,
                                 content_digest=digest))
            prev = new
    demo_store.write(rewrite)
    check = AuditLog(demo_store).verify()
    assert check.broken_at is None
    assert _ids_of(check.findings) == ["audit.rewritten_below_backup"]


def test_the_window_is_told_at_open_by_the_backups_head(demo_store: Store) -> None:
    backup.take_backup(_path(demo_store), reason="manual", now=NOW)
    _cut_tail(demo_store, 1)
    demo_store.dispose()
    services = open_services(demo_store.location, actor="admin", read_only=True)
    try:
        ids = [p.id for p in services.audit_problems]
        assert ids == ["store.audit_triggers_missing", "audit.head_problem_at_open"]
        assert "backup" in services.audit_problems[1].render()
    finally:
        services.close()


def test_a_restore_is_a_deliberate_rewind_not_tampering(demo_store: Store) -> None:
    roster = _path(demo_store)
    older = backup.take_backup(roster, reason="manual", now=NOW)
    AuditLog(demo_store).verify()  # this computer sees the head
    demo_store.write(lambda c: audit.record(c, audit.Change(
        "note.added", "roster", None, "a change made after the older copy"),
        at=NOW, actor="admin"))
    newer = backup.take_backup(roster, reason="manual", now=NOW + timedelta(minutes=1))
    AuditLog(demo_store).verify()
    demo_store.dispose()
    backup.restore(older.path, roster, now=NOW + timedelta(minutes=2))
    copies = {c.path.name: c for c in backup.list_backups(roster)}
    assert copies[newer.path.name].rewound  # its head is after the restored one
    assert not copies[older.path.name].rewound
    before = [c for c in copies.values() if c.reason == "before-restore"]
    assert before
    assert before[0].rewound
    services = open_services(demo_store.location, actor="admin", read_only=True)
    try:
        assert services.audit_problems == []
        assert services.audit.verify().ok
    finally:
        services.close()


def test_verify_against_a_copy_kept_elsewhere(demo_store: Store, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from seatkeeper import cli
    from seatkeeper.credentials import keyring_vault

    # A box with no keyring: only the copy kept elsewhere is left to remember the head.
    monkeypatch.setattr(keyring_vault, "find_recommended_backend", lambda: None)

    roster = _path(demo_store)
    copy = backup.take_backup(roster, reason="manual", now=NOW)
    offsite = tmp_path / "offsite" / "roster-copy.sqlite"
    offsite.parent.mkdir()
    shutil.copy(copy.path, offsite)
    assert cli.run(["audit", "verify", "--db", str(roster), "--against", str(offsite)]) == 0
    _cut_tail(demo_store, 2)
    demo_store.write(lambda c: audit_protection.restore_triggers(c, missing_triggers(c)))
    shutil.rmtree(backup.backup_folder(roster))  # every trace in the data directory goes
    checkpoints.drop_checkpoint(roster)
    demo_store.dispose()
    capsys.readouterr()
    assert cli.run(["audit", "verify", "--db", str(roster)]) == 0  # nothing left to tell
    assert cli.run(["audit", "verify", "--db", str(roster), "--against", str(offsite)]) == 2
    err = capsys.readouterr().err
    assert "The audit log cannot be trusted: events were removed from its end" in err
    assert "roster-copy.sqlite" in err
    assert len(err.strip().splitlines()) == 1


def test_verify_against_a_missing_copy_is_one_line(demo_store: Store, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from seatkeeper import cli

    code = cli.run(["audit", "verify", "--db", str(_path(demo_store)), "--against",
                    str(tmp_path / "nowhere.sqlite")])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "no roster copy" in err[0]


# --- the keyring -------------------------------------------------------------------------

@pytest.fixture
def real_vault() -> Iterator[KeyringVault]:
    """The real Secret Service the credential tests use (tests/integration/
    test_secret_service.py); CI provides it (.ci/run)."""
    vault = KeyringVault()
    if vault.description != "Secret Service":
        if in_ci():
            pytest.fail("CI must provide a Secret Service (see .ci/run)")
        pytest.skip("no Secret Service on this machine (run .ci/run for the real one)")
    return vault


@pytest.mark.integration
def test_the_keyring_keeps_the_head_and_sees_a_cut_when_the_file_is_gone(
        demo_store: Store, real_vault: KeyringVault) -> None:
    key = audit_heads.KEYRING_PREFIX + checkpoints.roster_key(demo_store.location)
    try:
        log = AuditLog(demo_store, real_vault)
        assert log.verify().ok  # the head goes to the file and to the keyring
        kept = real_vault.get(SERVICE, key)
        assert kept is not None
        head = log.head()
        assert head is not None
        assert json.loads(kept)["hash"] == head.hash
        tail = _cut_tail(demo_store, 2)
        checkpoints.drop_checkpoint(demo_store.location)  # the tamperer can reach the file
        check = log.verify()
        assert _ids_of(check.findings) == ["audit.cut"]
        assert str(tail[-1]) in check.findings[0].render()
    finally:
        real_vault.delete(SERVICE, key)


@pytest.mark.integration
def test_a_restore_forgets_the_keyrings_head(demo_store: Store,
                                            real_vault: KeyringVault) -> None:
    key = audit_heads.KEYRING_PREFIX + checkpoints.roster_key(demo_store.location)
    try:
        AuditLog(demo_store, real_vault).checkpoint()
        assert real_vault.get(SERVICE, key) is not None
        audit_heads.forget(real_vault, demo_store.location)
        assert real_vault.get(SERVICE, key) is None
    finally:
        real_vault.delete(SERVICE, key)


def test_no_keyring_fails_nothing(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from seatkeeper.credentials import keyring_vault

    monkeypatch.setattr(keyring_vault, "find_recommended_backend", lambda: None)
    none = KeyringVault()  # what a box without a keyring has: every call refused
    assert not none.available
    log = AuditLog(demo_store, none)
    assert log.verify().ok
    assert checkpoints.read_checkpoint(demo_store.location) is not None  # the file still
    _cut_tail(demo_store, 1)
    assert _ids_of(log.verify().findings) == ["audit.cut"]


def test_a_late_second_close_writes_no_head_a_restore_forgot(demo_store: Store) -> None:
    """The window closes a roster on a worker while the restore closes it too: a close
    that came after the restore wrote the old head back, and the restored roster then
    read as cut at the next open (seen as a flaky window test)."""
    demo_store.dispose()
    services = open_services(demo_store.location, actor="admin")
    services.close()
    assert checkpoints.read_checkpoint(demo_store.location) is not None
    audit_heads.forget(services.vault, demo_store.location)  # what the restore does
    services.close()  # the window's own close, arriving late
    assert checkpoints.read_checkpoint(demo_store.location) is None


def test_a_session_that_changes_nothing_makes_no_keyring_call(demo_store: Store) -> None:
    """Opening reads the keyring's head only when the file's is gone, and closing writes
    it only when the head moved: a locked keyring would otherwise ask at every start."""
    from seatkeeper.credentials.memory_vault import MemoryVault

    AuditLog(demo_store).checkpoint()  # this computer's file holds the head
    demo_store.dispose()
    vault = MemoryVault()
    services = open_services(demo_store.location, actor="admin", vault=vault)
    services.roster.counts()
    services.close()
    assert vault.calls == 0
    services = open_services(demo_store.location, actor="admin", vault=vault)
    services.audit.verify()  # asked for: the keyring is written although the head is unmoved
    assert any(key.startswith(audit_heads.KEYRING_PREFIX) for _s, key in vault.entries())
    services.close()
    # With the file gone, the opening asks the keyring.
    checkpoints.drop_checkpoint(demo_store.location)
    calls = vault.calls
    services = open_services(demo_store.location, actor="admin", vault=vault)
    assert vault.calls > calls
    services.close()
