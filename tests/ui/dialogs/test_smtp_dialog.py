"""Settings → E-mail (SMTP) against a real aiosmtpd server on 127.0.0.1 (SD-1).

The password goes to the vault and is never shown back; each failure the
service names (refused login, unreachable host, TLS, refused recipient) reads
plainly in the dialog.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from seatkeeper.credentials.vault import SERVICE
from seatkeeper.services.mail import smtp_vault_key
from seatkeeper.ui.dialogs.smtp_dialog import SmtpDialog
from seatkeeper.ui.main_window import MainWindow
from tests.integration.test_smtp import (  # noqa: F401 - mailbox is a fixture
    PASSWORD,
    REFUSED_RECIPIENT,
    USER,
    Mailbox,
    free_port,
    mailbox,
)
from tests.ui.conftest import Errors, save_screenshot
from tests.ui.send_helpers import WAIT

pytestmark = pytest.mark.integration


def open_dialog(qtbot: QtBot, window: MainWindow) -> SmtpDialog:
    action = window.findChild(QAction, "smtp_settings")
    assert action is not None
    assert action.isEnabled()
    action.trigger()  # Settings → E-mail (SMTP)…
    qtbot.waitUntil(lambda: window.findChild(SmtpDialog) is not None, timeout=WAIT)
    dialog = window.findChild(SmtpDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    return dialog


def fill(qtbot: QtBot, dialog: SmtpDialog, *, port: int, security: str, password: str,
         to: str = "admin@example.com") -> None:
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    qtbot.keyClicks(dialog.security, security)  # keyboard search: "N"one, "T"LS, "S"TARTTLS
    qtbot.keyClick(dialog.port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.port, str(port))
    qtbot.keyClicks(dialog.user, USER)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.from_address, "it@northwind.example")
    qtbot.keyClicks(dialog.test_to, to)


def send_test(qtbot: QtBot, dialog: SmtpDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=WAIT)
    return dialog.status.text()


def test_sd1_test_message_arrives_and_password_stays_in_the_vault(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors,
        mailbox: tuple[Mailbox, int]) -> None:  # noqa: F811
    box, port = mailbox
    dialog = open_dialog(qtbot, demo_window)
    assert "No server is set up yet" in dialog.status.text()
    fill(qtbot, dialog, port=port, security="N", password=PASSWORD)
    assert dialog.port.value() == port
    assert dialog.warning.text()  # no encryption and a password
    assert "clear text" in dialog.warning.text()
    save_screenshot(dialog, "smtp_dialog_warning")
    assert "accepted the test message" in send_test(qtbot, dialog)
    save_screenshot(dialog, "smtp_dialog_test_sent")
    [(recipients, message)] = box.received
    assert recipients == ["admin@example.com"]
    assert PASSWORD not in message.as_string()
    services = demo_window.services
    assert services is not None
    assert services.vault is not None
    assert services.vault.get(SERVICE, smtp_vault_key("127.0.0.1", USER)) == PASSWORD
    assert dialog.password.text() == ""
    assert "clear text" in dialog.warning.text()  # the stored password still counts
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_window.findChild(SmtpDialog) is None, timeout=WAIT)

    again = open_dialog(qtbot, demo_window)
    assert again.host.text() == "127.0.0.1"
    assert again.password.text() == ""  # never shown back
    assert "leave empty to keep" in again.password.placeholderText()
    assert "clear text" in again.warning.text()  # the stored password would cross in clear
    assert errors == []


@pytest.mark.parametrize(("security", "password", "to", "listening", "expected"), [
    ("N", "wrong-password-1", "admin@example.com", True, "refused the login"),
    ("N", PASSWORD, "admin@example.com", False, "refused the connection"),
    ("T", PASSWORD, "admin@example.com", True, "encrypted connection"),
    ("N", PASSWORD, REFUSED_RECIPIENT, True, "refused the recipient"),
], ids=["login", "unreachable", "tls", "recipient"])
def test_sd1_failures_read_plainly(qtbot: QtBot, demo_window: MainWindow, errors: Errors,
                                   mailbox: tuple[Mailbox, int],  # noqa: F811
                                   security: str, password: str, to: str, listening: bool,
                                   expected: str) -> None:
    box, port = mailbox
    dialog = open_dialog(qtbot, demo_window)
    fill(qtbot, dialog, port=port if listening else free_port(), security=security,
         password=password, to=to)
    text = send_test(qtbot, dialog)
    assert "the test message failed" in text
    assert expected in text
    assert password not in text
    assert box.received == []
    save_screenshot(dialog, f"smtp_dialog_error_{expected.rsplit(maxsplit=1)[-1]}")
    assert errors == []
