"""Rosters and backups are left as they were found (issue 19).

Each test reproduced a defect the fault probe found: a refused roster got new
-wal/-shm files beside it, a backup left .partial-wal/.partial-shm, a backup
killed midway left its .partial (and -journal) for good, a dangling symlink's
folder was not the one checked, and a full disk at open read as "damaged".
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from seatkeeper.domain.errors import DiskFull, RosterUnreadable, StoreError
from seatkeeper.store import backup, engine
from seatkeeper.store.open import open_store

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.sqlite"
    store = open_store(str(path))
    store.dispose()
    return path


def _beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name)}


def test_a_backup_leaves_only_the_copy(roster: Path) -> None:
    taken = backup.take_backup(roster, reason="manual", now=NOW)
    # The copy and its note of the audit head (issue 19); no temporary file of either.
    assert {p.name for p in taken.path.parent.iterdir()} == {
        taken.path.name, backup.head_file(taken.path).name}


def test_an_interrupted_backup_is_cleaned_at_next_start(roster: Path) -> None:
    folder = backup.backup_folder(roster)
    folder.mkdir(parents=True)
    for leftover in ("20261121T093000Z-before-upgrade.partial",
                     "20261121T093000Z-before-upgrade.partial-journal",
                     "20261121T093000Z-daily.partial-wal"):
        (folder / leftover).write_bytes(b"x" * 100)
    taken = backup.daily_backup(roster, NOW)
    assert taken is not None
    assert {p.name for p in folder.iterdir()} == {taken.path.name,
                                                  backup.head_file(taken.path).name}


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_refused_roster_gets_nothing_beside_it(roster: Path, damage: str) -> None:
    data = roster.read_bytes()
    if damage == "garbage":
        roster.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    else:
        roster.write_bytes(data[: len(data) // 3])
    before = _beside(roster)
    with pytest.raises(RosterUnreadable, match="left untouched"):
        open_store(str(roster))
    assert _beside(roster) == before == {roster.name}


def test_a_dangling_symlink_is_checked_where_it_points(tmp_path: Path) -> None:
    link = tmp_path / "roster.sqlite"
    link.symlink_to(tmp_path / "elsewhere" / "roster.sqlite")
    with pytest.raises(StoreError, match="elsewhere"):
        open_store(str(link))
    assert not (tmp_path / "elsewhere").exists()


def test_a_full_disk_at_open_is_reported_as_full(roster: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        raise error
    monkeypatch.setattr(engine.sqlite3, "connect", full)
    with pytest.raises(DiskFull, match="full"):
        engine.check_sqlite_file(roster)
