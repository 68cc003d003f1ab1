"""A review decision for one or more seats: keep, reclaim, reassign, do not renew."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from seatkeeper.ui.models.review_model import DECISION_NAMES

NOTE_LIMIT = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DecisionDialog", text)


def decision_hints() -> dict[str, str]:
    return {
        "keep": _tr("Nothing changes; the decision is recorded in the report."),
        "reclaim": _tr("“Apply decisions” takes the seat from its holder (their history is "
                       "kept)."),
        "reassign": _tr("Recorded for the report; give the seat to someone on the Licences "
                        "screen."),
        "do_not_renew": _tr("“Apply decisions” switches the seat's renewal off, so it is not "
                            "paid for at the next billing period."),
    }


class DecisionDialog(QDialog):
    """Read ``decision`` and ``note`` after it is accepted."""

    def __init__(self, seats: list[str], current: str | None = None, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(_tr("Review decision"))
        what = seats[0] if len(seats) == 1 else _tr("%n seats").replace("%n", str(len(seats)))
        heading = QLabel(_tr("Decision for %1:").replace("%1", what), self)
        heading.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("decisionCombo")
        for key in DECISIONS:
            self.combo.addItem(_tr(DECISION_NAMES[key]), key)
        if current in DECISIONS:
            self.combo.setCurrentIndex(self.combo.findData(current))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(_tr("Why (optional, shown in the report)"))
        self.note.setPlainText(note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.why = QLabel(self)
        self.why.setStyleSheet("color:#8a4b00")
        form = QFormLayout()
        form.addRow(_tr("&Decision:"), self.combo)
        form.addRow("", self.hint)
        form.addRow(_tr("&Note:"), self.note)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Record"))
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
        self.why.setText(_tr("The note is %1 characters; at most %2 are kept.")
                         .replace("%1", str(len(self.note_text)))
                         .replace("%2", str(NOTE_LIMIT)) if too_long else "")
        self.why.setVisible(too_long)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not too_long)
