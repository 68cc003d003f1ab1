"""Setup dialog of one seat (VL-12): its sign-in credentials per platform, from the vault.

The password is read on a worker, masked until "Show", and copied to the
clipboard marked as a secret (password managers and clipboard histories skip
it), then cleared after 30 s if the clipboard still holds it. The roster only
ever learns *that* credentials exist, never what they are.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import KnownError
from seatkeeper.services.bundle import Services
from seatkeeper.services.credentials import Credential
from seatkeeper.services.rows import LicenceRow
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.models.device_table_model import PLATFORM_NAMES
from seatkeeper.ui.widgets.forms import Busy, ReasonLabel, named

CLEAR_AFTER_MS = 30_000
KDE_SECRET_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"


CTX = "CredentialsDialog"


class SecretClipboard(QObject):
    """Put a value on the clipboard marked as sensitive; take it back after a while."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.clear_if_ours)
        self._value: str | None = None

    def copy(self, value: str) -> None:
        data = QMimeData()
        data.setText(value)
        data.setData(KDE_SECRET_HINT, b"secret")
        if sys.platform == "darwin":
            data.setData(MAC_CONCEALED, b"")
        QGuiApplication.clipboard().setMimeData(data)
        self._value = value
        self.timer.start()

    def clear_if_ours(self) -> None:
        """Clear only what we put there: something copied since then is the admin's."""
        clipboard = QGuiApplication.clipboard()
        if self._value is not None and clipboard.text() == self._value:
            clipboard.clear()
        self._value = None


