"""Settings → E-mail (SMTP): the admin's own mail server for download links (SD-1).

The password goes to the keyring and is never shown back: the field stays
empty, and empty means "keep the stored one". "Send test message" saves the
settings first (the service tests what is saved), then sends on a worker and
shows the service's plain message for a refused login, an unreachable host,
a TLS failure or a refused recipient.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.changes import Changed
from seatkeeper.domain.errors import KnownError
from seatkeeper.services.bundle import Services
from seatkeeper.services.mail import check_settings
from seatkeeper.services.smtp import MailError, SmtpSecurity, SmtpSettings
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.i18n import error_text, render, tr
from seatkeeper.ui.tones import tint

DEFAULT_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.TLS: 465, SmtpSecurity.NONE: 25}


CTX = "SmtpDialog"


class SmtpDialog(QDialog):
    """Edit the SMTP settings; ``status`` shows what the last save or test did."""

    def __init__(self, ctx: WindowContext, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.setObjectName("smtpDialog")
        self.setWindowTitle(tr(CTX, "E-mail (SMTP)"))
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox(self)
        for mode, label in ((SmtpSecurity.STARTTLS, tr(CTX, "STARTTLS (usually port 587)")),
                            (SmtpSecurity.TLS, tr(CTX, "TLS from the start (usually port 465)")),
                            (SmtpSecurity.NONE, tr(CTX, "None — trusted local relay only"))):
            self.security.addItem(label, mode.value)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(tr(CTX, "empty for a relay without login"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr(CTX, "stored in the keyring"))
        self.from_address = QLineEdit(self)
        self.from_address.setPlaceholderText("it@example.com")
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        tint(self.warning, "warning")
        self.test_to = QLineEdit(self)
        self.test_to.setPlaceholderText(tr(CTX, "your own address"))
        self.test_button = QPushButton(tr(CTX, "Send &test message"), self)
        self.test_button.setObjectName("send_test")
        self.test_button.setToolTip(tr(CTX, "Saves these settings, then sends a short message."))
        self.test_button.clicked.connect(self._send_test)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.security.currentIndexChanged.connect(lambda _i: self._warn())
        self.password.textChanged.connect(lambda _t: self._warn())
        self._lay_out()
        self._stored_password = False
        self.loaded = False  # the stored settings arrive from a worker
        self._lock_if_needed()
        if services.mail is not None:
            ctx.read(services.mail.settings, owner=self).success(self._load).failure(
                self._failed).run()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(tr(CTX, "&Host:"), self.host)
        form.addRow(tr(CTX, "&Port:"), self.port)
        form.addRow(tr(CTX, "&Security:"), self.security)
        form.addRow(tr(CTX, "&User:"), self.user)
        form.addRow(tr(CTX, "Pass&word:"), self.password)
        form.addRow(tr(CTX, "&From address:"), self.from_address)
        form.addRow(self.warning)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        test_label = QLabel(tr(CTX, "Test &recipient:"), self)
        test_label.setBuddy(self.test_to)  # a row holding a layout gets no buddy by itself
        form.addRow(test_label, test_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(lambda: self._save(then_test=False))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Room for the wrapped warning and status, so they never clip or make the
        # dialog jump when they appear.
        lines = self.fontMetrics().lineSpacing()
        self.warning.setMinimumHeight(2 * lines + 4)
        self.status.setMinimumHeight(3 * lines + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(560)

    def _lock_if_needed(self) -> None:
        why = edit_refusal(self.services, lambda: tr(
            CTX, "The roster is open for read-only review; the settings cannot change."))
        if not why and self.services.mail is None:
            why = tr(CTX, "E-mail settings are not available for this roster.")
        elif not why and self.services.vault is None:
            # A relay without login keeps no secret: it can still be set up.
            self.password.setEnabled(False)
            self.password.setPlaceholderText(tr(CTX, "no keyring: a relay without login only"))
            self._say(tr(CTX, "No secure keyring was found, so no SMTP password can be stored. "
                              "A relay without login (leave the user empty) can still be "
                              "saved; otherwise links go through your mail client."),
                      "warning")
        if why:
            for widget in (self.test_button, self.buttons.button(
                    QDialogButtonBox.StandardButton.Save)):
                widget.setEnabled(False)
                widget.setToolTip(why)
            self._say(why, "warning")

    def _load(self, settings: SmtpSettings | None) -> None:
        self.loaded = True
        if settings is None:
            if self.services.vault is not None:  # else the keyring's note stays
                self._say(tr(CTX, "No server is set up yet: links open in your mail client."),
                          "")
            return
        self.host.setText(settings.host)
        self.security.setCurrentIndex(self.security.findData(settings.security.value))
        self.port.setValue(settings.port)
        self.user.setText(settings.user)
        self.from_address.setText(settings.from_address)
        self._stored_password = bool(settings.user)
        if settings.user:
            self.password.setPlaceholderText(tr(CTX, "stored in the keyring — leave empty to keep"))
        self._warn()

    def _security_changed(self, _index: int) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[SmtpSecurity(self.security.currentData())])

    def _warn(self) -> None:
        unsafe = self.security.currentData() == SmtpSecurity.NONE.value and (
            bool(self.password.text()) or self._stored_password)
        self.warning.setText(tr(CTX, "Without encryption the password crosses the network in "
                                     "clear text. Use STARTTLS or TLS unless this is a relay on "
                                     "a network you trust.") if unsafe else "")

    def _say(self, text: str, tone: str) -> None:
        """``text`` in tone ``tone`` ("warning", "refusal", "ok"), readable light or dark."""
        tint(self.status, tone)
        self.status.setText(text)

    def _settings(self) -> SmtpSettings | None:
        try:
            return check_settings(self.host.text(), self.port.value(),
                                  str(self.security.currentData()), self.user.text(),
                                  self.from_address.text())
        except KnownError as error:
            self._say(error_text(error), "refusal")
            return None

    def _save(self, *, then_test: bool) -> None:
        mail, settings = self.services.mail, self._settings()
        if mail is None or settings is None:
            return
        password = self.password.text() or None
        to = self.test_to.text().strip()
        if then_test and not to:
            self._say(tr(CTX, "Type the address the test message goes to."), "refusal")
            return
        self._busy(True, tr(CTX, "Sending a test message to {to}…", to=to) if then_test
                   else tr(CTX, "Saving…"))

        def work() -> Changed[None]:
            saved: Changed[None] = mail.save_settings(settings, password)
            if then_test:
                mail.send_test_message(to, render)
            return saved
        self.ctx.write(work, owner=self).success(lambda _none: self._done(then_test, to)).failure(
            self._failed).run(initiator=self)

    def _send_test(self) -> None:
        self._save(then_test=True)

    def _done(self, tested: bool, to: str) -> None:
        self._busy(False, "")
        self._stored_password = bool(self.user.text().strip())
        self.password.clear()  # re-checks the warning: the stored password counts too
        if self._stored_password:
            self.password.setPlaceholderText(tr(CTX, "stored in the keyring — leave empty to keep"))
        if tested:
            self._say(tr(CTX, "Saved. The server accepted the test message to {to}.",
                              to=escape(to)), "ok")
        else:
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False, "")
        if isinstance(error, MailError):
            self._say(tr(CTX, "Settings saved, but the test message failed: {error}",
                              error=error_text(error)), "refusal")
        elif isinstance(error, KnownError):
            self._say(error_text(error), "refusal")
        else:
            self.ctx.messages.fail(error, tr(CTX, "E-mail (SMTP)"))

    def _busy(self, busy: bool, text: str) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if text:
            self._say(text, "")
