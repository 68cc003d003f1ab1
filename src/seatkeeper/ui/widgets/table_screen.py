"""One screen of the main window: filter box, table, detail pane; it follows the roster.

Typing in the filter waits for a short pause, then asks the store (FTS5) for
matching rows; header clicks sort in the store; the detail of the selected
row is fetched on a worker and rendered here.

The screen listens to the roster's change events: when a write touches what
it ``watches``, it reloads in place if it is shown (the selection, the
current row and the scroll position stay with their rows), or notes that it
is stale and reloads when it is next shown. The detail pane is read again
when the change touched the shown row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.changes import Changes, Entity
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.models.columns import ID_ROLE, ROW_ROLE, ColumnModel
from seatkeeper.ui.models.sql_paged import Count, Page, SqlPagedModel
from seatkeeper.ui.widgets.column_widths import set_column_widths, share_spare_width
from seatkeeper.ui.widgets.detail_pane import DetailPane

FILTER_PAUSE_MS = 180
ROW_HEIGHT = 26


CTX = "TableScreen"


class TableScreen(QWidget):
    """A filterable, sortable table over a table model, with a detail pane.

    ``watches`` are the kinds of record the table shows; ``row_entity`` the kind
    its rows are (their ids are that kind's ids). With ``load_when_shown`` the
    screen reads nothing while hidden (Review: findings cover every seat).
    """

    status_changed = Signal(str)
    current_changed = Signal(object)  # the selected row's dataclass, or None

    def __init__(self, ctx: WindowContext, model: ColumnModel[Any], *,
                 noun: Callable[[int], str], filter_hint: str, detail_hint: str,
                 render_detail: Callable[[Any], str], column_widths: list[int],
                 fetch_detail: Callable[[Any], Any] | None = None,
                 watches: frozenset[Entity] = frozenset(), row_entity: Entity | None = None,
                 load_when_shown: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.model = ctx, ctx.runner, model
        model.setParent(self)  # the model dies with its screen: no late signals from it
        self._noun, self._fetch, self._render = noun, fetch_detail, render_detail
        self._detail_request = 0
        self.watches, self.row_entity = watches, row_entity
        self._load_when_shown = load_when_shown
        self._stale: Changes | None = None  # what changed while hidden (reload when shown)
        self._unloaded = False  # a refresh was asked while hidden (load_when_shown)
        self._reloading: tuple[int | None, Changes] | None = None  # top row id, changes

        self._make_filter(filter_hint)

        self.actions_bar = QToolBar(self)
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self._setup_table(column_widths)
        self.detail = DetailPane(detail_hint, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([sum(column_widths) + 24, 300])
        self.splitter = splitter
        self._follow_width(column_widths)

        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.actions_bar)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        find = QAction(tr(CTX, "Find"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # per screen
        find.triggered.connect(self.focus_filter)
        self.addAction(find)

        model.loaded.connect(self._loaded)
        model.count_changed.connect(self._loaded)
        model.reloaded.connect(self._reloaded)
        model.modelReset.connect(self.detail.clear_detail)
        ctx.events.changed.connect(self._roster_changed)

    def _setup_table(self, widths: list[int]) -> None:
        table = self.table
        # Sizes before setModel: afterwards they cost seconds at a million rows.
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        horizontal = table.horizontalHeader()
        horizontal.setDefaultSectionSize(120)
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(False)  # spare width is shared (share_spare_width)
        horizontal.setSectionsMovable(True)  # the column order is the admin's, and kept
        table.setModel(self.model)
        set_column_widths(table, widths)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        horizontal.setSectionsClickable(True)
        horizontal.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        horizontal.setSortIndicatorShown(True)  # the header flips it on click
        horizontal.sortIndicatorChanged.connect(self._sort_changed)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- behaviour ----------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _make_filter(self, filter_hint: str) -> None:
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(filter_hint)
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(tr(CTX, "Filter"))
        # Enough to read what is typed and most of the hint, however narrow the window.
        self.filter_box.setMinimumWidth(self.filter_box.fontMetrics().horizontalAdvance(
            "M" * 16))
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_PAUSE_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_box.returnPressed.connect(self._apply_filter)
        self.filter_box.installEventFilter(self)

    def _follow_width(self, widths: list[int]) -> None:
        self._widths = list(widths)
        self.columns_kept = False  # the admin sized the columns (or they were restored)
        self._sharing = False
        self.table.viewport().installEventFilter(self)
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)

    def _column_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._sharing:
            self.columns_kept = True

    def share_columns(self) -> None:
        """Share the table's spare width among the columns, unless the admin sized them."""
        if self.columns_kept:
            return
        self._sharing = True
        try:
            share_spare_width(self.table, self._widths)
        finally:
            self._sharing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.share_columns()
            return False
        # Escape in the filter box clears it and hands the keyboard to the table.
        if watched is self.filter_box and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.filter_box.clear()
            self._apply_filter()
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Ask the store again from the start (a new query: the view resets)."""
        if self._load_when_shown and not self.isVisible():
            self._unloaded, self._stale = True, None
            self.model.is_loading = False  # nothing is being loaded
            return
        self._unloaded = False
        self.model.refresh()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A header click sorts. A screen that loads when shown and is hidden (its kept
        columns restored at opening) takes the order and reads it when next shown."""
        if self._load_when_shown and not self.isVisible():
            if self.model.set_sort(column, order):
                self._unloaded, self._stale = True, None
            return
        self.model.sort(column, order)

    def reload(self, changes: Changes | None = None) -> None:
        """Read the shown rows again in place, after a write (see the module docstring)."""
        self._stale = None
        top = self.table.rowAt(0)
        top_id = self.model.data(self.model.index(top, 0), ID_ROLE) if top >= 0 else None
        self._reloading = (top_id, changes or Changes.everything())
        self.model.reload()

    def _roster_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(*self.watches):
            return
        if self.isVisible() and not self._unloaded:
            self.reload(changes)
        elif not self._unloaded:
            self._stale = changes if self._stale is None else self._stale | changes

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unloaded:
            self.refresh()
        elif self._stale is not None:
            self.reload(self._stale)

    def _reloaded(self) -> None:
        reloading, self._reloading = self._reloading, None
        self._loaded()
        if reloading is None:
            return
        top_id, changes = reloading
        if top_id is not None:
            row = self.model.row_of(int(top_id))
            if row is not None:
                self.table.scrollTo(self.model.index(row, 0),
                                    QAbstractItemView.ScrollHint.PositionAtTop)
        current = self.table.currentIndex()
        row_id = self.model.data(current, ID_ROLE) if current.isValid() else None
        if row_id is not None and (self.row_entity is None or changes.touches_id(
                self.row_entity, int(row_id)) or changes.touches(*self.watches - {
                self.row_entity})):
            self._selection_changed(QItemSelection(), QItemSelection())

    def go_live(self, count: Count, page: Page[Any], fetch_detail: Callable[[Any], Any]) -> None:
        """Connect a screen built over a first look to the store.

        A filter typed, a sort clicked or a row selected meanwhile was kept and
        is answered now.
        """
        self._fetch = fetch_detail
        if isinstance(self.model, SqlPagedModel):
            self.model.set_source(count, page)
        if self.current_row() is not None:
            self._selection_changed(QItemSelection(), QItemSelection())

    def selected_rows(self) -> list[Any]:
        rows = (self.model.data(i, ROW_ROLE) for i in self.table.selectionModel().selectedRows())
        return [r for r in rows if r is not None]

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_box.text())

    def _loaded(self) -> None:
        count, cap = self.model.rowCount(), self.model.count_cap
        if self.model.count_is_exact or cap is None:
            text = self._noun(count)
        else:  # the exact count follows
            text = tr(CTX, "more than {count}", count=self._noun(cap))
        if self.model.filter_text:
            text = tr(CTX, "{count} match “{filter}”", count=text, filter=self.model.filter_text)
        self.count_label.setText(text)
        self.status_changed.emit(text)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.current_row()
        self.current_changed.emit(row)
        if row is None:
            self.detail.clear_detail()
            return
        self._detail_request += 1
        request = self._detail_request
        fetch = self._fetch
        if fetch is None:
            self.detail.show_html(f"<p>{tr(CTX, 'Opening the roster…')}</p>")
            return

        def show(value: Any) -> None:
            if request == self._detail_request:
                self.detail.show_html(self._render(value))

        self.ctx.read(lambda: fetch(row), owner=self).success(show).run()
