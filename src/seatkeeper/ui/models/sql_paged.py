"""A table model over SQL: it holds the row count and a few pages, never the table.

Sorting and filtering are ORDER BY / WHERE in the store. ``data()`` for a row
not yet loaded answers a placeholder and asks a worker for that page; when the
page arrives, ``dataChanged`` repaints it. A new query (filter, sort, another
roster) is a ``refresh``: a reset, with a generation number so late pages of
the old query are dropped.

A write elsewhere is a ``reload`` instead (after Anki's browser table, which
marks its rows stale and redraws rather than resetting): the count and the
pages the view last asked for are read again and swapped in place, the rows
the view does not show are dropped (read again when scrolled to), and the
selection and the current row follow their ids to where they are now.

A model with a ``count_cap`` counts a filter's matches only up to the cap first
("more than 10,000"), shows the first page at once, and counts exactly in the
background afterwards: a broad filter over a million rows would otherwise wait
for a count of hundreds of thousands before painting anything.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal

from seatkeeper.store.paging import TableQuery
from seatkeeper.ui.models.columns import Column, ColumnModel
from seatkeeper.ui.tasks import TaskRunner

R = TypeVar("R")
Count = Callable[[str], int]  # filter text -> rows matching
# filter text, at most -> rows matching, or at most + 1 when more match (None: exactly)
CappedCount = Callable[[str, int | None], int]
EXACT_COUNT_DELAY_MS = 250  # a filter still being typed is not counted exactly
Page = Callable[[TableQuery], list[R]]
RELOADED_PAGES = 3  # a reload re-reads the pages the view asked for last (what it shows)


class SqlPagedModel(ColumnModel[R]):
    """Lazy, SQL-backed rows in pages of ``page_size``; at most ``max_pages`` kept."""

    page_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, count: Count | CappedCount | None,
                 page: Page[R] | None, columns: Sequence[Column[R]],
                 row_id: Callable[[R], int], *, page_size: int = 200, max_pages: int = 64,
                 default_sort: str = "", count_cap: int | None = None,
                 cap_unfiltered: bool = False) -> None:
        """``count`` is a ``CappedCount`` when ``count_cap`` is given, else a ``Count``.

        With ``count_cap`` the count and the first page are read side by side, so they
        must not depend on each other; without it the count runs first. An unfiltered
        count is exact at once (a table's rows are quick to count) unless
        ``cap_unfiltered``: Review's findings are every finding kind's query over the
        whole roster, seconds to count at a million seats, so the first page waits for a
        capped count only, and the exact one follows in the background.
        """
        super().__init__(columns, row_id)
        self._runner, self._page_fn = runner, page
        self._count_fn: Callable[..., int] | None = count
        self._count_cap = count_cap
        self._cap_unfiltered = cap_unfiltered
        self._exact = True  # False while _rows is a capped count (more rows match)
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
    def row_count(self) -> int:
        return self._rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_sort(column, order):
            self.refresh(recount=False)  # the same rows in another order: COUNT(*) is known

    # -- what the screen asks -----------------------------------------------
    @property
    def count_is_exact(self) -> bool:
        """False while ``rowCount()`` is the cap plus one and more rows match."""
        return self._exact

    @property
    def count_cap(self) -> int | None:
        return self._count_cap

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
                             self._failed(generation), owner=self)
            return
        if cap is None:  # a count that prepares what the pages read (Review)
            self._runner.run(lambda: (count_fn(query.filter_text), page_fn(query)),
                             lambda result: self._reset(generation, *result),
                             self._failed(generation), owner=self)
            return

        # The count and the first page side by side on the two readers: a filter
        # waits for the slower of them, not for both one after the other.
        arrived: dict[str, Any] = {}

        cap_unfiltered = self._cap_unfiltered

        def count() -> tuple[int, bool]:
            if not query.filter_text and not cap_unfiltered:
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

        self._runner.run(count, part("count"), failed, owner=self)
        self._runner.run(lambda: page_fn(query), part("page"), failed, owner=self)

    def reload(self) -> None:
        """After a write: the count and the pages in view read again, swapped in place.

        No reset: the view keeps its place, and the selection and the current row
        follow their ids. Pages the view did not ask for lately are dropped and read
        again when shown.
        """
        if self._count_fn is None or self._page_fn is None:
            self._waiting_refresh, self.is_loading = True, True
            return
        if self.is_loading:  # a refresh under way may have read before the write
            self.refresh()
            return
        count_fn, page_fn, cap, text = self._count_fn, self._page_fn, self._count_cap, self._filter
        capped = bool(text) or self._cap_unfiltered
        self._generation += 1
        generation = self._generation
        wanted = [(number, *self._page_query(number, seek=False))
                  for number in list(self._pages)[-RELOADED_PAGES:]]

        def work() -> tuple[int, bool, dict[int, tuple[list[R], bool]]]:
            if cap is None:
                count, exact = count_fn(text), True
            elif capped:
                count = count_fn(text, cap)
                exact = count <= cap
            else:
                count, exact = count_fn(text, None), True
            pages = {}
            for number, query, backwards in wanted:
                rows = page_fn(query)
                pages[number] = (rows[::-1] if backwards else rows, backwards)
            return count, exact, pages

        self._runner.run(work, lambda result: self._reloaded(generation, *result),
                         self._failed(generation), owner=self)

    def _reloaded(self, generation: int, count: int, exact: bool,
                  read: dict[int, tuple[list[R], bool]]) -> None:
        if generation != self._generation:
            return
        old_rows, old_pages, size = self._rows, self._pages, self._page_size
        # A page read from the end sits where it was only if the end did not move.
        pages = OrderedDict((number, rows) for number, (rows, backwards) in read.items()
                            if not backwards or count == old_rows)
        if count > old_rows:
            self.beginInsertRows(QModelIndex(), old_rows, count - 1)
            self._rows = count
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        where = {self._row_id(row): number * size + offset
                 for number, rows in pages.items() for offset, row in enumerate(rows)}

        def old_id(row: int) -> int | None:
            page = old_pages.get(row // size)
            offset = row % size
            return self._row_id(page[offset]) if page is not None and offset < len(page) \
                else None

        self._pages, self._exact, self._counted = pages, exact, self._filter
        self._pending.clear()
        self.remap_persistent(where.get, old_id, self._rows)
        self.layoutChanged.emit()
        if count < old_rows:
            self.beginRemoveRows(QModelIndex(), count, old_rows - 1)
            self._rows = count
            self.endRemoveRows()
        self.reloaded.emit()
        if not exact:
            QTimer.singleShot(EXACT_COUNT_DELAY_MS, lambda: self._count_exactly(generation))

    def row_of(self, row_id: int) -> int | None:
        """Where the row with ``row_id`` is, if it is in a loaded page."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if self._row_id(row) == row_id:
                    return number * self._page_size + offset
        return None

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
                         self._failed(generation, number), owner=self)

    def _page_query(self, number: int, *, seek: bool = True) -> tuple[TableQuery, bool]:
        """The query for page ``number``, and whether it reads the order backwards.

        OFFSET makes the database step over every row before the page: the last
        page of a million rows took seconds. A page in the second half is read
        from the end instead (the opposite order, offset from the end), and
        reversed: the order is total (ties end on the id), so it is the same page.
        A page near one already loaded (scrolling) seeks from that page's edge row
        (keyset: ``after`` its id, ``skip`` the pages between), which costs the
        same at the millionth row as at the first; a table that does not seek
        reads ``offset`` as before. A reload (``seek=False``) reads by place only: its
        rows may have moved since the edge rows were read.
        """
        query = self._query(number)
        size = self._page_size
        choices: list[tuple[int, TableQuery, bool]] = [(query.offset, query, False)]
        end = min(query.offset + query.limit, self._rows)
        from_end = replace(query, descending=not query.descending, offset=self._rows - end,
                           limit=max(end - query.offset, 0))
        if self._exact:  # the end is known
            choices.append((from_end.offset, from_end, True))
        pages = self._pages if seek else {}
        before = [m for m, rows in pages.items() if m < number and len(rows) == size]
        if before:
            m = max(before)
            skip = (number - m - 1) * size
            choices.append((skip, replace(query, after=self._row_id(self._pages[m][-1]),
                                          skip=skip), False))
        after = [m for m, rows in pages.items() if m > number and rows]
        if after and self._exact and end - query.offset == size:
            m = min(after)
            skip = m * size - end
            choices.append((skip, replace(from_end, after=self._row_id(self._pages[m][0]),
                                          skip=skip), True))
        _cost, chosen, backwards = min(choices, key=lambda c: c[0])
        return chosen, backwards

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
                         self._failed(generation, background=True), background=True, owner=self)

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
