"""What every dialog and wizard page shares: the reason line, names, and one busy behaviour.

``Busy`` is the one "busy / failed / done" behaviour of a dialog running an
op (``ui.ops``): while it runs, the given buttons are disabled and the reason
line says what is going on; a refusal is shown there in plain words and the
buttons come back, so the admin can correct the input; when it is done the
reason line says so (or the dialog closes, through the op's success).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from seatkeeper.domain.cards import NOT_LAST_FOUR, WHOLE_NUMBER
from seatkeeper.domain.errors import KnownError
from seatkeeper.ui.i18n import error_text, render, tr
from seatkeeper.ui.tones import tint

W = TypeVar("W", bound=QWidget)
CTX = "Forms"


def named(widget: W, name: str) -> W:
    """Give a widget an object name (tests and style sheets find it by that)."""
    widget.setObjectName(name)
    return widget


class ReasonLabel(QLabel):
    """Says why a button is disabled, what is going on, or that all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumHeight(44)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.kind = ""  # "refusal", "note" or "ok": what the colour says, for tests too

    def refusal(self, text: str) -> None:
        self.kind = "refusal"
        tint(self, "refusal")
        self.setText(text)

    def note(self, text: str) -> None:
        self.kind = "note"
        tint(self, "muted")
        self.setText(text)

    def ok(self, text: str) -> None:
        self.kind = "ok"
        tint(self, "ok")
        self.setText(text)


class LastFourEdit(QLineEdit):
    """The last four digits of a card, and nothing more.

    A fifth digit (typed or pasted: a whole card number) empties the field at once,
    undo history included, and ``refusal`` says why until four digits stand there.
    Cutting the number to four would keep its *first* four, which name the bank, not
    the card.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Room for a pasted number with spaces, so that it is seen and refused whole.
        self.setMaxLength(32)
        self.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 -]{0,32}"),
                                                      self))
        self.setPlaceholderText(tr(CTX, "4 digits"))
        self.typed_too_many = False
        self.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        digits = sum(ch.isdigit() for ch in text)
        if digits > 4:
            self.typed_too_many = True
            self.setText("")  # setText also drops the undo history that holds the digits
        elif digits == 4:
            self.typed_too_many = False

    def refusal(self) -> str | None:
        """Why the field's text is not a last four, or None when it is."""
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        if len(digits) == 4:
            return None
        return render(WHOLE_NUMBER() if self.typed_too_many else NOT_LAST_FOUR())

    def digits(self) -> str:
        return "".join(ch for ch in self.text() if ch.isdigit())


class Busy:
    """The ``Feedback`` of a dialog: buttons off and "Saving…" while an op runs."""

    def __init__(self, reason: ReasonLabel, buttons: Sequence[QAbstractButton], *,
                 busy_text: str | None = None, done_text: str | None = None) -> None:
        self.reason, self.buttons = reason, list(buttons)
        self.busy_text = busy_text if busy_text is not None else tr(CTX, "Saving…")
        self.done_text = done_text
        self._enabled: list[bool] = []

    def started(self) -> None:
        self._enabled = [button.isEnabled() for button in self.buttons]
        for button in self.buttons:
            button.setEnabled(False)
        self.reason.note(self.busy_text)

    def failed(self, error: BaseException) -> None:
        self._restore()
        if isinstance(error, KnownError):
            self.reason.refusal(error_text(error))
        else:
            self.reason.clear()

    def finished(self) -> None:
        self._restore()
        if self.done_text is not None:
            self.reason.ok(self.done_text)

    def _restore(self) -> None:
        for button, enabled in zip(self.buttons, self._enabled or [True] * len(self.buttons),
                                   strict=False):
            button.setEnabled(enabled)
