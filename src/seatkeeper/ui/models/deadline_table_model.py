"""The Deadlines table: every cancel-by, trial end, renewal and seat lapse ahead.

Unlike the roster tables this one holds its rows (a ``SnapshotModel``):
``DeadlineService.within`` already limits them in SQL to a window of days, so
the list stays small. The query runs on a worker; sorting a header re-orders
the held list in place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.services.clock import Clock
from seatkeeper.services.deadlines import DEFAULT_DAYS, DeadlineEntry, DeadlineService
from seatkeeper.ui.i18n import instant_text, money, render, tr
from seatkeeper.ui.models.columns import Column, Index
from seatkeeper.ui.models.snapshot import Snapshot, SnapshotModel, SortKeys
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.tones import row_colours

CTX = "DeadlineTableModel"


def kind_names() -> dict[DeadlineKind, str]:
    return {
        DeadlineKind.CANCEL_BY: tr(CTX, "Cancel by"),
        DeadlineKind.TRIAL_END: tr(CTX, "Trial ends"),
        DeadlineKind.RENEWAL: tr(CTX, "Renewal"),
        DeadlineKind.SEAT_LAPSE: tr(CTX, "Seat lapses"),
    }


def money_text(entry: DeadlineEntry) -> str:
    """"Will charge 99.96 EUR": what is charged if nothing is done (issue 17)."""
    if not entry.will_charge:
        return tr(CTX, "Will lapse")
    if entry.amount is None:
        return tr(CTX, "Will charge")
    return tr(CTX, "Will charge {amount}", amount=money(entry.amount))


def time_until(due: datetime, now: datetime) -> str:
    """'in 3 days', 'in 5 h', 'passed' -- coarse on purpose: the due column is exact."""
    left = due - now
    if left < timedelta(0):
        return tr(CTX, "passed")
    if left >= timedelta(days=2):
        return tr(CTX, "in {days} days", days=left.days)
    hours = int(left.total_seconds() // 3600)
    return tr(CTX, "in {hours} h", hours=hours) if hours else tr(CTX, "within the hour")


class DeadlineColumn(IntEnum):
    DUE = 0
    WHEN = 1
    KIND = 2
    MONEY = 3
    SUBSCRIPTION = 4
    SEAT = 5
    CHANNEL = 6


_SORT_KEYS: dict[str, Callable[[DeadlineEntry], Any]] = {
    "due": lambda e: e.due_at,
    "when": lambda e: e.due_at,
    "kind": lambda e: e.kind.value,
    "money": lambda e: (not e.will_charge, e.amount.currency if e.amount else "",
                        e.amount.minor if e.amount else 0),
    "subscription": lambda e: e.subscription_name.lower(),
    "seat": lambda e: (e.seat_licence or "", e.holder or ""),
    "channel": lambda e: e.channel.value,
}


class DeadlineTableModel(SnapshotModel[DeadlineEntry]):
    """Deadlines from now to ``days`` ahead, optionally of some kinds only."""

    def __init__(self, runner: TaskRunner, service: DeadlineService, clock: Clock) -> None:
        self._service, self._clock = service, clock
        self.days = DEFAULT_DAYS
        self.kinds: frozenset[DeadlineKind] | None = None
        self._asked_at: datetime = clock()
        names = kind_names()
        channels = {BillingChannel.APP_STORE: tr(CTX, "App Store"),
                    BillingChannel.WEBSITE: tr(CTX, "Website")}
        columns: list[Column[DeadlineEntry]] = [
            Column("due", tr(CTX, "Due"), lambda e: instant_text(e.due_at)),
            Column("when", tr(CTX, "When"), lambda e: time_until(e.due_at, self.now), words=True),
            Column("kind", tr(CTX, "Deadline"), lambda e: names[e.kind], words=True),
            Column("money", tr(CTX, "Money"), money_text,
                   tooltip=lambda e: tr(CTX, "Auto-renew is on: this is charged unless cancelled "
                                             "in time.") if e.will_charge else
                   tr(CTX, "Auto-renew is off: access ends; nothing is charged."), words=True),
            Column("subscription", tr(CTX, "Subscription"), lambda e: e.subscription_name,
                   tooltip=lambda e: render(e.words)),
            Column("seat", tr(CTX, "Seat"), lambda e: " · ".join(
                x for x in (e.seat_licence, e.holder) if x)),
            Column("channel", tr(CTX, "Billed through"), lambda e: channels[e.channel], words=True),
        ]
        super().__init__(runner, self._ask, columns, lambda e: hash(e.key),
                         SortKeys(_SORT_KEYS, ties=lambda e: (e.due_at, e.key)),
                         default_sort="due")

    @property
    def now(self) -> datetime:
        """The instant the shown deadlines were read at."""
        return self.extra if isinstance(self.extra, datetime) else self._asked_at

    # -- what the screen sets -----------------------------------------------
    def set_days(self, days: int) -> None:
        if days != self.days:
            self.days = days
            self.refresh()

    def set_kinds(self, kinds: frozenset[DeadlineKind] | None) -> None:
        if kinds != self.kinds:
            self.kinds = kinds
            self.refresh()

    @property
    def entries(self) -> list[DeadlineEntry]:
        """The rows as shown, in order."""
        return self.rows

    def _ask(self, text: str) -> Callable[[], Snapshot[DeadlineEntry]]:
        service, clock, days, kinds = self._service, self._clock, self.days, self.kinds

        def work() -> Snapshot[DeadlineEntry]:
            now = clock()
            return Snapshot(service.within(days, now, text, kinds), extra=now)
        return work

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Each row says in colour whether money goes out (charge) or access ends (lapse),
        # in the shades of the palette in use when the view paints (light or dark).
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole) and index.isValid():
            entry = self.row_at(index.row())
            if entry is None:
                return None
            text, background = row_colours("charge" if entry.will_charge else "lapse")
            if role == Qt.ItemDataRole.BackgroundRole:
                return background
            if index.column() == DeadlineColumn.MONEY:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return text
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
