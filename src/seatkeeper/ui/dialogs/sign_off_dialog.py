"""Sign off the review: who reviewed, today, and how much is still undecided.

The name starts empty: the login name is an account, not the reviewer a report names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.ui.i18n import tr
from seatkeeper.ui.tones import tint
from seatkeeper.ui.widgets.forms import named

CTX = "SignOffDialog"


class SignOffDialog(QDialog):
    """Read ``name`` after it is accepted."""

    def __init__(self, undecided: int, total: int, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signOffDialog")
        self.setWindowTitle(tr(CTX, "Sign off the review"))
        intro = QLabel(tr(CTX, "Signing records that the roster was reviewed today ({today}) "
                               "and by whom. The review report shows it.", today=today), self)
        intro.setWordWrap(True)
        self.undecided = named(QLabel(self), "undecided")
        self.undecided.setWordWrap(True)
        if undecided:
            lead = tr(CTX, "1 finding has no decision") if undecided == 1 else tr(
                CTX, "{count} findings have no decision", count=undecided)
            self.undecided.setText(tr(CTX, "{lead} (of {total} in all). You can sign off "
                                           "anyway; the report lists them as undecided.",
                                      lead=lead, total=total))
            tint(self.undecided, "warning")
        else:
            self.undecided.setText(tr(CTX, "Every finding has a decision."))
        self.name = named(QLineEdit(self), "reviewerName")
        self.name.setPlaceholderText(tr(CTX, "The reviewer's full name"))
        self.name.setMinimumWidth(300)
        form = QFormLayout()
        label = QLabel(tr(CTX, "Reviewer's &name:"), self)
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        self.box = QDialogButtonBox(self)
        self.ok = self.box.addButton(tr(CTX, "&Sign off"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.undecided)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.setMinimumWidth(max(520, self.fontMetrics().horizontalAdvance(
            self.windowTitle()) + 260))

    @property
    def reviewer(self) -> str:
        return self.name.text().strip()

