"""Files that crashed the import (issue 15): each is now one line and exit 2, roster unchanged.

Every case here gave a traceback (or took the process down) before; each test starts
from a real export of the demo roster and breaks one thing in it, as a damaged or
hand-edited file would, then checks the one line and that the roster is as it was.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from seatkeeper.cli import run
from seatkeeper.services.exporting import roster_json
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store

Edit = Callable[[dict[str, Any]], None]


def _sub(data: dict[str, Any], **values: Any) -> None:
    data["subscriptions"][0].update(values)


def _twice(section: str) -> Edit:
    return lambda data: data[section].append(dict(data[section][0]))


def _second_seat(data: dict[str, Any]) -> None:
    first = data["connections"][0]
    other = next(s["seat"] for s in data["seats"] if s["seat"] != first["seat"])
    data["connections"].append({**first, "seat": other})


CASES: dict[str, tuple[Edit, str]] = {
    "negative seat_limit": (lambda d: _sub(d, seat_limit=-1), "from 1 to"),
    "negative plan_months": (lambda d: _sub(d, plan_months=-3), "from 1 to"),
    "negative devices_per_seat": (lambda d: _sub(d, devices_per_seat=-2), "from 1 to"),
    "10**400 seats": (lambda d: _sub(d, seat_limit=10**400), "from 1 to"),
    # (unit_monthly_price_minor too: the field a version-1 export held the price in)
    "price of 10**30": (lambda d: _sub(d, price_minor=10**30,
                                       unit_monthly_price_minor=10**30), "from 0 to"),
    "negative price": (lambda d: _sub(d, price_minor=-500, unit_monthly_price_minor=-500),
                       "from 0 to"),
    "renewal in year 1": (lambda d: _sub(d, renewal_date="0001-01-01"), "outside the dates"),
    "currency XYZ": (lambda d: _sub(d, currency="XYZ"), "ISO 4217"),
    "subscription key twice": (_twice("subscriptions"), "listed twice"),
    "device key twice": (_twice("devices"), "listed twice"),
    "device on two seats": (_second_seat, "two seats"),
    "seat of an unlisted subscription": (
        lambda d: d["seats"][0].update(seat=["nowhere", "L-1"]), "does not list"),
}


@pytest.fixture
def export(demo_store: Store, tmp_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(roster_json(demo_store))
    return data


def _roster(path: Path) -> str:
    store = open_store(str(path))
    try:
        return roster_json(store)
    finally:
        store.dispose()


def _one_line(capsys: pytest.CaptureFixture[str], code: int) -> str:
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("seatkeeper: ")
    assert err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_broken_roster_export_is_one_line_and_changes_nothing(
        export: dict[str, Any], tmp_path: Path, roster_path: Path,
        capsys: pytest.CaptureFixture[str], case: str) -> None:
    edit, words = CASES[case]
    edit(export)
    source = tmp_path / "broken.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    run(["import", str(tmp_path / "nothing.csv"), "--db", str(roster_path), "--dry-run"])
    capsys.readouterr()
    before = _roster(roster_path)
    err = _one_line(capsys, run(["import", str(source), "--db", str(roster_path)]))
    assert words in err
    assert _roster(roster_path) == before


def test_a_json_key_twice_in_one_object_is_refused(
        export: dict[str, Any], tmp_path: Path, roster_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(export).replace('"format": "seatkeeper-roster"',
                                      '"format": "seatkeeper-roster", "format": "x"', 1)
    source = tmp_path / "twice.json"
    source.write_text(text, encoding="utf-8")
    err = _one_line(capsys, run(["import", str(source), "--db", str(roster_path)]))
    assert "“format” twice" in err


def test_a_json_integer_past_pythons_digit_limit_is_one_line(
        export: dict[str, Any], tmp_path: Path, roster_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    # (10**400, within the limit, is a per-item problem: "10**400 seats" above.)
    text = json.dumps(export).replace('"seat_limit": ', f'"seat_limit": {"9" * 5000}, "x": ',
                                      1)
    source = tmp_path / "big.json"
    source.write_text(text, encoding="utf-8")
    _one_line(capsys, run(["import", str(source), "--db", str(roster_path), "--dry-run"]))


def test_quote_add_seats_refuses_currency_xyz(capsys: pytest.CaptureFixture[str]) -> None:
    _one_line(capsys, run(["quote", "add-seats", "--renewal", "2027-06-25",
                           "--monthly-price", "12.95", "--currency", "XYZ", "--seats", "5",
                           "--on", "2026-08-25"]))


def _sheet(cells: str, dimension: str = "A1:B2", strings: str = "") -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    return (f'<?xml version="1.0"?><worksheet {ns}><dimension ref="{dimension}"/>'
            f"<sheetData>{cells}</sheetData></worksheet>").encode()


def _workbook(path: Path, sheet: bytes, shared: bytes | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            book.writestr("xl/sharedStrings.xml", shared)
    return path


def test_an_xlsx_with_a_cell_at_xfd1048576_is_refused_before_any_cell(
        tmp_path: Path, roster_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 15: the reader allocated 512 GiB for the grid and the process aborted.
    cells = ('<row r="1"><c r="A1" t="inlineStr"><is><t>subscription</t></is></c></row>'
             '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    book = _workbook(tmp_path / "far.xlsx", _sheet(cells, "A1:XFD1048576"))
    err = _one_line(capsys, run(["import", str(book), "--db", str(roster_path), "--dry-run"]))
    assert "16,384 columns" in err
    # Without a dimension to give it away, the far cell itself is refused when met.
    quiet = _workbook(tmp_path / "quiet.xlsx", _sheet(cells, "A1"))
    err = _one_line(capsys, run(["import", str(quiet), "--db", str(roster_path), "--dry-run"]))
    assert "XFD1048576" in err


def test_an_xlsx_that_expands_past_the_limit_is_refused_from_its_directory(
        tmp_path: Path, roster_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 15: 1 MB that expands to a 1 GB cell took 23 s and 3.2 GB before it was
    # refused. The same shape, scaled down with the limit: 8 MiB of one cell, 4 MiB allowed.
    from seatkeeper.services.importing import xlsx

    monkeypatch.setattr(xlsx, "MAX_PART_BYTES", 4 * 1024**2)
    shared = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
              b'spreadsheetml/2006/main"><si><t>' + b"A" * 8 * 1024**2 + b"</t></si></sst>")
    cells = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    book = _workbook(tmp_path / "bomb.xlsx", _sheet(cells), shared)
    assert book.stat().st_size < 64 * 1024
    err = _one_line(capsys, run(["import", str(book), "--db", str(roster_path), "--dry-run"]))
    assert "expands to" in err
    assert "xl/sharedStrings.xml" in err


@pytest.mark.parametrize(("name", "content"), [
    ("not.xlsx", b"PK\x03\x04 not really a zip"), ("empty.xlsx", b""),
    ("dtd.xlsx", None)])
def test_a_damaged_workbook_is_one_line(tmp_path: Path, roster_path: Path,
                                        capsys: pytest.CaptureFixture[str], name: str,
                                        content: bytes | None) -> None:
    path = tmp_path / name
    if content is None:  # an entity-expansion bomb's DTD
        _workbook(path, b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                        b'<worksheet><sheetData/></worksheet>')
    else:
        path.write_bytes(content)
    _one_line(capsys, run(["import", str(path), "--db", str(roster_path), "--dry-run"]))
