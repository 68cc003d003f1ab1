"""`seatkeeper import`, `export` and `review` from the shell."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from seatkeeper.cli import run
from seatkeeper.services.exporting import roster_json
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.conftest import TEST_DATA

OWNER = ["--owner", "it@example.com"]  # the account owner of rows that name none

DATA = TEST_DATA / "snipeit_licences.csv"


# No keyring here (tests/cli/conftest.py): the CLI must never touch the real one.


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)


def test_dry_run_lists_rejected_rows_and_writes_nothing(
        roster_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["import", str(DATA), "--db", str(roster_path), *OWNER, "--dry-run", "--json"])
    out = _json(capsys)
    assert code == 0
    assert (out["format"], out["rows"], out["good"], out["bad"]) == ("snipeit", 6, 4, 2)
    assert {"line": 5, "column": "maintained", "value": "sometimes"}.items() <= \
        next(e for e in out["rejected"] if e["column"] == "maintained").items()
    store = open_store(str(roster_path))
    assert json.loads(roster_json(store))["subscriptions"] == []
    store.dispose()


def test_stop_mode_refuses_with_exit_2(roster_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["import", str(DATA), "--db", str(roster_path), *OWNER, "--format", "snipeit",
                "--json"])
    assert code == 2
    assert "nothing was" in capsys.readouterr().err


def test_skip_mode_imports_good_rows_and_saves_rejects(
        roster_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rejects = tmp_path / "rejects.csv"
    code = run(["import", str(DATA), "--db", str(roster_path), *OWNER, "--mode", "skip",
                "--rejects", str(rejects), "--json"])
    out = _json(capsys)
    assert code == 0
    assert out["result"]["imported"] == 4
    assert out["result"]["product_keys_skipped"] == 4  # no keyring here: kept nowhere
    assert rejects.read_text(encoding="utf-8-sig").count("\n") == 1 + 2


def test_export_every_format_and_reimport_json(
        demo_store: Store, roster_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.dispose()
    for fmt in ("csv", "xlsx", "json", "html"):
        out = tmp_path / f"roster.{fmt}"
        assert run(["export", "--db", str(roster_path), "--format", fmt, "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert "<h1>Licence roster review</h1>" in (tmp_path / "roster.html").read_text()
    copy = tmp_path / "copy.sqlite"
    assert run(["import", str(tmp_path / "roster.json"), "--db", str(copy), "--json"]) == 0
    capsys.readouterr()
    again = tmp_path / "again.json"
    assert run(["export", "--db", str(copy), "--format", "json", "-o", str(again)]) == 0
    assert again.read_bytes() == (tmp_path / "roster.json").read_bytes()


def test_review_prints_findings(demo_store: Store, roster_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.dispose()
    assert run(["review", "--db", str(roster_path), "--days", "30", "--json"]) == 0
    out = _json(capsys)
    assert out["counts"]["unassigned_seat"] == 11
    assert out["days"] == 30


def test_unreadable_file_is_one_line_and_exit_2(roster_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    shutil.copy(DATA, bad)
    bad.write_bytes(b"\xff\xfe\x00garbage")
    assert run(["import", str(bad), "--db", str(roster_path), *OWNER]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_export_ics_writes_the_deadlines_calendar(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    from seatkeeper.cli import run

    db, out = str(tmp_path / "demo.sqlite"), tmp_path / "deadlines.ics"
    assert run(["demo", "--db", db]) == 0
    assert run(["export", "--db", db, "--format", "ics", "-o", str(out), "--days", "60"]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) >= 4  # the demo's trial, cancel-by and renewals within 60 days
    assert all(str(e["UID"]).endswith("@seatkeeper") for e in events)
