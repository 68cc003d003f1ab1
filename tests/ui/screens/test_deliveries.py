"""The Deliveries screen and "My devices": undo, mark delivered, overdue, clipboard warning.

Covers SD-3, SD-4, SD-5 and SD-6 as an admin meets them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.ui.actions.send import CODE_ALPHABET, CODE_LENGTH
from seatkeeper.ui.main_window import MainWindow
from tests.ui.conftest import Errors, save_screenshot
from tests.ui.send_helpers import WAIT, click_toolbar, message_box, press, select_row

TARGET = 2  # the "Device or e-mail" column


def show_deliveries(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    screen = window.screens["deliveries"]
    assert window.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3 and not screen.model.is_loading,
                    timeout=WAIT)
    return screen


def test_sd4_sd5_deliveries_screen_lists_overdue_and_explains_disabled_actions(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    screen = show_deliveries(qtbot, demo_window)
    model = screen.model
    shown = [(model.data(model.index(r, 0)), model.data(model.index(r, TARGET)))
             for r in range(3)]
    assert shown == [("Pending", "CEO iPhone"), ("Overdue", "Sales Android"),
                     ("Delivered", "ingrid.solberg@northwind.example (Windows)")]
    undo = screen.findChild(QAction, "undo_send")
    assert undo is not None
    assert not undo.isEnabled()
    assert undo.toolTip() == "Select a pending delivery first."
    select_row(qtbot, screen, TARGET, "ingrid.solberg@northwind.example (Windows)")
    assert not undo.isEnabled()
    assert undo.toolTip() == "Only a pending delivery can change; this one is delivered."
    select_row(qtbot, screen, TARGET, "Sales Android")
    assert undo.isEnabled()
    qtbot.waitUntil(lambda: "On the sending device" in screen.detail.toPlainText(), timeout=WAIT)
    assert "Overdue" in screen.detail.toPlainText()
    save_screenshot(demo_window, "deliveries_screen")
    assert errors == []


def test_sd6_undo_send_asks_first_then_marks_undone(qtbot: QtBot, demo_window: MainWindow,
                                                    errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    screen = show_deliveries(qtbot, demo_window)
    select_row(qtbot, screen, TARGET, "CEO iPhone")
    click_toolbar(qtbot, screen, "undo_send")
    box = message_box(qtbot, screen, "confirmUndo")
    assert "CEO iPhone" in box.text()
    save_screenshot(box, "deliveries_confirm_undo")
    press(qtbot, box, "Cancel")
    assert services.deliveries.for_device(32)[0].status == "pending"
    qtbot.waitUntil(lambda: screen.findChild(QMessageBox, "confirmUndo") is None, timeout=WAIT)

    click_toolbar(qtbot, screen, "undo_send")
    box = message_box(qtbot, screen, "confirmUndo")
    press(qtbot, box, "Undo send")
    qtbot.waitUntil(lambda: services.deliveries.for_device(32)[0].status == "undone",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: screen.model.data(screen.model.index(0, 0)) == "Undone",
                    timeout=WAIT)
    # Issue 18: the undone delivery no longer asks for a step on the sending device.
    select_row(qtbot, screen, TARGET, "CEO iPhone")
    qtbot.waitUntil(lambda: "Undone" in screen.detail.toPlainText(), timeout=WAIT)
    assert "Finishing may need a step" not in screen.detail.toPlainText()
    assert "was undone" in screen.detail.toPlainText()
    assert errors == []


def test_sd4_mark_delivered_confirms_an_overdue_delivery(qtbot: QtBot, demo_window: MainWindow,
                                                         errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    screen = show_deliveries(qtbot, demo_window)
    select_row(qtbot, screen, TARGET, "Sales Android")
    click_toolbar(qtbot, screen, "mark_delivered")
    qtbot.waitUntil(lambda: services.deliveries.for_device(33)[0].status == "delivered",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: "0 pending deliveries" not in demo_window.counts_label.text()
                    and "1 pending delivery" in demo_window.counts_label.text(), timeout=WAIT)
    assert errors == []


def test_sd5_device_detail_shows_its_deliveries_with_effective_status(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.show_screen("devices")
    devices = demo_window.screens["devices"]
    select_row(qtbot, devices, 0, "Sales Android")
    qtbot.waitUntil(lambda: "Deliveries (My devices)" in devices.detail.toPlainText(),
                    timeout=WAIT)
    assert "Overdue · Kaspersky Premium (3 devices)" in devices.detail.toPlainText()


def test_sd3_copying_a_connection_code_warns_before_replacing_the_clipboard(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something precious")
    demo_window.show_screen("devices")
    devices = demo_window.screens["devices"]
    copy = devices.findChild(QAction, "copy_code")
    assert copy is not None
    assert not copy.isEnabled()  # no device chosen yet
    select_row(qtbot, devices, 0, "Meeting-room Mac")

    click_toolbar(qtbot, devices, "copy_code")
    box = message_box(qtbot, demo_window, "clipboardWarning")
    assert "replaces whatever is on the clipboard" in box.text()
    assert "Meeting-room Mac" in box.text()
    assert clipboard.text() == "something precious"  # nothing copied before the answer
    save_screenshot(box, "clipboard_warning")
    press(qtbot, box, "Cancel")
    assert clipboard.text() == "something precious"
    qtbot.waitUntil(lambda: demo_window.findChild(QMessageBox, "clipboardWarning") is None,
                    timeout=WAIT)

    click_toolbar(qtbot, devices, "copy_code")
    press(qtbot, message_box(qtbot, demo_window, "clipboardWarning"), "Copy")
    code = clipboard.text()
    assert len(code) == CODE_LENGTH
    assert set(code) <= set(CODE_ALPHABET)
    assert "Meeting-room Mac" in demo_window.banner.label.text()
    assert errors == []
