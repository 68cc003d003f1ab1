"""The window shows a roster's real seats before SQLAlchemy and the services have loaded.

The window reads the Licences count and first page with plain sqlite3 (the first
look), then a worker imports the services and opens the store; what the admin
does meanwhile (a filter typed, a row selected) is answered once they are there.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from seatkeeper.app import window_args
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.bundle import Services, open_services
from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.columns import ROW_ROLE
from seatkeeper.ui.screens.specs import SCREENS
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import save_screenshot, seat_actions_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def roster(tmp_path: Path, clock: Clock) -> RosterLocation:
    location = RosterLocation.parse(str(tmp_path / "roster.sqlite"))
    open_services(location, actor="t", fill_demo=True, vault=MemoryVault(), clock=clock).close()
    return location


def _held_window(qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock,
                 location: RosterLocation, *, fill_demo: bool = False
                 ) -> tuple[MainWindow, threading.Event]:
    """A window whose store opens only when the returned event is set."""
    release = threading.Event()

    def opener(where: RosterLocation, demo: bool) -> Services:
        assert release.wait(20), "the test never released the opener"
        return open_services(where, actor="t", fill_demo=demo, vault=MemoryVault(), clock=clock)

    window = MainWindow(runner, opener, RosterLocation.parse(str(tmp_path / "demo.sqlite")))
    qtbot.addWidget(window)
    window.show()
    window.open_roster(location, fill_demo=fill_demo)
    return window, release


def test_seats_show_before_the_services_exist(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                                              clock: Clock, roster: RosterLocation) -> None:
    window, release = _held_window(qtbot, runner, tmp_path, clock, roster)
    qtbot.waitUntil(lambda: "licences" in window.screens, timeout=10_000)
    screen = window.screens["licences"]
    assert window.services is None  # the store is not open yet: this is the first look
    model = screen.model
    assert model.rowCount() > 10
    assert not model.is_loading
    first = model.data(model.index(0, 0), ROW_ROLE)
    assert first is not None
    assert first.subscription
    assert model.data(model.index(0, 0)) == first.subscription
    assert list(window.screens) == ["licences"]
    assert screen.count_label.text().endswith("seats")
    save_screenshot(window, "first_look")

    # Selected and filtered meanwhile: kept, and answered once the store is open.
    screen.table.selectRow(0)
    assert "Opening the roster" in screen.detail.toPlainText()
    screen.filter_box.setText(first.subscription)
    screen.filter_box.returnPressed.emit()
    assert model.is_loading
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        release.set()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    assert window.screens["licences"] is screen  # the same screen went live, not a new one
    assert next(iter(window.screens)) == "licences"
    assert len(window.screens) == len(SCREENS)
    assert model.filter_text == first.subscription
    rows = [model.data(model.index(i, 0), ROW_ROLE) for i in range(model.rowCount())]
    assert rows
    assert all(first.subscription in r.subscription for r in rows)
    assert hasattr(screen, "subscription_panel")  # the terms panel joined on go-live


def test_a_postgresql_roster_shows_its_seats_before_the_services_exist(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock, pg_url: str) -> None:
    """The first look reads a server roster with plain psycopg, as it reads a file."""
    location = RosterLocation.parse(pg_url)
    open_services(location, actor="t", fill_demo=True, vault=MemoryVault(), clock=clock).close()
    window, release = _held_window(qtbot, runner, tmp_path, clock, location)
    qtbot.waitUntil(lambda: "licences" in window.screens, timeout=10_000)
    screen = window.screens["licences"]
    assert window.services is None  # the store is not open yet: this is the first look
    assert screen.model.rowCount() == 29
    assert not screen.model.is_loading
    early = [screen.model.data(screen.model.index(i, 0), ROW_ROLE) for i in range(29)]
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        release.set()
    assert window.screens["licences"] is screen
    assert [screen.model.data(screen.model.index(i, 0), ROW_ROLE) for i in range(29)] == early
    for each in window.screens.values():
        qtbot.waitUntil(lambda s=each: not s.model.is_loading, timeout=20_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    services = window.ctx.services
    # The server's connections close before its schema goes. Hidden first: taking the
    # screens down would show, and so refresh, the next one (see test_registry_reviewer_login).
    window.hide()
    window.startup.shut_down()
    runner.wait()
    if services is not None:
        services.store.dispose()


def test_make_run_on_an_existing_demo_roster_gets_the_first_look_too(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock,
        roster: RosterLocation) -> None:
    """`seatkeeper --demo` asks to fill the demo only if it is empty; this one is not."""
    window, release = _held_window(qtbot, runner, tmp_path, clock, roster, fill_demo=True)
    qtbot.waitUntil(lambda: "licences" in window.screens, timeout=10_000)
    assert window.services is None
    assert window.screens["licences"].model.rowCount() == 29
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        release.set()
    assert window.screens["licences"].model.rowCount() == 29


def test_a_selection_made_during_the_first_look_shows_its_detail(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock,
        roster: RosterLocation) -> None:
    window, release = _held_window(qtbot, runner, tmp_path, clock, roster)
    qtbot.waitUntil(lambda: "licences" in window.screens, timeout=10_000)
    screen = window.screens["licences"]
    screen.table.selectRow(0)
    seat = screen.current_row()
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        release.set()
    qtbot.waitUntil(lambda: seat.licence_id in screen.detail.toPlainText(), timeout=10_000)
    assert "Opening the roster" not in screen.detail.toPlainText()


def test_sorting_during_the_first_look_waits_for_the_store(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock,
        roster: RosterLocation) -> None:
    window, release = _held_window(qtbot, runner, tmp_path, clock, roster)
    qtbot.waitUntil(lambda: "licences" in window.screens, timeout=10_000)
    screen = window.screens["licences"]
    count = screen.model.rowCount()
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # Holder, Z first
    assert screen.model.is_loading
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        release.set()
    qtbot.waitUntil(lambda: not screen.model.is_loading, timeout=10_000)
    assert screen.model.rowCount() == count
    holders = [screen.model.data(screen.model.index(i, 0), ROW_ROLE).holder or ""
               for i in range(min(count, 20))]
    assert holders == sorted(holders, reverse=True)


def test_a_roster_that_cannot_open_takes_its_first_look_away(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, roster: RosterLocation,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("seatkeeper.ui.main_window.show_error",
                        lambda _parent, error, _title=None: shown.append(str(error)))

    def opener(_where: RosterLocation, _demo: bool) -> Services:
        raise RuntimeError("the disk went away")

    window = MainWindow(runner, opener, RosterLocation.parse(str(tmp_path / "demo.sqlite")))
    qtbot.addWidget(window)
    window.show()
    window.open_roster(roster)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert window.screens == {}
    assert window.services is None
    assert window.nav.count() == 0
    assert seat_actions_of(window) is not None  # the menus are complete all the same


def test_the_window_starts_without_sqlalchemy_or_the_cli() -> None:
    """The GUI path imports no SQLAlchemy, services or CLI before the window shows, nor
    what only a menu item or an empty roster needs (backups, the export, welcome)."""
    code = ("import sys, seatkeeper.__main__, seatkeeper.app, seatkeeper.ui.main_window; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', "
            "'alembic', 'keyring', 'email_validator', 'hashlib'} or m.startswith(("
            "'seatkeeper.cli', 'seatkeeper.services.bundle', "
            "'seatkeeper.ui.seat_actions_of(screens)', 'seatkeeper.store.backup', "
            "'seatkeeper.ui.dialogs.'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(("argv", "window"), [
    ([], True), (["--demo"], True), (["--db", "x.sqlite", "--read-only"], True),
    (["list", "seats"], False), (["--db"], False), (["-h"], False), (["--version"], False),
    (["--demo", "quote"], False), (["--bogus"], False),
])
def test_only_window_options_skip_the_cli(argv: list[str], window: bool) -> None:
    assert (window_args(argv) is not None) is window
