"""What both GUI probe processes share: a heartbeat, paint waits, the RSS peak."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

HEARTBEAT_MS = 5


class Heartbeat(QObject):
    """A 5 ms timer; the longest gap between ticks beyond 5 ms is the longest stall.

    ``phase`` names what the probe is doing; the phase of the longest stall is kept
    with it, so a stall in the report says where to look.
    """

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self.phase = "start"
        self.longest_phase = ""
        self.longest_at = 0.0  # seconds after the heartbeat started, when the stall ended
        self._last = self._started = time.monotonic()
        self._timer = QTimer(self, interval=HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        gap = now - self._last - HEARTBEAT_MS / 1000
        if gap > self.longest:
            self.longest, self.longest_phase = gap, self.phase
            self.longest_at = now - self._started
        self._last = now

    def reset(self) -> None:
        self._last = time.monotonic()


class PaintWatch(QObject):
    """Notes when a widget has painted after being armed (the paint itself included)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.armed = False
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.armed, self.painted_at = True, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            # Runs as soon as this paint has been handled.
            QTimer.singleShot(0, self._mark)
        return False

    def _mark(self) -> None:
        self.painted_at = time.monotonic()


def wait_until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until ``condition`` holds (checked every millisecond)."""
    if condition():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    poll = QTimer(interval=1)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the probe waited too long")


def peak_rss_mb() -> float:
    """This process's peak RSS. Linux keeps ru_maxrss across fork and exec (the parent's
    peak would show), so VmHWM, which is per address space, is read first."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def emit(result: dict[str, Any]) -> None:
    print("BENCH-RESULT " + json.dumps(result), flush=True)
    sys.stdout.flush()
