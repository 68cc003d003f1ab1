"""A review decision for one or more seats: keep, reclaim, reassign, do not renew."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.services.review import DECISIONS
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.models.review_model import decision_names
from seatkeeper.ui.tones import tint

NOTE_LIMIT = 1000


CTX = "DecisionDialog"


def decision_hints() -> dict[str, str]:
    return {
        "keep": tr(CTX, "Nothing changes; the decision is recorded in the report."),
        "reclaim": tr(CTX, "“Apply decisions” takes the seat from its holder (their history is "
                           "kept)."),
        "reassign": tr(CTX, "Recorded for the report; give the seat to someone on the Licences "
                            "screen."),
        "do_not_renew": tr(CTX, "“Apply decisions” switches the seat's renewal off, so it is not "
                                "paid for at the next billing period."),
    }


class DecisionDialog(QDialog):
    """Read ``decision`` and ``note`` after it is accepted."""

    def __init__(self, seats: list[str], current: str | None = None, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(tr(CTX, "Review decision"))
        what = seats[0] if len(seats) == 1 else tr(CTX, "{n} seats", n=len(seats))
        heading = QLabel(tr(CTX, "Decision for {what}:", what=what), self)
        heading.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("decisionCombo")
        for key in DECISIONS:
            self.combo.addItem(decision_names()[key], key)
        if current in DECISIONS:
            self.combo.setCurrentIndex(self.combo.findData(current))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        tint(self.hint, "muted")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(tr(CTX, "Why (optional, shown in the report)"))
        self.note.setPlainText(note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.why = QLabel(self)
        tint(self.why, "warning")
        form = QFormLayout()
        form.addRow(tr(CTX, "&Decision:"), self.combo)
        form.addRow("", self.hint)
        form.addRow(tr(CTX, "&Note:"), self.note)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(tr(CTX, "&Record"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.why)
        layout.addWidget(self.box)
        self.combo.currentIndexChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.setMinimumWidth(440)
        self._changed()

    @property
    def decision(self) -> str:
        return str(self.combo.currentData())

    @property
    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _changed(self) -> None:
        self.hint.setText(decision_hints()[self.decision])
        too_long = len(self.note_text) > NOTE_LIMIT
        self.why.setText(tr(CTX, "The note is {count} characters; at most {limit} are kept.",
                            count=len(self.note_text), limit=NOTE_LIMIT) if too_long else "")
        self.why.setVisible(too_long)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not too_long)
