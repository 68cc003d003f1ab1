"""First launch on an empty roster: open the demo, import a file, or start empty."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from seatkeeper.ui.i18n import tr
from seatkeeper.ui.tones import tint

CTX = "WelcomeDialog"


class WelcomeChoice(Enum):
    DEMO = "demo"
    IMPORT = "import"
    EMPTY = "empty"


class WelcomeDialog(QDialog):
    """Three clear ways in; the choice is read from ``choice`` after it closes."""

    def __init__(self, can_import: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(CTX, "Welcome to Seatkeeper"))
        self.choice = WelcomeChoice.EMPTY
        intro = QLabel(tr(CTX,
            "<h2>Your roster is empty</h2>"
            "<p>Seatkeeper keeps your company's software subscriptions true and affordable: "
            "who holds which seat, which devices use it, what renews when, and what must be "
            "cancelled before which deadline. Everything works offline.</p>"), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for choice, text, hint in (
            (WelcomeChoice.DEMO, tr(CTX, "Open the &demo roster"),
             tr(CTX, "A small company with volume seats, app-store trials and devices. "
                     "It lives in its own file; your roster stays untouched.")),
            (WelcomeChoice.IMPORT, tr(CTX, "&Import a file…"),
             tr(CTX, "CSV or Excel exported from a vendor portal, or Snipe-IT's licence CSV.")),
            (WelcomeChoice.EMPTY, tr(CTX, "Start &empty"),
             tr(CTX, "Add vendor accounts and subscriptions yourself.")),
        ):
            if choice is WelcomeChoice.IMPORT and not can_import:
                continue
            button = QPushButton(text, self)
            button.setObjectName(f"welcome_{choice.value}")
            button.setToolTip(hint)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            note = QLabel(hint, self)
            note.setWordWrap(True)
            tint(note, "muted", "margin-left:12px;margin-bottom:6px")
            layout.addWidget(button)
            layout.addWidget(note)
        self.setMinimumWidth(460)

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()
