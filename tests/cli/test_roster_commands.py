"""The CLI: version, demo, report, list, and one-line errors with exit status 2."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from seatkeeper import __version__
from seatkeeper.cli import run


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"seatkeeper {__version__}"


def test_demo_then_report_prints_the_demo_counts(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run(["demo", "--db", db]) == 0
    capsys.readouterr()
    assert run(["report", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "subscriptions": 8, "seats": 29, "assigned": 18, "devices": 33,
        "pending_deliveries": 2}


def test_db_option_also_before_the_command(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run(["--db", db, "demo"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "report", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["seats"] == 29


@pytest.mark.parametrize(("what", "count", "keys"), [
    ("subscriptions", 8, {"subscription_id", "name", "renewal_date", "seats", "assigned"}),
    ("seats", 29, {"seat_id", "subscription", "licence_id", "holder", "email", "renews",
                   "renewal_date", "devices_connected", "device_limit", "status"}),
    ("devices", 33, {"device_id", "name", "platform", "os_version", "app_version", "region",
                     "connected", "in_use", "pending_delivery"}),
])
def test_list_prints_one_json_object_per_row(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             what: str, count: int, keys: set[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    run(["demo", "--db", db])
    capsys.readouterr()
    assert run(["list", what, "--db", db, "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == count
    assert all(keys <= row.keys() for row in rows)


def test_bad_file_is_one_line_exit_2_and_untouched(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a roster" * 50)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert run(["report", "--db", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("seatkeeper: ")
    assert "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_unknown_command_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_bad_url_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "--db", "nosuchdriver://x/y"]) == 2
    assert capsys.readouterr().err.startswith("seatkeeper: ")
