"""How the window speaks: a banner for news, dialogs for errors, one crash path.

Services never touch widgets; errors reach here from tasks. A KnownError is
shown as it is; anything else is a bug: logged with its traceback, and the
admin sees a short, honest dialog pointing at the log file.
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from seatkeeper import paths
from seatkeeper.domain.errors import KnownError
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.tones import SURFACES, follow_palette, set_style, surface

log = logging.getLogger(__name__)


CTX = "Messages"


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> QMessageBox:
    """A non-blocking dialog for ``error``; returns it (tests read its text)."""
    if isinstance(error, KnownError):
        box = QMessageBox(QMessageBox.Icon.Warning, title or tr(CTX, "Seatkeeper"),
                          error_text(error),
                          QMessageBox.StandardButton.Ok, parent)
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        box = QMessageBox(
            QMessageBox.Icon.Critical, tr(CTX, "Something went wrong"),
            tr(CTX, "Seatkeeper hit an unexpected problem and did not finish what it was doing. "
                    "Nothing already saved was lost.\n\nDetails are in the log: {log_file}",
                    log_file=paths.log_file()),
            QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


class Banner(QFrame):
    """An in-window message strip (info or warning) with a Dismiss button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        dismiss = QPushButton(tr(CTX, "Dismiss"), self)
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(dismiss)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self.kind = "info"
        follow_palette(self, self._restyle)
        self.hide()

    def _restyle(self) -> None:
        """The strip's colours for its kind, in the palette in use now (light or dark)."""
        text_colour, background, border = surface(self.kind)
        set_style(self, f"QFrame#banner{{background:{background};border:1px solid {border};}}"
                        f"QFrame#banner QLabel{{color:{text_colour};}}")

    def show_message(self, text: str, kind: str = "info", seconds: int = 0) -> None:
        self.kind = kind if kind in SURFACES else "info"
        self._restyle()
        self.label.setText(escape(text))
        self.show()
        if seconds:
            self._timer.start(seconds * 1000)
