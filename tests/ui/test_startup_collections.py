"""Once a roster has opened, what lives then is left out of the collector's full walks.

The full collection each minute (``tasks.collect_garbage_on_the_gui_thread``) walked
every object of the process, the modules, the window and the screens, about 110,000
at a million seats: a stall of the window each time (50-130 ms measured). They are
frozen (``gc.freeze``) once the screens are built, and later walks see only newer ones.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.bundle import Services, open_services
from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner


@pytest.fixture
def thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the other tests collect as before


def test_the_open_rosters_objects_are_frozen(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                                             clock: Clock, thawed: None) -> None:
    def opener(where: RosterLocation, demo: bool) -> Services:
        return open_services(where, actor="t", fill_demo=demo, vault=MemoryVault(), clock=clock)

    window = MainWindow(runner, opener, RosterLocation.parse(str(tmp_path / "demo.sqlite")))
    qtbot.addWidget(window)
    window.show()
    assert gc.get_freeze_count() == 0
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        window.open_roster(RosterLocation.parse(str(tmp_path / "roster.sqlite")),
                           fill_demo=True)
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the modules, the window and the screens
    screen = window.screens["licences"]
    assert not any(o is screen for o in gc.get_objects())  # no collection walks it
    qtbot.waitUntil(lambda: not screen.model.is_loading, timeout=10_000)
