"""The longest event-loop stall while the window imports a file, as the import wizard runs it.

``python -m benchmarks.gui_import_probe CSV STARTED ROSTER MODE``: a window process
(the GUI thread's garbage collection as the app has it, ui.tasks) with a 5 ms
heartbeat; on a worker thread, the wizard's steps, each a phase: "headers" (the
mapping page's ``read_headers``), "dry run" and "import". MODE ``session`` as the
wizard runs them now: the dry run and the write in one child
(services.importing.session), the window holding only the summary; ``child`` as it
ran before: the dry run in this process (``transfer.read_import``, the plan then kept
out of collections), the write in a child that reads the file again
(services.importing.child); ``thread``: both in this process, the plan not frozen.
Prints ``BENCH-RESULT {...}`` with the longest stall of each phase in seconds
(``phases``, and ``longest_stall_s`` over all of them), the window process's
``peak_rss_mb``, and ``plan_free_s``: freeing what the wizard keeps when it closes
(one stall, after). ROSTER is a path or URL; "-" takes it from BENCH_LOCATION (a URL
with a password stays out of the process list).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from benchmarks.probe_common import Heartbeat, peak_rss_mb


def _clock() -> datetime:
    return datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def main(argv: list[str]) -> int:  # noqa: PLR0915 - one probe, read top to bottom
    csv_path, _started, roster, mode = Path(argv[0]), argv[1], argv[2], argv[3]
    location = os.environ["BENCH_LOCATION"] if roster == "-" else roster
    app = QApplication.instance() or QApplication([])
    from seatkeeper.services.importing import guess_mapping, writer
    from seatkeeper.services.importing.child import ImportJob, import_in_child
    from seatkeeper.services.importing.context import ImportContext
    from seatkeeper.services.importing.session import DryRunJob, ImportSession, WriteJob
    from seatkeeper.services.transfer import read_import
    from seatkeeper.store.open import open_store
    from seatkeeper.ui.tasks import collect_garbage_on_the_gui_thread, keep_out_of_collections
    from seatkeeper.ui.wizards.import_steps import read_headers

    label = QLabel("importing…")
    label.resize(400, 100)
    label.show()
    gc_timer = collect_garbage_on_the_gui_thread(app)
    beat = Heartbeat()
    out: dict[str, Any] = {"mode": mode, "errors": []}
    phases: dict[str, float] = {}
    done, frozen = threading.Event(), threading.Event()
    reports: list[int] = []  # the write's
    checked: list[int] = []  # the dry run's (a child's only)
    kept: list[Any] = []
    session = ImportSession()

    def progress(d: int, t: int) -> bool:
        reports.append(d)
        return True

    def checking(d: int, t: int) -> bool:
        checked.append(d)
        return True

    def work() -> None:
        try:
            ctx = ImportContext(_clock().date(), "it@example.com")
            started = time.perf_counter()
            found = read_headers(csv_path, "auto")  # the mapping page's
            out["headers_s"] = time.perf_counter() - started
            mapping = dict(guess_mapping(found.headers))
            mark("dry run")
            if mode == "session":  # the preview page freezes the window's heap as it starts
                freeze()
            started = time.perf_counter()
            if mode == "session":
                summary = session.dry_run(DryRunJob(csv_path, "auto", ctx, mapping,
                                                    found.encoding), checking)
                out["dry_run_s"] = time.perf_counter() - started
                freeze()
                mark("import")
                started = time.perf_counter()
                session.write(WriteJob(location=location, mode="stop", rejects_path=None,
                                       now=_clock(), actor="bench", vault=False), progress)
                out["import_s"] = time.perf_counter() - started
                out["rows"] = summary.total
                kept.append(summary)
                return
            plan = read_import(csv_path, "auto", ctx, mapping, encoding=found.encoding)
            out["dry_run_s"] = time.perf_counter() - started
            if mode == "child":
                freeze()
            mark("import")
            started = time.perf_counter()
            if mode == "child":
                import_in_child(ImportJob(
                    location=location, path=csv_path, choice="auto", ctx=ctx, mapping=mapping,
                    encoding=None, mode="stop", rejects_path=None, now=_clock(),
                    actor="bench", rows=plan.total, bad_rows=plan.bad_rows), progress)
            else:
                store = open_store(location)
                try:
                    writer.apply(store, plan, vault=None, clock=_clock, actor="bench",
                                 progress=progress)
                finally:
                    store.dispose()
            out["import_s"] = time.perf_counter() - started
            out["rows"] = plan.total
            kept.append(plan)  # as the wizard keeps it until it closes (measured below)
        except BaseException as error:  # reported, never a hung probe
            out["errors"].append(repr(error))
        finally:
            done.set()

    def freeze() -> None:  # as the wizard's preview page does, on the GUI thread
        frozen.clear()
        QTimer.singleShot(0, app, lambda: (keep_out_of_collections(), frozen.set()))
        frozen.wait(30)

    def mark(phase: str) -> None:  # called on the worker: the heartbeat's phase changes
        phases[beat.phase] = beat.longest
        phases[beat.phase + " at"] = beat.longest_at
        phases[phase + " from"] = time.monotonic() - beat._started
        beat.longest, beat.phase = 0.0, phase

    beat.phase = "headers"
    threading.Thread(target=work, daemon=True).start()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: app.quit() if done.is_set() else None)
    poll.start()
    app.exec()
    phases[beat.phase] = beat.longest
    phases[beat.phase + " at"] = beat.longest_at
    gc_timer.stop()
    out["phases"] = phases
    started = time.perf_counter()
    kept.clear()  # the wizard closing: its checked plan freed, on the GUI thread
    session.close()  # its child ends (and its plan with it) on a thread of its own
    out["plan_free_s"] = time.perf_counter() - started
    out["peak_rss_mb"] = peak_rss_mb()  # the window process's own (VmHWM), not the child's
    stalls = [phases.get(name, 0.0) for name in ("headers", "dry run", "import")]
    out.update(headers_longest_stall_s=stalls[0], dry_run_longest_stall_s=stalls[1],
               import_longest_stall_s=stalls[2], longest_stall_s=max(stalls),
               progress_reports=len(reports), dry_run_reports=len(checked))
    print("BENCH-RESULT " + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
