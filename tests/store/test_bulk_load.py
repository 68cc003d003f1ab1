"""A big SQLite import (store.bulk_load) writes the very roster the Core path writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.services.roster import RosterService
from seatkeeper.store import search_bulk
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.conftest import TEST_DATA
from tests.services.helpers import import_csv

HEADER = "subscription,subscription_key,vendor,renewal_date,seat_limit,licence_id," \
         "holder_name,holder_email,renew,device_name,device_platform,device_region," \
         "device_key\n"
TABLES = [t.vendor_accounts, t.subscriptions, t.people, t.seats, t.seat_assignments,
          t.devices, t.device_connections]


def _first() -> str:
    rows = []
    for i in range(40):
        sub = ("Figma Org,k1,Figma,2027-01-31,30", "Slack Plus,k2,Slack,2027-03-01,10",
               "Zoom Pro,,Zoom,,5")[i % 3]
        holder = "," if i % 5 == 4 else f"Ann Lee{i % 17},ann{i % 17}@example.com"
        device = ",,," if i % 4 == 3 else f"MAC-{i},macos,de,d{i}"
        rows.append(f"{sub},seat-{i:03d},{holder},{'no' if i % 7 == 0 else ''},{device}\n")
    return HEADER + "".join(rows)


def _second() -> str:
    """A re-import: holders change hands, devices move seats, new seats and devices."""
    rows = [
        "Figma Org,k1,Figma,2027-01-31,30,seat-000,Bo Zhang,bo@example.com,,MAC-3,macos,de,d3\n",
        "Figma Org,k1,Figma,2027-01-31,30,seat-003,Ann Lee3 Renamed,ann3@example.com,yes,"
        "MAC-0,macos,de,d0\n",
        "Figma Org,k1,Figma,2027-01-31,30,seat-006,,,,,,,\n",
        "Slack Plus,k2,Slack,2027-03-01,10,seat-100,Cy Dee,cy@example.com,,WIN-1,windows,us,"
        "dnew\n",
        "Notion,k9,Notion,2027-05-05,3,seat-001,Ann Lee1,ann1@example.com,,PC-5,windows,us,dn5\n",
        "Slack Plus,k2,Slack,2027-03-01,10,seat-001,Ann Lee1,ann1@example.com,,MAC-4,macos,de,"
        "d4\n",
    ]
    return HEADER + "".join(rows)


def _roster(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return store.read(lambda c: {
        table.name: [tuple(r) for r in c.execute(
            sa.select(table).order_by(*table.primary_key.columns))]
        for table in TABLES})


def _sqlite_extras(path: Path) -> dict[str, Any]:
    """What only SQLite has: the search index's text, the schema, the stored devices count."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for index in ("seat_search", "device_search"):
            conn.execute(f"INSERT INTO {index}({index}) VALUES('integrity-check')")
        return {
            "seat_search": conn.execute("SELECT rowid, text FROM seat_search ORDER BY rowid")
            .fetchall(),
            "device_search": conn.execute("SELECT rowid, text FROM device_search "
                                          "ORDER BY rowid").fetchall(),
            "search_config": conn.execute(
                "SELECT k, v FROM seat_search_config UNION ALL SELECT k, v "
                "FROM device_search_config ORDER BY 1").fetchall(),
            "schema": conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "ORDER BY type, name").fetchall(),
            "seats": conn.execute("SELECT id, holder_name, devices_connected FROM seats "
                                  "ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


def _imported(path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch, bulk: bool
              ) -> Store:
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1 if bulk else 10**9)
    store = open_store(str(path))
    import_csv(store, clock, _first())
    import_csv(store, clock, _second())
    return store


def test_bulk_and_core_paths_write_the_same_sqlite_roster(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    bulk = _imported(tmp_path / "bulk.sqlite", clock, monkeypatch, bulk=True)
    core = _imported(tmp_path / "core.sqlite", clock, monkeypatch, bulk=False)
    try:
        assert _roster(bulk) == _roster(core)
        assert sum(len(rows) for rows in _roster(bulk).values()) > 150
        bulk_extras = _sqlite_extras(tmp_path / "bulk.sqlite")
        assert bulk_extras == _sqlite_extras(tmp_path / "core.sqlite")
        assert any(n == 2 for _, _, n in bulk_extras["seats"])  # a seat with two devices
        # The restored triggers keep working after the load.
        import_csv(bulk, clock, HEADER + "Miro,k5,Miro,,2,seat-1,Di Ek,di@example.com,,"
                "PC-9,windows,us,d99\n")
        roster = RosterService(bulk)
        assert roster.count_licences("di@exa") == 1
        assert roster.count_devices("PC-9") == 1
        cache = bulk.read(lambda c: c.exec_driver_sql("PRAGMA cache_size").scalar_one())
        assert int(cache) == int(core.read(
            lambda c: c.exec_driver_sql("PRAGMA cache_size").scalar_one()))
    finally:
        bulk.dispose()
        core.dispose()


def test_the_core_path_writes_what_the_sqlite_bulk_path_writes(
        store: Store, tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    """On PostgreSQL (and SQLite below the bulk size) the Core path: the same roster."""
    bulk = _imported(tmp_path / "bulk.sqlite", clock, monkeypatch, bulk=True)
    try:
        monkeypatch.setattr(search_bulk, "BULK_ROWS", 10**9)
        import_csv(store, clock, _first())
        import_csv(store, clock, _second())
        assert _roster(store) == _roster(bulk)
    finally:
        bulk.dispose()


def test_a_snipeit_import_writes_the_same_roster_in_bulk(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    from seatkeeper.services.importing import read_file

    source = read_file(TEST_DATA / "snipeit_licences.csv")
    rows = list(source.rows)
    rosters = []
    for bulk in (True, False):
        monkeypatch.setattr(search_bulk, "BULK_ROWS", 1 if bulk else 10**9)
        store = open_store(str(tmp_path / f"snipeit-{bulk}.sqlite"))
        try:
            plan = preview(rows, guess_mapping(source.headers, "snipeit"),
                           ImportContext(clock().date(), "it@example.com"), fmt="snipeit",
                           headers=source.headers)
            apply(store, plan, vault=None, clock=clock, actor="t", mode="skip_bad")
            rosters.append(_roster(store))
        finally:
            store.dispose()
    assert rosters[0] == rosters[1]
    assert len(rosters[0]["seats"]) == 13


def test_a_cancelled_bulk_import_leaves_the_roster_triggers_and_indexes_as_they_were(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    from seatkeeper.services.importing import ImportCancelled

    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    path = tmp_path / "cancel.sqlite"
    store = open_store(str(path))
    try:
        import_csv(store, clock, _first())
        before_roster, before_extras = _roster(store), _sqlite_extras(path)
        source = read_csv_text(_second())
        plan = preview(source.rows, guess_mapping(source.headers),
                       ImportContext(clock().date(), "it@example.com"), headers=source.headers)
        reports: list[int] = []

        def progress(done: int, total: int) -> bool:
            reports.append(done)
            return len(reports) < 3  # cancel after the seats, before the devices end

        with pytest.raises(ImportCancelled):
            apply(store, plan, vault=None, clock=clock, actor="t", progress=progress)
        assert _roster(store) == before_roster
        assert _sqlite_extras(path) == before_extras
    finally:
        store.dispose()
