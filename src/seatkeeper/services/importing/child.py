"""An import run in a process of its own, with progress and cancel over a pipe.

A table import of a million rows builds tens of millions of small objects. In
the window's process they sit in the heap the GUI thread's garbage collector
walks (ui.tasks), and the work competes with the window for the interpreter
lock: the window stalls. Here the same service (``transfer.read_import`` and
``writer.apply``) runs in a spawned process: it reads the file again, checks
that the dry run's counts still hold, writes in one transaction, and sends
``("progress", done, total)`` as it goes, waiting for the answer: "go", or
"cancel" when the caller's ``progress`` answers False; the child then raises
ImportCancelled, its transaction rolls back, and it says so. If the child dies,
its transaction dies with it (SQLite rolls the journal back, PostgreSQL the
session), and the caller gets an error.

It writes no product key (``vault=None``). The import wizard now uses
services.importing.session, whose child also does the dry run and keeps its plan
(and relays keys to the window's vault); this one remains for a caller that has
only a file and the dry run's counts (benchmarks.gui_import_probe's "child" mode).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.connection import Connection as Pipe
from pathlib import Path

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import Message, message
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.importing.writer import (
    ImportCancelled,
    ImportResult,
    Mode,
    Progress,
)

FILE_CHANGED = message(
    "import.file_changed",
    "The file changed after its dry run ({then} rows then, {now} now); nothing was "
    "imported. Run the import again to check it anew.")
CHILD_DIED = message(
    "import.child_died",
    "The import stopped unexpectedly (exit {code}); nothing was imported.")
POLL_SECONDS = 0.1
CHILD_NICE = 10  # as ui.tasks.WORKER_NICE


@dataclass(frozen=True)
class ImportJob:
    """Everything the child needs to do the import the window checked: all picklable."""

    location: str  # the roster's URL or path (may hold a password: never logged)
    path: Path
    choice: str
    ctx: ImportContext
    mapping: dict[str, str] | None
    encoding: str | None
    mode: Mode
    rejects_path: Path | None
    now: datetime
    actor: str
    rows: int  # the dry run's: the file must still have them
    bad_rows: int


def import_in_child(job: ImportJob, progress: Progress | None = None) -> ImportResult:
    """Run ``job`` in a spawned process; progress and cancel as ``writer.apply`` has them."""
    spawn = multiprocessing.get_context("spawn")
    here, there = spawn.Pipe()
    child = spawn.Process(target=_child, args=(there, job), name="seatkeeper-import",
                          daemon=True)
    child.start()
    _below_the_window(child.pid)  # at once: its start (imports) competes with the window
    there.close()
    try:
        while True:
            if not here.poll(POLL_SECONDS):
                if not child.is_alive() and not here.poll():
                    raise KnownError(CHILD_DIED(code=child.exitcode))
                continue
            try:
                kind, *payload = here.recv()
            except EOFError:
                child.join(5)
                raise KnownError(CHILD_DIED(code=child.exitcode)) from None
            if kind == "progress":  # the child waits for the answer, as apply would
                go = progress is None or progress(*payload) is not False
                here.send("go" if go else "cancel")
            elif kind == "done":
                result: ImportResult = payload[0]
                return result
            elif kind == "cancelled":
                raise ImportCancelled
            elif kind == "refused":
                raise KnownError(payload[0])
            else:  # "crashed": a bug in the child, with its traceback
                raise RuntimeError(f"the import process failed:\n{payload[0]}")
    finally:
        here.close()
        child.join(10)
        if child.is_alive():  # never left running: its transaction goes with it
            child.terminate()
            child.join(5)


def _child(pipe: Pipe, job: ImportJob) -> None:
    """The child's main: the import, then one last message."""
    try:
        if sys.platform == "win32":  # pragma: no cover - elsewhere the parent lowered it
            _below_the_window(None)
        result = _run(pipe, job)
    except ImportCancelled:
        pipe.send(("cancelled",))
    except KnownError as error:
        pipe.send(("refused", _plain(error.msg)))
    except BaseException:
        pipe.send(("crashed", traceback.format_exc(limit=20)))
    else:
        pipe.send(("done", result))
    finally:
        pipe.close()


def _below_the_window(pid: int | None) -> None:
    """Run the child below the window's priority, as the window's own workers run
    (ui.tasks): on a busy machine the scheduler then gives the window its turn first.
    POSIX: the parent lowers ``pid``; Windows: the child lowers itself (``None``)."""
    if pid is not None and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):  # not allowed here: the child runs as before
            os.setpriority(os.PRIO_PROCESS, pid,
                           min(19, os.getpriority(os.PRIO_PROCESS, pid) + CHILD_NICE))
    elif sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        below_normal = 0x4000
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel.SetPriorityClass(kernel.GetCurrentProcess(), below_normal)


def _plain(msg: Message) -> Message | str:
    """The message as it pickles: itself, or its English text."""
    import pickle

    try:
        pickle.dumps(msg)
    except Exception:  # any argument that does not pickle: send the text
        return msg.render()
    return msg


def _run(pipe: Pipe, job: ImportJob) -> ImportResult:
    from seatkeeper.services import transfer
    from seatkeeper.services.importing import writer
    from seatkeeper.store.open import open_store

    plan = transfer.read_import(job.path, job.choice, job.ctx, job.mapping,
                                encoding=job.encoding)
    assert isinstance(plan, ImportPlan)
    if (plan.total, plan.bad_rows) != (job.rows, job.bad_rows):
        raise KnownError(FILE_CHANGED(then=job.rows, now=plan.total))

    def progress(done: int, total: int) -> bool:
        pipe.send(("progress", done, total))
        return bool(pipe.recv() == "go")

    store = open_store(job.location)
    try:
        return writer.apply(store, plan, vault=None, clock=lambda: job.now, actor=job.actor,
                            mode=job.mode, progress=progress,
                            rejects_path=job.rejects_path).value
    finally:
        store.dispose()
