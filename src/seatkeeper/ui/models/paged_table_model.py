"""A table model over SQL: it holds the row count and a few pages, never the table.

Sorting and filtering are ORDER BY / WHERE in the store. ``data()`` for a row
not yet loaded answers a placeholder and asks a worker for that page; when the
page arrives, ``dataChanged`` repaints it. A refresh bumps a generation number
so late pages of an old query are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from seatkeeper.store.paging import TableQuery
from seatkeeper.ui.tasks import TaskRunner

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id
Count = Callable[[str], int]  # filter text -> rows matching
Page = Callable[[TableQuery], list[R]]
LOADING = "…"
TONES = {"muted": QColor("#777777"), "warning": QColor("#b35900")}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, ROW_ROLE, ID_ROLE})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its sort key in the store, header, and how a row shows in it."""

    key: str
    title: str
    display: Callable[[R], str]
    align_right: bool = False
    tooltip: Callable[[R], str | None] | None = None
    tone: Callable[[R], str | None] | None = None  # "muted" or "warning"


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Lazy, SQL-backed rows in pages of ``page_size``; at most ``max_pages`` kept."""

    loaded = Signal()  # a refresh finished: count and first page are in
    load_failed = Signal()  # a refresh failed (the error went to the runner's handler)
    page_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, count: Count | None, page: Page[R] | None,
                 columns: Sequence[Column[R]],
                 row_id: Callable[[R], int], *, page_size: int = 200, max_pages: int = 64,
                 default_sort: str = "") -> None:
        super().__init__()
        self._runner, self._count_fn, self._page_fn = runner, count, page
        self._columns, self._row_id = list(columns), row_id
        self._page_size, self._max_pages = page_size, max_pages
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self._pending: set[int] = set()
        self._rows = 0
        self._generation = 0
        self._filter = ""
        self._sort_key = default_sort or self._columns[0].key
        self._descending = False
        self.is_loading = False
        self._counted: str | None = None  # the filter whose count _rows holds
        # Without a source yet (a screen over the window's first look), a refresh or a
        # page asked for waits here and runs when set_source connects the store.
        self._waiting_refresh = self._waiting_pages = False

    # -- what the views ask -------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The delegate asks about a dozen roles a cell on every paint; the ones this
        # model never answers leave before any other work (enum lookups are not free).
        if role not in _ANSWERED or not index.isValid():
            return None
        number, col = index.row(), index.column()
        if not 0 <= number < self._rows or col >= len(self._columns):
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
            return TONES.get(tone) if tone else None
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == ROW_ROLE:
            return row
        return self._row_id(row)  # ID_ROLE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort_key = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh(recount=False)  # the same rows in another order: COUNT(*) is known

    # -- what the screen asks -----------------------------------------------
    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        if text.strip() != self._filter:
            self._filter = text.strip()
            self.refresh()

    def row_at(self, row: int) -> R | None:
        """The loaded row, or None (and a page request) if it is not loaded yet."""
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def seed(self, count: int, first: list[R]) -> None:
        """Show ``count`` rows and the first page, read elsewhere (the window's first look)."""
        self._generation += 1
        self._reset(self._generation, count, first)

    def set_source(self, count: Count, page: Page[R]) -> None:
        """Connect the store; what was asked meanwhile is asked now."""
        self._count_fn, self._page_fn = count, page
        if self._waiting_refresh:
            self.refresh(recount=False)  # recounts only if the filter changed meanwhile
        elif self._waiting_pages and self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._rows - 1, len(self._columns) - 1))
        self._waiting_refresh = self._waiting_pages = False

    def refresh(self, *, recount: bool = True) -> None:
        """Ask the store again: count and first page, in one background task."""
        if self._count_fn is None or self._page_fn is None:
            self._waiting_refresh, self.is_loading = True, True
            return
        count_fn, page_fn = self._count_fn, self._page_fn
        self._generation += 1
        generation = self._generation
        query = self._query(0)
        self.is_loading = True
        # Only a count made for this very filter may be reused.
        known = self._rows if not recount and self._counted == self._filter else None

        def work() -> tuple[int, list[R]]:
            count = known if known is not None else count_fn(query.filter_text)
            return count, page_fn(query)

        self._runner.run(work, lambda result: self._reset(generation, *result),
                         self._failed(generation))

    # -- plumbing -----------------------------------------------------------
    def _query(self, number: int) -> TableQuery:
        return TableQuery(self._filter, self._sort_key, self._descending,
                          number * self._page_size, self._page_size)

    def _request(self, number: int) -> None:
        if number in self._pending:
            return
        page_fn = self._page_fn
        if page_fn is None:
            self._waiting_pages = True
            return
        self._pending.add(number)
        generation, (query, backwards) = self._generation, self._page_query(number)

        def work() -> list[R]:
            rows = page_fn(query)
            return rows[::-1] if backwards else rows

        self._runner.run(work, lambda rows: self._page_arrived(generation, number, rows),
                         self._failed(generation, number))

    def _page_query(self, number: int) -> tuple[TableQuery, bool]:
        """The query for page ``number``, and whether it reads the order backwards.

        OFFSET makes the database step over every row before the page: the last
        page of a million rows took seconds. A page in the second half is read
        from the end instead (the opposite order, offset from the end), and
        reversed: the order is total (ties end on the id), so it is the same page.
        """
        query = self._query(number)
        if query.offset * 2 <= self._rows:
            return query, False
        end = min(query.offset + query.limit, self._rows)
        return replace(query, descending=not query.descending, offset=self._rows - end,
                       limit=max(end - query.offset, 0)), True

    def _failed(self, generation: int, number: int | None = None
                ) -> Callable[[BaseException], None]:
        def handle(error: BaseException) -> None:
            if number is not None:
                self._pending.discard(number)
            if generation == self._generation:
                self.is_loading = False
                self._runner.report(error)
                if number is None:
                    self.load_failed.emit()
        return handle

    def _reset(self, generation: int, count: int, first: list[R]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = count
        self._counted = self._filter
        self._pages.clear()
        self._pending.clear()
        if first:
            self._pages[0] = first
        self.endResetModel()
        self.is_loading = False
        self.loaded.emit()

    def _page_arrived(self, generation: int, number: int, rows: list[R]) -> None:
        self._pending.discard(number)
        if generation != self._generation:
            return
        self._pages[number] = rows
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        first = number * self._page_size
        last = min(first + len(rows), self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self._columns) - 1))
        self.page_loaded.emit(number)
