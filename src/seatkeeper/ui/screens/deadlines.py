"""The Deadlines screen: what costs or saves money in the next N days (AS-5, VL-14).

Every cancel-by, trial end, renewal and seat lapse from now to N days ahead
(default 30), soonest first, each marked "will charge" or "will lapse";
filterable by text and kind, and exportable as an ICS calendar.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QSpinBox

from seatkeeper.domain.changes import Entity
from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.services import calendar_export
from seatkeeper.services.bundle import Services
from seatkeeper.services.deadlines import DEFAULT_DAYS, MAX_DAYS, DeadlineEntry
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.models.deadline_table_model import (
    DeadlineTableModel,
    kind_names,
    money_text,
    time_until,
)
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeadlinesScreen", text)


def deadline_noun(count: int) -> str:
    return _tr("1 deadline") if count == 1 else _tr("%1 deadlines").replace("%1", f"{count:,}")


def render_deadline(entry: DeadlineEntry, model: DeadlineTableModel) -> str:
    pairs = [
        (_tr("Deadline"), kind_names()[entry.kind]),
        (_tr("Due"), f"{entry.due_at:%Y-%m-%d %H:%M} UTC ({time_until(entry.due_at, model.now)})"),
        (_tr("Money"), money_text(entry)),
        (_tr("Subscription"), entry.subscription_name),
        (_tr("Vendor"), entry.vendor),
        (_tr("Billed through"), _tr("App Store") if entry.channel is BillingChannel.APP_STORE
         else _tr("Website")),
    ]
    if entry.seat_licence:
        pairs.append((_tr("Seat"), entry.seat_licence))
    if entry.holder:
        pairs.append((_tr("Holder"), entry.holder))
    html = section(entry.title, pairs)
    if entry.kind is DeadlineKind.CANCEL_BY:
        where = _tr("in the App Store") if entry.channel is BillingChannel.APP_STORE \
            else _tr("on the vendor's website")
        html += "<p>" + escape(_tr("To avoid the charge, cancel %1 before this time. The "
                                   "Licences screen shows the steps.").replace("%1", where)) \
            + "</p>"
    return html


class _Controls:
    """The days spin box, the kind filter and the export action, in the toolbar."""

    def __init__(self, screen: TableScreen, model: DeadlineTableModel,
                 ctx: WindowContext, services: Services) -> None:
        self.screen, self.model, self.services, self.ctx = screen, model, services, ctx
        bar = screen.actions_bar
        label = QLabel(_tr("&Next"), screen)
        label.setContentsMargins(8, 0, 4, 0)
        self.days = QSpinBox(screen)
        self.days.setObjectName("deadlineDays")
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(_tr(" days"))
        self.days.setKeyboardTracking(False)  # typing "90" asks once, not for 9 then 90
        self.days.setAccessibleName(_tr("Days ahead"))
        label.setBuddy(self.days)
        self.days.valueChanged.connect(model.set_days)
        self.kind = QComboBox(screen)
        self.kind.setObjectName("deadlineKind")
        self.kind.setAccessibleName(_tr("Kind of deadline"))
        self.kind.addItem(_tr("All deadlines"), None)
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.export = QAction(_tr("&Export calendar (ICS)…"), screen)
        self.export.setObjectName("exportCalendar")
        self.export.setToolTip(_tr("Save the deadlines shown as an iCalendar file; importing "
                                   "a newer file updates the events instead of adding more."))
        self.export.triggered.connect(lambda _checked=False: self.choose_file())
        bar.addWidget(label)
        bar.addWidget(self.days)
        bar.addWidget(self.kind)
        bar.addAction(self.export)

    def _kind_changed(self, _index: int) -> None:
        value = self.kind.currentData()
        self.model.set_kinds(None if value is None else frozenset({DeadlineKind(value)}))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.screen, _tr("Export deadlines as a calendar"), "seatkeeper-deadlines.ics",
            _tr("iCalendar files (*.ics)"))
        if path:
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
                _tr("Exported %1 to %2").replace("%1", deadline_noun(count))
                .replace("%2", str(path)))

        def failed(error: BaseException) -> None:
            self.ctx.messages.fail(error, _tr("Not exported"))

        self.ctx.read(work, owner=self.screen).success(done).failure(failed).run()


def build(ctx: WindowContext) -> TableScreen:
    services = ctx.services
    assert services is not None
    model = DeadlineTableModel(ctx.runner, services.deadlines, services.clock)
    screen = TableScreen(
        ctx, model, noun=deadline_noun,
        filter_hint=_tr("Filter by subscription, vendor, seat or holder (Ctrl+F)"),
        detail_hint=_tr("Select a deadline to see what it costs and what to do."),
        fetch_detail=lambda entry: entry,
        render_detail=lambda entry: render_deadline(entry, model),
        column_widths=[130, 80, 100, 95, 300, 170, 100],
        watches=frozenset({Entity.SUBSCRIPTION, Entity.SEAT, Entity.PERSON, Entity.REMINDER}),
    )
    screen.deadline_controls = _Controls(screen, model, ctx, services)  # type: ignore[attr-defined]
    return screen
