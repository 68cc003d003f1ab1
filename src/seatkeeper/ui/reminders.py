"""Deadline reminders while the app runs: at launch, then hourly (AS-5).

``ReminderService.take`` decides what is due and remembers what was shown,
so a reminder missed while the app was closed appears at the next launch,
once, and again only when its date moves. Each one goes to the desktop
(system tray) when there is one, and always to the reminder strip in the
window, where it can be snoozed for a day or dismissed.

``install(window)`` is the main window's one hook: the strip under the
banner, the hourly timer, the tray icon and Settings → Reminder lead times.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.services.bundle import Services
from seatkeeper.services.reminders import DueReminder
from seatkeeper.ui.dialogs.lead_times_dialog import LeadTimesDialog
from seatkeeper.ui.messages import show_error

CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly
SNOOZE = timedelta(days=1)
READ_ONLY_TIP = "This roster is open for read-only review, so settings cannot be changed."


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def tray_available() -> bool:
    """Whether desktop notifications can go through a system tray (tests replace this)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


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
        lead = _tr("Missed:") if reminder.overdue else _tr("Reminder:")
        label.setText(f"<b>{escape(lead)}</b> {escape(reminder.message)}")
        snooze = QPushButton(_tr("Snooze 1 day"), row)
        snooze.setObjectName("snoozeReminder")
        snooze.clicked.connect(lambda _c=False: self._on_snooze(reminder))
        dismiss = QPushButton(_tr("Dismiss"), row)
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
        self.more.setText(_tr("Show fewer reminders") if self.expanded
                          else _tr("Show %n more reminder(s)…").replace("%n", str(hidden)))
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


class ReminderController(QObject):
    """Checks for due reminders at each roster opening and then every ``interval_ms``."""

    def __init__(self, window: Any, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.strip = ReminderStrip(self.snooze, self.dismiss, window)
        window.centralWidget().layout().insertWidget(1, self.strip)  # under the banner
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.tray: QSystemTrayIcon | None = None
        self.dialog: LeadTimesDialog | None = None
        self.lead_times_action: QAction | None = None
        self.shown: list[DueReminder] = []  # everything put on screen, in order (tests read it)
        self.checks = 0  # finished checks, so a test can tell "nothing due" from "not yet"
        window.roster_opened.connect(self._roster_opened)

    @property
    def services(self) -> Services | None:
        services: Services | None = self.window.services
        return services

    def _roster_opened(self) -> None:
        self.strip.clear()  # the old roster's reminders do not belong to this one
        self.check_now()
        self.timer.start()

    def check_now(self) -> None:
        services = self.services
        if services is None:
            return
        reminders = services.reminders
        if services.read_only:  # review copy: look, but remember nothing
            self.window.runner.run(reminders.due, self._show)
        else:
            self.window.runner.run(lambda: reminders.take().value, self._show, write=True)

    def _show(self, found: list[DueReminder]) -> None:
        self.checks += 1
        for reminder in found:
            self.shown.append(reminder)
            self.strip.add(reminder)
            self._notify(reminder)
        services = self.services
        if services is not None and services.read_only:
            self.strip.set_enabled_actions(False, _tr(READ_ONLY_TIP))

    def _notify(self, reminder: DueReminder) -> None:
        if not tray_available():
            return
        if self.tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                icon = self.window.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Seatkeeper")
            self.tray.messageClicked.connect(self._open_deadlines)
            self.tray.show()
        title = _tr("Deadline passed") if reminder.overdue else _tr("Deadline coming")
        self.tray.showMessage(title, reminder.message,
                              QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _open_deadlines(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if "deadlines" in self.window.screens:
            self.window.show_screen("deadlines")

    # -- the admin's answers --------------------------------------------------
    def snooze(self, reminder: DueReminder) -> None:
        services = self.services
        if services is None:
            return
        until = services.clock() + SNOOZE
        self._answer(lambda: services.reminders.snooze(reminder, until).value, reminder)

    def dismiss(self, reminder: DueReminder) -> None:
        services = self.services
        if services is not None:
            self._answer(lambda: services.reminders.dismiss(reminder).value, reminder)

    def _answer(self, work: Callable[[], None], reminder: DueReminder) -> None:
        key = reminder.entry.key
        self.window.runner.run(work, lambda _r: self.strip.remove(key),
                               self._failed, write=True)

    def _failed(self, error: BaseException) -> None:
        show_error(self.window, error, _tr("Reminder not changed"))

    # -- settings -------------------------------------------------------------
    def edit_lead_times(self) -> None:
        services = self.services
        if services is None:
            return
        self.window.runner.run(services.reminders.lead_times, self._open_dialog)

    def _open_dialog(self, leads: tuple[timedelta, ...]) -> None:
        services = self.services
        if services is None:
            return
        dialog = LeadTimesDialog(leads, self.window)
        self.dialog = dialog

        def accepted() -> None:
            chosen = dialog.lead_times()
            self.window.runner.run(lambda: services.reminders.set_lead_times(chosen).value,
                                   lambda _r: self.check_now(), self._failed, write=True)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _settings_menu(window: Any) -> QMenu:
    """The window's one Settings menu."""
    menu: QMenu = window.settings_menu
    return menu


def install(window: Any) -> ReminderController:
    """Reminders for ``window`` (a MainWindow): strip, timer, tray and settings."""
    controller = ReminderController(window)
    action = QAction(_tr("&Reminder lead times…"), window)
    action.setObjectName("reminderLeadTimes")
    action.setEnabled(False)  # until a roster is open
    action.triggered.connect(lambda _checked=False: controller.edit_lead_times())
    _settings_menu(window).addAction(action)

    def opened() -> None:
        read_only = controller.services is None or controller.services.read_only
        action.setEnabled(not read_only)
        action.setToolTip(_tr(READ_ONLY_TIP) if read_only else "")

    window.roster_opened.connect(opened)
    controller.lead_times_action = action
    return controller

