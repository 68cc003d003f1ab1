"""The Setup dialog (VL-12): credentials from the vault, masked, copied as secrets, saved.

A canary password typed through the dialog must end up in the vault and
nowhere else: not the roster file, its WAL, the log, nor a CLI export.
"""

from __future__ import annotations

import logging
import logging.handlers

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from seatkeeper import cli, paths
from seatkeeper.app import configure_logging
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.ui.dialogs.credentials_dialog import (
    CLEAR_AFTER_MS,
    KDE_SECRET_HINT,
    CredentialsDialog,
)
from seatkeeper.ui.main_window import MainWindow
from tests.ui.conftest import Errors, save_screenshot

CANARY = "CANARY-pw-7f3e9b1c-Zq"


def open_setup(qtbot: QtBot, window: MainWindow, licence: str) -> CredentialsDialog:
    screen = window.screens["licences"]
    for number in range(screen.model.rowCount()):
        row = screen.model.row_at(number)
        if row is not None and row.licence_id == licence:
            screen.table.selectionModel().select(
                screen.model.index(number, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            screen.table.setCurrentIndex(screen.model.index(number, 0))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(screen.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(CredentialsDialog) is not None, timeout=5_000)
    dialog = window.findChild(CredentialsDialog)
    assert dialog is not None
    return dialog


def field(dialog: CredentialsDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None
    return found


@pytest.fixture
def log_to_file() -> object:
    configure_logging()
    yield paths.log_file()
    root = logging.getLogger("seatkeeper")
    for handler in [h for h in root.handlers
                    if isinstance(h, logging.handlers.RotatingFileHandler)]:
        handler.close()
        root.removeHandler(handler)


def test_vl12_reads_masks_and_shows_stored_credentials(qtbot: QtBot,
                                                       demo_window: MainWindow) -> None:
    dialog = open_setup(qtbot, demo_window, "L-0001")
    username, password = field(dialog, "username"), field(dialog, "password")
    qtbot.waitUntil(lambda: username.text() == "nw-0001-windows", timeout=5_000)
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert password.displayText() != password.text()
    save_screenshot(dialog, "setup_dialog_masked")
    qtbot.mouseClick(dialog.findChild(QPushButton, "showPassword"), Qt.MouseButton.LeftButton)
    assert password.displayText() == password.text()
    save_screenshot(dialog, "setup_dialog_shown")


def test_vl12_canary_password_lives_only_in_the_vault(
        qtbot: QtBot, demo_window: MainWindow, log_to_file: object, errors: Errors,
        capsys: pytest.CaptureFixture[str]) -> None:
    services = demo_window.services
    assert services is not None
    assert isinstance(services.vault, MemoryVault)
    dialog = open_setup(qtbot, demo_window, "L-0002")
    platform = dialog.findChild(QComboBox, "platform")
    platform.setFocus()
    qtbot.keyClicks(platform, "L")
    assert platform.currentText() == "Linux"
    reason = dialog.findChild(QLabel, "reason")
    qtbot.waitUntil(lambda: "None stored for Linux" in reason.text(), timeout=5_000)
    qtbot.keyClicks(field(dialog, "username"), "ola-linux")
    qtbot.keyClicks(field(dialog, "password"), CANARY)
    save_screenshot(dialog, "setup_dialog_entering")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveCredentials"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved in the keyring for Linux" in reason.text(), timeout=10_000)
    assert any(CANARY in value for value in services.vault.values())

    logging.getLogger("seatkeeper").info("setup dialog test wrote its canary")
    db = services.store.location.path
    assert db is not None
    code = cli.run(["list", "seats", "--json", "--db", str(db)])
    export = capsys.readouterr().out
    assert code == 0
    assert "L-0002" in export
    files = [db, db.with_name(db.name + "-wal"), log_to_file]
    assert all(p.exists() for p in files)  # type: ignore[attr-defined]
    for path in files:
        assert CANARY.encode() not in path.read_bytes()  # type: ignore[attr-defined]
    assert CANARY not in export
    assert errors == []


def test_vl12_copy_marks_secret_and_clears_after_the_timer(qtbot: QtBot,
                                                           demo_window: MainWindow) -> None:
    dialog = open_setup(qtbot, demo_window, "L-0001")
    password = field(dialog, "password")
    qtbot.waitUntil(lambda: bool(password.text()), timeout=5_000)
    assert dialog.clipboard.timer.interval() == CLEAR_AFTER_MS == 30_000
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyPassword"), Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == password.text()
    assert bytes(clipboard.mimeData().data(KDE_SECRET_HINT)) == b"secret"
    assert dialog.clipboard.timer.isActive()
    dialog.clipboard.timer.timeout.emit()  # the 30 s are up
    assert clipboard.text() == ""

    qtbot.mouseClick(dialog.findChild(QPushButton, "copyPassword"), Qt.MouseButton.LeftButton)
    clipboard.setText("something the admin copied since")
    dialog.clipboard.timer.timeout.emit()
    assert clipboard.text() == "something the admin copied since"  # not ours: left alone


def test_vl12_without_a_vault_the_dialog_explains(qtbot: QtBot,
                                                   demo_window: MainWindow) -> None:
    assert demo_window.services is not None
    demo_window.services.credentials = None
    dialog = open_setup(qtbot, demo_window, "L-0001")
    assert "Credentials are unavailable" in dialog.findChild(QLabel, "reason").text()
    assert not field(dialog, "password").isEnabled()
    assert not dialog.findChild(QPushButton, "saveCredentials").isEnabled()
    save_screenshot(dialog, "setup_dialog_no_vault")
