"""A table's dry run and write in one child process: the window gets a summary and pages
of problems, the write imports the plan the child kept, keys reach the caller's vault
(on SQLite and PostgreSQL)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.credentials.vault import SERVICE
from seatkeeper.domain.errors import KnownError
from seatkeeper.services.clock import Clock
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing import ImportCancelled, guess_mapping
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.services.importing.session import (
    ERRORS_PAGE,
    DryRunJob,
    ImportSession,
    WriteJob,
)
from seatkeeper.services.roster import RosterService
from seatkeeper.store.engine import Store
from tests.conftest import TEST_DATA
from tests.store.test_bulk_load import HEADER, _first


@pytest.fixture
def session() -> Iterator[ImportSession]:
    opened = ImportSession()
    yield opened
    opened.close()


def _dry(clock: Clock, path: Path) -> DryRunJob:
    source = read_csv_text(path.read_text(encoding="utf-8"))
    return DryRunJob(path, "auto", ImportContext(clock().date(), "it@example.com"),
                     dict(guess_mapping(source.headers, "snipeit" if "Item name" in
                                        source.headers else "generic")), "utf-8")


def _write(store: Store, clock: Clock, *, vault: bool = False, mode: str = "stop",
           rejects: Path | None = None) -> WriteJob:
    return WriteJob(location=store.location.url, mode=mode, rejects_path=rejects,  # type: ignore[arg-type]
                    now=clock(), actor="t", vault=vault)


def test_the_write_imports_the_plan_the_dry_run_left_in_the_child(
        store: Store, clock: Clock, tmp_path: Path, session: ImportSession) -> None:
    path = tmp_path / "first.csv"
    path.write_text(_first(), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    summary = session.dry_run(_dry(clock, path), lambda d, t: seen.append((d, t)) is None)
    assert (summary.total, summary.good_rows, summary.bad_rows) == (40, 40, 0)
    assert summary.totals.seats == 40
    assert len(summary.rows) == 40
    assert seen == [(40, 40)]
    path.unlink()  # the file is not read again: the child kept what it checked
    result = session.write(_write(store, clock))
    assert (result.imported, result.seats_added) == (40, 40)
    assert RosterService(store).count_licences("") == 40


def test_problems_come_a_page_at_a_time_and_a_cancelled_check_leaves_nothing_to_write(
        store: Store, clock: Clock, tmp_path: Path, session: ImportSession) -> None:
    path = tmp_path / "bad.csv"
    bad = ERRORS_PAGE + 20
    path.write_text(HEADER + "".join(f"Bad {i},b{i},V,someday,5,s{i},,,,,,,\n"
                                     for i in range(bad)), encoding="utf-8")
    summary = session.dry_run(_dry(clock, path))
    assert (summary.error_count, len(summary.errors)) == (bad, ERRORS_PAGE)
    page = session.errors(ERRORS_PAGE)
    assert [e.line for e in page] == list(range(ERRORS_PAGE + 2, bad + 2))
    assert all(e.column == "renewal_date" for e in page)
    with pytest.raises(ImportCancelled):
        session.dry_run(_dry(clock, path), lambda d, t: False)
    with pytest.raises(KnownError, match="no longer at hand"):
        session.write(_write(store, clock))


def test_product_keys_go_to_the_callers_vault_and_never_into_the_summary(
        store: Store, clock: Clock, tmp_path: Path, session: ImportSession) -> None:
    path = tmp_path / "snipeit.csv"
    shutil.copy(TEST_DATA / "snipeit_licences.csv", path)
    vault = MemoryVault()
    summary = session.dry_run(_dry(clock, path))
    assert summary.product_keys == 4
    assert all(row.product_key is None for row in summary.rows)
    assert "XXXX1-PRODK-EY111-AAAAA" not in repr(summary)
    before = roster_json(store)
    with pytest.raises(ImportCancelled):  # cancelled inside the transaction: no key kept
        session.write(_write(store, clock, vault=True, mode="skip_bad"), lambda d, t: False,
                      vault)
    assert vault._secrets == {}
    assert roster_json(store) == before
    result = session.write(_write(store, clock, vault=True, mode="skip_bad",
                                  rejects=tmp_path / "rejected.csv"), None, vault)
    assert (result.imported, result.rejected, result.product_keys_stored) == (4, 2, 4)
    stored = {k: v for (service, k), v in vault._secrets.items() if service == SERVICE}
    assert "XXXX1-PRODK-EY111-AAAAA" in stored.values()
    assert "XXXX1" not in (tmp_path / "rejected.csv").read_text(encoding="utf-8-sig")


def test_a_workbooks_rows_are_counted_as_they_come_its_total_not_known(
        store: Store, clock: Clock, tmp_path: Path, session: ImportSession) -> None:
    from tests.services.importing.test_xlsx import _book

    header = HEADER.strip().split(",")
    rows = [[f"Team {i % 3}", f"t{i % 3}", "V", "2027-01-15", 40, f"s{i}", "", "", "", "",
             "", "", ""] for i in range(12)]
    path = _book(tmp_path / "roster.xlsx", [header, *rows])
    seen: list[tuple[int, int]] = []
    job = DryRunJob(path, "auto", ImportContext(clock().date(), "it@example.com"),
                    dict(guess_mapping(header)), None)
    summary = session.dry_run(job, lambda d, t: seen.append((d, t)) is None)
    assert (summary.total, summary.good_rows) == (12, 12)
    assert seen == [(12, 0)]
    assert session.write(_write(store, clock)).seats_added == 12


def test_a_write_job_prints_without_the_rosters_address(clock: Clock) -> None:
    job = WriteJob(location="postgresql://admin:s3cret-pw@db.example/roster", mode="stop",
                   rejects_path=None, now=clock(), actor="t", vault=True)
    assert "s3cret-pw" not in repr(job)
