"""Deadline reminders while the app runs: open until handled, notified once a lead time.

At every roster opening and then hourly the controller reads the reminders
open for this admin (``ReminderService.listing``): they are shown in the strip
above the screens every time, until the admin answers them -- showing one is
not an answer (issue 17). A lead time reached and not yet notified goes to the
system tray once (the same record ``seatkeeper remind`` uses, so the desktop
never gets it twice). The Reminders list (strip, tray menu, View → Reminders)
holds open, snoozed, dismissed and handled reminders, with every answer and
Reopen. Settings → Remind while Seatkeeper is closed registers
``seatkeeper remind`` with the operating system's scheduler and shows whether
it is registered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.open_reminders import Answer
from seatkeeper.services import remind_schedule
from seatkeeper.services.bundle import Services
from seatkeeper.services.reminders import DESKTOP, Pending, Reminder, ReminderList
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, follow_roster, make_action
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.dialogs.lead_times_dialog import LeadTimesDialog
from seatkeeper.ui.dialogs.reminders_dialog import RemindersDialog
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.icons import app_icon
from seatkeeper.ui.widgets.reminder_strip import ReminderStrip, reminder_text

CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly
SNOOZE = timedelta(days=1)
READ_ONLY_TIP = "This roster is open for read-only review, so settings cannot be changed."


CTX = "Reminders"


def tray_available() -> bool:
    """Whether desktop notifications can go through a system tray (tests replace this)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def make_scheduler(services: Services) -> remind_schedule.Scheduler:
    """The OS scheduler for the open roster (tests replace this with a temp home)."""
    return remind_schedule.Scheduler(remind_schedule.scheduled_roster(services.store.location))


