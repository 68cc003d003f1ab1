"""TaskRunner: workers run below the GUI thread, so the window keeps its core."""

from __future__ import annotations

import os
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from seatkeeper.ui.tasks import WORKER_NICE, TaskRunner


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
@pytest.mark.parametrize("kind", ["read", "write", "background"])
def test_every_pool_runs_its_work_below_the_gui_thread(qtbot: QtBot, kind: str) -> None:
    runner = TaskRunner(lambda error: None)
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                   seen.append, write=kind == "write", background=kind == "background")
    assert seen == [min(19, mine + WORKER_NICE)]
    assert seen[0] > mine or mine == 19  # lower than the window, not merely as set
    # The GUI thread itself is left as it was.
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine
    runner.wait()


def test_the_cyclic_collector_runs_on_the_gui_thread_only(qapp: QCoreApplication) -> None:
    """A collection started in a worker freed Qt objects off the GUI thread: a segfault
    inside a worker's SQL (seen in CI). The window turns automatic collection off and
    collects from a timer on its own thread."""
    import gc

    from seatkeeper.ui.tasks import collect_garbage_on_the_gui_thread

    was = gc.isenabled()
    gc.enable()
    try:
        timer = collect_garbage_on_the_gui_thread(qapp, interval_ms=10)
        assert not gc.isenabled()
        assert timer.isActive()
        assert timer.thread() is qapp.thread()
        timer.stop()
    finally:
        if not was:
            gc.disable()
