"""An SMTP relay without login needs no keyring, so it can be saved without one (issue 18).

A server with a login still cannot be saved then: its password would have nowhere safe
to go, and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from seatkeeper.services.bundle import Keyring, Services, open_services
from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.dialogs.smtp_dialog import SmtpDialog

WAIT = 10_000


@pytest.fixture
def keyless(tmp_path: Path, clock: Clock) -> Iterator[Services]:
    services = open_services(RosterLocation.parse(str(tmp_path / "r.sqlite")), actor="t",
                             keyring=Keyring.NOT_NEEDED, clock=clock)
    assert services.vault is None
    yield services
    services.close()


def open_dialog(qtbot: QtBot, ctx: WindowContext, services: Services) -> SmtpDialog:
    dialog = SmtpDialog(ctx, services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    return dialog


def test_a_relay_without_login_is_saved_with_no_keyring(qtbot: QtBot, ctx: WindowContext,
                                                        keyless: Services) -> None:
    dialog = open_dialog(qtbot, ctx, keyless)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    assert not dialog.password.isEnabled()  # nowhere safe to keep one
    qtbot.keyClicks(dialog.host, "relay.office.example")
    qtbot.keyClicks(dialog.security, "N")
    qtbot.keyClicks(dialog.from_address, "it@office.example")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert keyless.mail is not None
    saved = keyless.mail.settings()
    assert saved is not None
    assert (saved.host, saved.user) == ("relay.office.example", "")


def test_a_server_with_a_login_is_refused_in_words_with_no_keyring(
        qtbot: QtBot, ctx: WindowContext, keyless: Services) -> None:
    dialog = open_dialog(qtbot, ctx, keyless)
    qtbot.keyClicks(dialog.host, "smtp.example.com")
    qtbot.keyClicks(dialog.user, "it")
    qtbot.keyClicks(dialog.from_address, "it@example.com")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "keyring" in dialog.status.text(), timeout=WAIT)
    assert dialog.isVisible()
    assert keyless.mail is not None
    assert keyless.mail.settings() is None