class ReminderController(QObject):
    """Reads the open reminders at each roster opening and then every ``interval_ms``."""

    def __init__(self, ctx: WindowContext, parent: QWidget,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.strip = ReminderStrip(self.snooze, self.dismiss, self.open_list, parent)
        ctx.host.add_strip(self.strip)  # above the banner: a banner never moves it
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.tray: QSystemTrayIcon | None = None
        self.dialog: LeadTimesDialog | None = None
        self.list_dialog: RemindersDialog | None = None
        self.lead_times_action: QAction | None = None
        self.schedule_action: QAction | None = None
        self.listing = ReminderList([], [])
        self.notified: list[Reminder] = []  # what went to the tray, in order (tests read it)
        self.checks = 0  # finished checks, so a test can tell "nothing open" from "not yet"
        self._asked = 0  # checks started
        self._newest_shown = 0  # the newest check shown
        ctx.roster_opened.connect(self._roster_opened)
        ctx.events.changed.connect(self._roster_changed)

    @property
    def services(self) -> Services | None:
        return self.ctx.services

    @property
    def shown(self) -> list[Reminder]:
        """The reminders on screen now."""
        return self.strip.reminders()

    def _roster_changed(self, changes: Changes, initiator: object) -> None:
        # Lead times, an answer, or a deadline's date: what is open may be different now.
        if changes.touches(Entity.SETTINGS, Entity.SUBSCRIPTION, Entity.REMINDER):
            self.check_now()

    def _roster_opened(self) -> None:
        self.strip.clear()  # the old roster's reminders do not belong to this one
        self.check_now()
        self.timer.start()

    def check_now(self) -> None:
        services = self.services
        if services is None:
            return
        now = services.clock()
        # Reads run side by side: one started before an answer was saved may finish after
        # the one started after it, and must not put the answered reminder back.
        self._asked += 1
        asked = self._asked
        self.ctx.read(lambda: services.reminders.listing(now), owner=self).success(
            lambda listing: self._show(listing, now, asked)).run()

    def _show(self, listing: ReminderList, now: datetime, asked: int) -> None:
        if asked < self._newest_shown:
            return
        self._newest_shown = asked
        self.checks += 1
        self.listing = listing
        self.strip.show_reminders(listing.open, now)
        if self.list_dialog is not None:
            self.list_dialog.show_list(listing, now)
        services = self.services
        refusal = edit_refusal(services, lambda: tr(CTX, READ_ONLY_TIP))
        if refusal:
            self.strip.set_enabled_actions(False, refusal)
            return
        if services is not None and listing.open and tray_available():
            self.ctx.read(lambda: services.reminders.pending(DESKTOP, now=now),
                          owner=self).success(self._notify).run()

    def _notify(self, pending: list[Pending]) -> None:
        services = self.services
        if not pending or services is None:
            return
        self._tray().showMessage(
            tr(CTX, "Deadline coming") if len(pending) == 1
            else tr(CTX, "{n} deadlines coming", n=len(pending)),
            "\n".join(reminder_text(p.reminder, services.clock()) for p in pending[:4]),
            QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.notified.extend(p.reminder for p in pending)
        self.ctx.write(lambda: Changed(services.reminders.record_sent(DESKTOP, pending),
                                       Changes.nothing()), owner=self).run(initiator=self)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("Seatkeeper")
            menu = QMenu(self.ctx.window)
            menu.addAction(tr(CTX, "Reminders…"), self.open_list)
            self.tray.setContextMenu(menu)
            self.tray.messageClicked.connect(self.open_list)
            self.tray.activated.connect(lambda _reason: self.open_list())
            self.tray.show()
        return self.tray

    # -- the Reminders list ---------------------------------------------------
    def open_list(self) -> None:
        self.ctx.host.bring_forward()
        if self.list_dialog is None:
            self.list_dialog = RemindersDialog(self.answer, self.reopen, self.ctx.window)
        services = self.services
        self.list_dialog.read_only_tip = edit_refusal(services, lambda: tr(CTX, READ_ONLY_TIP))
        now = services.clock() if services is not None else None
        if now is not None:
            self.list_dialog.show_list(self.listing, now)
        self.list_dialog.show()
        self.list_dialog.raise_()
        self.check_now()

    # -- the admin's answers --------------------------------------------------
    def snooze(self, reminder: Reminder) -> None:
        services = self.services
        if services is not None:
            self.answer(reminder, Answer.SNOOZED, services.clock() + SNOOZE)

    def dismiss(self, reminder: Reminder) -> None:
        self.answer(reminder, Answer.DISMISSED, None)

    def answer(self, reminder: Reminder, answer: Answer, until: datetime | None) -> None:
        services = self.services
        if services is not None:
            self._write(lambda: services.reminders.answer(reminder, answer, until), reminder)

    def reopen(self, reminder: Reminder) -> None:
        services = self.services
        if services is not None:
            self._write(lambda: services.reminders.reopen(reminder), reminder)

    def _write(self, work: Callable[[], Changed[None]], reminder: Reminder) -> None:
        key = reminder.key
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

    def refresh_schedule(self) -> None:
        """Show in Settings whether `seatkeeper remind` is registered with the scheduler."""
        services, action = self.services, self.schedule_action
        if services is None or action is None:
            return
        scheduler = make_scheduler(services)
        self.ctx.read(scheduler.installed, owner=self).success(self._schedule_shown).failure(
            lambda _e: self._schedule_shown(False)).run()

    def _schedule_shown(self, installed: bool) -> None:
        if self.schedule_action is not None:
            self.schedule_action.blockSignals(True)
            self.schedule_action.setChecked(bool(installed))
            self.schedule_action.blockSignals(False)

    def set_scheduled(self, wanted: bool) -> None:
        services = self.services
        if services is None:
            return
        scheduler = make_scheduler(services)

        def work() -> bool:
            (scheduler.install if wanted else scheduler.uninstall)()
            return scheduler.installed()

        def done(installed: bool) -> None:
            self._schedule_shown(installed)
            self.ctx.messages.say(
                tr(CTX, "Reminders now also come while Seatkeeper is closed (every hour).")
                if installed else tr(CTX, "Reminders come only while Seatkeeper is open."))

        def failed(error: BaseException) -> None:
            self.refresh_schedule()
            self._failed(error)

        self.ctx.read(work, owner=self).success(done).failure(failed).run()


@action_group
def reminder_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    """The reminders of this window, the Reminders list, and Settings → Reminders."""
    controller = ReminderController(ctx, parent)
    action = make_action(parent, "reminderLeadTimes", tr(CTX, "&Reminder lead times…"),
                         controller.edit_lead_times)
    follow_roster(ctx, action, writes=True, why_read_only=lambda: tr(CTX, READ_ONLY_TIP))
    controller.lead_times_action = action
    listing = make_action(parent, "remindersList", tr(CTX, "Re&minders…"),
                          controller.open_list)
    follow_roster(ctx, listing, writes=False)
    schedule = QAction(tr(CTX, "Remind me while Seatkeeper is &closed"), parent)
    schedule.setObjectName("remindWhileClosed")
    schedule.setCheckable(True)
    schedule.toggled.connect(controller.set_scheduled)
    follow_roster(ctx, schedule, writes=False)
    controller.schedule_action = schedule
    ctx.roster_opened.connect(controller.refresh_schedule)
    return [Placed("reminderLeadTimes", action, Menu.SETTINGS, 20),
            Placed("remindWhileClosed", schedule, Menu.SETTINGS, 21),
            Placed("remindersList", listing, Menu.VIEW, 90)]
