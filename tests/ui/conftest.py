"""GUI fixtures: a task runner, services over the demo roster, a shown main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.bundle import Services, open_services
from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions.reminders import ReminderController
from seatkeeper.ui.actions.seats import SeatActions
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


class Errors(list[BaseException]):
    """Errors the runner reported; a test that expects none asserts it is empty."""


@pytest.fixture
def errors() -> Errors:
    return Errors()


@pytest.fixture
def runner(qtbot: QtBot, errors: Errors) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(errors.append)
    yield task_runner
    task_runner.wait()


class LoneHost:
    """The window as a dialog or screen tested on its own sees it: no screens, no rosters."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.strips: list[QWidget] = []
        self.opened: list[object] = []

    def find_screen(self, key: str) -> QWidget | None:
        return None

    def show_screen(self, key: str) -> None:
        pass

    def open_roster(self, location: RosterLocation, *, fill_demo: bool = False) -> None:
        self.opened.append(location)

    def close_roster(self) -> None:
        pass

    def bring_forward(self) -> None:
        pass

    def add_strip(self, strip: QWidget) -> None:
        self.strips.append(strip)


def lone_context(qtbot: QtBot, runner: TaskRunner) -> WindowContext:
    """A window context with a plain parent widget, for widgets tested outside a window."""
    parent = QWidget()
    qtbot.addWidget(parent)
    return WindowContext(runner, parent, LoneHost(parent))


@pytest.fixture
def ctx(qtbot: QtBot, runner: TaskRunner) -> WindowContext:
    return lone_context(qtbot, runner)


@pytest.fixture
def demo_services(tmp_path: Path, clock: Clock) -> Iterator[Services]:
    services = open_services(RosterLocation.parse(str(tmp_path / "demo.sqlite")), actor="t",
                             fill_demo=True, vault=MemoryVault(), clock=clock)
    yield services
    services.close()


def make_window(qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock,
                location: RosterLocation, *, fill_demo: bool = False,
                offer_welcome: bool = False) -> MainWindow:
    def opener(where: RosterLocation, demo: bool) -> Services:
        return open_services(where, actor="t", fill_demo=demo, vault=MemoryVault(), clock=clock)

    window = MainWindow(runner, opener, RosterLocation.parse(str(tmp_path / "demo.sqlite")))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        window.open_roster(location, fill_demo=fill_demo, offer_welcome=offer_welcome)
    return window


def read_only_window(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                     clock: Clock) -> MainWindow:
    """A shown window, no roster open yet, whose rosters open for read-only review."""
    def opener(where: RosterLocation, demo: bool) -> Services:
        return open_services(where, actor="t", read_only=True, fill_demo=demo,
                             vault=MemoryVault(), clock=clock)

    window = MainWindow(runner, opener, RosterLocation.parse(str(tmp_path / "demo.sqlite")))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def demo_window(qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock) -> MainWindow:
    window = make_window(qtbot, runner, tmp_path, clock,
                         RosterLocation.parse(str(tmp_path / "demo.sqlite")), fill_demo=True)
    for screen in window.screens.values():
        qtbot.waitUntil(lambda s=screen: not s.model.is_loading, timeout=10_000)
    return window


def reminders_of(window: MainWindow) -> ReminderController:
    """The window's reminder controller (created with its first roster)."""
    found = window.findChild(ReminderController)
    assert found is not None, "no roster was opened in this window yet"
    return found


def seat_actions_of(window: MainWindow) -> SeatActions:
    found = window.findChild(SeatActions)
    assert found is not None, "no roster was opened in this window yet"
    return found


def save_screenshot(widget: object, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path
