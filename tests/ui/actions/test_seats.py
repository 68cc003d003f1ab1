"""Seat actions on the Licences screen, by keyboard and mouse, checked in the roster."""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from seatkeeper.ui.dialogs.seat_dialogs import AssignDialog, DevicesDialog, RenameSeatDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.widgets.table_screen import TableScreen
from tests.ui.conftest import Errors, save_screenshot, seat_actions_of

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def select(screen: TableScreen, *licences: str) -> list[int]:
    """Select the volume seats with these licence ids (as ctrl-clicks would)."""
    selection = screen.table.selectionModel()
    selection.clearSelection()
    ids = []
    for number in range(screen.model.rowCount()):
        row = screen.model.row_at(number)
        if row is not None and row.licence_id in licences and "Volume" in row.subscription:
            index = screen.model.index(number, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.select(index, QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
            ids.append(row.seat_id)
    assert len(ids) == len(licences)
    return ids


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A Ctrl+Shift shortcut, typed into the window once it is active again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window.screens["licences"].table, key, SHIFT_CTRL)


def dialog_of(qtbot: QtBot, window: MainWindow, kind: type):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(kind) is not None, timeout=5_000)
    return window.findChild(kind)


def assign(qtbot: QtBot, window: MainWindow, name: str, email: str) -> AssignDialog:
    press(qtbot, window, Qt.Key.Key_A)
    dialog = dialog_of(qtbot, window, AssignDialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "holderName"), name)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "holderEmail"), email)
    return dialog


