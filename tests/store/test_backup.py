"""Backups: before upgrades, once a day, the newest seven, checked; restore; failed upgrades."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.domain.errors import RosterUnreadable, StoreError
from seatkeeper.store import backup, migrate
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store

T0 = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)

FAILING_MIGRATION = '''"""A migration that creates a table, then fails (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "zz_fails_halfway"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("audit_events", sa.Column("half_column", sa.Text))
    raise RuntimeError("the disk caught fire")


def downgrade() -> None:
    pass
'''


def _people(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM people ORDER BY id")]
    finally:
        conn.close()


def _add_person(store: Store, name: str) -> None:
    store.write(lambda c: c.execute(t.people.insert().values(
        name=name, email=f"{name.lower()}@example.com", created_at=T0, version=1)))


def test_backup_is_checked_and_only_seven_are_kept(roster_path: Path) -> None:
    store = open_store(str(roster_path))
    _add_person(store, "Ada")
    taken = [backup.take_backup(roster_path, reason="manual", now=T0 + timedelta(hours=h))
             for h in range(9)]
    store.dispose()
    kept = backup.list_backups(roster_path)
    assert [b.path for b in kept] == [b.path for b in reversed(taken[-7:])]
    assert kept[0].path.parent.parent.name == "backups"
    for copy in kept:
        backup.check_copy(copy.path)
        assert _people(copy.path) == ["Ada"]


def test_daily_backup_once_a_day(roster_path: Path) -> None:
    open_store(str(roster_path)).dispose()
    assert backup.daily_backup(roster_path, T0) is not None
    assert backup.daily_backup(roster_path, T0 + timedelta(hours=23)) is None
    assert backup.daily_backup(roster_path, T0 + timedelta(hours=24)) is not None
    assert [b.reason for b in backup.list_backups(roster_path)] == ["daily", "daily"]


def test_damaged_copy_is_refused(tmp_path: Path, roster_path: Path) -> None:
    open_store(str(roster_path)).dispose()
    bad = tmp_path / "bad.sqlite"
    conn = sqlite3.connect(bad)
    conn.executescript("PRAGMA foreign_keys=OFF; CREATE TABLE p (id INTEGER PRIMARY KEY);"
                       "CREATE TABLE c (p_id INTEGER REFERENCES p(id)); "
                       "INSERT INTO c VALUES (42);")
    conn.close()
    with pytest.raises(RosterUnreadable, match="broken references"):
        backup.check_copy(bad)
    with pytest.raises(RosterUnreadable):
        backup.restore(bad, roster_path, now=T0)


def test_restore_brings_back_the_copy_and_keeps_the_current_one(roster_path: Path) -> None:
    store = open_store(str(roster_path))
    _add_person(store, "Ada")
    copy = backup.take_backup(roster_path, reason="manual", now=T0)
    _add_person(store, "Grace")
    store.dispose()
    before = backup.restore(copy.path, roster_path, now=T0 + timedelta(minutes=5))
    assert _people(roster_path) == ["Ada"]
    assert before is not None
    assert _people(before.path) == ["Ada", "Grace"]
    reopened = open_store(str(roster_path))  # a restored roster opens normally
    reopened.dispose()


def _extra_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A copy of the shipped migrations plus one more, used in place of the real ones."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "0099_zz_extra.py").write_text(
        body.format(head=migrate.head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)


def test_upgrade_takes_a_backup_first(roster_path: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(str(roster_path))
    assert backup.list_backups(roster_path) == []  # a brand-new roster has nothing to keep
    _add_person(store, "Ada")
    store.dispose()
    _extra_migration(tmp_path, monkeypatch, FAILING_MIGRATION.replace(
        '    raise RuntimeError("the disk caught fire")\n', ""))
    reopened = open_store(str(roster_path))
    reopened.dispose()
    copies = backup.list_backups(roster_path)
    assert [c.reason for c in copies] == ["before-upgrade"]
    assert _people(copies[0].path) == ["Ada"]
    assert "half_done" not in sqlite3.connect(copies[0].path).execute(
        "SELECT group_concat(name) FROM sqlite_master").fetchone()[0]


def _schema(store_or_url: str) -> tuple[set[str], set[str], str | None]:
    engine = sa.create_engine(store_or_url)
    try:
        inspector = sa.inspect(engine)
        columns = {c["name"] for c in inspector.get_columns("audit_events")}
        return set(inspector.get_table_names()), columns, migrate.current_revision(engine)
    finally:
        engine.dispose()


def test_failed_migration_leaves_the_schema_as_it_was_and_says_so(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = store.location.url
    store.dispose()
    before = _schema(url)
    _extra_migration(tmp_path, monkeypatch, FAILING_MIGRATION)
    with pytest.raises(StoreError, match="upgrade was undone: the roster is exactly as it was"):
        open_store(url)
    after = _schema(url)
    assert "half_done" not in after[0]
    assert "half_column" not in after[1]
    assert after == before
    if store.location.path is not None:
        assert [b.reason for b in backup.list_backups(store.location.path)] == \
            ["before-upgrade"]
