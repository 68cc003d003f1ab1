"""Settings → Language: the window's language, saved for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from seatkeeper.ui.i18n import LANGUAGE_NAMES, language_for, tr
from seatkeeper.ui.widgets.forms import named

CTX = "LanguageDialog"


class LanguageDialog(QDialog):
    """Choose the system's language or one of Seatkeeper's; ``choice`` after accept."""

    def __init__(self, saved: str, system_locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(tr(CTX, "Language"))
        system = LANGUAGE_NAMES[language_for(system_locale)]
        self.combo = named(QComboBox(self), "language")
        self.combo.addItem(tr(CTX, "As the system ({language})", language=system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(saved), 0))
        label = QLabel(tr(CTX, "&Language of the window:"), self)
        label.setBuddy(self.combo)
        note = QLabel(tr(CTX, "Seatkeeper changes its language the next time it starts. "
                           "Dates, numbers and amounts follow the language chosen."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def choice(self) -> str:
        return str(self.combo.currentData() or "")
