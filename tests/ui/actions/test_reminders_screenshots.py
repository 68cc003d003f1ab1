"""Screenshots of the reminders (issue 17): the strip, the Reminders list, the digest.

At 1024x700 and 1920x1080, in English, into screenshots/ (looked at by a person;
the assertions only hold that each was drawn and nothing overflowed).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from seatkeeper.services.reminder_delivery import digest
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions import reminders as reminders_ui
from seatkeeper.ui.tasks import TaskRunner
from tests.conftest import NOW
from tests.services.helpers import MovableClock
from tests.ui.conftest import make_window, reminders_of, save_screenshot

SIZES = [(1024, 700), (1920, 1080)]


@pytest.fixture(autouse=True)
def _no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reminders_ui, "tray_available", lambda: False)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_strip_list_and_digest(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                               width: int, height: int) -> None:
    clock = MovableClock(NOW)
    window = make_window(qtbot, runner, tmp_path, clock,  # type: ignore[arg-type]
                         RosterLocation.parse(str(tmp_path / "demo.sqlite")), fill_demo=True)
    controller = reminders_of(window)
    qtbot.waitUntil(lambda: len(controller.shown) == 4, timeout=10_000)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.ctx.messages.say("Seat S-0001 assigned to Anna Berg.", seconds=0)
    save_screenshot(window, f"reminders_strip_{width}x{height}")
    controller.open_list()
    dialog = controller.list_dialog
    assert dialog is not None
    dialog.resize(min(width - 80, 1100), min(height - 120, 520))
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 4, timeout=10_000)
    save_screenshot(dialog, f"reminders_list_{width}x{height}")
    mail = digest("it@northwind.example", controller.listing.open,
                  datetime(2026, 11, 22, 9, 30, tzinfo=UTC))
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setPlainText(f"To: {mail.to}\nSubject: {mail.subject}\n\n{mail.body}")
    browser.resize(min(width, 900), height - 60)
    save_screenshot(browser, f"reminder_digest_{width}x{height}")
    assert browser.verticalScrollBar().maximum() >= 0
