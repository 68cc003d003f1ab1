"""Dialogs for one seat: assign or reassign its holder, connect devices, confirm.

The services decide (VL-11, VL-13, VL-19); a refusal stays in the dialog in
plain words so the admin can correct it. Work runs on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.errors import ConflictError, KnownError
from seatkeeper.domain.volume import normalise_person
from seatkeeper.services.bundle import Services
from seatkeeper.services.lookups import DeviceChoice
from seatkeeper.services.rows import LicenceRow
from seatkeeper.services.seats import SeatState
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.models.device_table_model import PLATFORM_NAMES
from seatkeeper.ui.undo import undo_for
from seatkeeper.ui.widgets.forms import Busy, ReasonLabel, named

DEVICE_ROLE = Qt.ItemDataRole.UserRole + 11


CTX = "SeatDialogs"


def confirm(parent: QWidget, title: str, text: str, yes_text: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    """A non-blocking question; "No" is the default so Enter never destroys by accident."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirmDialog")
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(tr(CTX, "Keep as it is"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def _lay_out(dialog: QDialog, intro: QWidget, form: QFormLayout, reason: QWidget,
             ok_text: str, on_ok: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """A seat dialog's shape: what it is about, the fields, the reason it cannot go on yet,
    then its own action (the default button) and Cancel."""
    buttons = QDialogButtonBox(dialog)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(reason)
    layout.addWidget(buttons)
    return buttons, ok


class _SeatVersionDialog(QDialog):
    """A dialog that changes one seat: it reads the seat's version when it opens, so a save
    made after someone else changed the seat is a conflict, and it says how a save failed.

    A subclass sets ``ctx``, ``services``, ``reason`` and ``ok``, then calls
    ``_read_version``.
    """

    ctx: WindowContext
    services: Services
    reason: ReasonLabel
    ok: QPushButton
    conflict = False  # a save found the seat changed meanwhile (the dialog closed)
    _version: int | None = None

    def _read_version(self, seat_id: int) -> None:
        # The version read now guards against someone else changing the seat meanwhile.
        self.ctx.read(lambda: self.services.seats.seat(seat_id), owner=self).success(
            self._loaded).failure(self._failed).run()

    def _loaded(self, state: SeatState) -> None:
        self._version = state.version

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            self.conflict = True
            self.ctx.messages.fail(error, tr(CTX, "Seat changed meanwhile"))
            self.reject()
        elif isinstance(error, KnownError):
            self.reason.refusal(error_text(error))
            self.ok.setEnabled(True)
        else:
            self.ctx.messages.fail(error)


class AssignDialog(_SeatVersionDialog):
    """Name + e-mail for a seat (VL-11); reassigning keeps the old holder in history (VL-13)."""

    def __init__(self, ctx: WindowContext, services: Services, row: LicenceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.row = ctx, services, row
        self.state: SeatState | None = None
        reassign = row.holder is not None
        self.setObjectName("assignDialog")
        self.setWindowTitle(tr(CTX, "Reassign seat {seat}", seat=row.licence_id) if reassign
                            else tr(CTX, "Assign seat {seat}", seat=row.licence_id))
        intro = QLabel(tr(CTX, "Now held by {holder} <{email}>. The seat's history keeps them.",
                               holder=row.holder or "", email=row.email or "")
                       if reassign else tr(CTX, "Who gets seat {licence_id}?",
                                                licence_id=row.licence_id),
                       self)
        intro.setWordWrap(True)
        self.name = named(QLineEdit(self), "holderName")
        self.email = named(QLineEdit(self), "holderEmail")
        self.name.setMinimumWidth(280)
        form = QFormLayout()
        for text, widget in ((tr(CTX, "&Name:"), self.name), (tr(CTX, "&E-mail:"), self.email)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.reason = ReasonLabel(self)
        self.buttons, self.ok = _lay_out(self, intro, form, self.reason,
                                         tr(CTX, "&Reassign") if reassign else tr(CTX, "&Assign"),
                                         self._save)
        self.name.textChanged.connect(lambda _t: self._check())
        self.email.textChanged.connect(lambda _t: self._check())
        self._name_left = False
        self.name.editingFinished.connect(self._left_name)
        self._version = None
        self._keep_devices, self._dropped = True, list[int]()  # the undo reconnects these
        self.question: QMessageBox | None = None  # the duplicate / devices question
        self._check()
        self._read_version(row.seat_id)

    def _left_name(self) -> None:
        self._name_left = True
        self._check()

    def _check(self) -> bool:
        try:  # the same offline check the service applies; instant
            person = normalise_person(self.name.text(), self.email.text())
        except KnownError as error:
            # An empty field is a refusal only once the admin has left it empty; before
            # that it is a grey note of what is still to type.
            name_missing = not self.name.text().strip()
            if not self.name.text() and not self.email.text():
                self.reason.note(tr(CTX, "Type the holder's name and e-mail address."))
            elif name_missing and not self._name_left:
                self.reason.note(tr(CTX, "Type the holder's name too."))
            elif not self.email.text() and not name_missing:
                self.reason.note(tr(CTX, "Enter the e-mail address too."))
            else:
                self.reason.refusal(error_text(error))
            self.ok.setEnabled(False)
            return False
        self.reason.ok(tr(CTX, "Will be saved as {person} <{email}>.",
                               person=person.name, email=person.email))
        self.ok.setEnabled(True)
        return True

    def _save(self) -> None:
        if not self._check():
            return
        seats, sub_id, email = self.services.seats, self.row.subscription_id, self.email.text()
        # First: does this address hold a seat of the subscription already, and what
        # happens to the previous holder's devices? Ask before anything changes.
        self.ctx.read(lambda: seats.seats_held_by(sub_id, email), owner=self).success(
            self._confirm).failure(self._failed).run()

    def _confirm(self, held: list[str]) -> None:
        row = self.row
        others = [licence for licence in held if licence != row.licence_id]
        ask_devices = row.holder is not None and row.devices_connected > 0
        if not others and not ask_devices:
            self._write(keep_devices=True)
            return
        parts = []
        if others:
            parts.append(tr(CTX, "{email} already holds {seats} of this subscription.",
                            email=self.email.text().strip(), seats=", ".join(others)))
        if ask_devices:
            parts.append(tr(CTX, "{holder}'s {n} device(s) are connected to this seat. Should "
                                 "they stay connected for {name}?", holder=row.holder or "",
                            n=row.devices_connected, name=self.name.text().strip()))
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "\n\n".join(parts),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("reassignQuestion")
        if ask_devices:
            keep = box.addButton(tr(CTX, "&Keep them connected"),
                                 QMessageBox.ButtonRole.AcceptRole)
            drop = box.addButton(tr(CTX, "&Disconnect them"), QMessageBox.ButtonRole.AcceptRole)
        else:
            keep = box.addButton(tr(CTX, "&Reassign anyway") if row.holder
                                 else tr(CTX, "&Assign anyway"),
                                 QMessageBox.ButtonRole.AcceptRole)
            drop = None
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)

        def answered(button: object) -> None:
            if button is keep:
                self._write(keep_devices=True)
            elif drop is not None and button is drop:
                self._write(keep_devices=False)
        box.buttonClicked.connect(answered)
        self.question = box
        box.open()

    def _write(self, *, keep_devices: bool) -> None:
        seats, seat_id = self.services.seats, self.row.seat_id
        name, email, version = self.name.text(), self.email.text(), self._version
        self._keep_devices, self._dropped = keep_devices, []
        if self.row.holder is not None:
            lookups = self.services.lookups

            def work() -> Any:
                if not keep_devices:  # what the undo reconnects
                    self._dropped = [d.device_id for d in lookups.devices_for_seat(seat_id)
                                     if d.seat_id == seat_id]
                return seats.reassign(seat_id, name, email, expected_version=version,
                                      keep_devices=keep_devices)
        else:
            def work() -> Any:
                return seats.assign(seat_id, name, email, expected_version=version)
        self.ctx.write(work, owner=self).busy(Busy(self.reason, [self.ok])).success(
            self._saved).failure(self._failed).run(initiator=self)

    def _saved(self, state: SeatState) -> None:
        self.state = state
        self._record_undo(self.name.text(), self.email.text())
        self.accept()

    def _record_undo(self, name: str, email: str) -> None:
        seats, seat_id, row = self.services.seats, self.row.seat_id, self.row
        if row.holder is None:
            undo_for(self.ctx).record(
                tr(CTX, "Assign seat {seat}", seat=row.licence_id),
                lambda: seats.unassign(seat_id), lambda: seats.assign(seat_id, name, email))
        else:
            holder, before = row.holder, row.email or ""
            keep, dropped = self._keep_devices, tuple(self._dropped)

            def undo() -> Any:
                state = seats.reassign(seat_id, holder, before)
                for device_id in dropped:  # each reconnection is its own audited change
                    state = seats.connect_device(seat_id, device_id)
                return state
            undo_for(self.ctx).record(
                tr(CTX, "Reassign seat {seat}", seat=row.licence_id), undo,
                lambda: seats.reassign(seat_id, name, email, keep_devices=keep))

class RenameSeatDialog(_SeatVersionDialog):
    """Give a seat the vendor's own licence id (issue 16); the service says what is refused."""

    def __init__(self, ctx: WindowContext, services: Services, row: LicenceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.row = ctx, services, row
        self.state: SeatState | None = None
        self.setObjectName("renameSeatDialog")
        self.setWindowTitle(tr(CTX, "Rename seat {seat}", seat=row.licence_id))
        intro = QLabel(tr(CTX, "A seat of “{subscription}”. Type the vendor's own licence id "
                               "so the seat is called what the vendor calls it.",
                          subscription=row.subscription), self)
        intro.setWordWrap(True)
        self.licence = named(QLineEdit(row.licence_id, self), "licenceId")
        self.licence.setMinimumWidth(280)
        self.licence.selectAll()
        form = QFormLayout()
        label = QLabel(tr(CTX, "&Seat id:"), self)
        label.setBuddy(self.licence)
        form.addRow(label, self.licence)
        self.reason = ReasonLabel(self)
        self.buttons, self.ok = _lay_out(self, intro, form, self.reason, tr(CTX, "&Rename"),
                                         self._save)
        self.licence.textChanged.connect(lambda _t: self._check())
        self._version = None
        self._check()
        self._read_version(row.seat_id)

    def _new_id(self) -> str:
        return " ".join(self.licence.text().split())

    def _check(self) -> bool:
        new = self._new_id()
        if not new:
            self.reason.note(tr(CTX, "Type the seat's new id."))
        elif new == self.row.licence_id:
            self.reason.note(tr(CTX, "The seat is called {seat} now.", seat=new))
        else:
            self.reason.ok(tr(CTX, "Will be renamed from {old} to {new}.",
                              old=self.row.licence_id, new=new))
        ok = bool(new) and new != self.row.licence_id
        self.ok.setEnabled(ok)
        return ok

    def _save(self) -> None:
        if not self._check():
            return
        seats, seat_id, new, version = (self.services.seats, self.row.seat_id, self._new_id(),
                                        self._version)
        self.ctx.write(lambda: seats.rename_seat(seat_id, new, expected_version=version),
                       owner=self).busy(Busy(self.reason, [self.ok])).success(
            self._saved).failure(self._failed).run(initiator=self)

    def _saved(self, state: SeatState) -> None:
        self.state = state
        old, new, seats, seat_id = self.row.licence_id, state.licence_id, self.services.seats, \
            self.row.seat_id
        undo_for(self.ctx).record(tr(CTX, "Rename seat {seat}", seat=old),
                                  lambda: seats.rename_seat(seat_id, old),
                                  lambda: seats.rename_seat(seat_id, new))
        self.accept()

class DevicesDialog(QDialog):
    """Connect or disconnect the seat's devices; at most the seat's limit at once (VL-19)."""

    def __init__(self, ctx: WindowContext, services: Services, row: LicenceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.row = ctx, services, row
        self.changed = False
        self.setObjectName("devicesDialog")
        self.setWindowTitle(tr(CTX, "Devices on seat {licence_id}", licence_id=row.licence_id))
        self.count = named(QLabel(self), "deviceCount")
        self.list = named(QListWidget(self), "devices")
        self.list.setAccessibleName(tr(CTX, "Devices of the account"))
        self.list.setMinimumSize(440, 260)
        self.list.currentItemChanged.connect(lambda _c, _p: self._buttons())
        self.connect_button = named(QPushButton(tr(CTX, "&Connect"), self), "connectDevice")
        self.disconnect_button = named(QPushButton(tr(CTX, "&Disconnect"), self),
                                       "disconnectDevice")
        self.connect_button.clicked.connect(lambda: self._change(connect=True))
        self.disconnect_button.clicked.connect(lambda: self._change(connect=False))
        close = QPushButton(tr(CTX, "C&lose"), self)
        close.clicked.connect(self.accept)
        self.reason = ReasonLabel(self)
        buttons = QHBoxLayout()
        for button in (self.connect_button, self.disconnect_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        closing = QDialogButtonBox(self)  # Close where every dialog puts it
        closing.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addWidget(closing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self._connected = row.devices_connected
        self._limit = row.device_limit
        self._version: int | None = None
        self.reload()

    def reload(self) -> None:
        seat_id, services = self.row.seat_id, self.services
        self.ctx.read(lambda: (services.seats.seat(seat_id),
                               services.lookups.devices_for_seat(seat_id)), owner=self).success(
            lambda result: self._show(*result)).failure(self._failed).run()

    def _show(self, state: SeatState, devices: list[DeviceChoice]) -> None:
        self._version, self._connected, self._limit = (state.version, state.devices_connected,
                                                        state.device_limit)
        if state.device_limit is None:
            self.count.setText(tr(CTX, "{devices_connected} devices connected at once; the "
                                       "vendor's limit is not known.",
                                  devices_connected=state.devices_connected))
        else:
            self.count.setText(tr(CTX, "{devices_connected} of at most {device_limit} devices "
                                       "connected at once (virtual machines "
                                       "count).",
                                       devices_connected=state.devices_connected,
                                       device_limit=state.device_limit))
        current = self.selected()
        self.list.clear()
        for device in devices:
            where = (tr(CTX, "connected to this seat") if device.seat_id == self.row.seat_id
                     else tr(CTX, "uses seat {seat_licence}",
                                  seat_licence=device.seat_licence or "")
                     if device.seat_id is not None else tr(CTX, "not connected"))
            item = QListWidgetItem(f"{device.name} · {PLATFORM_NAMES.get(device.platform, '')}"
                                   f" — {where}", self.list)
            item.setData(DEVICE_ROLE, device)
            if current is not None and current.device_id == device.device_id:
                self.list.setCurrentItem(item)
        self._buttons()

    def selected(self) -> DeviceChoice | None:
        item = self.list.currentItem()
        value = item.data(DEVICE_ROLE) if item is not None else None
        return value if isinstance(value, DeviceChoice) else None

    def _buttons(self) -> None:
        device = self.selected()
        writable = not edit_refusal(self.services, str)
        self.connect_button.setEnabled(writable and device is not None and device.seat_id is None)
        self.disconnect_button.setEnabled(writable and device is not None
                                          and device.seat_id == self.row.seat_id)

    def _change(self, *, connect: bool) -> None:
        device = self.selected()
        if device is None:
            return
        seats, seat_id, version = self.services.seats, self.row.seat_id, self._version
        change = seats.connect_device if connect else seats.disconnect_device
        busy = Busy(self.reason, [self.connect_button, self.disconnect_button],
                    done_text=tr(CTX, "Saved."))
        undo = seats.disconnect_device if connect else seats.connect_device
        device_id = device.device_id
        text = (tr(CTX, "Connect {device} to {seat}", device=device.name,
                   seat=self.row.licence_id) if connect
                else tr(CTX, "Disconnect {device} from {seat}", device=device.name,
                        seat=self.row.licence_id))

        def saved(state: Any) -> None:
            undo_for(self.ctx).record(text, lambda: undo(seat_id, device_id),
                                      lambda: change(seat_id, device_id))
            self._saved(state)
        self.ctx.write(lambda: change(seat_id, device_id, expected_version=version),
                       owner=self).busy(busy).success(saved).failure(self._failed).run(
            initiator=self)

    def _saved(self, _state: Any) -> None:
        self.changed = True
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self.reason.refusal(error_text(error))
            if isinstance(error, ConflictError):
                self.reload()
        else:
            self.ctx.messages.fail(error)
