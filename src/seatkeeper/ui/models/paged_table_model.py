"""A table model over SQL: it holds the row count and a few pages, never the table.

Sorting and filtering are ORDER BY / WHERE in the store. ``data()`` for a row
not yet loaded answers a placeholder and asks a worker for that page; when the
page arrives, ``dataChanged`` repaints it. A refresh bumps a generation number
so late pages of an old query are dropped.

A model with a ``count_cap`` counts a filter's matches only up to the cap first
("more than 10,000"), shows the first page at once, and counts exactly in the
background afterwards: a broad filter over a million rows would otherwise wait
for a count of hundreds of thousands before painting anything.
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
    QTimer,
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
# filter text, at most -> rows matching, or at most + 1 when more match (None: exactly)
CappedCount = Callable[[str, int | None], int]
EXACT_COUNT_DELAY_MS = 250  # a filter still being typed is not counted exactly
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
    count_changed = Signal()  # the exact count replaced a capped one
    load_failed = Signal()  # a refresh failed (the error went to the runner's handler)
    page_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, count: Count | CappedCount | None,
                 page: Page[R] | None, columns: Sequence[Column[R]],
                 row_id: Callable[[R], int], *, page_size: int = 200, max_pages: int = 64,
                 default_sort: str = "", count_cap: int | None = None) -> None:
        """``count`` is a ``CappedCount`` when ``count_cap`` is given, else a ``Count``.

        With ``count_cap`` the count and the first page are read side by side, so they
        must not depend on each other; without it the count runs first.
        """
        super().__init__()
        self._runner, self._page_fn = runner, page
        self._count_fn: Callable[..., int] | None = count
        self._count_cap = count_cap
        self._exact = True  # False while _rows is a capped count (more rows match)
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

    @property
    def count_is_exact(self) -> bool:
        """False while ``rowCount()`` is the cap plus one and more rows match."""
        return self._exact

    @property
    def count_cap(self) -> int | None:
        return self._count_cap

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

    def set_source(self, count: Count | CappedCount, page: Page[R]) -> None:
        """Connect the store; what was asked meanwhile is asked now."""
        self._count_fn, self._page_fn = count, page
        if self._waiting_refresh:
            self.refresh(recount=False)  # recounts only if the filter changed meanwhile
        elif self._waiting_pages and self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._rows - 1, len(self._columns) - 1))
        self._waiting_refresh = self._waiting_pages = False

    def refresh(self, *, recount: bool = True) -> None:
        """Ask the store again: the count and the first page."""
        if self._count_fn is None or self._page_fn is None:
            self._waiting_refresh, self.is_loading = True, True
            return
        count_fn, page_fn = self._count_fn, self._page_fn
        self._generation += 1
        generation = self._generation
        query = self._query(0)
        self.is_loading = True
        # Only a count made for this very filter may be reused (capped or not).
        reuse = not recount and self._counted == self._filter
        known, exact = (self._rows, self._exact) if reuse else (None, True)
        cap = self._count_cap
        if known is not None:
            self._runner.run(lambda: page_fn(query),
                             lambda first: self._reset(generation, known, first, exact),
                             self._failed(generation))
            return
        if cap is None:  # a count that prepares what the pages read (Review)
            self._runner.run(lambda: (count_fn(query.filter_text), page_fn(query)),
                             lambda result: self._reset(generation, *result),
                             self._failed(generation))
            return

        # The count and the first page side by side on the two readers: a filter
        # waits for the slower of them, not for both one after the other.
        arrived: dict[str, Any] = {}

        def count() -> tuple[int, bool]:
            if not query.filter_text:
                return count_fn(query.filter_text, None), True
            counted = count_fn(query.filter_text, cap)
            return counted, counted <= cap

        def part(name: str) -> Callable[[Any], None]:
            def done(value: Any) -> None:
                arrived[name] = value
                if arrived.keys() == {"count", "page"}:
                    self._reset(generation, arrived["count"][0], arrived["page"],
                                arrived["count"][1])
            return done

        report = self._failed(generation)

        def failed(error: BaseException) -> None:  # one message, even if both fail
            if "failed" not in arrived:
                arrived["failed"] = error
                report(error)

        self._runner.run(count, part("count"), failed)
        self._runner.run(lambda: page_fn(query), part("page"), failed)

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
        if query.offset * 2 <= self._rows or not self._exact:  # the end is not known yet
            return query, False
        end = min(query.offset + query.limit, self._rows)
        return replace(query, descending=not query.descending, offset=self._rows - end,
                       limit=max(end - query.offset, 0)), True

    def _failed(self, generation: int, number: int | None = None, *, background: bool = False
                ) -> Callable[[BaseException], None]:
        def handle(error: BaseException) -> None:
            if number is not None:
                self._pending.discard(number)
            if background:  # an exact count after a capped one: the capped one stands
                if generation == self._generation:
                    self._runner.report(error)
                return
            if generation == self._generation:
                self.is_loading = False
                self._runner.report(error)
                if number is None:
                    self.load_failed.emit()
        return handle

    def _reset(self, generation: int, count: int, first: list[R], exact: bool = True
               ) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows, self._exact = count, exact
        self._counted = self._filter
        self._pages.clear()
        self._pending.clear()
        if first:
            self._pages[0] = first
        self.endResetModel()
        self.is_loading = False
        self.loaded.emit()
        if not exact:
            QTimer.singleShot(EXACT_COUNT_DELAY_MS, lambda: self._count_exactly(generation))

    def _count_exactly(self, generation: int) -> None:
        """After a capped count: the exact one, if the query is still the same."""
        count_fn = self._count_fn
        if generation != self._generation or count_fn is None:
            return
        text = self._filter
        self._runner.run(lambda: count_fn(text, None),
                         lambda count: self._exact_count_arrived(generation, count),
                         self._failed(generation, background=True), background=True)

    def _exact_count_arrived(self, generation: int, count: int) -> None:
        if generation != self._generation or self._exact:
            return
        if count < self._rows:  # the roster changed meanwhile: start again
            self.refresh()
            return
        if count > self._rows:  # rows added at the end: the view keeps its place
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self.endInsertRows()
        self._exact = True
        self.count_changed.emit()

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
