"""How the window speaks: a locked keyring is a plain dialog, never a crash."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.domain.errors import VaultLocked
from seatkeeper.ui.messages import show_error


def test_locked_keyring_is_a_plain_dialog_not_a_crash(qtbot: QtBot) -> None:
    error = VaultLocked("The keyring is locked. Unlock it (or allow Seatkeeper when asked) "
                        "and try again; nothing was stored elsewhere.")
    box = show_error(None, error)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == error.message
    assert box.windowTitle() != "Something went wrong"
    assert "Traceback" not in box.text()
    assert "log" not in box.text()
