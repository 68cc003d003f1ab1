"""A first big import's search indexes, built aside and copied in (store.search_build)."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import ImportCancelled, apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.services.roster import RosterService
from seatkeeper.store import search_build, search_bulk
from seatkeeper.store.open import open_store
from tests.services.helpers import import_csv
from tests.store.test_bulk_load import HEADER

QUERIES = ("ann", "figma", "exa", "lee1", "seat-01", "mac-1", "macos de", "zoom pro",
           "zürich", "o'brien", "xyz-none")


def _csv(rows: int = 300) -> str:
    lines = []
    for i in range(rows):
        sub = ("Figma Org,k1,Figma,2027-01-31,300", "Slack Plus,k2,Slack,2027-03-01,100",
               "Zoom Pro,,Zoom,,50", "Büro Zürich,k4,Notion,2027-02-02,100")[i % 4]
        holder = "," if i % 5 == 4 else f"Ann Lee{i % 17},ann{i % 17}@example.com"
        if i % 11 == 0:
            holder = "Seán O'Brien,sean@example.ie"
        device = ",,," if i % 4 == 3 else f"MAC-{i},{('macos', 'windows')[i % 2]},de,d{i}"
        lines.append(f"{sub},seat-{i:03d},{holder},,{device}\n")
    return HEADER + "".join(lines)


def _copied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The indexes copied in from a build aside, as they are."""
    copied: list[str] = []
    real = search_build.SearchBuild.copy_into

    def spy(self: search_build.SearchBuild, conn: object, index: str) -> None:
        copied.append(index)
        real(self, conn, index)  # type: ignore[arg-type]

    monkeypatch.setattr(search_build.SearchBuild, "copy_into", spy)
    return copied


def _matches(conn: sqlite3.Connection, index: str, text: str) -> list[int]:
    quoted = '"' + text.replace('"', '""') + '"'
    return [r for (r,) in conn.execute(
        f"SELECT rowid FROM {index} WHERE {index} MATCH ? ORDER BY rowid", (quoted,))]


def _assert_like_insert_select(path: Path) -> None:
    """The roster's indexes answer as ones filled by INSERT ... SELECT, and are sound."""
    conn = sqlite3.connect(path)
    try:
        for index, select in (("seat_search", search_bulk.SEAT_TEXT),
                              ("device_search", search_bulk.DEVICE_TEXT)):
            conn.execute(f"INSERT INTO {index}({index}) VALUES('integrity-check')")
            create = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                  (index,)).fetchone()[0]
            conn.execute(create.replace(index, "reference", 1))
            conn.execute(f"INSERT INTO reference(rowid, text) {select}")
            assert conn.execute(f"SELECT rowid, text FROM {index} ORDER BY rowid").fetchall() \
                == conn.execute("SELECT rowid, text FROM reference ORDER BY rowid").fetchall()
            assert conn.execute(f"SELECT count(*) FROM {index}").fetchone()[0] > 100
            for query in QUERIES:
                assert _matches(conn, index, query) == _matches(conn, "reference", query), query
            assert any(_matches(conn, index, q) for q in QUERIES)
            conn.execute("DROP TABLE reference")
    finally:
        conn.close()


def _scratch_dirs() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("seatkeeper-search-*"))


def test_a_first_big_import_copies_in_indexes_that_answer_as_insert_select_would(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    copied = _copied(monkeypatch)
    before = _scratch_dirs()
    path = tmp_path / "first.sqlite"
    store = open_store(str(path))
    try:
        import_csv(store, clock, _csv())
        assert sorted(copied) == ["device_search", "seat_search"]
        roster = RosterService(store)  # the importing connection, back in the pool
        assert roster.count_licences("O'Brien") == roster.count_licences("o'brien") > 0
        assert roster.count_devices("MAC-298") == 1
        assert _scratch_dirs() == before  # detached and removed once committed
        _assert_like_insert_select(path)
        # A re-import (the index is not empty now) indexes the usual way, and the
        # triggers put back keep the copied index up to date.
        copied.clear()
        import_csv(store, clock, _csv(400).replace("Ann Lee3,", "Ann Renamed,"))
        assert copied == []
        assert roster.count_licences("Renamed") > 0
        _assert_like_insert_select(path)
    finally:
        store.dispose()


def test_a_failed_build_aside_falls_back_to_insert_select(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    copied = _copied(monkeypatch)
    monkeypatch.setattr(search_build, "_chunks", _failing_chunks)
    before = _scratch_dirs()
    path = tmp_path / "fallback.sqlite"
    store = open_store(str(path))
    try:
        import_csv(store, clock, _csv())
        assert copied == []
        assert _scratch_dirs() == before
        _assert_like_insert_select(path)
    finally:
        store.dispose()


def _failing_chunks(texts: object) -> Iterator[list[str]]:
    yield ["fine"]
    raise MemoryError("the build's thread ran out of memory")


def test_a_cancelled_import_leaves_no_index_no_scratch_file_and_no_attached_database(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    before = _scratch_dirs()
    path = tmp_path / "cancel.sqlite"
    store = open_store(str(path))
    try:
        source = read_csv_text(_csv())
        plan = preview(source.rows, guess_mapping(source.headers),
                       ImportContext(clock().date(), "it@example.com"), headers=source.headers)
        reports: list[int] = []

        def progress(done: int, total: int) -> bool:
            reports.append(done)
            return len(reports) < 3  # the seats' texts are sent; the devices' are not

        with pytest.raises(ImportCancelled):
            apply(store, plan, vault=None, clock=clock, actor="t", progress=progress)
        assert _scratch_dirs() == before
        assert RosterService(store).count_licences("ann") == 0
        import_csv(store, clock, _csv())  # and a new import builds aside again
        _assert_like_insert_select(path)
    finally:
        store.dispose()


def test_an_import_failing_after_the_copy_rolls_it_back_and_detaches(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    from seatkeeper.services.importing import writer

    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    copied = _copied(monkeypatch)
    before = _scratch_dirs()
    path = tmp_path / "rolled-back.sqlite"
    store = open_store(str(path))

    def audit_fails(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the audit log refused the row")

    try:
        with monkeypatch.context() as patched:
            patched.setattr(writer.audit, "record", audit_fails)
            with pytest.raises(RuntimeError):
                import_csv(store, clock, _csv())
        assert sorted(copied) == ["device_search", "seat_search"]
        assert _scratch_dirs() == before
        assert store.read(lambda c: search_build.SCHEMA not in [r[1] for r in c.exec_driver_sql(
            "PRAGMA database_list")])
        assert RosterService(store).count_licences("ann") == 0
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM seat_search_data").fetchone() \
            == conn.execute("SELECT count(*) FROM device_search_data").fetchone() == (2,)
        conn.close()
        import_csv(store, clock, _csv())
        _assert_like_insert_select(path)
    finally:
        store.dispose()
