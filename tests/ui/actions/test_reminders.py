"""Reminders in the window: open until handled (issue 17), at every launch and hourly.

Time comes from a clock the test moves by hand; "launch" is a new window on
the same roster file. No sleeps.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.services.remind_schedule import Scheduler
from seatkeeper.services.reminders import Reminder
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui import icons
from seatkeeper.ui.actions import reminders as reminders_ui
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from tests.conftest import NOW
from tests.services.helpers import STORE_PLAN, MovableClock, audit_actions, update_sub
from tests.services.test_remind_schedule import FakeOs
from tests.ui.conftest import Errors, make_window, reminders_of, save_screenshot

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reminders_ui, "tray_available", lambda: False)


@pytest.fixture
def moving() -> MovableClock:
    return MovableClock(NOW)


def launch(qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
           expect: int) -> MainWindow:
    """Open the demo roster in a new window and wait for the launch check to show."""
    window = make_window(qtbot, runner, tmp_path, moving,  # type: ignore[arg-type]
                         RosterLocation.parse(str(tmp_path / "demo.sqlite")), fill_demo=True)
    qtbot.waitUntil(lambda: reminders_of(window).checks >= 1, timeout=10_000)
    assert len(reminders_of(window).shown) == expect
    return window


def quit_app(window: MainWindow) -> None:
    window.close()


def store_cancel_by(items: list[Reminder]) -> list[Reminder]:
    return [r for r in items
            if (r.entry.subscription_name, r.entry.kind) == (STORE_PLAN, DeadlineKind.CANCEL_BY)]


def buttons(window: MainWindow, key: str) -> dict[str, QPushButton]:
    _reminder, row, _label = reminders_of(window).strip.rows[key]
    return {b.objectName(): b for b in row.findChildren(QPushButton)}


def test_shown_then_relaunched_it_is_still_open_until_handled(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
        errors: Errors) -> None:
    # The defect: a reminder was marked done the moment it was put on screen.
    first = launch(qtbot, runner, tmp_path, moving, expect=4)
    assert len(store_cancel_by(reminders_of(first).shown)) == 1
    strip = reminders_of(first).strip
    assert strip.isVisible()
    store = first.services.store  # type: ignore[union-attr]
    quit_app(first)
    second = launch(qtbot, runner, tmp_path, moving, expect=4)  # the same four, again
    (cancel_by,) = store_cancel_by(reminders_of(second).shown)
    qtbot.mouseClick(buttons(second, cancel_by.key)["dismissReminder"], LEFT)
    qtbot.waitUntil(lambda: cancel_by.key not in reminders_of(second).strip.rows,
                    timeout=10_000)
    quit_app(second)
    third = launch(qtbot, runner, tmp_path, moving, expect=3)  # handled stays closed
    assert store_cancel_by(reminders_of(third).shown) == []
    quit_app(third)
    # The admin corrects the renewal date: the reminder opens again.
    update_sub(store, STORE_PLAN, renewal_date=date(2026, 11, 28))
    fourth = launch(qtbot, runner, tmp_path, moving, expect=4)
    (again,) = store_cancel_by(reminders_of(fourth).shown)
    assert again.entry.due_at == datetime(2026, 11, 27, tzinfo=UTC)
    assert errors == []


def test_hourly_check_runs_on_a_timer(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                                      moving: MovableClock) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    timer = reminders_of(window).timer
    assert timer.isActive()
    assert timer.interval() == 60 * 60 * 1000
    moving.now = NOW + timedelta(days=2, hours=15)  # the store plan's cancel-by passed
    timer.timeout.emit()
    qtbot.waitUntil(lambda: len(reminders_of(window).shown) == 3, timeout=10_000)
    assert store_cancel_by(reminders_of(window).shown) == []


def test_strip_dismiss_and_snooze_one_day(qtbot: QtBot, runner: TaskRunner,
                                          tmp_path: Path, moving: MovableClock,
                                          errors: Errors) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    strip = reminders_of(window).strip
    store = window.services.store  # type: ignore[union-attr]
    (cancel_by,) = store_cancel_by(reminders_of(window).shown)
    other = next(r for r in reminders_of(window).shown if r.key != cancel_by.key)
    qtbot.mouseClick(buttons(window, other.key)["dismissReminder"], LEFT)
    qtbot.waitUntil(lambda: other.key not in strip.rows, timeout=10_000)
    assert audit_actions(store)[-1] == "reminders.dismissed"
    qtbot.mouseClick(buttons(window, cancel_by.key)["snoozeReminder"], LEFT)
    qtbot.waitUntil(lambda: cancel_by.key not in strip.rows, timeout=10_000)
    assert audit_actions(store)[-1] == "reminders.snoozed"
    assert len(strip.rows) == 2
    # Within the day it stays quiet; after it, the snoozed one comes back (only it).
    moving.now = NOW + timedelta(hours=23)
    checks = reminders_of(window).checks
    reminders_of(window).check_now()
    qtbot.waitUntil(lambda: reminders_of(window).checks > checks, timeout=10_000)
    assert cancel_by.key not in strip.rows
    moving.now = NOW + timedelta(days=1, minutes=1)
    reminders_of(window).check_now()
    qtbot.waitUntil(lambda: cancel_by.key in strip.rows, timeout=10_000)
    assert other.key not in strip.rows
    assert errors == []


def test_desktop_notification_once_per_lead_time(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(reminders_ui, "tray_available", lambda: True)
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda _self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda _self, title, text, *_a: messages.append((title, text)))
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=10_000)
    assert messages[0][0] == "4 deadlines coming"
    assert "EUR" in messages[0][1]
    assert len(reminders_of(window).strip.rows) == 4  # still there to handle
    tray = reminders_of(window).tray
    assert tray is not None  # Seatkeeper's own icon in every size, not a stock Qt one
    assert sorted(size.width() for size in tray.icon().availableSizes()) == list(icons.SIZES)
    menu = tray.contextMenu()
    assert menu is not None
    (to_list,) = menu.actions()  # the tray reaches the Reminders list
    to_list.trigger()
    qtbot.waitUntil(lambda: reminders_of(window).list_dialog is not None, timeout=10_000)
    services = window.services
    assert services is not None
    qtbot.waitUntil(lambda: services.reminders.pending("desktop") == [], timeout=10_000)
    quit_app(window)
    again = launch(qtbot, runner, tmp_path, moving, expect=4)  # still open, not notified
    assert len(messages) == 1
    moving.now = datetime(2026, 11, 24, 1, tzinfo=UTC)  # the cancel-by's 1-day lead
    reminders_of(again).check_now()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert messages[1][0] == "Deadline coming"


def test_a_banner_never_moves_the_reminders_under_the_pointer(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock) -> None:
    # The defect: a success banner hid while the admin reached for it, the strip moved
    # up under the pointer, and the click dismissed the most urgent reminder.
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    window.show()
    qtbot.waitExposed(window)
    first = reminders_of(window).shown[0]
    dismiss = buttons(window, first.key)["dismissReminder"]
    before = dismiss.mapTo(window, dismiss.rect().center())
    window.ctx.messages.say("Seat S-0001 assigned to Anna.", seconds=8)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    QApplication.processEvents()
    shown = dismiss.mapTo(window, dismiss.rect().center())
    window.banner.hide()  # its timer ran out
    QApplication.processEvents()
    hidden = dismiss.mapTo(window, dismiss.rect().center())
    assert shown == before
    assert hidden == before


def test_reminders_list_answers_finds_and_reopens(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
        errors: Errors) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    controller = reminders_of(window)
    qtbot.mouseClick(controller.strip.all, LEFT)
    qtbot.waitUntil(lambda: controller.list_dialog is not None
                    and controller.list_dialog.tree.topLevelItemCount() == 4, timeout=10_000)
    dialog = controller.list_dialog
    assert dialog is not None
    assert dialog.totals.text() == \
        ("Open reminders charge 99.96\N{NO-BREAK SPACE}EUR, 1,190.04\N{NO-BREAK SPACE}NOK "
         "if nothing is done.")
    save_screenshot(dialog, "reminders_list")
    qtbot.mouseClick(dialog.cancelled, LEFT)  # the first (most urgent) is selected
    qtbot.waitUntil(lambda: len(controller.listing.open) == 3, timeout=10_000)
    (handled,) = controller.listing.answered
    assert handled.state.value == "cancelled"
    assert dialog.tree.topLevelItem(3).text(5) == "Handled: cancelled"  # type: ignore[union-attr]
    dialog.tree.topLevelItem(3).setSelected(True)  # type: ignore[union-attr]
    assert dialog.reopen.isEnabled()
    qtbot.mouseClick(dialog.reopen, LEFT)
    qtbot.waitUntil(lambda: len(controller.listing.open) == 4, timeout=10_000)
    assert audit_actions(window.services.store)[-2:] == [  # type: ignore[union-attr]
        "reminders.cancelled", "reminders.reopened"]
    assert errors == []


def test_settings_switch_installs_and_shows_the_scheduler(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeOs(tmp_path, systemd=True)
    home = tmp_path / "home"
    monkeypatch.setattr(reminders_ui, "make_scheduler", lambda services: Scheduler(
        str(services.store.location.path), home=home, platform="linux", run=fake,
        which=fake.which))
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    action = reminders_of(window).schedule_action
    assert action is not None
    assert not action.isChecked()
    action.trigger()
    timer = home / ".config/systemd/user/seatkeeper-remind.timer"
    qtbot.waitUntil(timer.exists, timeout=10_000)
    assert action.isChecked()
    quit_app(window)
    again = launch(qtbot, runner, tmp_path, moving, expect=4)
    switch = reminders_of(again).schedule_action
    assert switch is not None
    qtbot.waitUntil(switch.isChecked, timeout=10_000)  # shows what is installed
    switch.trigger()
    qtbot.waitUntil(lambda: not timer.exists(), timeout=10_000)
    assert not switch.isChecked()


def test_lead_times_dialog_saves_the_choice(qtbot: QtBot, runner: TaskRunner,
                                            tmp_path: Path, moving: MovableClock) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    action = reminders_of(window).lead_times_action
    assert action is not None
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: reminders_of(window).dialog is not None
                    and reminders_of(window).dialog.isVisible(), timeout=10_000)
    dialog = reminders_of(window).dialog
    assert dialog is not None
    assert [s.value() for s in dialog.spins] == [7, 1]
    save_screenshot(dialog, "dialog_lead_times")
    dialog.spins[0].selectAll()
    qtbot.keyClicks(dialog.spins[0], "14")
    qtbot.mouseClick(dialog.checks[1], LEFT)  # no second reminder
    dialog.accept()
    services = window.services
    assert services is not None
    qtbot.waitUntil(lambda: services.reminders.lead_times() == (timedelta(days=14),),
                    timeout=10_000)


def test_the_strip_shows_two_reminders_and_folds_the_rest(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    strip = reminders_of(window).strip
    visible = [row for _r, row, _l in strip.rows.values() if not row.isHidden()]
    assert len(visible) == 2
    assert not strip.more.isHidden()
    assert "2 more" in strip.more.text()
    qtbot.mouseClick(strip.more, Qt.MouseButton.LeftButton)
    assert all(not row.isHidden() for _r, row, _l in strip.rows.values())
    quit_app(window)


def test_an_older_check_finishing_last_does_not_bring_an_answered_reminder_back(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    controller = reminders_of(window)
    services = window.services
    assert services is not None
    real = services.reminders.listing
    before = real()  # four open
    release = threading.Event()
    calls: list[int] = []

    def listing(now: datetime | None = None) -> object:
        calls.append(1)
        if len(calls) == 1:  # the older check: read before the answer, slow to come back
            release.wait(timeout=10)
            return before
        return real(now)

    monkeypatch.setattr(services.reminders, "listing", listing)
    controller.check_now()  # started first, finishes last
    (cancel_by,) = store_cancel_by(before.open)
    services.reminders.dismiss(cancel_by)
    checks = controller.checks
    controller.check_now()  # started after the answer
    qtbot.waitUntil(lambda: controller.checks > checks, timeout=10_000)
    assert cancel_by.key not in controller.strip.rows
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    QApplication.processEvents()
    assert cancel_by.key not in controller.strip.rows
