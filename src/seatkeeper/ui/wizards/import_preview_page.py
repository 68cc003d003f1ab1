"""The import wizard's preview: every row as it will be written, the totals, the bad rows.

A dry run (nothing written) gives the plan; this page shows each good row's
parsed values in the admin's locale, what the rows add up to (seats, holders,
each currency's cost for a plan period) and every problem, so a misread file
is seen before the roster changes (issue 15). A table's dry run runs in the
wizard's import process (services.importing.session), which keeps the plan: the
page shows its first rows and pages through its problems, a page at a time.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.plan import PlanTotals
from seatkeeper.services.importing.records import RowError
from seatkeeper.services.importing.session import ERRORS_PAGE, PlanSummary
from seatkeeper.services.people import Listed, SyncResult
from seatkeeper.ui.i18n import date_text, error_text, money, number, render, tr
from seatkeeper.ui.models.import_rows_model import WIDTHS, ImportRowsModel
from seatkeeper.ui.tasks import keep_out_of_collections
from seatkeeper.ui.tones import tint
from seatkeeper.ui.widgets.column_widths import set_column_widths
from seatkeeper.ui.wizards.import_steps import ImportSteps, dry_run

CTX = "ImportWizard"


def section_counts(counts: dict[str, int]) -> str:
    """A roster export's sections counted in words: "8 subscriptions, 29 seats"."""
    words = {
        "accounts": lambda n: tr(CTX, "{n} vendor account(s)", n=n),
        "subscriptions": lambda n: tr(CTX, "{n} subscription(s)", n=n),
        "people": lambda n: tr(CTX, "{n} person(s)", n=n),
        "seats": lambda n: tr(CTX, "{n} seat(s)", n=n),
        "assignments": lambda n: tr(CTX, "{n} assignment(s)", n=n),
        "devices": lambda n: tr(CTX, "{n} device(s)", n=n),
        "connections": lambda n: tr(CTX, "{n} device connection(s)", n=n),
        "deliveries": lambda n: tr(CTX, "{n} deliver(y/ies)", n=n),
        "orders": lambda n: tr(CTX, "{n} order(s)", n=n),
        "secrets": lambda n: tr(CTX, "{n} secret(s)", n=n),
    }
    return ", ".join(words[k](v) if k in words else f"{v} {k}"
                     for k, v in counts.items() if v)


def totals_text(totals: PlanTotals) -> str:
    """What the good rows write, in the admin's formats: seats, holders, each currency."""
    costs = ", ".join(money(m) for m in totals.per_period) or tr(CTX, "nothing")
    return tr(CTX, "<b>To be written:</b> {subscriptions} subscription(s), {seats} seat(s), "
                   "{holders} holder(s). One plan period of them costs {costs}.",
              subscriptions=totals.subscriptions, seats=totals.seats, holders=totals.holders,
              costs=costs)


def sync_counts(result: SyncResult) -> str:
    """A directory sync's dry run in words: how many people, what would change."""
    return tr(CTX, "<b>{people} people read:</b> {added} to add, {updated} to update, "
                   "{left} to mark as left on {day}, {back} active again; {missing} seat "
                   "holder(s) are not in the file (they are kept).",
              people=result.people, added=len(result.added), updated=len(result.updated),
              left=len(result.marked_left), day=date_text(result.left_on),
              back=len(result.back), missing=len(result.not_in_file))


def sync_lists(result: SyncResult) -> str:
    """Who leaves, and which holders the file lacks, by name."""
    def names(people: tuple[Listed, ...]) -> str:
        shown = ", ".join(escape(f"{p.name} <{p.email}>") for p in people[:20])
        return shown + (tr(CTX, " and {n} more", n=len(people) - 20) if len(people) > 20
                        else "")
    parts = []
    if result.marked_left:
        parts.append(tr(CTX, "<b>Marked as left:</b> {names}", names=names(result.marked_left)))
    if result.not_in_file:
        parts.append(tr(CTX, "<b>Hold seats but are not in the file:</b> {names}",
                        names=names(result.not_in_file)))
    return "<br>".join(parts)


