"""The first pages of the send wizard: which subscription, how, and to whom (SD-1, SD-2, SD-8).

The pages own no rules: refusals come from ``DeliveryService`` (SD-8) and the
e-mail address is checked by the domain's own message builder as it is typed.
Every store call runs on the wizard's ``TaskRunner``.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from seatkeeper.domain.delivery import PLATFORM_LABELS, download_link_message
from seatkeeper.domain.eligibility import Refusal
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.deliveries import Candidate, SendCheck
from seatkeeper.services.rows import SubscriptionRow
from seatkeeper.services.smtp import SmtpSettings
from seatkeeper.ui.counts import seats_text
from seatkeeper.ui.i18n import error_text, render, tr
from seatkeeper.ui.tones import follow_palette, tint, tone_color

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services
    from seatkeeper.ui.context import WindowContext

SUBSCRIPTION, METHOD, EMAIL, DEVICES, REVIEW, RESULT = range(6)


CTX = "SendWizard"


def why_label(page: QWizardPage) -> QLabel:
    """The line under a page that says why Next is disabled."""
    label = QLabel(page)
    label.setObjectName("why")
    label.setWordWrap(True)
    tint(label, "warning")
    return label


def reasons_html(reasons: tuple[Refusal, ...]) -> str:
    return "".join(f"• {escape(render(r.msg))}<br>" for r in reasons)


class SendSteps(Protocol):
    """What a page asks of the send wizard it is on (SendWizard is one)."""

    ctx: WindowContext
    services: Services

    def subscription_id(self) -> int: ...

    def failed(self, error: BaseException) -> None: ...


class _Page(QWizardPage):
    def wiz(self) -> SendSteps:
        return self.wizard()  # type: ignore[return-value]


class SubscriptionPage(_Page):
    """Choose the subscription; the Licences screen's current row comes pre-selected."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Which subscription?"))
        self.setSubTitle(tr(CTX, "Choose the subscription to send."))
        self.combo = QComboBox(self)
        self.combo.setObjectName("subscription")
        self.combo.setMinimumContentsLength(40)
        self.combo.currentIndexChanged.connect(self._changed)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        tint(self.about, "muted")
        self.why = why_label(self)
        form = QFormLayout(self)
        form.addRow(tr(CTX, "&Subscription:"), self.combo)
        form.addRow("", self.about)
        form.addRow(self.why)
        self.rows: list[SubscriptionRow] = []
        self.why.setText(tr(CTX, "Loading the subscriptions…"))

    def load(self, rows: list[SubscriptionRow], preselect: int | None) -> None:
        self.rows = rows
        self.combo.clear()
        for row in rows:
            self.combo.addItem(row.name, row.subscription_id)
        index = self.combo.findData(preselect) if preselect is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.why.setText("" if rows else tr(CTX, "The roster holds no subscription to send."))
        self.completeChanged.emit()

    def current(self) -> SubscriptionRow | None:
        index = self.combo.currentIndex()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _changed(self, _index: int) -> None:
        row = self.current()
        self.about.setText("" if row is None else tr(CTX, "{vendor} · {kind} · renews "
                                                          "{renewal_date} · {assigned} of {seats} "
                                                          "assigned",
                                                          vendor=row.vendor, kind=row.kind,
                                                          renewal_date=row.renewal_date,
                                                          assigned=row.assigned,
                                                          seats=seats_text(row.seats)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.current() is not None


class MethodPage(_Page):
    """Send a download link by e-mail (SD-1) or to connected devices (SD-2)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "How should it be sent?"))
        self.setSubTitle(tr(CTX, "To devices already connected to the account, or as a "
                                 "download link by e-mail."))
        self.email = QRadioButton(tr(CTX, "Send download link by &e-mail"), self)
        self.email.setObjectName("method_email")
        self.devices = QRadioButton(tr(CTX, "Send to connected &devices"), self)
        self.devices.setObjectName("method_devices")
        self.devices.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.email)
        group.addButton(self.devices)
        layout = QVBoxLayout(self)
        for button, note in (
            (self.email, tr(CTX, "For a new device: the recipient installs the app from the "
                                 "link. The message holds no password or activation code.")),
            (self.devices, tr(CTX, "To start using it on devices already connected to the "
                                   "account, or to replace the subscription they use now.")),
        ):
            hint = QLabel(note, self)
            hint.setWordWrap(True)
            tint(hint, "muted", "margin-left:22px;margin-bottom:10px")
            layout.addWidget(button)
            layout.addWidget(hint)
        layout.addStretch(1)

    def nextId(self) -> int:
        return EMAIL if self.email.isChecked() else DEVICES


class EmailPage(_Page):
    """An address (checked as typed) and the platform whose link goes out (SD-1)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Send a download link by e-mail"))
        self.setSubTitle(tr(CTX, "The recipient opens the link on the device that will use "
                                 "the subscription."))
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setPlaceholderText(tr(CTX, "e.g. anna@example.com"))
        self.address.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.platform = QComboBox(self)
        self.platform.setObjectName("platform")
        for platform, label in PLATFORM_LABELS.items():
            self.platform.addItem(label, platform.value)
        self.route = QLabel(self)
        self.route.setWordWrap(True)
        tint(self.route, "muted")
        self.why = why_label(self)
        form = QFormLayout(self)
        form.addRow(tr(CTX, "&Recipient:"), self.address)
        form.addRow(tr(CTX, "&Platform:"), self.platform)
        form.addRow(self.route)
        form.addRow(self.why)
        self.check: SendCheck | None = None
        self.smtp: SmtpSettings | None = None

    def initializePage(self) -> None:
        self.check = None
        self.route.setText(tr(CTX, "Checking the subscription…"))
        wizard, sub_id = self.wiz(), self.wiz().subscription_id()
        mail = wizard.services.mail

        def work() -> tuple[SendCheck, SmtpSettings | None]:
            return (wizard.services.deliveries.link_check(sub_id),
                    mail.settings() if mail is not None else None)
        wizard.ctx.read(work, owner=self).success(self._checked).failure(wizard.failed).run()

    def _checked(self, result: tuple[SendCheck, SmtpSettings | None]) -> None:
        self.check, self.smtp = result
        for field in (self.address, self.platform):  # nothing to type when it is refused
            field.setEnabled(self.check.allowed)
        if self.smtp is not None:
            self.route.setText(tr(CTX, "It goes out through your mail server {label}.",
                                       label=self.smtp.label))
        else:
            self.route.setText(tr(CTX, "No SMTP server is set up (Settings → E-mail (SMTP)…), so "
                                       "your mail client opens with the message filled in; the "
                                       "delivery stays pending until you mark it delivered."))
        self.completeChanged.emit()

    def chosen_platform(self) -> Platform:
        return Platform(self.platform.currentData())

    def address_problem(self) -> str:
        try:
            download_link_message(self.address.text(), "", self.chosen_platform())
        except BadInput as error:
            return error_text(error)
        return ""

    def isComplete(self) -> bool:
        why = ""
        if self.check is None:
            why = tr(CTX, "Checking whether a link for this subscription may be sent…")
        elif not self.check.allowed:
            why = tr(CTX, "A download link for this subscription cannot be sent:<br>") + \
                reasons_html(self.check.reasons)
        elif not self.address.text().strip():
            why = tr(CTX, "Type the recipient's e-mail address.")
        else:
            why = escape(self.address_problem())
        self.why.setText(why)
        return not why

    def nextId(self) -> int:
        return REVIEW


class DevicesPage(_Page):
    """The account's devices; those SD-8 refuses are greyed with every reason."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Send to connected devices"))
        self.setSubTitle(tr(CTX, "Tick the devices to send to. Greyed devices cannot receive "
                                 "this subscription; select one to see why."))
        self.list = QListWidget(self)
        self.list.setObjectName("devices")
        self.list.setAccessibleName(tr(CTX, "Devices to send to"))
        self.list.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.list.currentItemChanged.connect(lambda item, _old: self._details(item))
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumHeight(54)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why = why_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.why)
        self.candidates: list[Candidate] = []
        self._loading = False
        follow_palette(self.list, self._grey_out)

    def _grey_out(self) -> None:
        """Devices that cannot receive it in the muted tone of the palette in use now."""
        muted = QBrush(tone_color("muted"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setForeground(muted)

    def initializePage(self) -> None:
        self.list.clear()
        self.candidates = []
        self._loading = True
        wizard, sub_id = self.wiz(), self.wiz().subscription_id()
        wizard.ctx.read(lambda: wizard.services.deliveries.candidates(sub_id), owner=self).success(
            self._load).failure(wizard.failed).run()
        self.completeChanged.emit()

    def _load(self, candidates: list[Candidate]) -> None:
        self._loading = False
        self.candidates = candidates
        self.list.blockSignals(True)
        for candidate in candidates:
            text = f"{candidate.name} ({PLATFORM_LABELS[Platform(candidate.platform)]})"
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, candidate.device_id)
            item.setCheckState(Qt.CheckState.Unchecked)
            if candidate.allowed:
                item.setText(text)
                item.setToolTip(tr(CTX, "Can receive this subscription."))
            else:
                # The reasons in words (SD-8); their codes are for the log and tests only.
                words = " ".join(render(r.msg) for r in candidate.reasons)
                item.setText(tr(CTX, "{value} — cannot receive: {reasons}", value=text,
                                reasons=words))
                item.setToolTip("\n".join(f"• {render(r.msg)}" for r in candidate.reasons))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self._grey_out()
        self.list.blockSignals(False)
        if candidates:
            self.list.setCurrentRow(0)
        self.completeChanged.emit()

    def _details(self, item: QListWidgetItem | None) -> None:
        candidate = self._candidate(item)
        if candidate is None:
            self.details.setText("")
        elif candidate.allowed:
            self.details.setText(tr(CTX, "<b>{candidate}</b> can receive this subscription.",
                                         candidate=escape(candidate.name)))
        else:
            self.details.setText(tr(CTX, "<b>{candidate}</b> cannot receive this subscription:<br>",
                                         candidate=escape(candidate.name))
                                 + reasons_html(candidate.reasons))

    def _candidate(self, item: QListWidgetItem | None) -> Candidate | None:
        if item is None:
            return None
        device_id = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.candidates if c.device_id == device_id), None)

    def chosen(self) -> list[Candidate]:
        items = (self.list.item(i) for i in range(self.list.count()))
        picked = (self._candidate(i) for i in items if i.checkState() == Qt.CheckState.Checked)
        return [c for c in picked if c is not None and c.allowed]

    def isComplete(self) -> bool:
        if self._loading:
            why = tr(CTX, "Loading the account's devices…")
        elif not self.candidates:
            why = tr(CTX, "The subscription's account has no devices.")
        elif not any(c.allowed for c in self.candidates):
            why = tr(CTX, "No device of the account can receive this subscription; select a "
                          "device to see why, or go Back and send a download link instead.")
        elif not self.chosen():
            why = tr(CTX, "Tick at least one device to send to.")
        else:
            why = ""
        self.why.setText(why)
        return not why

    def nextId(self) -> int:
        return REVIEW
