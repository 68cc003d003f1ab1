"""File → Export…: which format, and whether a JSON export may carry secrets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.ui.i18n import tr
from seatkeeper.ui.tones import tint

CTX = "ExportDialog"


def formats() -> dict[str, tuple[str, str, str]]:
    """format -> (label, file filter, suffix)."""
    return {
        "csv": (tr(CTX, "Seats as &CSV"), tr(CTX, "CSV files (*.csv)"), ".csv"),
        "xlsx": (tr(CTX, "Seats as E&xcel workbook (XLSX)"),
                 tr(CTX, "Excel workbooks (*.xlsx)"), ".xlsx"),
        "json": (tr(CTX, "The whole roster as &JSON (imports back into Seatkeeper)"),
                 tr(CTX, "JSON files (*.json)"), ".json"),
        "pdf": (tr(CTX, "Review report as &PDF"), tr(CTX, "PDF files (*.pdf)"), ".pdf"),
        "html": (tr(CTX, "Review report as &HTML"), tr(CTX, "HTML files (*.html)"), ".html"),
    }
REPORTS = {"pdf", "html"}


class ExportDialog(QDialog):
    """Read ``fmt``, ``include_secrets`` and ``days`` after it is accepted."""

    def __init__(self, secrets_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr(CTX, "Export"))
        self.buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr(CTX, "What to export:"), self))
        for key, (label, _filter, _suffix) in formats().items():
            button = QRadioButton(label, self)
            button.setObjectName(f"export_{key}")
            group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
            button.toggled.connect(self._changed)
        # The warning is the note below: a checkbox label that long is cut in nb and da.
        self.secrets = QCheckBox(tr(CTX, "Include &secrets (passwords and product keys)"), self)
        self.secrets.setObjectName("exportSecrets")
        self.secrets_note = QLabel(self)
        tint(self.secrets_note, "muted", "margin-left:22px")
        self.secrets_note.setWordWrap(True)
        self._secrets_available = secrets_available
        self.days = QSpinBox(self)
        self.days.setObjectName("exportDays")
        self.days.setRange(0, 365)
        self.days.setValue(14)
        self.days.setSuffix(tr(CTX, " days"))
        days_row = QHBoxLayout()
        days_label = QLabel(tr(CTX, "Report cancel-by deadlines &within"), self)
        days_label.setBuddy(self.days)
        days_row.addWidget(days_label)
        days_row.addWidget(self.days)
        days_row.addStretch(1)
        layout.addSpacing(6)
        layout.addWidget(self.secrets)
        layout.addWidget(self.secrets_note)
        layout.addLayout(days_row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(tr(CTX, "&Export…"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.buttons["csv"].setChecked(True)
        self.setMinimumWidth(480)

    @property
    def fmt(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    @property
    def include_secrets(self) -> bool:
        return self.secrets.isEnabled() and self.secrets.isChecked()

    def _changed(self) -> None:
        json = self.buttons["json"].isChecked()
        self.secrets.setEnabled(json and self._secrets_available)
        if not self._secrets_available:
            self.secrets_note.setText(tr(CTX, "No keyring is available, so there are no secrets "
                                              "to export."))
        elif not json:
            self.secrets_note.setText(tr(CTX, "Only a JSON export can include secrets."))
        else:
            self.secrets_note.setText(tr(CTX, "The file will hold them in plain text. Off unless "
                                              "you ask: you will be asked to confirm."))
        self.days.setEnabled(self.fmt in REPORTS)