def people_table(parent: QWizardPage) -> QTableWidget:
    """A directory sync's preview: each person it changes, and the holders it lacks."""
    table = QTableWidget(0, 3, parent)
    table.setObjectName("previewPeople")
    table.setAccessibleName(tr(CTX, "People the sync changes"))
    table.setHorizontalHeaderLabels([tr(CTX, "Change"), tr(CTX, "Name"), tr(CTX, "E-mail")])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    set_column_widths(table, (190, 200))
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _tab(parent: QWidget, *widgets: QWidget | QHBoxLayout) -> QWidget:
    """A tab's page: a table and what goes under it."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if isinstance(widget, QHBoxLayout):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget, 1 if isinstance(widget, QAbstractItemView) else 0)
    return page


class PreviewPage(QWizardPage):
    """Every row as it will be written, the totals, and every bad row, before any write."""

    progressed = Signal(int, int)  # emitted on the worker, delivered queued

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()  # addPage makes the wizard its parent
        self.w = wizard
        self.setTitle(tr(CTX, "Check the rows"))
        self.setSubTitle(self._checking())
        self.counts = QLabel(self)
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setObjectName("previewTotals")
        self.totals.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("previewProgress")
        self.bar.hide()
        self.progressed.connect(self._progress)
        self.rows_model = ImportRowsModel()
        self.rows = QTableView(self)
        self.rows.setObjectName("previewRows")
        self.rows.setAccessibleName(tr(CTX, "Rows read from the file"))
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setDefaultSectionSize(120)
        self.rows.setModel(self.rows_model)
        set_column_widths(self.rows, WIDTHS)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows_shown = QLabel(self)
        self.rows_shown.setObjectName("previewRowsShown")
        self.rows_shown.setWordWrap(True)
        self.table, pager = self._problems()
        self.why = QLabel(self)
        tint(self.why, "warning")
        self.why.setWordWrap(True)
        self.people = people_table(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_tab(self, self.rows, self.rows_shown), tr(CTX, "Rows to import"))
        self.tabs.addTab(_tab(self, self.table, pager), tr(CTX, "Problems"))
        self.tabs.addTab(self.people, tr(CTX, "Changes"))
        self.tabs.setTabVisible(2, False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.totals)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.why)
        self._key: tuple[Any, ...] | None = None
        self._loading = False

    @staticmethod
    def _checking() -> str:
        return tr(CTX, "A dry run: the rows are being read and checked; nothing is written.")

    def _problems(self) -> tuple[QTableWidget, QHBoxLayout]:
        """The Problems tab's table, and its pager under it."""
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("previewErrors")
        self.table.setAccessibleName(tr(CTX, "Rows that cannot be imported"))
        self.table.setHorizontalHeaderLabels([tr(CTX, "Row"), tr(CTX, "Column"), tr(CTX, "Value"),
                                              tr(CTX, "Why it cannot be imported")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # One line a problem, the whole reason in its tooltip: rows measured to their text
        # while the tab is hidden (narrow) stood several lines tall, five to a page.
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        set_column_widths(self.table, (56, 150, 170))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # A million bad rows stay in the import process: the table holds one page of them.
        self.page_label = QLabel(self)
        self.page_label.setObjectName("problemsPage")
        self.previous_page = QPushButton(tr(CTX, "‹ &Previous"), self)
        self.previous_page.setObjectName("problemsPrevious")
        self.next_page = QPushButton(tr(CTX, "Ne&xt ›"), self)
        self.next_page.setObjectName("problemsNext")
        self.previous_page.clicked.connect(lambda: self._turn(-1))
        self.next_page.clicked.connect(lambda: self._turn(1))
        pager = QHBoxLayout()
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.previous_page)
        pager.addWidget(self.next_page)
        self._pager = (self.page_label, self.previous_page, self.next_page)
        self._offset, self._error_count = 0, 0
        return self.table, pager

    def initializePage(self) -> None:
        state = self.w.state
        if state.is_json():
            state.kind = "json"
        key = (state.path, state.kind, tuple(sorted(state.mapping.items())), state.locale,
               state.detected)
        if key == self._key and state.plan is not None:
            return
        self._key, state.plan, self._loading = key, None, True
        self.table.setRowCount(0)
        self.rows_model.set_rows([])
        self.rows_shown.clear()
        for widget in self._pager:
            widget.hide()
        self.totals.clear()
        self.counts.setText(tr(CTX, "Checking every row…"))
        self.setSubTitle(self._checking())
        self.bar.setRange(0, 0)
        self.bar.show()
        # The window's heap is not walked by the minute's full collection while the check
        # and the write run (a 1M check takes a minute or more: 40-200 ms each time, by the
        # machine's load); the wizard lets it go when it closes.
        keep_out_of_collections()
        self.why.clear()
        self.completeChanged.emit()
        services, session = self.w.services, self.w.session

        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return True

        self.w.ctx.read(lambda: dry_run(state, services, session, progress), owner=self).success(
            lambda plan: self._show(key, plan)).failure(
            lambda error: self._failed(key, error)).run()

    def cleanupPage(self) -> None:
        # Back while the check runs: it stops (the next visit checks anew).
        if self._loading:
            self.w.session.cancel()
            self._key, self._loading = None, False
            self.bar.hide()
        super().cleanupPage()

    def _progress(self, done: int, total: int) -> None:
        if not self._loading:
            return
        if total <= 0:  # a workbook's rows are not counted before they are read
            self.counts.setText(tr(CTX, "Checking every row… {done} so far",
                                   done=number(done)))
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        self.counts.setText(tr(CTX, "Checking every row… {done} of about {total}",
                               done=number(done), total=number(total)))

    def _failed(self, key: tuple[Any, ...] | None, error: BaseException) -> None:
        if key != self._key:  # a check given up (Back) or replaced by a newer one
            return
        self._loading = False
        self._key = None
        self.bar.hide()
        self.setSubTitle(tr(CTX, "A dry run: the check stopped; nothing has been written."))
        if not isinstance(error, KnownError):
            self.counts.setText(tr(CTX, "The check stopped on an unexpected problem."))
            self.w.ctx.messages.fail(error)
            return
        self.counts.setText(tr(CTX, "The file cannot be imported: {error}",
                                    error=escape(error_text(error))))
        self.completeChanged.emit()

    def _show(self, key: tuple[Any, ...], plan: Any) -> None:
        if key != self._key:
            return
        self._loading = False
        self.bar.hide()
        self.setSubTitle(tr(CTX, "A dry run: every row was read and checked; nothing has been "
                                 "written yet."))
        self.w.state.plan = plan
        keep_out_of_collections()  # and a roster export's or a directory's plan with it
        self._error_count = getattr(plan, "error_count", len(plan.errors))
        self._fill_errors(0, list(plan.errors))
        directory = isinstance(plan, SyncResult)
        self.tabs.setTabVisible(0, not directory)
        self.tabs.setTabVisible(2, directory)
        if isinstance(plan, SyncResult):
            text = sync_counts(plan)
            self.totals.setText(sync_lists(plan))
            self._show_people(plan)
            self.tabs.setTabText(1, tr(CTX, "Problems ({n})", n=len(plan.errors)))
            self.tabs.setTabText(2, tr(CTX, "Changes ({n})", n=self.people.rowCount()))
            self.tabs.setCurrentIndex(1 if plan.errors else 2)
        elif isinstance(plan, JsonPlan):
            total = sum(plan.counts().values())
            text = tr(CTX, "A Seatkeeper roster with {n} items", n=total)
            text += "; " + section_counts(plan.counts())
            text += "." if not plan.errors else tr(CTX, " — {n} problem(s) listed below.",
                                                   n=len(plan.errors))
        else:
            text = tr(CTX, "<b>{total} rows read:</b> {good_rows} can be imported, {bad_rows} "
                           "cannot "
                           "({count} problems, listed below).",
                           total=plan.total, good_rows=plan.good_rows, bad_rows=plan.bad_rows,
                           count=plan.error_count)
            if not plan.error_count:
                text = tr(CTX, "<b>{n} rows read:</b> every one can be imported.", n=plan.total)
            self.rows_model.set_rows(plan.rows)
            if plan.good_rows > len(plan.rows):
                self.rows_shown.setText(tr(
                    CTX, "The first {shown} of the {n} rows are shown here; all of them are "
                         "imported.", shown=number(len(plan.rows)), n=plan.good_rows))
            self.totals.setText(totals_text(plan.totals))
            self.tabs.setTabText(0, tr(CTX, "Rows to import ({n})", n=plan.good_rows))
            self.tabs.setTabText(1, tr(CTX, "Problems ({n})", n=plan.error_count))
            self.tabs.setCurrentIndex(1 if plan.errors else 0)
        self.counts.setText(text)
        self.why.setText(self._why_not())
        self.completeChanged.emit()

    def _fill_errors(self, offset: int, errors: list[RowError]) -> None:
        self._offset = offset
        self.table.setRowCount(len(errors))
        for row, error in enumerate(errors):
            for column, value in enumerate((str(error.line), error.column or tr(CTX, "(row)"),
                                            error.value, render(error.problem))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.scrollToTop()
        paged = isinstance(self.w.state.plan, PlanSummary) and self._error_count > ERRORS_PAGE
        for widget in self._pager:
            widget.setVisible(paged)
        if paged:
            self.page_label.setText(tr(CTX, "Problems {first}–{last} of {n}",
                                       first=number(offset + 1),
                                       last=number(offset + len(errors)),
                                       n=self._error_count))
            self.previous_page.setEnabled(offset > 0)
            self.next_page.setEnabled(offset + len(errors) < self._error_count)

    def _turn(self, step: int) -> None:
        """Another page of problems, from the import process that keeps them."""
        offset = max(0, self._offset + step * ERRORS_PAGE)
        key, session = self._key, self.w.session
        self.previous_page.setEnabled(False)
        self.next_page.setEnabled(False)

        def show(errors: list[RowError]) -> None:
            if key == self._key:
                self._fill_errors(offset, errors)

        self.w.ctx.read(lambda: session.errors(offset), owner=self).success(show).failure(
            lambda error: self._failed(key, error)).run()

    def _show_people(self, result: SyncResult) -> None:
        listed = [(tr(CTX, "Marked as left"), p) for p in result.marked_left]
        listed += [(tr(CTX, "Not in the file (kept)"), p) for p in result.not_in_file]
        listed += [(tr(CTX, "Added"), p) for p in result.added]
        listed += [(tr(CTX, "Active again"), p) for p in result.back]
        listed += [(tr(CTX, "Updated"), p) for p in result.updated]
        self.people.setRowCount(len(listed))
        for row, (change, person) in enumerate(listed):
            for column, value in enumerate((change, person.name, person.email)):
                self.people.setItem(row, column, QTableWidgetItem(value))

    def _why_not(self) -> str:
        plan = self.w.state.plan
        if plan is None:
            return ""
        if isinstance(plan, SyncResult) and plan.errors:
            return tr(CTX, "A directory file is synced whole or not at all, so that nobody it "
                           "holds is listed as missing; fix the problems above and choose the "
                           "file again.")
        if isinstance(plan, SyncResult):
            return "" if plan.people else tr(CTX, "The file holds nobody.")
        if isinstance(plan, JsonPlan) and plan.errors:
            return tr(CTX, "A Seatkeeper roster file is imported whole or not at all; fix the "
                           "problems above and choose the file again.")
        if not isinstance(plan, JsonPlan) and plan.good_rows == 0:
            return tr(CTX, "No row can be imported. Check the column matches (Back) or the file.")
        return ""

    def isComplete(self) -> bool:
        return self.w.state.plan is not None and not self._loading and not self._why_not()