class CredentialsDialog(QDialog):
    """Read, show, copy, enter or replace a seat's credentials for one platform."""

    def __init__(self, ctx: WindowContext, services: Services, row: LicenceRow,
                 parent: QWidget | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.row = ctx, services, row
        self.saved = False
        self.setObjectName("credentialsDialog")
        self.setWindowTitle(tr(CTX, "Setup — seat {licence_id}", licence_id=row.licence_id))
        self.clipboard = SecretClipboard(self, clear_after_ms)
        holder = row.holder or tr(CTX, "unassigned")
        intro = QLabel(tr(CTX, "Sign-in credentials the vendor assigned to seat {licence_id} "
                               "({holder}). They are "
                               "kept in the system keyring, never in the roster.",
                               licence_id=row.licence_id, holder=holder), self)
        intro.setWordWrap(True)
        self.platform = named(QComboBox(self), "platform")
        for platform in Platform:
            self.platform.addItem(PLATFORM_NAMES.get(platform.value, platform.value), platform)
        self.username = named(QLineEdit(self), "username")
        self.password = named(QLineEdit(self), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.setMinimumWidth(260)
        self.show_button = named(QPushButton(tr(CTX, "S&how"), self), "showPassword")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._reveal)
        self.copy_user = named(QPushButton(tr(CTX, "Copy"), self), "copyUsername")
        self.copy_user.setAccessibleName(tr(CTX, "Copy user name"))
        self.copy_password = named(QPushButton(tr(CTX, "&Copy"), self), "copyPassword")
        self.copy_password.setAccessibleName(tr(CTX, "Copy password"))
        self.copy_user.clicked.connect(lambda: self._copy(self.username.text()))
        self.copy_password.clicked.connect(lambda: self._copy(self.password.text()))
        self.save_button = named(QPushButton(tr(CTX, "&Save"), self), "saveCredentials")
        self.save_button.clicked.connect(self._save)
        self.reason = ReasonLabel(self)
        self._lay_out(intro)
        self._request = 0
        self.platform.currentIndexChanged.connect(lambda _i: self.load())
        self.username.textEdited.connect(lambda _t: self._edited())
        self.password.textEdited.connect(lambda _t: self._edited())
        if services.credentials is None:
            self._unavailable()
        else:
            self.load()

    def _lay_out(self, intro: QLabel) -> None:
        close = QPushButton(tr(CTX, "C&lose"), self)
        close.clicked.connect(self.accept)
        form = QFormLayout()
        user_row, pass_row = QHBoxLayout(), QHBoxLayout()
        user_row.addWidget(self.username, 1)
        user_row.addWidget(self.copy_user)
        pass_row.addWidget(self.password, 1)
        pass_row.addWidget(self.show_button)
        pass_row.addWidget(self.copy_password)
        for text, widget, row_layout in ((tr(CTX, "&Platform:"), self.platform, None),
                                         (tr(CTX, "&User name:"), self.username, user_row),
                                         (tr(CTX, "Pass&word:"), self.password, pass_row)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            if row_layout is None:
                form.addRow(label, widget)
            else:
                form.addRow(label, row_layout)
        # A button box, so Save and Close stand in the platform's order like every dialog's.
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)  # the intro is prose; the form starts a new block
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _unavailable(self) -> None:
        for widget in (self.username, self.password, self.show_button, self.copy_user,
                       self.copy_password, self.save_button, self.platform):
            widget.setEnabled(False)
        self.reason.refusal(tr(CTX, "Credentials are unavailable: no secure keyring was found on "
                                    "this system, and Seatkeeper never keeps passwords anywhere "
                                    "else. Everything else works."))

    def current_platform(self) -> Platform:
        return Platform(self.platform.currentData())

    def load(self) -> None:
        """Read the chosen platform's credentials on a worker (the keyring may be slow)."""
        credentials = self.services.credentials
        if credentials is None:
            return
        self._request += 1
        request, seat_id, platform = self._request, self.row.seat_id, self.current_platform()
        self.username.clear()
        self.password.clear()
        self.show_button.setChecked(False)
        self._set_editable(False)
        self.reason.note(tr(CTX, "Reading the keyring…"))

        def shown(credential: Credential | None) -> None:
            if request == self._request:
                self._show(credential)

        self.ctx.read(lambda: credentials.read(seat_id, platform), owner=self).success(
            shown).failure(self._failed).run()

    def _show(self, credential: Credential | None) -> None:
        self._set_editable(True)
        if credential is None:
            self.reason.note(tr(CTX, "None stored for {currenttext} yet. Type the user name and "
                                     "password the "
                                     "vendor assigned, then Save.",
                                     currenttext=self.platform.currentText()))
        else:
            self.username.setText(credential.username)
            self.password.setText(credential.password)
            self.reason.note(tr(CTX, "Stored in the keyring. Type over them and Save to replace."))
        self._buttons()

    def _set_editable(self, editable: bool) -> None:
        refusal = edit_refusal(self.services, lambda: tr(
            CTX, "The roster is open for read-only review; nothing can be changed."))
        self.username.setReadOnly(bool(refusal) or not editable)
        self.password.setReadOnly(bool(refusal) or not editable)
        if refusal:
            self.save_button.setToolTip(refusal)
        self._buttons()

    def _buttons(self) -> None:
        filled = bool(self.username.text().strip()) and bool(self.password.text())
        self.save_button.setEnabled(filled and not edit_refusal(self.services, str)
                                    and not self.username.isReadOnly())
        self.copy_user.setEnabled(bool(self.username.text()))
        self.copy_password.setEnabled(bool(self.password.text()))

    def _edited(self) -> None:
        self.reason.note(tr(CTX, "Not saved yet."))
        self._buttons()

    def _reveal(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                  else QLineEdit.EchoMode.Password)
        self.show_button.setText(tr(CTX, "&Hide") if shown else tr(CTX, "S&how"))

    def _copy(self, value: str) -> None:
        if value:
            self.clipboard.copy(value)
            seconds = self.clipboard.timer.interval() // 1000
            self.reason.ok(tr(CTX, "Copied. The clipboard is cleared in {seconds} s if it still "
                                   "holds it.",
                                   seconds=seconds))

    def _save(self) -> None:
        credentials = self.services.credentials
        if credentials is None:
            return
        seat_id, platform = self.row.seat_id, self.current_platform()
        username, password = self.username.text(), self.password.text()
        busy = Busy(self.reason, [self.save_button], busy_text=tr(CTX, "Saving to the keyring…"))
        self.ctx.write(lambda: credentials.save(seat_id, platform, username, password),
                       owner=self).busy(busy).success(lambda _r: self._saved()).failure(
            self._failed).run(initiator=self)

    def _saved(self) -> None:
        self.saved = True
        self.reason.ok(tr(CTX, "Saved in the keyring for {currenttext}.",
                               currenttext=self.platform.currentText()))
        self._buttons()

    def _failed(self, error: BaseException) -> None:
        self._set_editable(True)
        if isinstance(error, KnownError):
            self.reason.refusal(error_text(error))
        else:
            self.ctx.messages.fail(error)
