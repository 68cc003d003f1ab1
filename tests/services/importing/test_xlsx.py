"""The bounded XLSX reader: typed cells stay typed, dates by their format, limits first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter

from seatkeeper.domain.errors import BadInput
from seatkeeper.services.importing.readers import read_file
from seatkeeper.services.importing.values import TypedCell, parse_date, parse_money


def _book(path: Path, rows: list[list[object]], *, date1904: bool = False) -> Path:
    book = xlsxwriter.Workbook(str(path), {"date_1904": date1904})
    sheet = book.add_worksheet()
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, value, day)
            else:
                sheet.write(r, c, value)
    book.close()
    return path


@pytest.mark.parametrize("date1904", [False, True])
def test_numbers_and_dates_come_typed(tmp_path: Path, date1904: bool) -> None:
    path = _book(tmp_path / "b.xlsx", [["name", "price", "renews", "serial", "seats"],
                                       ["Kontor", 1490.5, date(2026, 3, 15), 46096, 3]],
                 date1904=date1904)
    source = read_file(path)
    assert source.headers == ["name", "price", "renews", "serial", "seats"]
    (line, row), = list(source.rows)
    assert line == 2
    assert isinstance(row["price"], TypedCell)
    assert row["price"].value == Decimal("1490.5")
    assert parse_money(row["price"], "NOK") == 149050  # no locale needed for a typed cell
    assert parse_date(row["renews"]) == date(2026, 3, 15)
    # A date column kept as plain numbers is read as Excel's day count.
    assert parse_date(row["serial"]) == date(2026, 3, 15)
    assert row["seats"] == "3"


def test_a_float_tail_is_not_a_price_finer_than_its_currency(tmp_path: Path) -> None:
    path = _book(tmp_path / "b.xlsx", [["price"], [12.95 * 3]])  # 38.849999999999994
    (_, row), = list(read_file(path).rows)
    assert parse_money(row["price"], "USD") == 3885


def test_a_sheet_declaring_too_many_columns_is_refused(tmp_path: Path) -> None:
    path = _book(tmp_path / "b.xlsx", [["a"]])
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write(0, 0, "a")
    sheet.write(3, 2000, "far")
    book.close()
    with pytest.raises(BadInput, match="columns"):
        list(read_file(path).rows)
