"""A table import's dry run and its write in one process of its own, the plan kept there.

The dry run of a million rows builds a million ``PlannedRow``s and holds the
interpreter lock while it converts them; in the window's process that stalls the
window (80-100 ms at a time) and keeps the plan in its heap. An ``ImportSession``
runs it in a spawned child instead and keeps the plan there: the window gets a
``PlanSummary`` (the counts, the totals, the first ``PREVIEW_ROWS`` rows, the first
page of problems) and asks for further pages of problems (``errors``). The write
(``write``) then imports the plan the child holds: the file is converted once, and
no row crosses the pipe. Both report progress as ``("progress", done, total)`` and
wait for "go", or "cancel" (the caller's ``progress`` answered False, or ``cancel``
was called): the dry run then stops, the write rolls back.

Product keys go to the window's vault: the child's writer asks the parent over the
pipe (``_RelayVault``), so they are stored and put back exactly as in the window's
process; the parent also puts back what it stored if the child dies. A key never
reaches a log: rows print without it, a secret column's value reads "[secret]", and
the preview's rows come without their keys.

One request at a time (a lock); ``close`` ends the child, at once when it only reads.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import pickle
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from multiprocessing.connection import Connection as Pipe
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import UNTRANSLATED, Message, message
from seatkeeper.services.importing.child import CHILD_DIED, POLL_SECONDS, _below_the_window, _plain
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.plan import ImportPlan, PlanTotals
from seatkeeper.services.importing.records import PlannedRow, RowError
from seatkeeper.services.importing.writer import ImportCancelled, ImportResult, Mode, Progress

PREVIEW_ROWS = 1000  # the good rows the preview shows; all of them are written
ERRORS_PAGE = 500  # problems a page of the preview's Problems tab holds
CHECK_DIED = message(
    "import.check_died",
    "The check of the file stopped unexpectedly (exit {code}); nothing was written.")
PLAN_GONE = message(
    "import.plan_gone",
    "The checked rows are no longer at hand; nothing was imported. Check the file again.")
NOT_A_TABLE = message("import.not_a_table", "This file is not a table of rows.")
SPREADSHEETS = frozenset({"xlsx", "xlsm", "xls", "ods"})


@dataclass(frozen=True)
class DryRunJob:
    """What the child needs to check a file: all picklable."""

    path: Path
    choice: str
    ctx: ImportContext
    mapping: dict[str, str] | None
    encoding: str | None


@dataclass(frozen=True)
class WriteJob:
    """How to write the checked plan: where, which mode, and whether a vault takes keys."""

    location: str = field(repr=False)  # the roster's URL or path (may hold a password)
    mode: Mode
    rejects_path: Path | None
    now: datetime
    actor: str
    vault: bool  # the caller has a vault: product keys are relayed to it


@dataclass(frozen=True)
class PlanSummary:
    """What the wizard's pages show of a plan the child keeps."""

    fmt: str
    headers: list[str]
    total: int
    good_rows: int
    bad_rows: int
    error_count: int
    totals: PlanTotals
    rows: tuple[PlannedRow, ...]  # the first PREVIEW_ROWS good rows, without product keys
    errors: tuple[RowError, ...]  # the first ERRORS_PAGE problems
    product_keys: int


def summarise(plan: ImportPlan) -> PlanSummary:
    return PlanSummary(
        fmt=plan.fmt, headers=list(plan.headers), total=plan.total, good_rows=plan.good_rows,
        bad_rows=plan.bad_rows, error_count=len(plan.errors), totals=plan.totals(),
        rows=tuple(r._replace(product_key=None) for r in plan.rows[:PREVIEW_ROWS]),
        errors=picklable(plan.errors[:ERRORS_PAGE]),
        product_keys=sum(1 for r in plan.rows if r.product_key))


def picklable(errors: list[RowError]) -> tuple[RowError, ...]:
    """The errors as they cross the pipe: a message whose arguments do not pickle goes as
    its English text."""
    try:
        pickle.dumps(errors)
    except Exception:
        return tuple(e if isinstance(_plain(e.problem), Message)
                     else replace(e, problem=UNTRANSLATED(text=e.problem.render()))
                     for e in errors)
    return tuple(errors)


