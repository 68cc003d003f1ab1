"""Opening a roster: pragmas, migrations, and files we must refuse untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.domain.errors import DiskFull, RosterUnreadable, StoreError
from seatkeeper.store import migrate
from seatkeeper.store.engine import Store
from seatkeeper.store.location import RosterLocation
from seatkeeper.store.open import open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_roster_is_migrated_to_head(store: Store) -> None:
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    names = set(sa.inspect(store.engine).get_table_names())
    assert {"subscriptions", "seats", "people", "seat_assignments", "devices",
            "device_connections", "deliveries", "orders", "audit_events",
            "seat_credentials", "vendor_accounts"} <= names


@pytest.mark.sqlite_only
def test_every_connection_has_the_pragmas(store: Store) -> None:
    def pragmas(conn: sa.Connection) -> tuple[object, ...]:
        return tuple(conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in
                     ("journal_mode", "synchronous", "foreign_keys", "busy_timeout"))
    journal, synchronous, foreign_keys, busy = store.read(pragmas)
    assert journal == "wal"
    assert synchronous == 2  # FULL
    assert foreign_keys == 1
    assert busy >= 5000


@pytest.mark.sqlite_only
def test_writes_begin_immediate_and_roll_back_ddl_too(store: Store) -> None:
    """Our own BEGIN makes DDL transactional: a failed write leaves no half schema."""
    def half_done(conn: sa.Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.write(half_done)
    assert "half_done" not in sa.inspect(store.engine).get_table_names()


@pytest.mark.sqlite_only
def test_write_takes_the_lock_at_begin(store: Store, roster_path: Path) -> None:
    """BEGIN IMMEDIATE: while our write is open, another writer cannot start one."""
    def probe(conn: sa.Connection) -> str:
        other = sqlite3.connect(roster_path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            return str(error)
        finally:
            other.close()
        return "no lock"

    assert "locked" in store.write(probe)


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Shopping list: milk, eggs\n" * 100)
    before = digest(path)
    with pytest.raises(RosterUnreadable, match="not an SQLite database"):
        open_store(str(path))
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_corrupt_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    open_store(str(path)).dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    before = digest(path)
    with pytest.raises(RosterUnreadable, match="damaged"):
        open_store(str(path))
    assert digest(path) == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(RosterUnreadable, match="not a Seatkeeper roster"):
        open_store(str(path))
    assert digest(path) == before


def test_unwritable_folder_is_refused_with_words(tmp_path: Path) -> None:
    # root ignores permission bits, so use a folder nobody may create files in.
    folder = Path("/proc") if os.geteuid() == 0 else tmp_path / "locked"
    if folder != Path("/proc"):
        folder.mkdir()
        folder.chmod(0o555)
    with pytest.raises(StoreError, match="cannot write in the folder"):
        open_store(str(folder / "roster.sqlite"))


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nowhere" / "roster.sqlite"))


def test_roster_from_a_newer_seatkeeper_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    open_store(str(path)).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer Seatkeeper"):
        open_store(str(path))


def test_location_accepts_paths_and_urls(tmp_path: Path) -> None:
    assert RosterLocation.parse(str(tmp_path / "a.sqlite")).path == tmp_path / "a.sqlite"
    assert RosterLocation.parse(f"sqlite:///{tmp_path}/b.sqlite").path == tmp_path / "b.sqlite"
    pg = RosterLocation.parse("postgresql://admin:s3cret@db.example/roster")
    assert pg.url.startswith("postgresql+psycopg://")
    assert "s3cret" not in pg.label


def test_engine_hides_parameters_from_error_text(store: Store) -> None:
    canary = "canary-value-7781"
    with pytest.raises(sa.exc.IntegrityError) as caught:
        store.write(lambda conn: conn.execute(sa.text(
            "INSERT INTO people (name, email, created_at, version) VALUES (:n, :e, :c, 1)"),
            {"n": canary, "e": None, "c": "2026-01-01"}))
    assert canary not in str(caught.value)


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.sqlite_only
def test_full_disk_is_disk_full_and_nothing_is_saved(store: Store, roster_path: Path) -> None:
    """SQLITE_FULL, simulated by capping the file at its current size (max_page_count)."""
    store.write(lambda c: c.exec_driver_sql(
        "INSERT INTO settings (key, value) VALUES ('kept', 'yes')"))
    before = _dump(roster_path)

    def fill(conn: sa.Connection) -> None:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('half', 'done')")
        for n in range(2000):
            conn.exec_driver_sql(f"INSERT INTO settings (key, value) VALUES ('k{n}', "
                                 f"'{'x' * 500}')")

    with pytest.raises(DiskFull, match=r"disk holding .* is full\. Nothing was saved"):
        store.write(fill)
    store.dispose()  # the capped connection goes; checkpoint what is committed
    assert _dump(roster_path) == before


def test_read_only_roster_file_opens_for_review_only(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    open_store(str(path)).dispose()
    before = digest(path)
    review = open_store(str(path), read_only=True)
    try:
        with pytest.raises(StoreError, match="read-only for review; nothing can be changed"):
            review.write(lambda c: c.exec_driver_sql("DELETE FROM settings"))
        with pytest.raises(sa.exc.OperationalError, match="readonly"), \
                review.engine.begin() as raw:  # SQLite itself refuses, not only our flag
            raw.exec_driver_sql("DELETE FROM settings")
    finally:
        review.dispose()
    assert digest(path) == before


def test_head_read_from_the_scripts_is_alembics_head() -> None:
    # open_store decides "already at head" from the scripts' text, without Alembic.
    assert migrate.shipped_head() == migrate.head_revision()
