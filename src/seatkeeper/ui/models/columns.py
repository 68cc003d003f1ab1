"""The column base every table model shares: columns as data, roles answered once.

A ``Column`` says how a row shows in it (text, tooltip, tone, alignment) and
which sort key the store orders it by. ``ColumnModel`` answers the view's
roles from its columns for whatever row ``row_at`` gives; the SQL-paged and
the snapshot models differ only in where their rows come from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from seatkeeper.ui.tones import TONES, tone_color

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id
LOADING = "…"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, ROW_ROLE, ID_ROLE})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its sort key, header, and how a row shows in it."""

    key: str
    title: str
    display: Callable[[R], str]
    align_right: bool = False
    tooltip: Callable[[R], str | None] | None = None
    tone: Callable[[R], str | None] | None = None  # "muted" or "warning"
    words: bool = False  # shows the window's own words (translated), not the roster's data


class ColumnModel(QAbstractTableModel, Generic[R]):
    """A table of rows of type ``R`` shown through ``columns``; subclasses supply the rows.

    What a screen asks of any table model is here: ``refresh`` (a new query: a
    reset), ``reload`` (the same query after a write: in place), the filter, and
    where a row is by id.
    """

    loaded = Signal()  # a refresh finished: the count and the first rows are in
    reloaded = Signal()  # a reload finished: rows swapped in place
    count_changed = Signal()  # the exact count replaced a capped one
    load_failed = Signal()  # a refresh failed (the error went to the runner's handler)

    def __init__(self, columns: Sequence[Column[R]], row_id: Callable[[R], int]) -> None:
        super().__init__()
        self._columns, self._row_id = list(columns), row_id
        self.is_loading = False
        self._filter = ""
        self._sort_key = self._columns[0].key if self._columns else ""
        self._descending = False

    # -- what subclasses give ------------------------------------------------
    def row_at(self, row: int) -> R | None:
        """The row at ``row`` if it is at hand (None: not loaded yet)."""
        raise NotImplementedError

    def row_count(self) -> int:
        raise NotImplementedError

    def refresh(self, *, recount: bool = True) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def row_of(self, row_id: int) -> int | None:
        """Where the row with ``row_id`` is, if it is at hand."""
        raise NotImplementedError

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Take the order ``sort`` would, reading nothing; False if it is held already.

        A header's restoreState (the kept columns, at opening) announces its sort
        indicator even when it is the one shown: that must not read the table again.
        """
        if not 0 <= column < len(self._columns):
            return False
        key, descending = self._columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return False
        self._sort_key, self._descending = key, descending
        return True

    # -- what screens ask ----------------------------------------------------
    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        if text.strip() != self._filter:
            self._filter = text.strip()
            self.refresh()

    @property
    def count_is_exact(self) -> bool:
        """False while ``rowCount()`` is a capped count and more rows match."""
        return True

    @property
    def count_cap(self) -> int | None:
        return None

    # -- what the views ask --------------------------------------------------
    @property
    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    def row_id(self, row: R) -> int:
        return self._row_id(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The delegate asks about a dozen roles a cell on every paint; the ones no model
        # answers leave before any other work (enum lookups are not free).
        if role not in ANSWERED or not index.isValid():
            return None
        number, col = index.row(), index.column()
        if not 0 <= number < self.row_count() or col >= len(self._columns):
            return None
        column = self._columns[col]
        row = self.row_at(number)
        if row is None:
            return LOADING if role == _DISPLAY else None
        if role == _DISPLAY:
            return column.display(row)
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == _FOREGROUND:
            tone = column.tone(row) if column.tone is not None else None
            return tone_color(tone) if tone in TONES else None
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == ROW_ROLE:
            return row
        return self._row_id(row)  # ID_ROLE

    def emit_all_changed(self) -> None:
        rows = self.row_count()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self._columns) - 1))

    def remap_persistent(self, new_row_of: Callable[[int], int | None], old_id_at: Callable[
            [int], int | None], rows: int) -> None:
        """Move persistent indexes (the selection, the current row) to their row's new place.

        ``old_id_at`` gives the id that was at a row; ``new_row_of`` where that id is now
        (None: not known). An index whose row is not known stays where it was, if that
        row still exists. Call between layoutAboutToBeChanged and layoutChanged.
        """
        old = self.persistentIndexList()
        new = []
        for index in old:
            row_id = old_id_at(index.row())
            moved = new_row_of(row_id) if row_id is not None else None
            target = moved if moved is not None else index.row()
            new.append(self.index(target, index.column()) if 0 <= target < rows
                       else QModelIndex())
        self.changePersistentIndexList(old, new)
