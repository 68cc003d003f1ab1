"""Restore from backup: pick one of the roster's checked copies, by date and reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.store.backup import Backup
from seatkeeper.ui.i18n import tr

CTX = "RestoreDialog"


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


class RestoreDialog(QDialog):
    """A list of backups, newest first; Restore is enabled once one is chosen."""

    def __init__(self, roster: str, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr(CTX, "Restore from backup"))
        self.backups = backups
        intro = QLabel(tr(CTX, "Choose the copy of {roster} to put back. The roster as it is now "
                               "is "
                               "copied first, so this can be undone the same way.",
                               roster=roster), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr(CTX, "Backups"))
        for backup in backups:
            text = tr(CTX, "{m} UTC — {reason_text} — {size}",
                           m=f"{backup.taken_at:%Y-%m-%d %H:%M}", reason_text=backup.reason_text,
                           size=_size(backup.size))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
        self.empty = QLabel(tr(CTX, "There are no backups of this roster yet. One is taken "
                                    "once a day when Seatkeeper starts, and before every "
                                    "upgrade."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.list.setVisible(bool(backups))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            tr(CTX, "&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.list.currentRowChanged.connect(
            lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    @property
    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
