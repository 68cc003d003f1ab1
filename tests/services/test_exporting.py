"""Exports: streamed CSV/XLSX of seats, and a JSON roster that round-trips byte for byte."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.changes import Changes
from seatkeeper.domain.errors import BadInput
from seatkeeper.services import exporting
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import apply
from seatkeeper.services.importing.json_roster import load, read_json
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.services.importing.test_snipeit import snipeit_plan


def test_csv_has_one_header_row_and_quotes_what_needs_quoting(
        demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporting, "BATCH", 4)  # many batches: the stream must join them right
    path = tmp_path / "seats.csv"
    result = exporting.export_csv(demo_store, path)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == exporting.SEAT_HEADERS
    assert len(rows) == 1 + result.rows == 1 + 29
    assert len({(r[0], r[6]) for r in rows[1:]}) == 29  # no seat twice across batches
    assert "ExpressVPN Volume (Office)" in path.read_text(encoding="utf-8")
    assert '"Kaspersky Plus (5 devices)"' not in path.read_text(encoding="utf-8")
    assert '"ExpressVPN Volume (Office)"' not in path.read_text(encoding="utf-8")


def test_xlsx_has_the_same_rows(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "seats.xlsx"
    exporting.export_xlsx(demo_store, path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[0] == exporting.SEAT_HEADERS
    assert len(rows) == 30


def _import_json(text: str, tmp_path: Path, name: str, vault: MemoryVault,
                 clock: Clock) -> Store:
    (tmp_path / f"{name}.json").write_text(text, encoding="utf-8")
    store = open_store(str(tmp_path / f"{name}.sqlite"))
    load(store, read_json(tmp_path / f"{name}.json"), vault=vault, clock=clock, actor="t")
    return store


def test_import_export_import_export_gives_identical_json(
        store: Store, vault: MemoryVault, clock: Clock, tmp_path: Path) -> None:
    apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="skip_bad")
    first = exporting.roster_json(store)
    again = _import_json(first, tmp_path, "copy", vault, clock)
    second = exporting.roster_json(again)
    assert second == first
    assert json.loads(first)["subscriptions"]  # the check can fail: there is a roster in it


def test_demo_roster_round_trips_and_reloading_does_not_duplicate(
        demo_store: Store, vault: MemoryVault, clock: Clock, tmp_path: Path) -> None:
    first = exporting.roster_json(demo_store)
    copy = _import_json(first, tmp_path, "copy", vault, clock)
    again = load(copy, read_json(tmp_path / "copy.json"), vault=vault, clock=clock, actor="t")
    assert exporting.roster_json(copy) == first
    assert again.value["seats"] == 29
    assert again.changes == Changes.everything()


def test_secrets_are_left_out_unless_asked_for(demo_store: Store, vault: MemoryVault,
                                               clock: Clock, tmp_path: Path) -> None:
    plain = exporting.roster_json(demo_store)
    assert not any(secret in plain for secret in vault.values())
    assert "secrets" not in json.loads(plain)
    with pytest.raises(BadInput):
        exporting.roster_json(demo_store, include_secrets=True)
    full = exporting.roster_json(demo_store, include_secrets=True, vault=vault)
    assert len(json.loads(full)["secrets"]) == len(vault.values()) == 36
    other = MemoryVault()
    copy = _import_json(full, tmp_path, "copy", other, clock)
    assert sorted(other.values()) == sorted(vault.values())
    assert exporting.roster_json(copy, include_secrets=True, vault=other) == full


def test_a_damaged_json_file_imports_nothing(tmp_path: Path, clock: Clock,
                                             demo_store: Store) -> None:
    data = json.loads(exporting.roster_json(demo_store))
    data["seats"][0]["renew"] = "sometimes"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    plan = read_json(path)
    assert [(e.line, e.column) for e in plan.errors] == [(1, "seats.renew")]
    empty = open_store(str(tmp_path / "empty.sqlite"))
    with pytest.raises(BadInput) as refused:
        load(empty, plan, vault=None, clock=clock, actor="t")
    assert refused.value.msg.id == "import.json.file_has_problems"
    assert refused.value.message == ("The roster file has 1 problem(s), so nothing was "
                                     "imported; first: item 1, seats.renew: must be true or "
                                     "false")
    assert json.loads(exporting.roster_json(empty))["subscriptions"] == []
