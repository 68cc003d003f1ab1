"""Edit → Undo / Redo for seat changes: one QUndoStack per window.

A seat change (assign, reassign, unassign, renew on/off, a device connected or
disconnected) is recorded here after the service made it. Undoing it is a *new*
change through the same services, audited like any other (unassign after an assign,
the previous holder back after a reassign, the renewal switch back): the audit log
keeps both, and nothing is rolled back behind the log's back. Redo makes the change
again. A new roster starts with an empty stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from seatkeeper.domain.changes import Changed
from seatkeeper.ui.context import WindowContext

Work = Callable[[], Changed[Any]]


class _SeatCommand(QUndoCommand):
    def __init__(self, owner: SeatUndo, text: str, undo: Work, redo: Work) -> None:
        super().__init__(text)
        self.owner, self.undo_work, self.redo_work = owner, undo, redo
        self._made = True  # pushed after the service made the change: redo() skips once

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self.owner.run(self.redo_work)

    def undo(self) -> None:
        self.owner.run(self.undo_work)


class SeatUndo(QUndoStack):
    """The window's undo stack; ``run`` sends the undo or redo through the task runner."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.setObjectName("seatUndo")
        self.failures: list[BaseException] = []
        ctx.services_changed.connect(lambda _services: self.clear())

    def record(self, text: str, undo: Work, redo: Work) -> None:
        """A change just made: ``undo`` reverses it, ``redo`` makes it again."""
        self.push(_SeatCommand(self, text, undo, redo))

    def run(self, work: Work) -> None:
        self.ctx.write(work, owner=self).failure(self._failed).run(initiator=self)

    def _failed(self, error: BaseException) -> None:
        # The seat changed meanwhile (or the change is refused now): say so, and drop the
        # history, which no longer matches the roster.
        self.failures.append(error)
        self.ctx.messages.fail(error)
        self.clear()


def undo_for(ctx: WindowContext) -> SeatUndo:
    """The window's undo stack (made on first use)."""
    found = ctx.findChild(SeatUndo, "seatUndo")
    return found if found is not None else SeatUndo(ctx)
