"""Edit → Undo and Redo (Ctrl+Z, Ctrl+Y) of the window's seat changes (ui.undo)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from seatkeeper.ui.actions.registry import Menu, Placed, action_group, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.undo import undo_for

CTX = "EditActions"


@action_group
def edit_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    stack = undo_for(ctx)
    undo = make_action(parent, "undo", tr(CTX, "&Undo"), stack.undo,
                       QKeySequence.StandardKey.Undo)
    redo = make_action(parent, "redo", tr(CTX, "&Redo"), stack.redo, "Ctrl+Y")
    # Ctrl+Y everywhere, and the platform's own redo key where it differs (Ctrl+Shift+Z).
    standard = QKeySequence(QKeySequence.StandardKey.Redo)
    if not standard.isEmpty() and standard != QKeySequence("Ctrl+Y"):
        redo.setShortcuts([QKeySequence("Ctrl+Y"), standard])

    def follow() -> None:
        if not (isValid(stack) and isValid(undo) and isValid(redo)):
            return  # the stack emits while it is destroyed with the window
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo.setText(tr(CTX, "&Undo {change}", change=stack.undoText()) if stack.canUndo()
                     else tr(CTX, "&Undo"))
        redo.setText(tr(CTX, "&Redo {change}", change=stack.redoText()) if stack.canRedo()
                     else tr(CTX, "&Redo"))
    stack.indexChanged.connect(lambda _index: follow())
    stack.cleanChanged.connect(lambda _clean: follow())
    follow()
    return [Placed("undo", undo, Menu.EDIT, 0), Placed("redo", redo, Menu.EDIT, 1)]
