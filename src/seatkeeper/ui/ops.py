"""Reads and writes as operations, and the one signal that says what a write changed.

After Anki's ``aqt.operations``: a ``ReadOp`` runs a query on a reader and
hands its result to ``success`` on the GUI thread; a ``WriteOp`` runs a
service write (which returns ``Changed(value, changes)``) on the one writer,
hands ``value`` to ``success`` and then announces ``changes`` once through
``RosterEvents.changed(changes, initiator)``. Whether a call writes is the
kind of op, not a flag to remember, and nobody refreshes by hand: each screen
listens and reloads what the change touched.

An op's ``owner`` is the widget its callbacks are for; when it is gone (a
dialog closed), the callbacks are skipped but a write's changes are still
announced, so the screens never miss one. A ``Feedback`` (``busy``) gives a
dialog the shared "busy / failed / done" behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, Self, TypeVar

from PySide6.QtCore import QObject, Signal

from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.errors import ConflictError, KnownError
from seatkeeper.ui.tasks import TaskRunner

T = TypeVar("T")


class RosterEvents(QObject):
    """What the open roster tells the window: a write's changes, and who made them."""

    changed = Signal(object, object)  # Changes, initiator (the widget that asked, or None)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        if not changes.is_empty:
            self.changed.emit(changes, initiator)


class Feedback(Protocol):
    """How a dialog shows an op: busy while it runs, then failed or done."""

    def started(self) -> None: ...

    def failed(self, error: BaseException) -> None: ...

    def finished(self) -> None: ...


class _Owner:
    """Whether the op's owner still exists (QObject.destroyed, without keeping it alive)."""

    def __init__(self, owner: QObject | None) -> None:
        self.alive = True
        if owner is not None:
            owner.destroyed.connect(self._gone)

    def _gone(self, *_args: object) -> None:
        self.alive = False


class _Op(Generic[T]):
    def __init__(self, runner: TaskRunner, owner: QObject | None) -> None:
        self._runner, self._owner = runner, owner
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._feedback: Feedback | None = None

    def success(self, handler: Callable[[T], Any]) -> Self:
        self._success = handler
        return self

    def failure(self, handler: Callable[[BaseException], Any]) -> Self:
        self._failure = handler
        return self

    def busy(self, feedback: Feedback) -> Self:
        self._feedback = feedback
        return self

    def _succeeded(self, owner: _Owner, value: T) -> None:
        if not owner.alive:
            return
        if self._feedback is not None:
            self._feedback.finished()
        if self._success is not None:
            self._success(value)

    def _failed(self, owner: _Owner, error: BaseException) -> None:
        if not owner.alive:
            if not isinstance(error, KnownError):
                self._runner.report(error)  # a bug still reaches the crash dialog
            return
        if self._feedback is not None:
            self._feedback.failed(error)
        if self._failure is not None:
            self._failure(error)
        elif self._feedback is None or not isinstance(error, KnownError):
            self._runner.report(error)


class ReadOp(_Op[T]):
    """A query on a reader thread; ``background`` for work nobody is waiting for."""

    def __init__(self, runner: TaskRunner, work: Callable[[], T], *,
                 owner: QObject | None = None, background: bool = False) -> None:
        super().__init__(runner, owner)
        self._work, self._background = work, background

    def run(self) -> None:
        owner = _Owner(self._owner)
        if self._feedback is not None:
            self._feedback.started()
        self._runner.run(self._work, lambda value: self._succeeded(owner, value),
                         lambda error: self._failed(owner, error),
                         background=self._background)


class WriteOp(_Op[T]):
    """A service write on the writer thread; its changes are announced once, after."""

    def __init__(self, runner: TaskRunner, events: RosterEvents,
                 work: Callable[[], Changed[T]], *, owner: QObject | None = None) -> None:
        super().__init__(runner, owner)
        self._events, self._work = events, work

    def run(self, initiator: object = None) -> None:
        owner = _Owner(self._owner)
        if self._feedback is not None:
            self._feedback.started()

        def done(result: Changed[T]) -> None:
            try:
                self._succeeded(owner, result.value)
            finally:
                self._events.announce(result.changes, initiator)

        def failed(error: BaseException) -> None:
            try:
                self._failed(owner, error)
            finally:
                if isinstance(error, ConflictError):  # what is on screen is out of date
                    self._events.announce(Changes.everything())

        self._runner.run(self._work, done, failed, write=True)