def test_vl11_vl13_assign_then_reassign_keeps_history(qtbot: QtBot, demo_window: MainWindow,
                                                      errors: Errors) -> None:
    screen = demo_window.screens["licences"]
    (seat_id,) = select(screen, "L-0020")
    dialog = assign(qtbot, demo_window, "  Per Hansen ", "Per.Hansen@NorthWind.EXAMPLE")
    reason = dialog.findChild(QLabel, "reason")
    assert "Per Hansen <Per.Hansen@northwind.example>" in reason.text()
    save_screenshot(dialog, "seat_assign_dialog")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Per Hansen" in screen.detail.toPlainText(), timeout=10_000)

    assert seat_actions_of(demo_window).assign.text() == "Re&assign…"
    dialog = assign(qtbot, demo_window, "Liv Berg", "liv.berg@northwind.example")
    assert dialog.windowTitle() == "Reassign seat L-0020"
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.findChild(QLineEdit, "holderEmail"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Liv Berg" in screen.detail.toPlainText(), timeout=10_000)
    history = screen.detail.toPlainText().split("Who held this seat")[1]
    assert "Liv Berg" in history
    assert "Per Hansen" in history
    assert demo_window.services is not None
    assert demo_window.services.seats.seat(seat_id).email == "liv.berg@northwind.example"
    assert errors == []


def test_vl11_bad_email_keeps_assign_disabled_with_reason(qtbot: QtBot,
                                                          demo_window: MainWindow) -> None:
    select(demo_window.screens["licences"], "L-0021")
    dialog = assign(qtbot, demo_window, "Per Hansen", "per.hansen@")
    assert not dialog.ok.isEnabled()
    assert "not a usable e-mail address" in dialog.findChild(QLabel, "reason").text()


def test_conflict_while_assigning_is_explained_and_screen_refreshes(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    services = demo_window.services
    assert services is not None
    (seat_id,) = select(demo_window.screens["licences"], "L-0022")
    dialog = assign(qtbot, demo_window, "Per Hansen", "per@northwind.example")
    qtbot.waitUntil(lambda: dialog._version is not None, timeout=5_000)
    services.seats.assign(seat_id, "Someone Else", "else@northwind.example")  # meanwhile
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    box = dialog_of(qtbot, demo_window, QMessageBox)
    assert "changed by someone else" in box.text()
    assert services.seats.seat(seat_id).holder == "Someone Else"


def test_vl14_renew_switch_on_two_seats(qtbot: QtBot, demo_window: MainWindow) -> None:
    services = demo_window.services
    assert services is not None
    screen = demo_window.screens["licences"]
    ids = select(screen, "L-0001", "L-0002")
    press(qtbot, demo_window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: not any(services.seats.seat(i).renew for i in ids), timeout=10_000)
    qtbot.waitUntil(lambda: len(screen.selected_rows()) == 2
                    and not any(r.renews for r in screen.selected_rows()), timeout=10_000)
    press(qtbot, demo_window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: all(services.seats.seat(i).renew for i in ids), timeout=10_000)


def test_vl19_ninth_device_refused_with_reason(qtbot: QtBot, demo_window: MainWindow) -> None:
    services = demo_window.services
    assert services is not None
    screen = demo_window.screens["licences"]
    (ola,) = select(screen, "L-0002")
    laptop = next(d for d in services.lookups.devices_for_seat(ola) if d.name == "Ola's laptop")
    services.seats.disconnect_device(ola, laptop.device_id)
    select(screen, "L-0001")  # Ingrid: 8 of 8
    press(qtbot, demo_window, Qt.Key.Key_D)
    dialog = dialog_of(qtbot, demo_window, DevicesDialog)
    devices = dialog.findChild(QListWidget, "devices")
    qtbot.waitUntil(lambda: devices.count() > 0, timeout=5_000)
    assert "8 of at most 8" in dialog.findChild(QLabel, "deviceCount").text()
    item = next(devices.item(i) for i in range(devices.count())
                if devices.item(i).text().startswith("Ola's laptop"))
    devices.setCurrentItem(item)
    qtbot.mouseClick(dialog.findChild(QPushButton, "connectDevice"), Qt.MouseButton.LeftButton)
    reason = dialog.findChild(QLabel, "reason")
    qtbot.waitUntil(lambda: "At most 8 devices" in reason.text(), timeout=10_000)
    save_screenshot(dialog, "seat_devices_refused")
    assert services.seats.seat(screen.current_row().seat_id).devices_connected == 8


def test_vl15_vl16_cancel_then_new_plan(qtbot: QtBot, demo_window: MainWindow) -> None:
    actions = seat_actions_of(demo_window)
    screen = demo_window.screens["licences"]
    select(screen, "L-0003")
    qtbot.waitUntil(actions.cancel_sub.isEnabled, timeout=5_000)
    assert not actions.new_plan.isEnabled()
    assert "25 seat(s) are still active" in actions.new_plan.toolTip()
    press(qtbot, demo_window, Qt.Key.Key_X)
    box = dialog_of(qtbot, demo_window, QMessageBox)
    assert "stay usable until 4/22/2027" in box.text()
    yes = next(b for b in box.buttons() if b.text() == "&Cancel subscription")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(str(r.status) == "Cancelled, active until 2027-04-22"
                                for r in screen.selected_rows()), timeout=10_000)
    assert "Cancelled, active until 4/22/2027." in demo_window.banner.label.text()
    qtbot.waitUntil(actions.new_plan.isEnabled, timeout=5_000)
    assert not actions.cancel_sub.isEnabled()


def test_no_red_refusal_about_the_name_before_the_name_is_typed(qtbot: QtBot,
                                                                demo_window: MainWindow) -> None:
    """Issue 18: a red "A seat holder needs a name." while the admin has typed nothing."""
    select(demo_window.screens["licences"], "L-0023")
    press(qtbot, demo_window, Qt.Key.Key_A)
    dialog = dialog_of(qtbot, demo_window, AssignDialog)
    reason = dialog.findChild(QLabel, "reason")
    assert reason.kind != "refusal"
    qtbot.keyClicks(dialog.findChild(QLineEdit, "holderEmail"), "per@northwind.example")
    assert reason.kind != "refusal", reason.text()
    assert "needs a name" not in reason.text()
    assert not dialog.ok.isEnabled()
    name = dialog.findChild(QLineEdit, "holderName")
    name.editingFinished.emit()  # the admin left the name empty on purpose: now say so
    assert reason.kind == "refusal"
    assert "needs a name" in reason.text()


def test_vl13_reassign_warns_about_a_duplicate_holder_and_asks_about_devices(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    """Issue 18: no warning when the new e-mail already holds a seat of the subscription,
    and the new holder silently inherited the previous holder's devices."""
    services = demo_window.services
    assert services is not None
    (seat_id,) = select(demo_window.screens["licences"], "L-0002")
    assert services.seats.seat(seat_id).devices_connected > 0
    dialog = assign(qtbot, demo_window, "Kari Hansen", "kari.hansen@northwind.example")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=10_000)
    box = dialog.question
    assert "already holds L-0003" in box.text()
    # "2 device(s) are" without a catalogue, "2 devices are" with the English one (the
    # app installs it; a CLI report earlier in the same test process may have too).
    assert re.search(r"2 device(s|\(s\)) are connected to this seat", box.text())
    save_screenshot(box, "seat_reassign_question")
    drop = next(b for b in box.buttons() if "Disconnect" in b.text())
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(drop, Qt.MouseButton.LeftButton)
    state = services.seats.seat(seat_id)
    assert (state.holder, state.devices_connected) == ("Kari Hansen", 0)
    assert errors == []


def test_rename_a_seat_to_the_vendors_licence_id_and_a_taken_id_is_refused_in_words(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    """Issue 16: the admin renames a seat to the vendor's own licence id from Licences."""
    services = demo_window.services
    assert services is not None
    screen = demo_window.screens["licences"]
    (seat_id,) = select(screen, "L-0021")
    actions = seat_actions_of(demo_window)
    assert actions.rename.isEnabled()
    actions.rename.trigger()
    dialog = dialog_of(qtbot, demo_window, RenameSeatDialog)
    field = dialog.findChild(QLineEdit, "licenceId")
    assert field.text() == "L-0021"
    field.clear()
    qtbot.keyClicks(field, "L-0001")  # another seat of this subscription
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    reason = dialog.findChild(QLabel, "reason")
    qtbot.waitUntil(lambda: "already called L-0001" in reason.text(), timeout=10_000)
    assert dialog.isVisible()
    assert services.seats.seat(seat_id).licence_id == "L-0021"
    field.clear()
    qtbot.keyClicks(field, "XV-7781-AB")
    save_screenshot(dialog, "seat_rename_dialog")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert services.seats.seat(seat_id).licence_id == "XV-7781-AB"
    qtbot.waitUntil(lambda: any(r.licence_id == "XV-7781-AB" for r in screen.selected_rows()),
                    timeout=10_000)
    assert errors == []
