"""``people export-data``: an access request gets everything held about one person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatkeeper import cli
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.store.open import open_store


@pytest.fixture
def demo_file(tmp_path: Path, clock: Clock) -> Path:
    path = tmp_path / "demo.sqlite"
    store = open_store(str(path))
    build_demo(store, MemoryVault(), clock, "t")
    store.dispose()
    return path


def test_export_data_holds_the_person_their_seats_and_events(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["seats", "assign", "--db", str(demo_file), "--seat", "1", "--reassign",
                    "--name", "Kari Nord", "--email", "kari.nord@example.com"]) == 0
    capsys.readouterr()
    assert cli.run(["people", "export-data", "--db", str(demo_file),
                    "Kari.Nord@Example.com"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["person"]["name"] == "Kari Nord"
    assert "L-0001" in {s["licence_id"] for s in data["seats"]}
    assert data["audit_events"]
    assert all("kari" in json.dumps(e).lower() for e in data["audit_events"])


def test_nobody_is_one_line(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["people", "export-data", "--db", str(demo_file), "x@example.com"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
