"""The Reminders list: open, snoozed, dismissed and handled, each answerable (issue 17).

Reachable from the reminder strip ("All reminders…"), the tray icon and View →
Reminders. Every reminder of this admin within its lead time is here: open
ones first, then snoozed (until when), dismissed and handled ones, which can
be reopened. The time left and the due moment are in the admin's time zone.
The buttons act on the selected row; the list is refreshed by the controller
after each answer, and the selection follows the reminder, not the row number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.open_reminders import Answer, ReminderState
from seatkeeper.services.reminders import Reminder, ReminderList
from seatkeeper.ui.i18n import instant_text, money, render, tr
from seatkeeper.ui.models.deadline_table_model import kind_names
from seatkeeper.ui.widgets.date_picker import date_picker, picked
from seatkeeper.ui.widgets.reminder_strip import time_left_text

CTX = "RemindersDialog"
ROLE = Qt.ItemDataRole.UserRole


def state_text(reminder: Reminder) -> str:
    state = reminder.state
    if state is ReminderState.SNOOZED and reminder.snoozed_until is not None:
        return tr(CTX, "Snoozed until {when}", when=instant_text(reminder.snoozed_until,
                                                                  zone=True))
    return {
        ReminderState.OPEN: tr(CTX, "Open"),
        ReminderState.SNOOZED: tr(CTX, "Snoozed"),
        ReminderState.DISMISSED: tr(CTX, "Dismissed"),
        ReminderState.CANCELLED: tr(CTX, "Handled: cancelled"),
        ReminderState.RENEWED: tr(CTX, "Handled: keep and renew"),
    }[state]


def local_morning(day: date) -> datetime:
    """09:00 on ``day`` in the admin's time zone, as UTC: when a snooze ends."""
    return datetime.combine(day, time(9)).astimezone().astimezone(UTC)


Answerer = Callable[[Reminder, Answer, datetime | None], None]


class RemindersDialog(QDialog):
    """Non-modal list of this admin's reminders with the answers."""

    def __init__(self, on_answer: Answerer, on_reopen: Callable[[Reminder], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(tr(CTX, "Reminders"))
        self.resize(900, 420)
        self._on_answer, self._on_reopen = on_answer, on_reopen
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("remindersList")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([tr(CTX, "Subscription"), tr(CTX, "Deadline"), tr(CTX, "Due"),
                                   tr(CTX, "Time left"), tr(CTX, "If nothing is done"),
                                   tr(CTX, "State")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.totals = QLabel(self)
        self.totals.setObjectName("reminderTotals")
        self.empty = QLabel(tr(CTX, "No deadline is within its reminder lead time."), self)
        self.cancelled = QPushButton(tr(CTX, "I &cancelled it"), self)
        self.cancelled.setObjectName("answerCancelled")
        self.cancelled.setToolTip(tr(CTX, "I cancelled it (in the store or at the vendor)."))
        self.renewed = QPushButton(tr(CTX, "&Keep and renew"), self)
        self.renewed.setObjectName("answerRenewed")
        # The controller's first show_list sets it to tomorrow by the roster's clock.
        self.snooze_date = date_picker(self, date(2000, 1, 1), name="snoozeDate")
        self.snooze = QPushButton(tr(CTX, "&Snooze until"), self)
        self.snooze.setObjectName("answerSnoozed")
        self.dismiss = QPushButton(tr(CTX, "&Dismiss"), self)
        self.dismiss.setObjectName("answerDismissed")
        self.reopen = QPushButton(tr(CTX, "&Reopen"), self)
        self.reopen.setObjectName("reopenReminder")
        close = QPushButton(tr(CTX, "Close"), self)
        close.clicked.connect(self.close)
        self.cancelled.clicked.connect(lambda _c=False: self._answer(Answer.CANCELLED))
        self.renewed.clicked.connect(lambda _c=False: self._answer(Answer.RENEWED))
        self.snooze.clicked.connect(lambda _c=False: self._answer(Answer.SNOOZED))
        self.dismiss.clicked.connect(lambda _c=False: self._answer(Answer.DISMISSED))
        self.reopen.clicked.connect(lambda _c=False: self._reopen())
        buttons = QHBoxLayout()
        for widget in (self.cancelled, self.renewed, self.snooze, self.snooze_date,
                       self.dismiss, self.reopen):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        self.read_only_tip = ""
        self._first_list = True

    def show_list(self, listing: ReminderList, now: datetime) -> None:
        chosen = self.selected()
        chosen_key = chosen.key if chosen is not None else None
        self.tree.clear()
        kinds = kind_names()
        for reminder in [*listing.open, *listing.answered]:
            entry = reminder.entry
            amount = money(entry.amount) if entry.amount is not None else (
                tr(CTX, "charged") if entry.will_charge else tr(CTX, "lapses"))
            item = QTreeWidgetItem([entry.subscription_name, kinds[entry.kind],
                                    instant_text(entry.due_at, zone=True),
                                    time_left_text(reminder.time_left(now)), amount,
                                    state_text(reminder)])
            item.setData(0, ROLE, reminder)
            for column in range(6):
                item.setToolTip(column, render(entry.words))
            if reminder.state is ReminderState.OPEN:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            if reminder.key == chosen_key:
                item.setSelected(True)
        first = self.tree.topLevelItem(0)
        if not self.tree.selectedItems() and first is not None:
            first.setSelected(True)
        amounts = ", ".join(money(m) for m in listing.totals)
        self.totals.setText(tr(CTX, "Open reminders charge {amounts} if nothing is done.",
                               amounts=amounts) if amounts else "")
        self.totals.setVisible(bool(amounts))
        self.empty.setVisible(self.tree.topLevelItemCount() == 0)
        tomorrow = now.astimezone().date() + timedelta(days=1)
        first_day = QDate(tomorrow.year, tomorrow.month, tomorrow.day)
        if self._first_list or picked(self.snooze_date) < tomorrow:
            self.snooze_date.setMinimumDate(first_day)
            self.snooze_date.setDate(first_day)
        self.snooze_date.setMinimumDate(first_day)
        self._first_list = False
        self._selection_changed()

    def selected(self) -> Reminder | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        found = items[0].data(0, ROLE)
        return found if isinstance(found, Reminder) else None

    def _selection_changed(self) -> None:
        reminder = self.selected()
        writable = not self.read_only_tip
        is_open = reminder is not None and reminder.state is ReminderState.OPEN
        for button in (self.cancelled, self.renewed, self.snooze, self.dismiss):
            button.setEnabled(writable and reminder is not None)
            button.setToolTip(self.read_only_tip)
        self.snooze_date.setEnabled(writable and reminder is not None)
        self.reopen.setEnabled(writable and reminder is not None and not is_open)
        self.reopen.setToolTip(self.read_only_tip)

    def _answer(self, answer: Answer) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        until = local_morning(picked(self.snooze_date)) if answer is Answer.SNOOZED else None
        self._on_answer(reminder, answer, until)

    def _reopen(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self._on_reopen(reminder)
