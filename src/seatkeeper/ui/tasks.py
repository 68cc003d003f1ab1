"""Background work with main-thread results (after Anki's aqt/operations).

Every database, keyring, file or SMTP call from the GUI runs here: reads on a
small pool, writes on a pool of one so there is one writer at a time, and work
nobody waits for (the exact count after a filter's capped one) on a background
pool of one, so that a long read never holds a thread the next keystroke needs.
Results and errors come back as queued signals, handled on the GUI thread.

Every worker runs at a lower priority than the GUI thread. On two cores, the
first page, the hidden screens, the totals and the reminders read side by
side at opening, and at normal priority they left the window a third of a
core: paints waited up to 300 ms (the benchmark's longest stall; median 57
ms, 28 ms with the workers lowered). The window is what the admin is looking at;
the reads it waits for still get every core the window is not using.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

from seatkeeper.domain.errors import KnownError

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def collect_garbage_on_the_gui_thread(parent: QObject, interval_ms: int = 1000) -> QTimer:
    """Python's cyclic collector, run by a timer on the GUI thread only (as Anki does).

    Left automatic, a collection starts in whichever thread happens to allocate; in a
    worker it can free Qt objects (a closed dialog's wrappers) off the GUI thread, which
    crashes the process (seen as a segfault inside a worker's SQL). The young generation
    is collected every ``interval_ms``, the whole heap every minute.
    """
    gc.disable()
    timer = QTimer(parent)
    ticks = [0]

    def collect() -> None:
        ticks[0] += 1
        gc.collect(2 if ticks[0] % 60 == 0 else 0)
    timer.timeout.connect(collect)
    timer.start(interval_ms)
    return timer


def settle_long_lived() -> None:
    """Take what lives once a roster is open out of the collector's walks (``gc.freeze``).

    The modules, the window, the screens and the services: about 110,000 objects that
    the full collection each minute walked to find nothing (a 50-130 ms stall of the
    window each time, seen by the benchmark while filtering at a million seats). Frozen,
    the collections walk only what was made since; a frozen object is still freed when
    nothing refers to it, only a cycle among them is left for good (the few a closed
    screen may leave). Called each time a roster has opened, on the GUI thread.
    """
    gc.freeze()


def keep_out_of_collections() -> None:
    """Take every object alive now out of the collector's generations (``gc.freeze``).

    For a big result the window keeps a while: the import wizard's checked plan (a
    million rows, many millions of objects) would otherwise be walked by the timer's
    next collections above, a stall of the window each time. Call it on the GUI
    thread (the only one that collects) and ``back_into_collections`` when done.
    """
    gc.freeze()


def back_into_collections() -> None:
    """Undo ``keep_out_of_collections``: whatever is still alive is collected as usual."""
    gc.unfreeze()


# Linux gives each thread its own nice value and ignores Qt's thread priorities other
# than idle (which would starve the workers behind any busy program on the desktop);
# Windows and macOS honour QThread's LowPriority.
WORKER_NICE = 10
_worker = threading.local()


def _below_the_window() -> None:
    """Lower this worker thread's priority, once per thread."""
    if getattr(_worker, "lowered", False):
        return
    _worker.lowered = True
    if sys.platform.startswith("linux"):
        thread = threading.get_native_id()
        try:
            os.setpriority(os.PRIO_PROCESS, thread,
                           min(19, os.getpriority(os.PRIO_PROCESS, thread) + WORKER_NICE))
        except OSError:  # not allowed here: the worker runs as before
            log.debug("could not lower a worker thread's priority", exc_info=True)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        _below_the_window()
        try:
            result = self.work()
        except BaseException as error:  # handed to the GUI thread, never lost
            if not isinstance(error, KnownError):
                log.exception("background task failed")
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; ``on_error`` defaults to ``default_error``."""

    busy_changed = Signal(bool)

    def __init__(self, default_error: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._background = QThreadPool(self)
        self._background.setMaxThreadCount(1)
        for pool in (self._readers, self._writer, self._background):
            pool.setThreadPriority(QThread.Priority.LowPriority)
        self._default_error = default_error
        self._live: set[_Signals] = set()

    def run(self, work: Callable[[], Any], on_done: Done | None = None,
            on_error: Failed | None = None, *, write: bool = False,
            owner: QObject | None = None, background: bool = False) -> None:
        """Run ``work`` on a worker; its result goes to ``on_done`` on the GUI thread.

        ``owner`` (by default the object ``on_done`` is a method of) is the widget the
        result is for: if it is destroyed meanwhile (a screen closed, a roster reopened),
        the result is dropped instead of reaching a deleted widget. ``background`` reads
        run one at a time beside the others: for work the user is not waiting for.
        """
        signals = _Signals()
        self._live.add(signals)
        if not self._live - {signals}:
            self.busy_changed.emit(True)
        owner = owner if owner is not None else getattr(on_done, "__self__", None)
        gone = [False]
        watch = None
        if isinstance(owner, QObject):
            watch = owner.destroyed.connect(lambda *_: gone.__setitem__(0, True))

        def finish(_: object = None) -> None:
            self._live.discard(signals)
            signals.deleteLater()
            if watch is not None and not gone[0]:
                QObject.disconnect(watch)
            if not self._live:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None and not gone[0]:
                on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            if not gone[0]:
                (on_error or self._default_error)(error)
            elif not isinstance(error, KnownError):
                self._default_error(error)  # a bug still reaches the crash dialog

        signals.done.connect(done)
        signals.failed.connect(failed)
        pool = self._writer if write else self._background if background else self._readers
        pool.start(_Task(work, signals))

    def report(self, error: BaseException) -> None:
        """Hand an error to the window's handler (a dialog), as a failed task would."""
        self._default_error(error)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is finished (shutdown and tests only)."""
        return all(pool.waitForDone(msecs)
                   for pool in (self._readers, self._writer, self._background))
