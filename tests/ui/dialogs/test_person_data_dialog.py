"""Seats → Export / Erase a person's data… (issue 19): the erase dialog counts first, asks
for the address a second time, erases on a worker, and the log still verifies."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from seatkeeper.ui.dialogs.person_data_dialog import ErasePersonDialog, ExportPersonDialog
from seatkeeper.ui.main_window import MainWindow

EMAIL = "kari.hansen@northwind.example"


def _open(qtbot: QtBot, window: MainWindow, action: str, kind: type) -> object:
    found = window.findChild(QAction, action)
    assert found is not None
    assert found.isEnabled()
    found.trigger()
    qtbot.waitUntil(lambda: window.findChild(kind) is not None, timeout=5_000)
    return window.findChild(kind)


def _child(dialog: object, kind: type, name: str) -> object:
    found = dialog.findChild(kind, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def test_erase_counts_then_needs_the_address_twice_and_erases(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = _open(qtbot, demo_window, "erasePersonData", ErasePersonDialog)
    assert isinstance(dialog, ErasePersonDialog)
    erase = _child(dialog, QPushButton, "erasePermanently")
    assert isinstance(erase, QPushButton)
    assert "cannot be undone" in _child(dialog, QLabel, "cannotUndo").text()  # type: ignore[attr-defined]
    email = _child(dialog, QLineEdit, "personEmail")
    confirm = _child(dialog, QLineEdit, "confirmEmail")
    qtbot.keyClicks(email, EMAIL)
    confirm.setText(EMAIL)  # type: ignore[attr-defined]
    assert not erase.isEnabled()  # nothing counted yet
    _child(dialog, QPushButton, "lookUp").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=10_000)
    shown = _child(dialog, QLabel, "erasureCounts").text()  # type: ignore[attr-defined]
    assert "1 seat(s) released" in shown
    assert "1 device(s) named after them renamed" in shown
    assert erase.isEnabled()
    confirm.setText("kari.hansen@northwind.exampl")  # type: ignore[attr-defined]
    assert not erase.isEnabled()
    confirm.setText(EMAIL.upper())  # type: ignore[attr-defined]
    assert erase.isEnabled()
    email.setText("someone@else.example")  # type: ignore[attr-defined]
    assert not erase.isEnabled()
    assert dialog.counts is None  # counted for someone else
    email.setText(EMAIL)  # type: ignore[attr-defined]
    _child(dialog, QPushButton, "lookUp").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(erase.isEnabled, timeout=10_000)
    erase.click()
    qtbot.waitUntil(lambda: dialog.erased is not None, timeout=10_000)
    services = demo_window.ctx.services
    assert services is not None
    assert services.audit.verify().ok
    licences = demo_window.screens["licences"]

    def holders() -> set[str | None]:
        rows = (licences.model.row_at(n) for n in range(licences.model.rowCount()))
        return {r.holder for r in rows if r is not None}
    qtbot.waitUntil(lambda: "Kari Hansen" not in holders(), timeout=10_000)  # screens follow
    assert "Ingrid Solberg" in holders()


def test_an_unknown_address_is_said_in_the_dialog(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = _open(qtbot, demo_window, "erasePersonData", ErasePersonDialog)
    assert isinstance(dialog, ErasePersonDialog)
    qtbot.keyClicks(_child(dialog, QLineEdit, "personEmail"), "nobody@example.com")
    _child(dialog, QPushButton, "lookUp").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.reason.kind == "refusal", timeout=10_000)
    assert "nobody" in dialog.reason.text()
    assert not _child(dialog, QPushButton, "erasePermanently").isEnabled()  # type: ignore[attr-defined]


def test_export_saves_the_person_as_json(
        qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    dialog = _open(qtbot, demo_window, "exportPersonData", ExportPersonDialog)
    assert isinstance(dialog, ExportPersonDialog)
    target = tmp_path / "kari.json"
    qtbot.keyClicks(_child(dialog, QLineEdit, "personEmail"), EMAIL)
    _child(dialog, QLineEdit, "exportPath").setText(str(target))  # type: ignore[attr-defined]
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.reason.kind == "ok", timeout=10_000)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Kari Hansen"
