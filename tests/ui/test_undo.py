"""Edit → Undo / Redo of seat changes, by Ctrl+Z and Ctrl+Y (issue 18: "Ctrl+Z does
nothing"). Each undo is a new, audited change through the same services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from seatkeeper.store.audit import AuditFilter
from seatkeeper.ui.dialogs.seat_dialogs import DevicesDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.undo import undo_for
from tests.ui.actions.test_seats import assign, dialog_of, press, select
from tests.ui.conftest import Errors

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 10_000


def key(qtbot: QtBot, window: MainWindow, letter: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window.screens["licences"].table, letter, CTRL)


def audited(window: MainWindow, action: str) -> int:
    assert window.services is not None
    return window.services.audit.count(AuditFilter(action=action))


def test_edit_menu_has_undo_and_redo_with_ctrl_z_and_ctrl_y(demo_window: MainWindow) -> None:
    undo = demo_window.findChild(QAction, "undo")
    redo = demo_window.findChild(QAction, "redo")
    assert undo is not None
    assert redo is not None
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Y" in [k.toString() for k in redo.shortcuts()]
    assert not undo.isEnabled()  # nothing to undo yet


def test_assign_undone_with_ctrl_z_and_made_again_with_ctrl_y(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    (seat_id,) = select(demo_window.screens["licences"], "L-0020")
    dialog = assign(qtbot, demo_window, "Per Hansen", "per@northwind.example")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder == "Per Hansen", timeout=WAIT)
    undo = demo_window.findChild(QAction, "undo")
    assert undo.isEnabled()
    assert "Assign seat L-0020" in undo.text()

    freed = audited(demo_window, "seat.unassigned")
    key(qtbot, demo_window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder is None, timeout=WAIT)
    assert audited(demo_window, "seat.unassigned") == freed + 1  # a new, audited change
    key(qtbot, demo_window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder == "Per Hansen", timeout=WAIT)
    assert errors == []


def test_reassign_undone_gives_the_seat_back_to_the_previous_holder(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    (seat_id,) = select(demo_window.screens["licences"], "L-0003")
    before = services.seats.seat(seat_id)
    dialog = assign(qtbot, demo_window, "Liv Berg", "liv.berg@northwind.example")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT)  # Kari's device
    keep = next(b for b in dialog.question.buttons() if "Keep" in b.text())
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder == "Liv Berg", timeout=WAIT)
    key(qtbot, demo_window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder == before.holder, timeout=WAIT)
    assert services.seats.seat(seat_id).email == before.email
    assert errors == []


def test_reassign_that_disconnected_devices_undone_reconnects_them(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    (seat_id,) = select(demo_window.screens["licences"], "L-0003")
    before = services.seats.seat(seat_id)
    assert before.devices_connected > 0
    connected = audited(demo_window, "seat.device_connected")
    dialog = assign(qtbot, demo_window, "Liv Berg", "liv.berg@northwind.example")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT)
    drop = next(b for b in dialog.question.buttons() if "Disconnect" in b.text())
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        qtbot.mouseClick(drop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).devices_connected == 0, timeout=WAIT)
    key(qtbot, demo_window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).devices_connected
                    == before.devices_connected, timeout=WAIT)
    assert services.seats.seat(seat_id).holder == before.holder
    assert audited(demo_window, "seat.device_connected") == connected + before.devices_connected
    key(qtbot, demo_window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder == "Liv Berg", timeout=WAIT)
    assert services.seats.seat(seat_id).devices_connected == 0
    assert errors == []


def test_unassign_and_renew_off_undone(qtbot: QtBot, demo_window: MainWindow,
                                       errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    screen = demo_window.screens["licences"]
    (seat_id,) = select(screen, "L-0004")
    holder = services.seats.seat(seat_id).holder
    press(qtbot, demo_window, Qt.Key.Key_U)
    box = dialog_of(qtbot, demo_window, QMessageBox)
    yes = next(b for b in box.buttons() if "Unassign" in b.text())
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder is None, timeout=WAIT)
    key(qtbot, demo_window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: services.seats.seat(seat_id).holder == holder, timeout=WAIT)

    ids = select(screen, "L-0006", "L-0007")
    press(qtbot, demo_window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: not any(services.seats.seat(i).renew for i in ids), timeout=WAIT)
    qtbot.waitUntil(lambda: "renew" in undo_for(demo_window.ctx).undoText(), timeout=WAIT)
    key(qtbot, demo_window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: all(services.seats.seat(i).renew for i in ids), timeout=WAIT)
    assert errors == []


def test_a_device_connection_undone(qtbot: QtBot, demo_window: MainWindow,
                                    errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    screen = demo_window.screens["licences"]
    (ola,) = select(screen, "L-0002")
    press(qtbot, demo_window, Qt.Key.Key_D)
    dialog = dialog_of(qtbot, demo_window, DevicesDialog)
    devices = dialog.findChild(QListWidget, "devices")
    qtbot.waitUntil(lambda: devices.count() > 0, timeout=5_000)
    item = next(devices.item(i) for i in range(devices.count())
                if "connected to this seat" in devices.item(i).text())
    device = item.text().split(" · ")[0]
    devices.setCurrentItem(item)
    before = services.seats.seat(ola).devices_connected
    qtbot.mouseClick(dialog.findChild(QPushButton, "disconnectDevice"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.seats.seat(ola).devices_connected == before - 1,
                    timeout=WAIT)
    # The undo step is pushed when the write's result reaches the window, a moment after
    # the roster holds it.
    qtbot.waitUntil(lambda: device in undo_for(demo_window.ctx).undoText(), timeout=WAIT)
    dialog.close()
    key(qtbot, demo_window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: services.seats.seat(ola).devices_connected == before, timeout=WAIT)
    assert errors == []
