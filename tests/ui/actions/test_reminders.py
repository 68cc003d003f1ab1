"""Reminders in the window: at launch, hourly, missed ones at the next launch, answers.

Time comes from a clock the test moves by hand; "launch" is a new window on
the same roster file. No sleeps.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.services.reminders import DueReminder
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui import icons
from seatkeeper.ui.actions import reminders as reminders_ui
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from tests.conftest import NOW
from tests.services.helpers import STORE_PLAN, MovableClock, audit_actions, update_sub
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


def store_cancel_by(items: list[DueReminder]) -> list[DueReminder]:
    return [r for r in items
            if (r.entry.subscription_name, r.entry.kind) == (STORE_PLAN, DeadlineKind.CANCEL_BY)]


def buttons(window: MainWindow, key: str) -> dict[str, QPushButton]:
    _reminder, row = reminders_of(window).strip.rows[key]
    return {b.objectName(): b for b in row.findChildren(QPushButton)}


def test_as5_missed_reminder_shows_once_at_next_launch_and_again_after_its_date_moves(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
        errors: Errors) -> None:
    first = launch(qtbot, runner, tmp_path, moving, expect=4)
    assert len(store_cancel_by(reminders_of(first).shown)) == 1
    strip = reminders_of(first).strip
    assert strip.isVisible()
    qtbot.mouseClick(strip.more, Qt.MouseButton.LeftButton)  # unfold all four
    qtbot.waitUntil(lambda: all(row.isVisible() for _r, row in strip.rows.values())
                    and strip.height() > 4 * 20, timeout=10_000)
    save_screenshot(first, "reminders_strip")
    store = first.services.store  # type: ignore[union-attr]
    quit_app(first)
    # Closed past the store plan's 1-day lead and its cancel-by itself.
    moving.now = datetime(2026, 11, 26, 6, tzinfo=UTC)
    second = launch(qtbot, runner, tmp_path, moving, expect=3)
    (missed,) = store_cancel_by(reminders_of(second).shown)
    assert missed.overdue
    assert missed.entry.key in reminders_of(second).strip.rows
    reminders_of(second).timer.timeout.emit()  # the hourly check: nothing new for it
    qtbot.waitUntil(lambda: reminders_of(second).checks >= 2, timeout=10_000)
    assert len(store_cancel_by(reminders_of(second).shown)) == 1
    quit_app(second)
    third = launch(qtbot, runner, tmp_path, moving, expect=0)
    assert store_cancel_by(reminders_of(third).shown) == []
    quit_app(third)
    # The admin corrects the renewal date: the reminder is re-armed, once.
    update_sub(store, STORE_PLAN, renewal_date=date(2026, 11, 28))
    fourth = launch(qtbot, runner, tmp_path, moving, expect=2)  # its cancel-by and renewal
    (again,) = store_cancel_by(reminders_of(fourth).shown)
    assert again.entry.due_at == datetime(2026, 11, 27, tzinfo=UTC)
    assert errors == []


def test_hourly_check_runs_on_a_timer(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                                      moving: MovableClock) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    timer = reminders_of(window).timer
    assert timer.isActive()
    assert timer.interval() == 60 * 60 * 1000
    moving.now = NOW + timedelta(days=2, hours=12)  # the 1-day leads of the store plan
    timer.timeout.emit()
    qtbot.waitUntil(lambda: len(reminders_of(window).shown) > 4, timeout=10_000)
    assert all(r.lead == timedelta(days=1) for r in reminders_of(window).shown[4:])


def test_banner_dismiss_and_snooze_one_day(qtbot: QtBot, runner: TaskRunner,
                                           tmp_path: Path, moving: MovableClock,
                                           errors: Errors) -> None:
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    strip = reminders_of(window).strip
    store = window.services.store  # type: ignore[union-attr]
    (cancel_by,) = store_cancel_by(reminders_of(window).shown)
    other = next(r for r in reminders_of(window).shown if r is not cancel_by)
    qtbot.mouseClick(buttons(window, other.entry.key)["dismissReminder"], LEFT)
    qtbot.waitUntil(lambda: other.entry.key not in strip.rows, timeout=10_000)
    assert audit_actions(store)[-1] == "reminders.dismissed"
    qtbot.mouseClick(buttons(window, cancel_by.entry.key)["snoozeReminder"], LEFT)
    qtbot.waitUntil(lambda: cancel_by.entry.key not in strip.rows, timeout=10_000)
    assert audit_actions(store)[-1] == "reminders.snoozed"
    assert len(strip.rows) == 2
    # Within the day it stays quiet; after it, the snoozed one comes back (only it).
    moving.now = NOW + timedelta(hours=23)
    reminders_of(window).check_now()
    qtbot.waitUntil(lambda: reminders_of(window).checks >= 2, timeout=10_000)
    assert cancel_by.entry.key not in strip.rows
    moving.now = NOW + timedelta(days=1, minutes=1)
    reminders_of(window).check_now()
    qtbot.waitUntil(lambda: cancel_by.entry.key in strip.rows, timeout=10_000)
    assert other.entry.key not in strip.rows
    assert errors == []


def test_desktop_notification_when_a_tray_exists(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, moving: MovableClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(reminders_ui, "tray_available", lambda: True)
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda _self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda _self, title, text, *_a: messages.append((title, text)))
    window = launch(qtbot, runner, tmp_path, moving, expect=4)
    assert len(messages) == 4
    assert messages[0] == ("Deadline coming", reminders_of(window).shown[0].message)
    assert len(reminders_of(window).strip.rows) == 4  # still there to snooze or dismiss
    tray = reminders_of(window).tray
    assert tray is not None  # Seatkeeper's own icon in every size, not a stock Qt one
    assert sorted(size.width() for size in tray.icon().availableSizes()) == list(icons.SIZES)


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
    visible = [row for _r, row in strip.rows.values() if not row.isHidden()]
    assert len(visible) == 2
    assert not strip.more.isHidden()
    assert "2 more" in strip.more.text()
    qtbot.mouseClick(strip.more, Qt.MouseButton.LeftButton)
    assert all(not row.isHidden() for _r, row in strip.rows.values())
    quit_app(window)
