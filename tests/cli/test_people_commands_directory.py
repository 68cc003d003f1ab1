"""``people import`` and ``people release``: a directory sync and a leaver's seats freed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatkeeper import cli
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.store.open import open_store

DATA = Path(__file__).parents[1] / "data" / "directory"
OLA = "ola.nordmann@northwind.example"


@pytest.fixture
def demo_file(tmp_path: Path, clock: Clock) -> Path:
    path = tmp_path / "demo.sqlite"
    store = open_store(str(path))
    build_demo(store, MemoryVault(), clock, "t")
    store.dispose()
    return path


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    capsys.readouterr()
    assert cli.run(argv) == 0
    out: dict[str, object] = json.loads(capsys.readouterr().out)
    return out


@pytest.mark.parametrize(("fmt", "name", "extra"), [
    ("entra", "entra_users.csv", []), ("google", "google_users.csv", []),
    ("csv", "people.csv", ["--encoding", "cp1252"])])
def test_import_marks_leavers_and_lists_missing_holders(
        demo_file: Path, capsys: pytest.CaptureFixture[str], fmt: str, name: str,
        extra: list[str]) -> None:
    argv = ["people", "import", str(DATA / name), "--format", fmt, "--db", str(demo_file),
            "--json", *extra]
    dry = _json(capsys, [*argv, "--dry-run"])
    assert dry["dry_run"] is True
    real = _json(capsys, argv)
    assert {p["email"] for p in real["marked_left"]} == {  # type: ignore[attr-defined]
        OLA, "mads.jensen@northwind.example", "oskar.vik@northwind.example"}
    assert {p["email"] for p in real["holders_not_in_file"]} == {  # type: ignore[attr-defined]
        "sara.johansen@northwind.example", "emil.holm@northwind.example"}
    again = _json(capsys, argv)  # nothing left to change
    assert again["marked_left"] == []
    assert again["updated"] == []
    review = _json(capsys, ["review", "--db", str(demo_file), "--json"])
    assert "seat_held_by_leaver" in json.dumps(review)


def test_the_plain_lines_name_each_leaver(demo_file: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["people", "import", str(DATA / "google_users.csv"), "--format", "google",
                    "--dry-run", "--db", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert f"left: Ola Nordmann <{OLA}>" in out
    assert "not in the file (kept): Sara Johansen" in out
    assert "nothing written" in out


@pytest.mark.parametrize("content", [b"", b"displayName,department\nAnna,IT\n",
                                     b"name;email\n\xe6\xf8\xe5;x@example.com\n"])
def test_a_bad_file_is_one_line_and_exit_2(demo_file: Path, tmp_path: Path, content: bytes,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "users.csv"
    bad.write_bytes(content)
    capsys.readouterr()
    assert cli.run(["people", "import", str(bad), "--format", "entra",
                    "--db", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_a_bad_row_is_one_line_and_exit_2(demo_file: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "people.csv"
    bad.write_text("name,email,status\nAnna,anna@example.com,on leave\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.run(["people", "import", str(bad), "--format", "csv",
                    "--db", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "row 2" in err


def test_release_asks_for_yes_then_frees_the_seats(demo_file: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["people", "import", str(DATA / "entra_users.csv"), "--format", "entra",
                    "--db", str(demo_file)]) == 0
    capsys.readouterr()
    assert cli.run(["people", "release", OLA, "--db", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "1 seat(s)" in err
    assert "2 device(s)" in err
    released = _json(capsys, ["people", "release", OLA, "--yes", "--json",
                              "--db", str(demo_file)])
    assert released["seats"] == ["L-0002"]
    assert len(released["devices"]) == 2
    data = _json(capsys, ["people", "export-data", OLA, "--db", str(demo_file)])
    assert data["person"]["status"] == "left"  # type: ignore[index]
    assert all(s["unassigned_at"] for s in data["seats"])  # type: ignore[attr-defined]
