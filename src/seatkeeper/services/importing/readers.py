"""Readers: a file becomes a header list and an iterator of text rows.

CSV goes through the ``csv`` module (quoted multi-line cells work), the
delimiter (``,`` ``;`` tab ``|``) sniffed from the first lines. Its encoding is
what its byte-order mark says (UTF-8, or UTF-16 as Excel's "Unicode text"
writes it), else the one given (``--encoding cp1252``), else UTF-8; a file
that is not UTF-8 is refused naming the encoding it looks like
(``detect_encoding``, which the wizard shows and previews). XLSX goes through
``xlsx`` (checked before any cell is read, bounded memory); ODS and the old
XLS through python-calamine, after the same size check.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.services.importing.xlsx import Workbook, read_workbook

_DELIMITERS = ",;\t|"
_SNIFF_BYTES = 64 * 1024
NOT_UTF8 = message("import.not_utf8", "{file} is not UTF-8 text; save it as CSV UTF-8.")
LOOKS_LIKE = message("import.looks_like",
                     "{file} is not UTF-8 text; it reads as {encoding}: import it with that "
                     "encoding (--encoding {encoding}), or save it as CSV UTF-8.")
NOT_IN_ENCODING = message("import.not_in_encoding",
                          "{file} cannot be read as {encoding} text.")
UNKNOWN_ENCODING = message("import.unknown_encoding",
                           "“{encoding}” is not an encoding Seatkeeper knows (e.g. utf-8, "
                           "cp1252, latin-1, utf-16).")
TOO_LARGE = message("import.too_large",
                    "{file} is {size} bytes; Seatkeeper imports files up to {limit} bytes.")
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


MAX_CSV_BYTES = 2 * 1024**3  # a million rows is ~200 MB
# The 8-bit encodings an office's files are in, most likely first: where the detector
# finds several that decode, the first of these it names is the one shown.
WESTERN = ("cp1252", "iso8859_15", "latin_1", "cp850", "cp865", "mac_roman", "iso8859_10")


def read_file(path: Path, fmt: str | None = None, encoding: str | None = None) -> SourceRows:
    """Open ``path`` as CSV or XLSX (by ``fmt`` or the file name)."""
    kind = (fmt or path.suffix.lstrip(".")).lower()
    try:
        if kind in {"xlsx", "xlsm"}:
            return read_xlsx(path)
        if kind in {"xls", "ods"}:
            return read_calamine(path)
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise BadInput(TOO_LARGE(file=path.name, size=size, limit=MAX_CSV_BYTES))
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(UNREADABLE(path=str(path), reason=str(error.strerror))) from None
    return read_csv_text(decode(data, path.name, encoding))


HEAD_BYTES = 1024 * 1024  # what a CSV's header row is read from: its rows are the dry run's


def read_head(path: Path, fmt: str | None = None, encoding: str | None = None) -> SourceRows:
    """As ``read_file``, but a CSV larger than ``HEAD_BYTES`` is read only that far (cut at a
    line break), for its header row: the mapping page of a 1M-row file would otherwise read
    and decode 230 MB in the window's process. Use only the headers: the rows stop there."""
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind in {"xlsx", "xlsm", "xls", "ods"}:
        return read_file(path, fmt, encoding)
    try:
        with path.open("rb") as handle:
            data = handle.read(HEAD_BYTES + 1)
    except OSError as error:
        raise BadInput(UNREADABLE(path=str(path), reason=str(error.strerror))) from None
    if len(data) <= HEAD_BYTES:
        return read_csv_text(decode(data, path.name, encoding))
    cut = data.rfind(b"\n", 0, HEAD_BYTES)
    # UTF-16 little-endian ends a line with "\n\0": one byte more keeps it whole.
    for end in (cut + 1, cut + 2) if cut > 0 else ():
        try:
            return read_csv_text(decode(data[:end], path.name, encoding))
        except BadInput:
            continue
    return read_file(path, fmt, encoding)  # no line break that far: the whole file says why


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of a CSV file's bytes: by its BOM, else ``encoding``, else UTF-8."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode(data[len(bom):], codec, name)
    if encoding:
        return _decode(data, _codec(encoding), name).removeprefix("\ufeff")
    guess = _utf16_without_bom(data[:4096])
    if guess:
        return _decode(data, guess, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        found = detect_encoding(data)
        if found and found != "utf-8":
            raise BadInput(LOOKS_LIKE(file=name, encoding=found)) from None
        raise BadInput(NOT_UTF8(file=name)) from None


def _codec(encoding: str) -> str:
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError:
        raise BadInput(UNKNOWN_ENCODING(encoding=encoding.strip()[:40]),
                       field="encoding") from None


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise BadInput(NOT_IN_ENCODING(file=name, encoding=codec)) from None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 with no BOM: ASCII text has a NUL in every other byte."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _western_text(sample: bytes) -> str | None:
    """cp1252 (or ISO 8859-15) when it reads the bytes as letters: an office's 8-bit CSV.

    A short file gives the detector too little to go on (it may call "Østby" Big5); a
    text whose every non-ASCII character reads as a letter or a common sign in cp1252 is
    what a Western Windows wrote.
    """
    for codec in ("cp1252", "iso8859_15"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 127]
        if wide and all(c.isalpha() or c in "€£§°«»–—‘’“”…´·½¼¾×÷µ" for c in wide) \
                and not any(ord(c) < 32 and c not in "\r\n\t" for c in text):
            return codecs.lookup(codec).name
    return None


def detect_encoding(data: bytes) -> str | None:
    """The encoding ``data`` most likely is in (the wizard shows it; never used unasked)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return codec
    guess = _utf16_without_bom(data[:4096])
    if guess:
        return guess
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    sample = data[:256 * 1024]
    western = _western_text(sample)
    if western:
        return western
    from charset_normalizer import from_bytes

    found = [codecs.lookup(match.encoding).name for match in from_bytes(sample)]
    for western in WESTERN:
        name = codecs.lookup(western).name
        if name in found:
            return name
    return found[0] if found else None


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
    """The first sheet of an .xlsx, checked first (``xlsx``); typed cells kept typed."""
    book, rows = read_workbook(path)
    first = next(rows, None)
    if first is None:
        raise BadInput(EMPTY_SHEET(file=path.name))
    headers = [c.strip() for c in first[1]]
    _check_headers(headers)

    def generate() -> Iterator[tuple[int, dict[str, str]]]:
        for number, texts in rows:
            if any(t.strip() for t in texts):
                yield number, _row(headers, texts)

    del book
    return SourceRows(headers, generate())


def read_calamine(path: Path) -> SourceRows:
    """The first sheet of an .ods or .xls; dates become ISO text, numbers plain text."""
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() == ".ods":  # a zip too: its sizes are checked first
        Workbook.check_zip(path)
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
