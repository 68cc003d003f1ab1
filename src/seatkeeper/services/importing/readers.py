"""Readers: a file becomes a header list and an iterator of text rows.

CSV goes through the ``csv`` module (quoted multi-line cells work), decoded as
UTF-8 with or without a BOM, the delimiter sniffed from the first lines. XLSX
goes through python-calamine, which reads the sheet without loading a DOM.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message

_DELIMITERS = ",;\t|"
_SNIFF_BYTES = 64 * 1024
NOT_UTF8 = message("import.not_utf8", "{file} is not UTF-8 text; save it as CSV UTF-8.")
UNREADABLE = message("import.unreadable", "Seatkeeper cannot read {path}: {reason}.")
HAS_NUL = message("import.has_nul", "The file holds NUL characters; it is not a CSV file.")
NO_HEADER = message("import.no_header", "The file is empty: there is no header row.")
BAD_HEADER_ROW = message("import.bad_header_row",
                         "The header row cannot be read as CSV ({error}).")
EMPTY_HEADER = message("import.empty_header", "The header row is empty.")
HEADER_TWICE = message("import.header_twice",
                       "The column “{header}” appears twice in the header row.")
BAD_ROW = message("import.bad_row", "Row {line} cannot be read as CSV ({error}).")
NOT_A_SPREADSHEET = message("import.not_a_spreadsheet",
                            "{file} cannot be read as a spreadsheet ({error}).")
EMPTY_SHEET = message("import.empty_sheet", "{file} has an empty first sheet.")


@dataclass
class SourceRows:
    """Headers and rows (1-based ``line`` = the data row's number in the file)."""

    headers: list[str]
    rows: Iterable[tuple[int, dict[str, str]]]


def read_file(path: Path, fmt: str | None = None) -> SourceRows:
    """Open ``path`` as CSV or XLSX (by ``fmt`` or the file name)."""
    kind = (fmt or path.suffix.lstrip(".")).lower()
    try:
        if kind in {"xlsx", "xlsm", "xls", "ods"}:
            return read_xlsx(path)
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(NOT_UTF8(file=path.name)) from None
    except OSError as error:
        raise BadInput(UNREADABLE(path=str(path), reason=str(error.strerror))) from None
    return read_csv_text(text)


def read_csv_text(text: str) -> SourceRows:
    """Parse CSV text; any text gives rows or a BadInput, never another error."""
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise BadInput(HAS_NUL())
    delimiter = _sniff(text[:_SNIFF_BYTES])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise BadInput(NO_HEADER()) from None
    except csv.Error as error:
        raise BadInput(BAD_HEADER_ROW(error=str(error))) from None
    _check_headers(headers)
    return SourceRows(headers, _csv_rows(reader, headers))


def _sniff(sample: str) -> str:
    first_line = sample.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        # One column, or a sample the sniffer cannot decide: count on the header line.
        return max(_DELIMITERS, key=first_line.count) if first_line else ","


def _check_headers(headers: list[str]) -> None:
    if not any(headers):
        raise BadInput(EMPTY_HEADER())
    seen: set[str] = set()
    for header in headers:
        key = header.casefold()
        if key and key in seen:
            raise BadInput(HEADER_TWICE(header=header[:60]))
        seen.add(key)


def _csv_rows(reader: Iterator[list[str]], headers: list[str]
              ) -> Iterator[tuple[int, dict[str, str]]]:
    number = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise BadInput(BAD_ROW(line=number + 1, error=str(error))) from None
        number += 1
        # Blank lines are not rows (a filled first cell, the usual case, needs no scan).
        if not (cells and cells[0].strip()) and not any(c.strip() for c in cells):
            continue
        yield number, _row(headers, cells)


# The key under which a row carries its surplus cells (no header can be named so): the
# number of cells and of headers, which ``records.Cells.check`` puts into words.
EXTRA_CELLS = "\x00extra"


def _row(headers: list[str], cells: list[str]) -> dict[str, str]:
    if len(cells) == len(headers) and all(headers):  # the usual row: zip builds it in C
        return dict(zip(headers, cells, strict=True))
    row = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers) if h}
    if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers):]):
        row[EXTRA_CELLS] = f"{len(cells)} {len(headers)}"
    return row


def read_xlsx(path: Path) -> SourceRows:
    """The first sheet of a workbook; dates become ISO text, numbers plain text."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        rows = iter(sheet.iter_rows())
        first = next(rows, None)
    except Exception as error:  # calamine raises its own types for any damaged file
        raise BadInput(NOT_A_SPREADSHEET(file=path.name, error=type(error).__name__)) from None
    if first is None:
        raise BadInput(EMPTY_SHEET(file=path.name))
    headers = [_cell_text(c).strip() for c in first]
    _check_headers(headers)

    def generate() -> Iterator[tuple[int, dict[str, str]]]:
        for number, cells in enumerate(rows, start=2):
            texts = [_cell_text(c) for c in cells]
            if any(t.strip() for t in texts):
                yield number, _row(headers, texts)

    return SourceRows(headers, generate())


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float):
        # Spreadsheets store whole numbers as floats; repr keeps the digits exact.
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time(0) else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)
