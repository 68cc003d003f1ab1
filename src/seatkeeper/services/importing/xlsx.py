"""An XLSX workbook's first sheet, read in bounded memory and checked before any cell.

An .xlsx is a zip of XML parts. Before a cell is read, the zip's directory is
checked (how many parts, how big each one is uncompressed, the whole) and so
is the sheet's declared dimension (``<dimension ref="A1:XFD1048576"/>``): a
1 MB file that expands to a gigabyte, or a sheet that says it spans 17
billion cells, is refused in one line. The zip reader never inflates a part
past the size its directory declares, so the declared sizes bound the work.

Then the sheet streams row by row (``iterparse``, each row dropped once read):
never a grid in memory, whatever the cell references say. A number cell keeps
the digits the workbook wrote and a date cell becomes a date (the workbook's
1900 or 1904 day count, by the cell's number format), both as ``TypedCell``
so the importer needs no locale for them.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError, iterparse

from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.locale_values import excel_serial_date
from seatkeeper.domain.messages import message
from seatkeeper.services.importing.values import TypedCell

MAX_PART_BYTES = 256 * 1024**2  # one part, uncompressed (a million-row sheet is ~150 MB)
MAX_TOTAL_BYTES = 512 * 1024**2
MAX_PARTS = 10_000
MAX_ROWS = 1_048_576  # Excel's own limits
MAX_COLUMNS = 1_000  # a roster has a few dozen; 16,384 empty columns is an attack
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell's text

NOT_A_WORKBOOK = message("import.xlsx.not_a_workbook",
                         "{file} is not an Excel workbook (.xlsx) ({error}).")
TOO_BIG = message("import.xlsx.too_big",
                  "{file} expands to {size} bytes when unpacked ({part}); Seatkeeper reads "
                  "workbooks up to {limit} bytes.")
TOO_MANY_PARTS = message("import.xlsx.too_many_parts",
                         "{file} holds {parts} parts; a workbook has a few dozen.")
TOO_WIDE = message("import.xlsx.too_wide",
                   "{file}'s first sheet spans {columns} columns and {rows} rows ({ref}); "
                   "Seatkeeper reads up to {most} columns.")
CELL_OUTSIDE = message("import.xlsx.cell_outside",
                       "{file} has a cell at {ref}, beyond {most} columns; nothing was read "
                       "past it.")
CELL_TOO_LONG = message("import.xlsx.cell_too_long",
                        "{file} has a cell at {ref} longer than Excel allows ({most} "
                        "characters).")
NO_SHEET = message("import.xlsx.no_sheet", "{file} has no worksheet.")

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")
# Built-in number formats that show a date (ECMA-376 18.8.30).
_DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50,
                           57, 58})
_DATE_CODE = re.compile(r"(?<![\\_])[dmyDMY]")


class _NoDtd:
    """A part's bytes, refused at the first DTD: a workbook's XML has none, and a DTD is
    how entity-expansion bombs are built. The parser below then never sees one."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle, self.tail = handle, b""

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        seen = (self.tail + chunk).upper()
        if b"<!DOCTYPE" in seen or b"<!ENTITY" in seen:
            raise ValueError("a DTD in a workbook part")
        self.tail = chunk[-16:]
        return chunk


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip whose parts, by its own directory, unpack to more than we read."""
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise BadInput(TOO_MANY_PARTS(file=name, parts=len(parts)))
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
            raise BadInput(TOO_BIG(file=name, size=max(total, part.file_size),
                                   part=part.filename[:80],
                                   limit=min(MAX_TOTAL_BYTES, MAX_PART_BYTES)))


class Workbook:
    """The parts of one checked workbook that the first sheet's cells need."""

    def __init__(self, path: Path) -> None:
        self.path, self.name = path, path.name
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise BadInput(NOT_A_WORKBOOK(file=self.name, error=type(error).__name__)) from None
        try:
            self._check_sizes()
            self.sheet = self._first_sheet()
            self.strings = self._shared_strings()
            self.date_styles, self.date1904 = self._styles()
        except (ParseError, zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
            self.zip.close()
            raise BadInput(NOT_A_WORKBOOK(file=self.name, error=type(error).__name__)) from None
        except BaseException:
            self.zip.close()
            raise

    def _check_sizes(self) -> None:
        check_sizes(self.zip, self.name)

    @staticmethod
    def check_zip(path: Path) -> None:
        """The size check alone, for another zipped sheet format (ODS)."""
        try:
            with zipfile.ZipFile(path) as archive:
                check_sizes(archive, path.name)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise BadInput(NOT_A_WORKBOOK(file=path.name, error=type(error).__name__)) from None

    def open(self, name: str) -> IO[bytes] | None:
        try:
            return self.zip.open(name)
        except KeyError:
            return None

    def _elements(self, name: str) -> Iterator[Any]:
        handle = self.open(name)
        if handle is None:
            return
        with handle:
            for _event, element in iterparse(_NoDtd(handle), events=("end",)):  # noqa: S314 (DTDs refused)
                yield element

    def _first_sheet(self) -> str:
        target = None
        rels = {el.get("Id"): el.get("Target") for el in
                self._elements("xl/_rels/workbook.xml.rels") if el.get("Id")}
        for element in self._elements("xl/workbook.xml"):
            if element.tag == f"{_NS}sheet":
                target = rels.get(element.get(f"{_REL}id"))
                break
        if target is None:
            target = "worksheets/sheet1.xml"
        name = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if self.open(name) is None:
            raise BadInput(NO_SHEET(file=self.name))
        return name

    def _shared_strings(self) -> list[str]:
        strings: list[str] = []
        for element in self._elements("xl/sharedStrings.xml"):
            if element.tag == f"{_NS}si":
                strings.append("".join(t.text or "" for t in element.iter(f"{_NS}t")))
                element.clear()
        return strings

    def _styles(self) -> tuple[frozenset[int], bool]:
        custom: dict[int, str] = {}
        xfs: list[int] = []
        in_cell_xfs = False
        handle = self.open("xl/styles.xml")
        if handle is not None:
            with handle:
                for event, element in iterparse(_NoDtd(handle), events=("start", "end")):  # noqa: S314 (DTDs refused)
                    if element.tag == f"{_NS}cellXfs":
                        in_cell_xfs = event == "start"
                    elif event == "end" and element.tag == f"{_NS}numFmt":
                        custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
                    elif event == "end" and element.tag == f"{_NS}xf" and in_cell_xfs:
                        xfs.append(int(element.get("numFmtId", "0")))
        dates = frozenset(i for i, fmt in enumerate(xfs) if fmt in _DATE_FORMATS or (
            fmt in custom and _DATE_CODE.search(re.sub(r'"[^"]*"|\[[^\]]*\]', "",
                                                       custom[fmt]))))
        date1904 = any(el.get("date1904") in {"1", "true"} for el in
                       self._elements("xl/workbook.xml") if el.tag == f"{_NS}workbookPr")
        return dates, date1904

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cell texts by column) for every row, checked as they come."""
        handle = self.open(self.sheet)
        assert handle is not None
        with handle:
            for event, element in iterparse(_NoDtd(handle), events=("start", "end")):  # noqa: S314 (DTDs refused)
                tag = element.tag
                if event == "start":
                    if tag == f"{_NS}dimension":
                        self._check_dimension(element.get("ref", ""))
                    continue
                if tag == f"{_NS}row":
                    yield int(element.get("r", "0") or 0), self._cells(element)
                    element.clear()

    def _check_dimension(self, ref: str) -> None:
        last = ref.rsplit(":", maxsplit=1)[-1]
        found = _REF.match(last)
        if found is None:
            return
        columns, rows = column_number(found[1]), int(found[2])
        if columns > MAX_COLUMNS or rows > MAX_ROWS:
            raise BadInput(TOO_WIDE(file=self.name, columns=columns, rows=rows, ref=ref[:40],
                                    most=MAX_COLUMNS))

    def _cells(self, row: Any) -> list[str]:
        cells: list[str] = []
        for cell in row.iter(f"{_NS}c"):
            ref = cell.get("r", "")
            found = _REF.match(ref)
            column = column_number(found[1]) if found else len(cells) + 1
            if column > MAX_COLUMNS:
                raise BadInput(CELL_OUTSIDE(file=self.name, ref=ref[:12], most=MAX_COLUMNS))
            while len(cells) < column - 1:
                cells.append("")
            cells.append(self._value(cell, ref))
        return cells

    def _value(self, cell: Any, ref: str) -> str:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            text = "".join(t.text or "" for t in cell.iter(f"{_NS}t"))
        else:
            raw = cell.find(f"{_NS}v")
            text = raw.text or "" if raw is not None else ""
        if len(text) > MAX_CELL_CHARS:
            raise BadInput(CELL_TOO_LONG(file=self.name, ref=ref[:12], most=MAX_CELL_CHARS))
        if kind == "s":
            try:
                return self.strings[int(text)]
            except (ValueError, IndexError):
                return ""
        if kind == "b":
            return "true" if text.strip() == "1" else "false"
        if kind in {"str", "inlineStr", "e"}:
            return text
        if kind == "d":  # an ISO date the workbook wrote as text
            try:
                day = date.fromisoformat(text[:10])
            except ValueError:
                return text
            return TypedCell(day.isoformat(), day)
        return self._number(text, int(cell.get("s", "0") or 0))

    def _number(self, text: str, style: int) -> str:
        try:
            number = Decimal(text.strip())
        except InvalidOperation:
            return text
        if not number.is_finite():
            return text
        if style in self.date_styles:
            try:
                day = excel_serial_date(number, date1904=self.date1904)
            except KnownError:
                return text
            return TypedCell(day.isoformat(), day)
        plain = format(number.normalize(), "f") if number == number.to_integral_value() \
            else format(number, "f")
        return TypedCell(plain, number)

    def close(self) -> None:
        self.zip.close()


def read_workbook(path: Path) -> tuple[Workbook, Iterator[tuple[int, list[str]]]]:
    """The checked workbook and its first sheet's rows; a broken part is a BadInput."""
    book = Workbook(path)

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            yield from book.rows()
        except (ParseError, zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
            raise BadInput(NOT_A_WORKBOOK(file=book.name, error=type(error).__name__)) from None
        finally:
            book.close()

    return book, rows()
