"""The import wizard's preview: every row as it will be written, the totals, the bad rows.

A dry run (nothing written) gives the plan; this page shows each good row's
parsed values in the admin's locale, what the rows add up to (seats, holders,
each currency's cost for a plan period) and every problem, so a misread file
is seen before the roster changes (issue 15).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.people import Listed, SyncResult
from seatkeeper.ui.i18n import date_text, error_text, money, render, tr
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


def totals_text(plan: ImportPlan) -> str:
    """What the good rows write, in the admin's formats: seats, holders, each currency."""
    totals = plan.totals()
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


class PreviewPage(QWizardPage):
    """Every row as it will be written, the totals, and every bad row, before any write."""

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()  # addPage makes the wizard its parent
        self.w = wizard
        self.setTitle(tr(CTX, "Check the rows"))
        self.setSubTitle(tr(CTX, "A dry run: every row was read and checked; nothing has been "
                                 "written yet."))
        self.counts = QLabel(self)
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setObjectName("previewTotals")
        self.totals.setWordWrap(True)
        self.rows_model = ImportRowsModel()
        self.rows = QTableView(self)
        self.rows.setObjectName("previewRows")
        self.rows.setAccessibleName(tr(CTX, "Rows read from the file"))
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setDefaultSectionSize(120)
        self.rows.setModel(self.rows_model)
        set_column_widths(self.rows, WIDTHS)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("previewErrors")
        self.table.setAccessibleName(tr(CTX, "Rows that cannot be imported"))
        self.table.setHorizontalHeaderLabels([tr(CTX, "Row"), tr(CTX, "Column"), tr(CTX, "Value"),
                                              tr(CTX, "Why it cannot be imported")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        set_column_widths(self.table, (56, 150, 170))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.why = QLabel(self)
        tint(self.why, "warning")
        self.why.setWordWrap(True)
        self.people = people_table(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rows, tr(CTX, "Rows to import"))
        self.tabs.addTab(self.table, tr(CTX, "Problems"))
        self.tabs.addTab(self.people, tr(CTX, "Changes"))
        self.tabs.setTabVisible(2, False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.totals)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.why)
        self._key: tuple[Any, ...] | None = None
        self._loading = False

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
        self.totals.clear()
        self.counts.setText(tr(CTX, "Checking every row…"))
        self.why.clear()
        self.completeChanged.emit()
        services = self.w.services
        self.w.ctx.read(lambda: dry_run(state, services), owner=self).success(
            lambda plan: self._show(key, plan)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._key = None
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
        self.w.state.plan = plan
        keep_out_of_collections()  # the plan's objects: never walked while it is kept
        self.table.setRowCount(len(plan.errors))
        for row, error in enumerate(plan.errors):
            for column, value in enumerate((str(error.line), error.column or tr(CTX, "(row)"),
                                            error.value, render(error.problem))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
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
                           count=len(plan.errors))
            if not plan.errors:
                text = tr(CTX, "<b>{n} rows read:</b> every one can be imported.", n=plan.total)
            self.rows_model.set_rows(plan.rows)
            self.totals.setText(totals_text(plan))
            self.tabs.setTabText(0, tr(CTX, "Rows to import ({n})", n=plan.good_rows))
            self.tabs.setTabText(1, tr(CTX, "Problems ({n})", n=len(plan.errors)))
            self.tabs.setCurrentIndex(1 if plan.errors else 0)
        self.counts.setText(text)
        self.why.setText(self._why_not())
        self.completeChanged.emit()

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
