"""The seats CSV is written for Excel in the admin's locale and reads back to itself (issue 15).

Before: UTF-8 without a BOM and commas (a Norwegian or Danish Excel opens one column
of mojibake), and the export's own status words ("Lapses 2027-05-02") refused on import.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.locale_values import file_locale
from seatkeeper.services import exporting
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import apply, guess_mapping, preview, read_file
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store

TODAY = date(2026, 11, 22)


def _import(store: Store, path: Path, tag: str, vault: MemoryVault, clock: Clock) -> None:
    source = read_file(path)
    plan = preview(source.rows, guess_mapping(source.headers),
                   ImportContext(TODAY, "it@example.com", locale=file_locale(tag)),
                   headers=source.headers)
    assert plan.errors == [], [e.reason for e in plan.errors[:5]]
    apply(store, plan, vault=vault, clock=clock, actor="t")


@pytest.mark.parametrize("tag", ["nb-NO", "da-DK", "en-US", "en-GB", "de-CH", "sv-SE"])
def test_export_import_into_an_empty_roster_export_is_byte_identical(
        demo_store: Store, tmp_path: Path, vault: MemoryVault, clock: Clock,
        tag: str) -> None:
    loc = file_locale(tag)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    exporting.export_csv(demo_store, first, loc)
    copy = open_store(str(tmp_path / "copy.sqlite"))
    try:
        _import(copy, first, tag, vault, clock)
        exporting.export_csv(copy, second, loc)
    finally:
        copy.dispose()
    # Devices are not in a seats CSV: their count on the way back is 0, every other cell
    # is what was written.
    column = exporting.SEAT_HEADERS.index("devices_connected")
    delimiter = ";" if loc.decimal == "," else ","

    def rows(path: Path) -> list[list[str]]:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [r[:column] + r[column + 1:] for r in csv.reader(handle,
                                                                    delimiter=delimiter)]
    assert rows(second) == rows(first)
    again = tmp_path / "third.csv"
    copy = open_store(str(tmp_path / "copy.sqlite"))
    try:
        exporting.export_csv(copy, again, loc)
    finally:
        copy.dispose()
    assert again.read_bytes() == second.read_bytes()


def test_an_import_of_the_export_of_an_imported_roster_is_byte_identical(
        store: Store, tmp_path: Path, vault: MemoryVault, clock: Clock) -> None:
    # No devices at all: the whole file, byte for byte.
    nb = file_locale("nb-NO")
    seed = tmp_path / "seed.csv"
    seed.write_text(
        "subscription;vendor;currency;price;price_basis;price_months;plan_months;"
        "renewal_date;seat_limit;licence_id;holder_name;holder_email;renew;status\r\n"
        "Kontorpakke;Microsoft;NOK;kr 1 490,00;per_seat;12;12;15.03.2027;3;L-1;"
        "Åse Ødegård;ase@example.no;false;\r\n"
        "Kontorpakke;Microsoft;NOK;kr 1 490,00;per_seat;12;12;15.03.2027;3;L-2;;;true;"
        "Cancelled\r\n"
        "Lagring;Dropbox;USD;100,00;total;12;12;01.04.2027;7;S-1;\"=Ola, \"\"Jr\"\"\";"
        "ola@example.no;true;\r\n", encoding="utf-8-sig")
    _import(store, seed, "nb-NO", vault, clock)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    exporting.export_csv(store, first, nb)
    copy = open_store(str(tmp_path / "copy.sqlite"))
    try:
        _import(copy, first, "nb-NO", vault, clock)
        exporting.export_csv(copy, second, nb)
    finally:
        copy.dispose()
    assert second.read_bytes() == first.read_bytes()
    text = first.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffsubscription;subscription_key;")  # BOM, semicolons
    assert ";1490,00;per_seat;12;" in text  # the decimal comma
    assert ";15.03.2027;" in text  # dd.mm.yyyy
    assert "Lapses 15.03.2027" in text  # the export's own words read back
    assert "'=Ola" in text  # still formula-guarded


def test_a_us_export_uses_commas_and_points(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "us.csv"
    exporting.export_csv(demo_store, path, file_locale("en-US"))
    text = path.read_bytes().decode("utf-8-sig")
    assert text.startswith("subscription,subscription_key,")
    assert ",8.32,per_seat,1," in text


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_formula_guard_covers_owasps_list(start: str) -> None:
    assert exporting._no_formula(f"{start}cmd") == f"'{start}cmd"


def test_xlsx_keeps_dates_and_numbers_as_typed_cells(demo_store: Store,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "seats.xlsx"
    exporting.export_xlsx(demo_store, path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert isinstance(first["renewal_date"], date)
    assert isinstance(first["price"], float)
    assert isinstance(first["seat_limit"], int | float)
    assert first["renew"] in {True, False}
