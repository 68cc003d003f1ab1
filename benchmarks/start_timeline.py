"""Where a start's time goes: a timeline of one Seatkeeper start, from the first paint to ready.

Usage: python -m benchmarks.start_timeline ROSTER [--sql]
(ROSTER: a file path or a URL, opened as benchmarks.app_probe opens it; the probe's
"start" run, watched). Prints one line a happening, in milliseconds since the process
started: each background task (queued, started, ended, on which worker, what it ran;
with ``--sql`` each statement it sent and how long it took), each callback and each
start-up step on the GUI thread that took 2 ms or more, and every stall of the event
loop of 20 ms or more. Then the probe's own figures.

Not a figure of the benchmark: a tool to read when one of the start figures is missed.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any

# The process's own start, as the probe's parent measures it (its spawn).
T0 = time.monotonic()
ROSTER = sys.argv[1]
SQL = "--sql" in sys.argv
sys.argv = ["app_probe", ROSTER, str(T0), "start"]

LINES: list[tuple[float, str]] = []
_lock = threading.Lock()


def ms(at: float) -> float:
    return (at - T0) * 1000


def note(at: float, text: str) -> None:
    with _lock:
        LINES.append((at, text))


def _thread() -> str:
    name = threading.current_thread().name
    return "GUI" if threading.current_thread() is threading.main_thread() else name[-12:]


def _label(work: Any) -> str:
    """What a task runs, by the code it came from (a lambda says where it was written)."""
    target = getattr(work, "func", work)  # functools.partial
    code = getattr(target, "__code__", None)
    name = getattr(target, "__qualname__", repr(target))
    if code is None:
        return name
    where = code.co_filename.rsplit("/seatkeeper/", 1)[-1].rsplit("/benchmarks/", 1)[-1]
    if name.endswith("<lambda>") or "<locals>" in name:
        # The names a lambda calls: what it is for (count_fn, page_fn, a service method).
        return f"{name} {where}:{code.co_firstlineno} calls {','.join(code.co_names[:4])}"
    return f"{name} ({where})"


_current = threading.local()


def _install_sql_watch() -> None:
    """Each statement, its thread and time; registered once SQLAlchemy is loaded (on the
    worker that imports it), so the watch itself adds nothing before the first paint."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def before(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        conn.info.setdefault("_timeline", []).append(time.monotonic())

    def after(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        started = conn.info["_timeline"].pop()
        took = (time.monotonic() - started) * 1000
        if SQL or took >= 20:
            text = " ".join(statement.split())
            note(started, f"  sql {_thread():>12} {took:7.1f} ms {getattr(_current, 'task', '')}"
                          f": {text[:160]}")

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)


def install() -> None:  # noqa: PLR0915  # one patch after another, each small
    from PySide6.QtCore import QObject, QTimer

    from seatkeeper.ui import startup as startup_module
    from seatkeeper.ui.startup import Startup
    from seatkeeper.ui.tasks import TaskRunner

    original_run = TaskRunner.run
    counter = [0]

    def run(self: TaskRunner, work: Any, on_done: Any = None, on_error: Any = None,
            **kwargs: Any) -> None:
        counter[0] += 1
        number, label = counter[0], _label(work)
        queued = time.monotonic()
        pool = "write" if kwargs.get("write") else "bg" if kwargs.get("background") else "read"

        def watched() -> Any:
            started = time.monotonic()
            _current.task = f"#{number}"
            try:
                return work()
            finally:
                ended = time.monotonic()
                waited, ran = (started - queued) * 1000, (ended - started) * 1000
                note(started, f"task #{number:<3} {pool:5} {_thread():>12} waited "
                              f"{waited:6.1f} ran {ran:7.1f} ms (ends {ms(ended):7.1f}): {label}")
                _current.task = ""

        def timed(callback: Any) -> Any:
            if callback is None:
                return None

            def call(value: Any) -> None:
                started = time.monotonic()
                callback(value)
                took = (time.monotonic() - started) * 1000
                if took >= 2:
                    note(started, f"gui  #{number:<3} callback {took:6.1f} ms after {label}")
            return call

        original_run(self, watched, timed(on_done), timed(on_error), **kwargs)

    TaskRunner.run = run  # type: ignore[method-assign]

    original_steps = Startup._run_steps

    def run_steps(self: Startup, services: Any, steps: list[Any]) -> None:
        if not steps:
            return
        step = steps[0]
        target = getattr(step, "func", step)
        args = getattr(step, "args", ())
        what = getattr(target, "__name__", repr(target)) + "".join(
            f" {getattr(a, 'key', '')}" for a in args if hasattr(a, "key"))
        started = time.monotonic()
        original_steps(self, services, steps)
        note(started, f"gui  step {(time.monotonic() - started) * 1000:6.1f} ms: {what}")

    Startup._run_steps = run_steps  # type: ignore[method-assign]

    original_load = startup_module.load_service_modules

    def load_service_modules() -> None:
        started = time.monotonic()
        original_load()
        note(started, f"  imports {_thread():>12} the services "
                      f"{(time.monotonic() - started) * 1000:.0f} ms")
        _install_sql_watch()
        from seatkeeper.services import bundle

        original_open = bundle.open_services

        def open_services(*args: Any, **kwargs: Any) -> Any:
            began = time.monotonic()
            try:
                return original_open(*args, **kwargs)
            finally:
                note(began, f"  open_services {_thread():>12} "
                            f"{(time.monotonic() - began) * 1000:.0f} ms")
        bundle.open_services = open_services  # type: ignore[assignment]

    startup_module.load_service_modules = load_service_modules  # type: ignore[assignment]

    class Stalls(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.last = time.monotonic()
            self.timer = QTimer(self, interval=5)
            self.timer.timeout.connect(self.tick)
            self.timer.start()

        def tick(self) -> None:
            now = time.monotonic()
            if now - self.last >= 0.025:
                note(self.last, f"STALL GUI {(now - self.last) * 1000 - 5:6.1f} ms")
            self.last = now

    holder: list[Stalls] = []
    original_show = startup_module.Startup.open_roster

    def open_roster(self: Startup, *args: Any, **kwargs: Any) -> None:
        note(time.monotonic(), "open_roster called (window shown)")
        holder.append(Stalls())
        original_show(self, *args, **kwargs)

    startup_module.Startup.open_roster = open_roster  # type: ignore[method-assign]


def main() -> None:
    imported = time.monotonic()
    import benchmarks.app_probe as probe  # the first look starts here

    note(imported, f"probe imports (first look started, Qt, window) "
                   f"{(time.monotonic() - imported) * 1000:.0f} ms")
    install()
    probe.main()
    for at, text in sorted(LINES):
        print(f"{ms(at):8.1f}  {text}")


if __name__ == "__main__":
    main()