class ImportSession:
    """The parent's side: one child, started by the first dry run, kept until ``close``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._closed = False
        self._writing = False
        self._child: BaseProcess | None = None
        self._pipe: Pipe | None = None
        self._planned = False

    @property
    def pid(self) -> int | None:
        return self._child.pid if self._child is not None else None

    def dry_run(self, job: DryRunJob, progress: Progress | None = None) -> PlanSummary:
        """Check ``job``'s file in the child; the plan stays there for ``write``."""
        self._planned = False
        summary: PlanSummary = self._request(("dry_run", job), progress, None, CHECK_DIED)
        self._planned = True
        return summary

    def errors(self, offset: int, limit: int = ERRORS_PAGE) -> list[RowError]:
        """A page of the checked plan's problems."""
        page: list[RowError] = self._request(("errors", offset, limit), None, None, CHECK_DIED)
        return page

    def write(self, job: WriteJob, progress: Progress | None = None,
              vault: Vault | None = None) -> ImportResult:
        """Import the checked plan as ``writer.apply`` does; keys go to ``vault``."""
        self._writing = True
        try:
            result: ImportResult = self._request(("write", job), progress, vault, CHILD_DIED)
        finally:
            self._writing = False
        return result

    def cancel(self) -> None:
        """Stop the running request at its next progress report."""
        self._cancel.set()

    def close(self) -> None:
        """End the child (and free its plan), without waiting for it on this thread."""
        self._closed = True
        self._cancel.set()
        if self._lock.acquire(blocking=False):
            self._lock.release()
            threading.Thread(target=self._shutdown, name="import-close", daemon=True).start()
        elif not self._writing and self._child is not None:
            self._child.terminate()  # a dry run or a page: it only reads, nothing is lost

    def _request(self, request: tuple[Any, ...], progress: Progress | None,
                 vault: Vault | None, died: Any) -> Any:
        with self._lock:
            if self._closed:
                raise ImportCancelled
            self._cancel.clear()
            if request[0] != "dry_run" and not self._planned:
                raise KnownError(PLAN_GONE())
            child, pipe = self._started()
            stored: dict[str, str | None] = {}  # keys the child stored, as they were
            finished = False
            try:
                pipe.send(request)
                answer = self._answer(child, pipe, progress, vault, stored, died)
                finished = True
                return answer
            except KnownError as error:
                if error.msg.definition is died:  # the plan went with the child
                    self._forget()
                if self._closed:
                    raise ImportCancelled from None
                raise
            finally:
                if not finished and stored and vault is not None:
                    _put_back(vault, stored)
                if self._closed:
                    self._shutdown_locked()

    def _answer(self, child: BaseProcess, pipe: Pipe, progress: Progress | None,
                vault: Vault | None, stored: dict[str, str | None], died: Any) -> Any:
        while True:
            if not pipe.poll(POLL_SECONDS):
                if not child.is_alive() and not pipe.poll():
                    child.join(1)
                    raise KnownError(died(code=child.exitcode))
                continue
            try:
                kind, *payload = pipe.recv()
            except (EOFError, OSError):
                child.join(5)
                raise KnownError(died(code=child.exitcode)) from None
            if kind == "progress":
                go = not self._cancel.is_set() and (
                    progress is None or progress(*payload) is not False)
                pipe.send("go" if go and not self._cancel.is_set() else "cancel")
            elif kind == "vault":
                pipe.send(_vault_call(vault, stored, *payload))
            elif kind == "answer":
                return payload[0]
            elif kind == "cancelled":
                raise ImportCancelled
            elif kind == "refused":
                raise KnownError(payload[0])
            else:  # "crashed": a bug in the child, with its traceback
                raise RuntimeError(f"the import process failed:\n{payload[0]}")

    def _started(self) -> tuple[BaseProcess, Pipe]:
        if self._child is not None and self._pipe is not None and self._child.is_alive():
            return self._child, self._pipe
        self._forget()
        spawn = multiprocessing.get_context("spawn")
        here, there = spawn.Pipe()
        child = spawn.Process(target=_serve, args=(there,), name="seatkeeper-import",
                              daemon=True)
        child.start()
        _below_the_window(child.pid)  # at once: its start (imports) competes with the window
        there.close()
        self._child, self._pipe = child, here
        return child, here

    def _forget(self) -> None:
        self._planned = False
        if self._pipe is not None:
            self._pipe.close()
        if self._child is not None and self._child.is_alive():
            self._child.terminate()
        self._child = self._pipe = None

    def _shutdown(self) -> None:
        with self._lock:
            self._shutdown_locked()

    def _shutdown_locked(self) -> None:
        child, pipe = self._child, self._pipe
        self._child = self._pipe = None
        self._planned = False
        if pipe is not None:
            with contextlib.suppress(OSError, ValueError):
                pipe.send(("close",))
            pipe.close()
        if child is not None:
            child.join(5)
            if child.is_alive():
                child.terminate()
                child.join(5)


