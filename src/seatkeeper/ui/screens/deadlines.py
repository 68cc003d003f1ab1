"""The Deadlines screen: what costs or saves money in the next N days (AS-5, VL-14).

Every cancel-by, trial end, renewal and seat lapse from now to N days ahead
(default 30), soonest first, each marked "will charge" or "will lapse";
filterable by text and kind, and exportable as an ICS calendar.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QSpinBox

from seatkeeper.domain.changes import Entity
from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.services import calendar_export
from seatkeeper.services.bundle import Services
from seatkeeper.services.deadlines import DEFAULT_DAYS, MAX_DAYS, DeadlineEntry, totals
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.file_dialogs import remember_folder, start_path
from seatkeeper.ui.i18n import instant_text, money, render, tr
from seatkeeper.ui.models.deadline_table_model import (
    DeadlineTableModel,
    kind_names,
    money_text,
    time_until,
)
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen

CTX = "DeadlinesScreen"


def deadline_noun(count: int) -> str:
    return tr(CTX, "1 deadline") if count == 1 else tr(CTX, "{count} deadlines", count=count)


def render_deadline(entry: DeadlineEntry, model: DeadlineTableModel) -> str:
    pairs = [
        (tr(CTX, "Deadline"), kind_names()[entry.kind]),
        (tr(CTX, "Due"),
         f"{instant_text(entry.due_at, zone=True)} ({time_until(entry.due_at, model.now)})"),
        (tr(CTX, "Money"), money_text(entry)),
        (tr(CTX, "Subscription"), entry.subscription_name),
        (tr(CTX, "Vendor"), entry.vendor),
        (tr(CTX, "Billed through"),
         tr(CTX, "App Store") if entry.channel is BillingChannel.APP_STORE
         else tr(CTX, "Website")),
    ]
    if entry.seat_licence:
        pairs.append((tr(CTX, "Seat"), entry.seat_licence))
    if entry.holder:
        pairs.append((tr(CTX, "Holder"), entry.holder))
    html = section(render(entry.words), pairs)
    if entry.kind is DeadlineKind.CANCEL_BY:
        where = tr(CTX, "in the App Store") if entry.channel is BillingChannel.APP_STORE \
            else tr(CTX, "on the vendor's website")
        html += "<p>" + escape(tr(CTX, "To avoid the charge, cancel {where} before this time. The "
                                       "Licences screen shows the steps.", where=where)) \
            + "</p>"
    return html


class _Controls:
    """The days spin box, the kind filter and the export action, in the toolbar."""

    def __init__(self, screen: TableScreen, model: DeadlineTableModel,
                 ctx: WindowContext, services: Services) -> None:
        self.screen, self.model, self.services, self.ctx = screen, model, services, ctx
        bar = screen.actions_bar
        label = QLabel(tr(CTX, "&Next"), screen)
        label.setContentsMargins(8, 0, 4, 0)
        self.days = QSpinBox(screen)
        self.days.setObjectName("deadlineDays")
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(tr(CTX, " days"))
        self.days.setKeyboardTracking(False)  # typing "90" asks once, not for 9 then 90
        self.days.setAccessibleName(tr(CTX, "Days ahead"))
        label.setBuddy(self.days)
        self.days.valueChanged.connect(model.set_days)
        self.kind = QComboBox(screen)
        self.kind.setObjectName("deadlineKind")
        self.kind.setAccessibleName(tr(CTX, "Kind of deadline"))
        self.kind.addItem(tr(CTX, "All deadlines"), None)
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.export = QAction(tr(CTX, "&Export calendar (ICS)…"), screen)
        self.export.setObjectName("exportCalendar")
        self.export.setToolTip(tr(CTX, "Save the deadlines shown as an iCalendar file; importing "
                                       "a newer file updates the events instead of adding more."))
        self.export.triggered.connect(lambda _checked=False: self.choose_file())
        self.totals = QLabel(screen)
        self.totals.setObjectName("deadlineTotals")
        self.totals.setContentsMargins(12, 0, 8, 0)
        bar.addWidget(label)
        bar.addWidget(self.days)
        bar.addWidget(self.kind)
        bar.addAction(self.export)
        bar.addWidget(self.totals)
        model.modelReset.connect(self._show_totals)
        model.layoutChanged.connect(self._show_totals)

    def _show_totals(self) -> None:
        amounts = ", ".join(money(m) for m in totals(self.model.entries))
        self.totals.setText(tr(CTX, "If nothing is done: {amounts}", amounts=amounts)
                            if amounts else "")

    def _kind_changed(self, _index: int) -> None:
        value = self.kind.currentData()
        self.model.set_kinds(None if value is None else frozenset({DeadlineKind(value)}))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.screen, tr(CTX, "Export deadlines as a calendar"),
            start_path("seatkeeper-deadlines.ics"), tr(CTX, "iCalendar files (*.ics)"))
        if path:
            remember_folder(path)
            chosen = Path(path)
            self.export_to(chosen if chosen.suffix else chosen.with_suffix(".ics"))

    def export_to(self, path: Path) -> None:
        model, services = self.model, self.services
        days, text, kinds = model.days, model.filter_text, model.kinds

        def work() -> int:
            now = services.clock()
            entries = services.deadlines.within(days, now, text, kinds)
            return calendar_export.write_ics(path, entries, now,
                                             services.reminders.lead_times())

        def done(count: int) -> None:
            self.screen.status_changed.emit(
                tr(CTX, "Exported {count} to {path}", count=deadline_noun(count), path=path))

        def failed(error: BaseException) -> None:
            self.ctx.messages.fail(error, tr(CTX, "Not exported"))

        self.ctx.read(work, owner=self.screen).success(done).failure(failed).run()


def build(ctx: WindowContext) -> TableScreen:
    services = ctx.services
    assert services is not None
    model = DeadlineTableModel(ctx.runner, services.deadlines, services.clock)
    screen = TableScreen(
        ctx, model, noun=deadline_noun,
        filter_hint=tr(CTX, "Filter by subscription, vendor, seat or holder (Ctrl+F)"),
        detail_hint=tr(CTX, "Select a deadline to see what it costs and what to do."),
        fetch_detail=lambda entry: entry,
        render_detail=lambda entry: render_deadline(entry, model),
        column_widths=[130, 80, 100, 150, 300, 170, 100],
        watches=frozenset({Entity.SUBSCRIPTION, Entity.SEAT, Entity.PERSON, Entity.REMINDER}),
    )
    screen.deadline_controls = _Controls(screen, model, ctx, services)  # type: ignore[attr-defined]
    return screen
