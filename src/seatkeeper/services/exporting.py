"""Exports: seats as CSV or XLSX (streamed), the whole roster as JSON.

Seats stream from one read transaction (``store.seat_stream``) and are written
as they come, so a million seats never sit in memory; XlsxWriter runs in
constant_memory mode for the same reason. The CSV/XLSX headers are the
generic importer's field names, and every cell is one it reads back, so an
export imports back (into an empty roster, the same export again, byte for
byte: a test holds that).

A CSV is written for Excel in the file's locale (issue 15): UTF-8 with a BOM
(Excel's sign that the file is UTF-8), ``;`` between cells where the locale's
decimal mark is a comma (Excel there splits on ``;``), the locale's decimal
mark, and its dates where they read one way (dd.mm.yyyy, the US's mm/dd/yyyy;
elsewhere ISO, which Excel reads as a date in every locale). An XLSX holds real
numbers, dates and booleans as typed cells. Secrets appear only in a JSON
export made with ``include_secrets=True``.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.locale_values import LOCALES, FileLocale
from seatkeeper.domain.messages import Message, message, plain_value
from seatkeeper.domain.money import Money, exponent
from seatkeeper.services.importing.mapping import norm
from seatkeeper.services.roster_json import dump_roster, dumps
from seatkeeper.services.rows import seat_status_text
from seatkeeper.store import seat_stream
from seatkeeper.store.engine import Connection, Store

BATCH = 2000  # driver rows a fetch (bigger is no faster, only bigger)
SUBSCRIPTION_CACHE = 4096  # (subscription, renew, status) cell sets kept while exporting
SEAT_HEADERS = ["subscription", "subscription_key", "vendor", "owner_email", "kind",
                "channel", "licence_id", "holder_name", "holder_email", "renew",
                "period_start", "renewal_date", "auto_renew", "currency", "price",
                "price_basis", "price_months", "plan_months", "seat_limit",
                "devices_connected", "devices_per_seat", "status"]
UNWRITABLE = message("export.unwritable", "The export cannot be written to {path}: {reason}.")
SECRETS_NEED_KEYRING = message("export.secrets_need_keyring",
                               "Secrets can be exported only from a usable keyring.")
NOT_A_FORMAT = message("export.not_a_format",
                       "“{format}” is not an export format (csv, xlsx or json).")
US = LOCALES["en-US"]


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int


# OWASP's formula starts: a cell beginning with one of these runs as a formula in a
# spreadsheet (CSV injection); a leading apostrophe makes it text.
_FORMULA_STARTS = frozenset("=+-@\t\r")


def _no_formula(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return "'" + value
    return value


@dataclass(frozen=True)
class CellStyle:
    """How cells are written: in a CSV for ``locale``, or typed (``locale`` None: XLSX)."""

    locale: FileLocale | None

    def day(self, value: date) -> Any:
        loc = self.locale
        if loc is None:
            return value
        if loc.order == "MDY":
            return f"{value:%m/%d/%Y}"
        if loc.order == "DMY" and loc.decimal == ",":  # dd.mm.yyyy: dots are day first
            return f"{value:%d.%m.%Y}"
        return value.isoformat()

    def amount(self, money: Money) -> Any:
        places = exponent(money.currency)
        if self.locale is None:
            return float(money.amount) if places else int(money.minor)
        # Three decimals after one mark would read as a thousands group too ("149.500"):
        # a 3-decimal currency is written with four, which reads one way.
        text = f"{money.amount:.{places + 1 if places == 3 else places}f}"
        return text.replace(".", self.locale.decimal)

    def flag(self, value: bool) -> Any:
        return value if self.locale is None else ("true" if value else "false")

    def words(self, text: Message) -> str:
        return text.render(self._plain)

    def _plain(self, value: object) -> str:
        if isinstance(value, date) and self.locale is not None:
            return str(self.day(value))
        return plain_value(value)


_Cells = tuple[tuple[Any, ...], tuple[Any, ...], int, str]


def subscription_key(external: str | None, vendor: str, name: str) -> str:
    """The key an export names a subscription by: its own, else the one an import of the
    row would give it (services.importing.generic), so the export reads back to itself."""
    return external or f"csv:{norm(vendor)}|{name.casefold()}"


def _seat_rows(conn: Connection, style: CellStyle) -> Iterator[tuple[Any, ...]]:
    """Every seat's cells, in header order, streamed (formula-guarded for a CSV).

    Everything but the licence id, holder, e-mail and device count depends only on the
    subscription, the seat's renew flag and its status: those cells are made (and
    guarded) once per combination and kept in a bounded cache.
    """
    read_date = seat_stream.date_reader(conn)
    cache: dict[tuple[Any, ...], _Cells] = {}
    guard = _no_formula if style.locale is not None else (lambda value: value)
    for batch in seat_stream.seat_batches(conn, BATCH):
        for row in batch:
            key = row[:3]  # subscription_id, renew, seat_status
            cells = cache.get(key)
            if cells is None:
                cells = _subscription_cells(row, read_date, style, guard)
                if len(cache) >= SUBSCRIPTION_CACHE:
                    cache.clear()
                cache[key] = cells
            head, middle, per_seat, status = cells
            holder, email = row[4], row[5]
            yield (*head, guard(row[3]), "" if holder is None else guard(holder),
                   "" if email is None else guard(email), *middle, row[6], per_seat, status)


def _subscription_cells(row: tuple[Any, ...], read_date: Callable[[Any], date],
                        style: CellStyle, guard: Callable[[Any], Any]) -> _Cells:
    (_, renew, seat_status, _, _, _, _, name, key, kind, channel, renewal, currency,
     price_minor, basis, price_months, seat_limit, plan_months, per_seat, sub_status,
     vendor, owner, start, auto_renew) = row
    renewal_date, period_start = read_date(renewal), read_date(start)
    head = tuple(guard(c) for c in (name, subscription_key(key, vendor, name), vendor, owner,
                                    str(kind), str(channel)))
    price = Money(int(price_minor), currency)
    middle = (style.flag(bool(renew)), style.day(period_start), style.day(renewal_date),
              style.flag(bool(auto_renew)), guard(currency), style.amount(price), str(basis),
              int(price_months), int(plan_months), int(seat_limit))
    status = style.words(seat_status_text(seat_status, sub_status, bool(renew), renewal_date))
    return head, middle, int(per_seat), guard(status)


def _guard(path: Path, write: Callable[[], int]) -> ExportResult:
    try:
        return ExportResult(str(path), write())
    except OSError as error:
        raise BadInput(UNWRITABLE(path=str(path), reason=str(error.strerror))) from None


def export_csv(store: Store, path: Path, locale: FileLocale = US) -> ExportResult:
    """The seats as a CSV that Excel in ``locale`` opens in columns."""
    style = CellStyle(locale)
    delimiter = ";" if locale.decimal == "," else ","

    def write() -> int:
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                                lineterminator="\r\n")
            writer.writerow(SEAT_HEADERS)
            return store.read(lambda conn: _write_rows(conn, writer, style))
    return _guard(path, write)


def _write_rows(conn: Connection, writer: Any, style: CellStyle) -> int:
    # One read transaction for the whole file: a consistent snapshot, streamed in batches.
    count = 0
    rows = _seat_rows(conn, style)
    while batch := list(_take(rows, BATCH)):
        writer.writerows(batch)
        count += len(batch)
    return count


def _take(rows: Iterator[tuple[Any, ...]], count: int) -> Iterator[tuple[Any, ...]]:
    for _, row in zip(range(count), rows, strict=False):
        yield row


def export_xlsx(store: Store, path: Path, locale: FileLocale | None = None) -> ExportResult:
    """The seats as a workbook of typed cells: dates, numbers and booleans as such."""
    import xlsxwriter

    del locale  # typed cells need none: Excel shows them in its own locale

    def write() -> int:
        workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                                   "strings_to_formulas": False,
                                                   "strings_to_numbers": False})
        try:
            sheet = workbook.add_worksheet("Seats")
            bold = workbook.add_format({"bold": True})
            day = workbook.add_format({"num_format": "yyyy-mm-dd"})
            sheet.write_row(0, 0, SEAT_HEADERS, bold)
            sheet.freeze_panes(1, 0)
            dates = {SEAT_HEADERS.index("period_start"), SEAT_HEADERS.index("renewal_date")}
            return store.read(lambda conn: _write_sheet(conn, sheet, dates, day))
        finally:
            workbook.close()
    return _guard(path, write)


def _write_sheet(conn: Connection, sheet: Any, dates: set[int], day: Any) -> int:
    count = 0
    for count, cells in enumerate(_seat_rows(conn, CellStyle(None)), start=1):
        for column, value in enumerate(cells):
            if column in dates:
                sheet.write_datetime(count, column, value, day)
            elif isinstance(value, bool):
                sheet.write_boolean(count, column, value)
            elif isinstance(value, int | float | Decimal):
                sheet.write_number(count, column, value)
            elif value != "":
                sheet.write_string(count, column, value)
    return count


def roster_json(store: Store, *, include_secrets: bool = False,
                vault: Vault | None = None) -> str:
    """The whole roster as deterministic JSON text (see roster_json)."""
    if include_secrets and vault is None:
        raise BadInput(SECRETS_NEED_KEYRING())
    return dumps(store.read(lambda conn: dump_roster(conn, vault if include_secrets else None)))


def export_json(store: Store, path: Path, *, include_secrets: bool = False,
                vault: Vault | None = None) -> ExportResult:
    text = roster_json(store, include_secrets=include_secrets, vault=vault)

    def write() -> int:
        if include_secrets:  # it will hold secrets: owner-only before a byte is written
            path.touch(mode=0o600)
            with contextlib.suppress(OSError):
                path.chmod(0o600)
        path.write_text(text, encoding="utf-8")
        return text.count("\n")
    return _guard(path, write)


def export(store: Store, fmt: str, path: Path, **options: Any) -> ExportResult:
    """Write ``fmt``; options: ``locale`` (csv, xlsx), ``include_secrets``/``vault`` (json)."""
    writers: dict[str, Callable[..., ExportResult]] = {
        "csv": export_csv, "xlsx": export_xlsx, "json": export_json}
    if fmt not in writers:
        raise KnownError(NOT_A_FORMAT(format=fmt))
    return writers[fmt](store, path, **options)
