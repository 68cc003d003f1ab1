"""The seat detail above, the subscription panel below: the panel takes the height its
content needs (at most three fifths), the seat detail all the rest.

Fixed sizes left the seat detail a small scroll area above an empty strip. Once the
admin drags the divider, their choice stands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter

MAX_SHARE = 0.6


class FitPanel(QObject):
    """Keeps ``column``'s lower pane (``panel``) as tall as its content."""

    def __init__(self, column: QSplitter, panel: QScrollArea) -> None:
        super().__init__(column)
        self.column, self.panel = column, panel
        self.user_moved = False
        self._fitting = False
        # A timer of our own: it dies with the column, so no fit runs on a deleted one.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        column.setStretchFactor(0, 1)
        column.setStretchFactor(1, 0)
        column.splitterMoved.connect(self._moved)
        body = panel.widget()
        if body is not None:
            body.installEventFilter(self)
        column.installEventFilter(self)

    def _moved(self, _pos: int, _index: int) -> None:
        if not self._fitting:
            self.user_moved = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def wanted(self) -> int:
        """Pixels the panel's content needs at the panel's width."""
        body = self.panel.widget()
        if body is None:
            return 0
        layout = body.layout()
        width = self.panel.viewport().width()
        height = layout.totalHeightForWidth(width) if layout is not None and \
            layout.hasHeightForWidth() else body.sizeHint().height()
        return height + 2 * self.panel.frameWidth()

    def fit(self) -> None:
        if self.user_moved or not self.column.isVisible():
            return
        total = sum(self.column.sizes())
        if total <= 0:
            return
        want = min(self.wanted(), int(total * MAX_SHARE))
        sizes = [total - want, want]
        if sizes != self.column.sizes():
            self._fitting = True
            self.column.setSizes(sizes)
            self._fitting = False
