"""The import preview's rows: every good row as it will be written, before it is written.

The dry run's plan already holds the rows (``ImportPlan.rows``); this model
shows each one's parsed values in the admin's locale (the amount as stated,
what it buys, the renewal date), so a misread file shows before anything is
written (issue 15). Cells are made when the view asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from seatkeeper.domain.money import Money
from seatkeeper.services.importing.records import PlannedRow, unnumbered_position
from seatkeeper.ui.i18n import date_text, money, number, tr

CTX = "ImportWizard"
Index = QModelIndex | QPersistentModelIndex
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def _price(row: PlannedRow) -> str:
    sub = row.subscription
    amount = money(Money(sub.price_minor, sub.currency))
    if sub.price_basis == "total":
        return tr(CTX, "{amount} for all {seats} seats, {n} month(s)", amount=amount,
                  seats=sub.seat_limit, n=sub.price_months)
    return tr(CTX, "{amount} a seat for {n} month(s)", amount=amount, n=sub.price_months)


def _holder(row: PlannedRow) -> str:
    held = [s for s in row.seats if s.holder_email]
    return held[0].holder_name or "" if held else ""


def _email(row: PlannedRow) -> str:
    held = [s for s in row.seats if s.holder_email]
    return held[0].holder_email or "" if held else ""


def _seats(row: PlannedRow) -> str:
    """The row's seat ids; the seats the file names none for, counted (they are numbered
    L-nnnn when written: their ids here are only placeholders, never to be shown)."""
    named = [s.licence_id for s in row.seats if unnumbered_position(s.licence_id) is None]
    parts = named[:3] + (["…"] if len(named) > 3 else [])
    if unnamed := len(row.seats) - len(named):
        parts.append(tr(CTX, "{n} new", n=unnamed))  # numbered L-nnnn on import
    return ", ".join(parts)


WIDTHS = (48, 160, 100, 130, 150, 260, 90, 50)  # set before the model, as the house does


def columns() -> list[tuple[str, Callable[[PlannedRow], str], bool]]:
    """(title, cell, right-aligned) of each column, in the admin's language."""
    return [
        (tr(CTX, "Row"), lambda r: number(r.line), True),
        (tr(CTX, "Subscription"), lambda r: r.subscription.name, False),
        (tr(CTX, "Seat"), _seats, False),
        (tr(CTX, "Holder"), _holder, False),
        (tr(CTX, "E-mail"), _email, False),
        (tr(CTX, "Price as stated"), _price, False),
        (tr(CTX, "Renews"), lambda r: date_text(r.subscription.renewal_date), False),
        (tr(CTX, "Seats"), lambda r: number(r.subscription.seat_limit), True),
    ]


class ImportRowsModel(QAbstractTableModel):
    """Read-only: the rows a dry run will write, one line each."""

    def __init__(self, rows: Sequence[PlannedRow] = ()) -> None:
        super().__init__()
        self._rows = list(rows)
        self._columns = columns()

    def set_rows(self, rows: Sequence[PlannedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        _title, cell, right = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self._columns):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None
