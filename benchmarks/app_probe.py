"""The measured GUI process: Seatkeeper's main window on a benchmark roster.

Usage: python -m benchmarks.app_probe ROSTER T0 MODE [QUERIES_JSON]
ROSTER is a file path or a database URL, or "-" for the URL in the environment
(BENCH_LOCATION, so that no password shows in the process list).
MODE "start" stops after the Licences table is first painted (cold start and
first paint); "full" then filters, sorts, scrolls to the end, shows the Review
screen and reports the longest event-loop stall, the vault calls and the RSS peak.
"""

from __future__ import annotations

import os
import sys
import time

T0 = float(sys.argv[2])
ROSTER = os.environ["BENCH_LOCATION"] if sys.argv[1] == "-" else sys.argv[1]

# As app.run_gui: the roster's first page is read while Qt and the window are imported.
from seatkeeper.services.first_look import start_first_look  # noqa: E402
from seatkeeper.store.location import RosterLocation  # noqa: E402

FIRST_LOOK = start_first_look(RosterLocation.parse(ROSTER))

import json  # noqa: E402
import tempfile  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.probe_common import (  # noqa: E402
    Heartbeat,
    PaintWatch,
    emit,
    peak_rss_mb,
    wait_until,
)
from seatkeeper.ui.main_window import MainWindow  # noqa: E402
from seatkeeper.ui.tasks import TaskRunner, collect_garbage_on_the_gui_thread  # noqa: E402
from seatkeeper.ui.widgets.table_screen import TableScreen  # noqa: E402

SORT_COLUMNS = (2, 5, 6)  # Holder, Renewal date, Devices


def counting_vault() -> Any:
    """A vault that counts every call: painting, filtering and sorting must make none.

    Made on the opener's worker, as the app makes its vault: importing the
    credentials and services before the window shows would not be the app's start.
    """
    from seatkeeper.credentials.memory_vault import MemoryVault

    class CountingVault(MemoryVault):
        def __init__(self) -> None:
            super().__init__()
            self.calls = 0

        def get(self, service: str, key: str) -> str | None:
            self.calls += 1
            return super().get(service, key)

        def set(self, service: str, key: str, secret: str) -> None:
            self.calls += 1
            super().set(service, key, secret)

        def delete(self, service: str, key: str) -> None:
            self.calls += 1
            super().delete(service, key)

    return CountingVault()


class FirstRowsPainted(QObject):
    """Notes the end of the first paint of the Licences table's rows.

    It watches the window's screen stack for the Licences screen being added and
    then that table's viewport alone. (An app-wide event filter sees every event of
    every object, Qt's private window classes too, and PySide then builds the Python
    types of all of Qt to wrap them: 30-50 ms of the start that the app never spends.)
    """

    def __init__(self, stack: QWidget) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self._stack = stack
        self._viewport: QWidget | None = None
        stack.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._stack and kind == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, TableScreen) and child.objectName() == "screen_licences":
                self._screen = child
                self._viewport = child.table.viewport()
                self._viewport.installEventFilter(self)
        elif watched is self._viewport and kind == QEvent.Type.Paint \
                and self.painted_at is None and self._screen.model.rowCount() > 0 \
                and not self._screen.model.is_loading:
            self._viewport.removeEventFilter(self)
            self._stack.removeEventFilter(self)
            QTimer.singleShot(0, self._mark)  # once this paint is done
        return False

    def _mark(self) -> None:
        self.painted_at = time.monotonic()


def _clock() -> datetime:
    return datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def _until_painted(screen: TableScreen, watch: PaintWatch, action: Any) -> float:
    """Do ``action``; seconds until the model has reloaded and the table painted it."""
    loaded: list[bool] = []

    def on_loaded() -> None:
        loaded.append(True)
        watch.arm()

    screen.model.loaded.connect(on_loaded)
    started = time.monotonic()
    action()
    wait_until(lambda: bool(loaded) and watch.painted_at is not None)
    screen.model.loaded.disconnect(on_loaded)
    assert watch.painted_at is not None
    return watch.painted_at - started


