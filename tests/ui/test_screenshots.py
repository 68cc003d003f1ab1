"""Pictures of what an admin sees, written to screenshots/ (ignored by git).

They are for looking at; the assertions only check that each picture was made
and is not blank.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from seatkeeper.ui.main_window import MainWindow
from tests.ui.conftest import save_screenshot


def assert_not_blank(path: object) -> None:
    image = QImage(str(path))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 23)}
    assert len(colours) > 5


def test_screenshot_licences_and_devices(qtbot: QtBot, demo_window: MainWindow) -> None:
    licences = demo_window.screens["licences"]
    licences.table.selectRow(0)
    qtbot.waitUntil(lambda: "Ingrid" in licences.detail.toPlainText(), timeout=10_000)
    assert_not_blank(save_screenshot(demo_window, "main_licences"))
    demo_window.show_screen("devices")
    devices = demo_window.screens["devices"]
    devices.table.selectRow(0)
    qtbot.waitUntil(lambda: "Vendor account" in devices.detail.toPlainText(), timeout=10_000)
    assert_not_blank(save_screenshot(demo_window, "main_devices"))
