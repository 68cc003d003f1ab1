"""Exports: seats as CSV or XLSX (streamed), the whole roster as JSON.

Seats are read page by page (keyset paging in store.seats) and written as
they come, so a million seats never sit in memory; XlsxWriter runs in
constant_memory mode for the same reason. The CSV/XLSX headers are the
generic importer's field names, so an export imports back without mapping.
Secrets appear only in a JSON export made with ``include_secrets=True``.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.services.roster_json import dump_roster, dumps
from seatkeeper.services.rows import seat_status_text
from seatkeeper.store import seat_stream, seats
from seatkeeper.store.engine import Connection, Store

PAGE = 5000  # seats a page, for the XLSX export
BATCH = 2000  # driver rows a fetch, for the CSV export (bigger is no faster, only bigger)
SUBSCRIPTION_CACHE = 4096  # (subscription, renew, status) cell sets kept while exporting
SEAT_HEADERS = ["subscription", "subscription_key", "kind", "channel", "licence_id",
                "holder_name", "holder_email", "renew", "renewal_date", "currency",
                "monthly_price", "devices_connected", "devices_per_seat", "status"]
UNWRITABLE = message("export.unwritable", "The export cannot be written to {path}: {reason}.")
SECRETS_NEED_KEYRING = message("export.secrets_need_keyring",
                               "Secrets can be exported only from a usable keyring.")
NOT_A_FORMAT = message("export.not_a_format",
                       "“{format}” is not an export format (csv, xlsx or json).")


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int


def seat_rows(store: Store, page: int = PAGE) -> Iterator[list[Any]]:
    """Every seat as a list of cells (header order), one read transaction per page."""
    after = 0
    while True:
        rows = store.read(partial(_page, after=after, limit=page))
        if not rows:
            return
        for row in rows:
            yield _cells(row)
        after = int(rows[-1]["seat_id"])


def _page(conn: Connection, *, after: int, limit: int) -> Sequence[Mapping[Any, Any]]:
    return seats.licence_export_page(conn, after, limit)


def _cells(r: Mapping[Any, Any]) -> list[Any]:
    return [
        r["subscription"], r["subscription_key"] or "", r["kind"], r["channel"],
        r["licence_id"], r["holder"] or "", r["email"] or "",
        "true" if r["renew"] else "false", r["renewal_date"].isoformat(), r["currency"],
        Money(int(r["unit_monthly_price_minor"]), r["currency"]).decimal_string(),
        int(r["devices_connected"]), int(r["devices_per_seat"]),
        seat_status_text(r["seat_status"], r["subscription_status"], bool(r["renew"]),
                         r["renewal_date"]).render(),  # files carry the English words
    ]


def _guard(path: Path, write: Callable[[], int]) -> ExportResult:
    try:
        return ExportResult(str(path), write())
    except OSError as error:
        raise BadInput(UNWRITABLE(path=str(path), reason=str(error.strerror))) from None


def export_csv(store: Store, path: Path) -> ExportResult:
    def write() -> int:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
            writer.writerow(SEAT_HEADERS)
            return store.read(partial(_write_csv_rows, writer=writer))
    return _guard(path, write)


def _write_csv_rows(conn: Connection, *, writer: Any) -> int:
    # One read transaction for the whole file: a consistent snapshot, streamed in batches.
    count = 0
    read_date = seat_stream.date_reader(conn)
    cache: dict[tuple[Any, ...], _Cells] = {}
    for batch in seat_stream.seat_batches(conn, BATCH):
        writer.writerows(_csv_rows(batch, read_date, cache))
        count += len(batch)
    return count


# A cell starting with = + - @ runs as a formula in a spreadsheet (CSV injection).
_FORMULA_STARTS = frozenset("=+-@")


def _no_formula(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return "'" + value
    return value


_Cells = tuple[tuple[Any, ...], tuple[Any, ...], int, str]


def _csv_rows(batch: list[tuple[Any, ...]], read_date: Callable[[Any], date],
              cache: dict[tuple[Any, ...], _Cells]) -> Iterator[tuple[Any, ...]]:
    """The CSV rows of one batch, byte for byte what ``_cells`` + ``_no_formula`` give.

    Everything but the licence id, holder, e-mail and device count depends only on the
    subscription, the seat's renew flag and its status: those cells are made (and
    guarded) once per combination, with the same functions, and kept in a bounded cache.
    """
    starts = _FORMULA_STARTS
    for row in batch:
        key = row[:3]  # subscription_id, renew, seat_status
        cells = cache.get(key)
        if cells is None:
            cells = _subscription_cells(row, read_date)
            if len(cache) >= SUBSCRIPTION_CACHE:
                cache.clear()
            cache[key] = cells
        head, middle, per_seat, status = cells
        licence_id, holder, email = row[3], row[4], row[5]
        if licence_id[:1] in starts:
            licence_id = "'" + licence_id
        if holder is None:
            holder = ""
        elif holder[:1] in starts:
            holder = "'" + holder
        if email is None:
            email = ""
        elif email[:1] in starts:
            email = "'" + email
        yield (*head, licence_id, holder, email, *middle, row[6], per_seat, status)


def _subscription_cells(row: tuple[Any, ...], read_date: Callable[[Any], date]) -> _Cells:
    (_, renew, seat_status, _, _, _, _, name, key, kind, channel, renewal, currency,
     price, per_seat, sub_status) = row
    renewal_date = read_date(renewal)
    head = tuple(_no_formula(c) for c in (name, key or "", str(kind), str(channel)))
    middle = tuple(_no_formula(c) for c in (
        "true" if renew else "false", renewal_date.isoformat(), currency,
        Money(int(price), currency).decimal_string()))
    status = seat_status_text(seat_status, sub_status, bool(renew), renewal_date).render()
    return head, middle, int(per_seat), _no_formula(status)


def export_xlsx(store: Store, path: Path) -> ExportResult:
    import xlsxwriter

    def write() -> int:
        workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                                   "strings_to_formulas": False,
                                                   "strings_to_numbers": False})
        try:
            sheet = workbook.add_worksheet("Seats")
            bold = workbook.add_format({"bold": True})
            sheet.write_row(0, 0, SEAT_HEADERS, bold)
            sheet.freeze_panes(1, 0)
            count = 0
            for count, cells in enumerate(seat_rows(store), start=1):
                sheet.write_row(count, 0, cells)
        finally:
            workbook.close()
        return count
    return _guard(path, write)


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
    writers: dict[str, Callable[..., ExportResult]] = {
        "csv": export_csv, "xlsx": export_xlsx, "json": export_json}
    if fmt not in writers:
        raise KnownError(NOT_A_FORMAT(format=fmt))
    return writers[fmt](store, path, **options)
