"""The reminder strip under the banner: each due reminder with Snooze and Dismiss.

A few rows at most ("Show N more…"), so reminders never push the roster off
the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from seatkeeper.services.reminders import DueReminder
from seatkeeper.ui.i18n import tr

CTX = "Reminders"


VISIBLE_REMINDERS = 2


class ReminderStrip(QFrame):
    """In-window list of reminders, each with Snooze and Dismiss."""

    def __init__(self, on_snooze: Callable[[DueReminder], None],
                 on_dismiss: Callable[[DueReminder], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderStrip")
        self.setStyleSheet("QFrame#reminderStrip{background:#fff4e0;"
                           "border-bottom:1px solid #f0b35a;}")
        self._on_snooze, self._on_dismiss = on_snooze, on_dismiss
        self.rows: dict[str, tuple[DueReminder, QWidget]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 6, 4)
        self._layout.setSpacing(2)
        # A few rows at most, so reminders never push the roster off the screen.
        self.expanded = False
        self.more = QPushButton(self)
        self.more.setObjectName("moreReminders")
        self.more.setFlat(True)
        self.more.setStyleSheet("text-align:left; color:#1a5fb4; padding:0;")
        self.more.clicked.connect(self._toggle)
        self._layout.addWidget(self.more)
        self.hide()

    def add(self, reminder: DueReminder) -> None:
        key = reminder.entry.key
        if key in self.rows:  # a newer reminder of the same deadline replaces the old
            self.remove(key)
        row = QWidget(self)
        row.setObjectName(f"reminder_{key}")
        label = QLabel(row)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        lead = tr(CTX, "Missed:") if reminder.overdue else tr(CTX, "Reminder:")
        label.setText(f"<b>{escape(lead)}</b> {escape(reminder.message)}")
        snooze = QPushButton(tr(CTX, "Snooze 1 day"), row)
        snooze.setObjectName("snoozeReminder")
        snooze.clicked.connect(lambda _c=False: self._on_snooze(reminder))
        dismiss = QPushButton(tr(CTX, "Dismiss"), row)
        dismiss.setObjectName("dismissReminder")
        dismiss.clicked.connect(lambda _c=False: self._on_dismiss(reminder))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(snooze)
        layout.addWidget(dismiss)
        self.rows[key] = (reminder, row)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self._relayout()

    def remove(self, key: str) -> None:
        found = self.rows.pop(key, None)
        if found is not None:
            self._layout.removeWidget(found[1])
            found[1].deleteLater()
        self._relayout()

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self._relayout()

    def _relayout(self) -> None:
        hidden = max(0, len(self.rows) - VISIBLE_REMINDERS)
        for number, (_reminder, row) in enumerate(self.rows.values()):
            row.setVisible(self.expanded or number < VISIBLE_REMINDERS)
        self.more.setVisible(hidden > 0)
        self.more.setText(tr(CTX, "Show fewer reminders") if self.expanded
                          else tr(CTX, "Show {n} more reminder(s)…", n=hidden))
        self.setVisible(bool(self.rows))

    def clear(self) -> None:
        for key in list(self.rows):
            self.remove(key)

    def set_enabled_actions(self, enabled: bool, tooltip: str = "") -> None:
        for _reminder, row in self.rows.values():
            for button in row.findChildren(QPushButton):
                button.setEnabled(enabled)
                button.setToolTip(tooltip)

    def reminders(self) -> list[DueReminder]:
        return [reminder for reminder, _row in self.rows.values()]
