"""Settings → Reminder lead times: how long before a deadline to remind.

Two reminders, each switchable, in whole days (default 7 days and 1 day);
the service stores and audits the choice.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.services.reminders import MAX_LEAD
from seatkeeper.ui.i18n import tr

DAY = timedelta(days=1)


CTX = "LeadTimesDialog"


class LeadTimesDialog(QDialog):
    """Up to two lead times in days; ``lead_times()`` is what the admin chose."""

    def __init__(self, current: tuple[timedelta, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadTimesDialog")
        self.setWindowTitle(tr(CTX, "Reminder lead times"))
        days = sorted({max(0, lead // DAY) for lead in current}, reverse=True)[:2]
        defaults = [7, 1]
        grid = QGridLayout()
        self.checks: list[QCheckBox] = []
        self.spins: list[QSpinBox] = []
        texts = [tr(CTX, "&First reminder"), tr(CTX, "&Second reminder")]
        for number, text in enumerate(texts):
            check = QCheckBox(text, self)
            spin = QSpinBox(self)
            spin.setAccessibleName(tr(CTX, "Days before the deadline"))
            spin.setRange(0, MAX_LEAD.days)
            spin.valueChanged.connect(lambda value, sp=spin: sp.setSuffix(
                tr(CTX, " day before") if value == 1 else tr(CTX, " days before")))
            spin.setValue(days[number] if number < len(days) else defaults[number])
            spin.setSuffix(tr(CTX, " day before") if spin.value() == 1 else tr(CTX, " days before"))
            check.setChecked(number < len(days))
            spin.setEnabled(check.isChecked())
            check.toggled.connect(spin.setEnabled)
            grid.addWidget(check, number, 0)
            grid.addWidget(spin, number, 1)
            self.checks.append(check)
            self.spins.append(spin)
        note = QLabel(tr(CTX, "Seatkeeper reminds you of each cancel-by, trial end, renewal and "
                              "seat lapse this long before it, at launch and hourly while it "
                              "runs. Reminders missed while it was closed come at the next "
                              "launch."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def lead_times(self) -> tuple[timedelta, ...]:
        chosen = {spin.value() for check, spin in zip(self.checks, self.spins, strict=True)
                  if check.isChecked()}
        return tuple(sorted((DAY * d for d in chosen), reverse=True))