def _vault_call(vault: Vault | None, stored: dict[str, str | None], op: str, service: str,
                key: str, secret: str | None) -> tuple[str, Any]:
    """Do the child's vault call on the caller's vault; remember what a write replaced."""
    if vault is None:
        return ("vault-error", "no vault")
    try:
        if op == "get":
            return ("vault-ok", vault.get(service, key))
        if key not in stored:
            stored[key] = vault.get(service, key)
        if op == "set":
            assert secret is not None
            vault.set(service, key, secret)
        else:
            vault.delete(service, key)
    except KnownError as error:
        return ("vault-error", _plain(error.msg))
    return ("vault-ok", None)


def _put_back(vault: Vault, stored: dict[str, str | None]) -> None:
    from seatkeeper.credentials.vault import SERVICE

    for key, value in stored.items():
        with contextlib.suppress(KnownError):
            if value is None:
                vault.delete(SERVICE, key)
            else:
                vault.set(SERVICE, key, value)


class _RelayVault:
    """The child's vault: each call done by the parent on its own vault."""

    description = "the window's keyring"

    def __init__(self, pipe: Pipe) -> None:
        self._pipe = pipe

    def get(self, service: str, key: str) -> str | None:
        value: str | None = self._ask("get", service, key, None)
        return value

    def set(self, service: str, key: str, secret: str) -> None:
        self._ask("set", service, key, secret)

    def delete(self, service: str, key: str) -> None:
        self._ask("delete", service, key, None)

    def _ask(self, op: str, service: str, key: str, secret: str | None) -> Any:
        self._pipe.send(("vault", op, service, key, secret))
        kind, value = self._pipe.recv()
        if kind != "vault-ok":
            raise KnownError(value)
        return value


# -- the child -----------------------------------------------------------------
def _serve(pipe: Pipe) -> None:
    """The child's main: requests until "close" (or the parent is gone)."""
    import os

    if sys.platform == "win32":  # pragma: no cover - elsewhere the parent lowered it
        _below_the_window(None)
    plan: ImportPlan | None = None
    while True:
        try:
            request = pipe.recv()
        except (EOFError, OSError):
            break
        if request[0] == "close":
            break
        try:
            if request[0] == "dry_run":
                plan = None
                plan = _dry_run(pipe, request[1])
                reply: tuple[Any, ...] = ("answer", summarise(plan))
            elif plan is None:
                raise KnownError(PLAN_GONE())
            elif request[0] == "errors":
                _kind, offset, limit = request
                reply = ("answer", list(picklable(plan.errors[offset:offset + limit])))
            else:
                reply = ("answer", _write(pipe, plan, request[1]))
        except ImportCancelled:
            reply = ("cancelled",)
        except KnownError as error:
            reply = ("refused", _plain(error.msg))
        except BaseException:
            reply = ("crashed", traceback.format_exc(limit=20))
        try:
            pipe.send(reply)
        except (OSError, ValueError):
            break
    pipe.close()
    os._exit(0)  # the plan is not freed object by object: the process goes with it


def _asker(pipe: Pipe) -> Callable[[int, int], bool]:
    def progress(done: int, total: int) -> bool:
        pipe.send(("progress", done, total))
        return bool(pipe.recv() == "go")
    return progress


def _dry_run(pipe: Pipe, job: DryRunJob) -> ImportPlan:
    from seatkeeper.services import transfer

    total = _lines(job.path, job.choice)
    progress = _asker(pipe)

    def watch(done: int) -> None:  # a total of 0: not known (a workbook)
        if not progress(done, max(total, done) if total else 0):
            raise ImportCancelled

    plan = transfer.read_import(job.path, job.choice, job.ctx, job.mapping,
                                encoding=job.encoding, watch=watch)
    if not isinstance(plan, ImportPlan):
        raise KnownError(NOT_A_TABLE())
    gc.freeze()  # the plan stays until the write: no collection walks it meanwhile
    return plan


def _lines(path: Path, choice: str) -> int:
    """About how many rows a CSV has (its line breaks less the header); 0 for a workbook
    or a file that cannot be read (the reader then says why)."""
    from seatkeeper.services import transfer

    kind = (transfer.reader_format(path, choice) or path.suffix.lstrip(".")).lower()
    if kind in SPREADSHEETS:
        return 0
    try:
        with path.open("rb") as handle:
            count = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return 0
    return max(count - 1, 0)


def _write(pipe: Pipe, plan: ImportPlan, job: WriteJob) -> ImportResult:
    from seatkeeper.services.importing import writer
    from seatkeeper.store.open import open_store

    store = open_store(job.location)
    try:
        return writer.apply(store, plan, vault=_RelayVault(pipe) if job.vault else None,
                            clock=lambda: job.now, actor=job.actor, mode=job.mode,
                            progress=_asker(pipe), rejects_path=job.rejects_path).value
    finally:
        store.dispose()