def main() -> None:
    location, mode = RosterLocation.parse(ROSTER), sys.argv[3]
    queries: list[str] = json.loads(sys.argv[4]) if len(sys.argv) > 4 else []
    app = QApplication(sys.argv[:1])
    # As app.run_gui: Python's collector runs on the GUI thread by a timer, never in a
    # worker. Left automatic here, a full collection started in whichever worker happened
    # to allocate and held the GIL meanwhile: at a million seats, a 444 ms one in a worker
    # during the filter "example.org" was a 340 ms stall of the window (a loaded machine).
    collect_garbage_on_the_gui_thread(app)
    vaults: list[Any] = []
    errors: list[BaseException] = []
    runner = TaskRunner(errors.append)

    def opener(location: RosterLocation, _demo: bool) -> Any:
        from seatkeeper.services.bundle import open_services

        vaults.append(counting_vault())
        return open_services(location, actor="bench", vault=vaults[-1], clock=_clock)

    demo = location.path.with_suffix(".demo") if location.path is not None \
        else Path(tempfile.gettempdir()) / "seatkeeper-bench.demo"
    window = MainWindow(runner, opener, RosterLocation.parse(str(demo)))
    opened: list[bool] = []
    window.roster_opened.connect(lambda: opened.append(True))
    # The first paint of the Licences table with its rows in, whenever the screen appears.
    first = FirstRowsPainted(window.stack)
    window.show()
    heartbeat = Heartbeat()
    heartbeat.phase = "opening the roster"
    opened_at = time.monotonic()
    window.open_roster(location, first_look=FIRST_LOOK)
    wait_until(lambda: first.painted_at is not None)
    assert first.painted_at is not None
    screen = window.screens["licences"]
    watch = PaintWatch(screen.table.viewport())
    result: dict[str, Any] = {"cold_start_s": first.painted_at - T0,
                              "first_paint_s": first.painted_at - opened_at,
                              "rows": screen.model.rowCount()}
    # Painted from the first look; everything works once the services are attached, every
    # screen is built and what opening the roster started (loads, totals, reminders) is done.
    wait_until(lambda: bool(opened) and not runner.busy
               and not any(s.model.is_loading for s in window.screens.values()))
    result["ready_s"] = time.monotonic() - T0
    if mode == "full":
        result.update(_interact(app, screen, watch, queries, heartbeat))
        result["review_ready_s"] = _review_ready(window, heartbeat)
        result["longest_stall_s"] = heartbeat.longest
        result["longest_stall_during"] = heartbeat.longest_phase
        result["longest_stall_at_s"] = heartbeat.longest_at
        result["vault_calls"] = sum(v.calls for v in vaults)
    result["errors"] = [repr(e) for e in errors]
    result["peak_rss_mb"] = peak_rss_mb()
    emit(result)
    window.close()
    app.quit()


def _interact(app: QApplication, screen: TableScreen, watch: PaintWatch, queries: list[str],
              heartbeat: Heartbeat) -> dict[str, Any]:
    # Imported here: the app never loads QtTest, so a start must not pay for it.
    from PySide6.QtTest import QTest

    box = screen.filter_box
    # The filters run in the subscription order the bare baseline pages in, whatever order
    # an earlier probe of this run left in the kept settings (the last one sorts by Devices).
    header = screen.table.horizontalHeader()
    if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != \
            (0, Qt.SortOrder.AscendingOrder):
        heartbeat.phase = "back to the default order"
        _until_painted(screen, watch, lambda: screen.table.sortByColumn(
            0, Qt.SortOrder.AscendingOrder))
    filters = []
    for query in queries:
        heartbeat.phase = f"filter {query!r}"
        box.clear()
        QTest.keyClicks(box, query)
        filters.append(_until_painted(
            screen, watch, lambda: QTest.keyClick(box, Qt.Key.Key_Return)))
    heartbeat.phase = "clearing the filter"
    screen.model.set_filter("")
    box.clear()
    wait_until(lambda: not screen.model.is_loading)
    header = screen.table.horizontalHeader()
    sorts = []
    for column in SORT_COLUMNS:
        heartbeat.phase = f"sort column {column}"
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        sorts.append(_until_painted(screen, watch, lambda x=x: QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))))
    # Scrolled to the end: the last page must arrive and be painted.
    model = screen.model
    last_page = (model.rowCount() - 1) // model._page_size
    arrived: list[int] = []
    model.page_loaded.connect(lambda number: (arrived.append(number), watch.arm()))
    heartbeat.phase = "scroll to the end"
    started = time.monotonic()
    screen.table.scrollToBottom()
    if model.row_at(model.rowCount() - 1) is not None:  # already there (a small roster)
        arrived.append(last_page)
        watch.arm()
        screen.table.viewport().update()
    wait_until(lambda: last_page in arrived and watch.painted_at is not None)
    assert watch.painted_at is not None
    return {"filter_s": filters, "sort_s": sorts,
            "scroll_end_s": watch.painted_at - started}


def _review_ready(window: MainWindow, heartbeat: Heartbeat) -> float:
    """Seconds from showing the Review screen to its findings painted.

    The screen loads when first shown; if it was loaded already at opening, showing
    it is followed by a refresh, so the figure is always a full read of the findings.
    """
    screen = window.screens["review"]
    watch = PaintWatch(screen.table.viewport())
    heartbeat.phase = "showing Review"

    def show() -> None:
        window.show_screen("review")
        if not screen.model.is_loading:
            screen.refresh()

    return _until_painted(screen, watch, show)


if __name__ == "__main__":
    main()
