"""``seatkeeper rates set|import|list`` and ``spend --json`` on a real roster file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatkeeper.cli import run
from seatkeeper.store.engine import Store
from tests import spend_roster
from tests.domain.test_rate_files import NATIONALBANKEN


def _db(store: Store) -> str:
    assert store.location.path is not None
    return str(store.location.path)


def test_spend_by_department_json_matches_the_hand_computation(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    spend_roster.build(store, departments=True)
    assert run(["spend", "--db", _db(store), "--by", "department", "--currency", "NOK",
                "--to", "2026-12-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by = {g["label"]: g for g in data["groups"]}
    assert by["Design"]["per_year"]["amount"] == "7470.00"
    assert by["Sales"]["per_month"]["amount"] == "416.67"
    assert by["Design"]["missing_per_year"] == [{"amount": "105.00", "currency": "GBP"}]
    assert (data["complete"], data["total"]["per_year"]["amount"]) == (False, "14450.00")


def test_rates_set_then_spend_is_complete(store: Store,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    spend_roster.build(store, departments=False)
    assert run(["rates", "set", "--db", _db(store), "--date", "2026-11-30", "--from", "GBP",
                "--to", "NOK", "14.2857"]) == 0
    assert run(["spend", "--db", _db(store), "--currency", "NOK", "--to", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "1 GBP = 14.2857 NOK on 2026-11-30" in out
    assert "INCOMPLETE" not in out
    assert "Total: 15950.00 NOK a year" in out


def test_rates_import_nationalbanken_and_list(store: Store, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "DNVALD.csv"
    path.write_bytes(NATIONALBANKEN.encode("cp1252"))
    assert run(["rates", "import", str(path), "--format", "nationalbanken",
                "--db", _db(store)]) == 0
    assert run(["rates", "list", "--db", _db(store), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "EUR/DKK, USD/DKK" in lines[0]
    assert {json.loads(x)["rate"] for x in lines[1:]} == {"6.8326", "7.4605"}


@pytest.mark.parametrize("argv", [
    ["spend", "--currency", "NOK", "--to", "1.12.2026"],
    ["spend", "--currency", "NOK", "--by", "team"],
    ["rates", "set", "--date", "2026-12-01", "--from", "USD", "--to", "USD", "1"],
    ["rates", "set", "--date", "2026-12-01", "--from", "USD", "--to", "NOK", "-3"],
])
def test_bad_input_is_one_line_and_exit_2(store: Store, argv: list[str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*argv, "--db", _db(store)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("seatkeeper: ")
