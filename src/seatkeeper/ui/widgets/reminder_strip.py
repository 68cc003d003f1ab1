"""The reminder strip above the screens: the open reminders, with Snooze and Dismiss.

A few rows at most ("Show N more…"), so reminders never push the roster off
the screen; "All reminders…" opens the Reminders list, where every answer
(cancelled, keep and renew, snooze to a date, reopen) is. The strip sits
above the banner, so a banner that appears or hides never moves a reminder's
buttons under the admin's pointer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from seatkeeper.services.reminders import Reminder
from seatkeeper.ui.i18n import instant_text, money, tr
from seatkeeper.ui.tones import follow_palette, set_style, surface, tone

CTX = "Reminders"

VISIBLE_REMINDERS = 2


def time_left_text(left: timedelta) -> str:
    """How long is left, in days and hours (or hours and minutes under a day)."""
    minutes = int(left.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return tr(CTX, "{days} d {hours} h left", days=days, hours=hours)
    return tr(CTX, "{hours} h {minutes} min left", hours=hours, minutes=mins)


def reminder_text(reminder: Reminder, now: datetime) -> str:
    """One line: what happens, when (in the admin's zone), how long is left, how much."""
    entry = reminder.entry
    when = instant_text(entry.due_at, zone=True)
    left = time_left_text(reminder.time_left(now))
    if entry.amount is not None:
        what = tr(CTX, "{amount} will be charged", amount=money(entry.amount))
    elif entry.will_charge:
        what = tr(CTX, "will be charged")
    else:
        what = tr(CTX, "will lapse")
    return tr(CTX, "{title}: {when} ({left}); {what}.", title=entry.words, when=when,
              left=left, what=what)


class ReminderStrip(QFrame):
    """In-window list of open reminders, each with Snooze and Dismiss."""

    def __init__(self, on_snooze: Callable[[Reminder], None],
                 on_dismiss: Callable[[Reminder], None],
                 on_list: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderStrip")
        self._on_snooze, self._on_dismiss = on_snooze, on_dismiss
        self.rows: dict[str, tuple[Reminder, QWidget, QLabel]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 6, 4)
        self._layout.setSpacing(2)
        self.expanded = False
        footer = QHBoxLayout()
        self.more = QPushButton(self)
        self.more.setObjectName("moreReminders")
        self.more.setFlat(True)
        self.more.clicked.connect(self._toggle)
        self.all = QPushButton(tr(CTX, "All reminders…"), self)
        self.all.setObjectName("allReminders")
        self.all.setFlat(True)
        self.all.clicked.connect(lambda _c=False: on_list())
        footer.addWidget(self.more)
        footer.addStretch(1)
        footer.addWidget(self.all)
        self._layout.addLayout(footer)
        follow_palette(self, self._restyle)
        self.hide()

    def _restyle(self) -> None:
        """The amber strip and its text in the shades of the palette in use now."""
        text, background, border = surface("warning")
        set_style(self, f"QFrame#reminderStrip{{background:{background};"
                        f"border-bottom:1px solid {border};}}"
                        f"QFrame#reminderStrip QLabel{{color:{text};}}")
        link = tone("link")
        set_style(self.more, f"text-align:left; color:{link}; padding:0;")
        set_style(self.all, f"text-align:right; color:{link}; padding:0;")

    def show_reminders(self, reminders: list[Reminder], now: datetime) -> None:
        """Show exactly these (the open ones), in this order."""
        wanted = {r.key for r in reminders}
        for key in [k for k in self.rows if k not in wanted]:
            self._drop(key)
        for number, reminder in enumerate(reminders):
            self._put(reminder, number, now)
        self.rows = {r.key: self.rows[r.key] for r in reminders}  # display order
        self._relayout()

    def _put(self, reminder: Reminder, position: int, now: datetime) -> None:
        key = reminder.key
        if key in self.rows:
            _old, row, label = self.rows[key]
            self.rows[key] = (reminder, row, label)
        else:
            row = QWidget(self)
            row.setObjectName(f"reminder_{key}")
            label = QLabel(row)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            snooze = QPushButton(tr(CTX, "Snooze 1 day"), row)
            snooze.setObjectName("snoozeReminder")
            snooze.clicked.connect(lambda _c=False, k=key: self._on_snooze(self.rows[k][0]))
            dismiss = QPushButton(tr(CTX, "Dismiss"), row)
            dismiss.setObjectName("dismissReminder")
            dismiss.clicked.connect(lambda _c=False, k=key: self._on_dismiss(self.rows[k][0]))
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label, 1)
            layout.addWidget(snooze)
            layout.addWidget(dismiss)
            self.rows[key] = (reminder, row, label)
        lead = tr(CTX, "Reminder:")
        label.setText(f"<b>{escape(lead)}</b> {escape(reminder_text(reminder, now))}")
        self._layout.removeWidget(row)
        self._layout.insertWidget(position, row)

    def _drop(self, key: str) -> None:
        found = self.rows.pop(key, None)
        if found is not None:
            self._layout.removeWidget(found[1])
            found[1].deleteLater()

    def remove(self, key: str) -> None:
        self._drop(key)
        self._relayout()

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self._relayout()

    def _relayout(self) -> None:
        hidden = max(0, len(self.rows) - VISIBLE_REMINDERS)
        for number, (_reminder, row, _label) in enumerate(self.rows.values()):
            row.setVisible(self.expanded or number < VISIBLE_REMINDERS)
        self.more.setVisible(hidden > 0)
        self.more.setText(tr(CTX, "Show fewer reminders") if self.expanded
                          else tr(CTX, "Show {n} more reminder(s)…", n=hidden))
        self.setVisible(bool(self.rows))

    def clear(self) -> None:
        for key in list(self.rows):
            self._drop(key)
        self._relayout()

    def set_enabled_actions(self, enabled: bool, tooltip: str = "") -> None:
        for _reminder, row, _label in self.rows.values():
            for button in row.findChildren(QPushButton):
                button.setEnabled(enabled)
                button.setToolTip(tooltip)

    def reminders(self) -> list[Reminder]:
        return [reminder for reminder, _row, _label in self.rows.values()]
