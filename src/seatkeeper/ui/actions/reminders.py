"""Deadline reminders while the app runs: at launch, then hourly (AS-5).

``ReminderService.take`` decides what is due and remembers what was shown,
so a reminder missed while the app was closed appears at the next launch,
once, and again only when its date moves. Each one goes to the desktop
(system tray) when there is one, and always to the reminder strip in the
window, where it can be snoozed for a day or dismissed.

Created with the first roster: the strip under the banner, the hourly timer,
the tray icon and Settings → Reminder lead times.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.services.bundle import Services
from seatkeeper.services.reminders import DueReminder
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, follow_roster, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.dialogs.lead_times_dialog import LeadTimesDialog
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.icons import app_icon
from seatkeeper.ui.widgets.reminder_strip import ReminderStrip

CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly
SNOOZE = timedelta(days=1)
READ_ONLY_TIP = "This roster is open for read-only review, so settings cannot be changed."


CTX = "Reminders"


def tray_available() -> bool:
    """Whether desktop notifications can go through a system tray (tests replace this)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderController(QObject):
    """Checks for due reminders at each roster opening and then every ``interval_ms``."""

    def __init__(self, ctx: WindowContext, parent: QWidget,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.strip = ReminderStrip(self.snooze, self.dismiss, parent)
        ctx.host.add_strip(self.strip)  # under the banner
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.tray: QSystemTrayIcon | None = None
        self.dialog: LeadTimesDialog | None = None
        self.lead_times_action: QAction | None = None
        self.shown: list[DueReminder] = []  # everything put on screen, in order (tests read it)
        self.checks = 0  # finished checks, so a test can tell "nothing due" from "not yet"
        ctx.roster_opened.connect(self._roster_opened)
        ctx.events.changed.connect(self._roster_changed)

    @property
    def services(self) -> Services | None:
        return self.ctx.services

    def _roster_changed(self, changes: Changes, initiator: object) -> None:
        # Lead times, or a deadline's date: what is due may be different now.
        if initiator is not self and changes.touches(Entity.SETTINGS, Entity.SUBSCRIPTION):
            self.check_now()

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
            self.ctx.read(reminders.due, owner=self).success(self._show).run()
        else:
            self.ctx.write(reminders.take, owner=self).success(self._show).run(initiator=self)

    def _show(self, found: list[DueReminder]) -> None:
        self.checks += 1
        for reminder in found:
            self.shown.append(reminder)
            self.strip.add(reminder)
            self._notify(reminder)
        services = self.services
        if services is not None and services.read_only:
            self.strip.set_enabled_actions(False, tr(CTX, READ_ONLY_TIP))

    def _notify(self, reminder: DueReminder) -> None:
        if not tray_available():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("Seatkeeper")
            self.tray.messageClicked.connect(self._open_deadlines)
            self.tray.show()
        title = tr(CTX, "Deadline passed") if reminder.overdue else tr(CTX, "Deadline coming")
        self.tray.showMessage(title, reminder.message,
                              QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _open_deadlines(self) -> None:
        self.ctx.host.bring_forward()
        self.ctx.host.show_screen("deadlines")

    # -- the admin's answers --------------------------------------------------
    def snooze(self, reminder: DueReminder) -> None:
        services = self.services
        if services is None:
            return
        until = services.clock() + SNOOZE
        self._answer(lambda: services.reminders.snooze(reminder, until), reminder)

    def dismiss(self, reminder: DueReminder) -> None:
        services = self.services
        if services is not None:
            self._answer(lambda: services.reminders.dismiss(reminder), reminder)

    def _answer(self, work: Callable[[], Changed[None]], reminder: DueReminder) -> None:
        key = reminder.entry.key
        self.ctx.write(work, owner=self).success(lambda _r: self.strip.remove(key)).failure(
            self._failed).run(initiator=self)

    def _failed(self, error: BaseException) -> None:
        self.ctx.messages.fail(error, tr(CTX, "Reminder not changed"))

    # -- settings -------------------------------------------------------------
    def edit_lead_times(self) -> None:
        services = self.services
        if services is None:
            return
        self.ctx.read(services.reminders.lead_times, owner=self).success(
            self._open_dialog).run()

    def _open_dialog(self, leads: tuple[timedelta, ...]) -> None:
        services = self.services
        if services is None:
            return
        dialog = LeadTimesDialog(leads, self.ctx.window)
        self.dialog = dialog

        def accepted() -> None:
            chosen = dialog.lead_times()
            self.ctx.write(lambda: services.reminders.set_lead_times(chosen)).failure(
                self._failed).run()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


@action_group
def reminder_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    """The reminders of this window, and Settings → Reminder lead times."""
    controller = ReminderController(ctx, parent)
    action = make_action(parent, "reminderLeadTimes", tr(CTX, "&Reminder lead times…"),
                         controller.edit_lead_times)
    follow_roster(ctx, action, writes=True, why_read_only=lambda: tr(CTX, READ_ONLY_TIP))
    controller.lead_times_action = action
    return [Placed("reminderLeadTimes", action, Menu.SETTINGS, 20)]
