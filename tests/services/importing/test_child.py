"""The import in a child process writes what ``apply`` writes; a cancel or a changed file
writes nothing (on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.clock import Clock
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing import ImportCancelled, guess_mapping
from seatkeeper.services.importing.child import ImportJob, import_in_child
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.services.roster import RosterService
from seatkeeper.store.engine import Store
from tests.store.test_bulk_load import _first


def _job(store: Store, clock: Clock, path: Path, rows: int) -> ImportJob:
    source = read_csv_text(path.read_text(encoding="utf-8"))
    return ImportJob(location=store.location.url, path=path, choice="auto",
                     ctx=ImportContext(clock().date(), "it@example.com"),
                     mapping=dict(guess_mapping(source.headers)), encoding="utf-8",
                     mode="stop", rejects_path=None, now=clock(), actor="t", rows=rows,
                     bad_rows=0)


def test_a_child_import_reports_progress_and_writes_the_rows(
        store: Store, clock: Clock, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    path.write_text(_first(), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    result = import_in_child(_job(store, clock, path, 40),
                             lambda d, t: seen.append((d, t)) is None)
    assert (result.imported, result.seats_added) == (40, 40)
    assert seen[-1] == (120, 120)
    assert RosterService(store).count_licences("") == 40


def test_a_cancelled_child_import_writes_nothing(
        store: Store, clock: Clock, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    path.write_text(_first(), encoding="utf-8")
    before = roster_json(store)
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_in_child(_job(store, clock, path, 40),
                        lambda d, t: seen.append(d) is None and len(seen) < 2)
    assert len(seen) == 2  # cancelled after the seats were written, inside the transaction
    assert roster_json(store) == before


def test_a_file_changed_since_its_dry_run_is_not_imported(
        store: Store, clock: Clock, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    path.write_text(_first(), encoding="utf-8")
    before = roster_json(store)
    with pytest.raises(KnownError, match="changed after its dry run"):
        import_in_child(_job(store, clock, path, 41))
    assert roster_json(store) == before
