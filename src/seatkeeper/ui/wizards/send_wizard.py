"""The Send-subscription wizard: review, send on a worker, say what happened (SD-1 to SD-8).

With no SMTP server the e-mail path opens the mail client (mailto) and records
the delivery as pending, since nobody can know whether the admin pressed Send
there (SD-1, SD-4).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.delivery import (
    PLATFORM_LABELS,
    download_link_message,
    mailto_url,
    sending_device_hint,
)
from seatkeeper.domain.enums import DeliveryMethod, Platform
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import Message
from seatkeeper.services.bundle import Services
from seatkeeper.services.deliveries import WINDOW_NOTE, DeliveryRow, SendResult
from seatkeeper.services.mail import LinkOutcome
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import error_text, render, tr
from seatkeeper.ui.models.delivery_table_model import status_text
from seatkeeper.ui.tones import rich
from seatkeeper.ui.wizards.common import setup_wizard
from seatkeeper.ui.wizards.send_pages import (
    DEVICES,
    EMAIL,
    METHOD,
    RESULT,
    REVIEW,
    SUBSCRIPTION,
    DevicesPage,
    EmailPage,
    MethodPage,
    SubscriptionPage,
    _Page,
)

CTX = "SendWizard"


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class _OwnPage(_Page):
    """A page of this module's own, which knows the whole wizard."""

    def wiz(self) -> SendWizard:
        return self.wizard()  # type: ignore[return-value]


class ReviewPage(_OwnPage):
    """What will be sent where; its commit button is "Send"."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Check before sending"))
        self.setSubTitle(tr(CTX, "Nothing has been sent yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr(CTX, "&Send"))
        self.summary = _label(self)
        self.summary.setObjectName("summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wiz()
        name = escape(wizard.subscription_name())
        if wizard.by_email():
            route = (tr(CTX, "through {label}", label=escape(wizard.email_page.smtp.label))
                     if wizard.email_page.smtp else tr(CTX, "from your mail client"))
            text = (tr(CTX, "A download link for <b>{value}</b> (the app for {chosen_platform}) "
                            "goes by e-mail to "
                            "<b>{address}</b>, {route}.",
                            value=name,
                            chosen_platform=PLATFORM_LABELS[wizard.email_page.chosen_platform()],
                            address=escape(wizard.email_page.address.text().strip()), route=route))
        else:
            names = "".join(f"<li>{escape(c.name)}</li>" for c in wizard.devices_page.chosen())
            text = tr(CTX, "<b>{value}</b> goes to these devices:", value=name) + \
                f"<ul>{names}</ul>" + escape(render(WINDOW_NOTE()))
        self.summary.setText(text + "<p>" + tr(CTX, "Press Send to send it now.") + "</p>")

    def nextId(self) -> int:
        return RESULT


class ResultPage(_OwnPage):
    """Sends on entry; then says what went out, the 24 hours (SD-4) and SD-7's hint."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Sending"))
        self.setSubTitle(tr(CTX, "What went out, and what happens next."))
        self.text = _label(self)
        self.text.setObjectName("result")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.done = False
        self.deliveries: tuple[DeliveryRow, ...] = ()

    def initializePage(self) -> None:
        self.done = False
        rich(self.text, escape(tr(CTX, "Sending…")))
        self.wiz().send()

    def show_sent(self, deliveries: tuple[DeliveryRow, ...], lead: str,
                  notes: list[str | Message],
                  title: str = "") -> None:
        self.deliveries = deliveries
        self.setTitle(title or tr(CTX, "Sent"))
        items = "".join(f"<li>{escape(d.device or d.email or '')} — "
                        f"{escape(status_text(d.status))}</li>" for d in deliveries)
        body = "".join(f"<p>{escape(n if isinstance(n, str) else render(n))}</p>"
                       for n in notes)
        self._finish(f"<p>{escape(lead)}</p><ul>{items}</ul>{body}")

    def show_failure(self, message: str) -> None:
        self.setTitle(tr(CTX, "Not sent"))
        self._finish("<p class='refusal'>" + escape(message).replace("\n", "<br>")
                     + "</p><p>" + tr(CTX, "Nothing was recorded. Close the wizard, fix the "
                                           "cause and send again.") + "</p>")

    def _finish(self, html: str) -> None:
        rich(self.text, html)
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class SendWizard(QWizard):
    """Choose, target, review, send. ``sent`` fires after anything was recorded."""

    sent = Signal()

    def __init__(self, ctx: WindowContext, services: Services, *,
                 preselect: int | None = None, parent: QWidget | None = None,
                 open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.ctx, self.services, self._open_url = ctx, services, open_url
        self.setObjectName("sendWizard")
        self.setWindowTitle(tr(CTX, "Send subscription"))
        setup_wizard(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)  # sent: nothing to cancel
        self.resize(740, 470)
        self.subscription_page = SubscriptionPage()
        self.method_page = MethodPage()
        self.email_page = EmailPage()
        self.devices_page = DevicesPage()
        self.review_page = ReviewPage()
        self.result_page = ResultPage()
        for page_id, page in ((SUBSCRIPTION, self.subscription_page),
                              (METHOD, self.method_page), (EMAIL, self.email_page),
                              (DEVICES, self.devices_page), (REVIEW, self.review_page),
                              (RESULT, self.result_page)):
            self.setPage(page_id, page)
        ctx.read(services.roster.subscriptions, owner=self).success(
            lambda rows: self.subscription_page.load(rows, preselect)).failure(
            self.failed).run()

    # -- what the pages ask --------------------------------------------------------
    def subscription_id(self) -> int:
        row = self.subscription_page.current()
        assert row is not None  # the page cannot be left without one
        return row.subscription_id

    def subscription_name(self) -> str:
        row = self.subscription_page.current()
        return row.name if row is not None else ""

    def by_email(self) -> bool:
        return self.method_page.email.isChecked()

    def failed(self, error: BaseException) -> None:
        if self.currentId() == RESULT and isinstance(error, KnownError):
            self.result_page.show_failure(error_text(error))
            return
        if self.currentId() == RESULT:
            self.result_page.show_failure(tr(CTX, "Sending failed unexpectedly."))
        self.ctx.messages.fail(error, tr(CTX, "Send subscription"))

    # -- sending -------------------------------------------------------------------
    def send(self) -> None:
        sub_id, deliveries = self.subscription_id(), self.services.deliveries
        if not self.by_email():
            ids = [c.device_id for c in self.devices_page.chosen()]
            self.ctx.write(lambda: deliveries.send_to_devices(sub_id, ids), owner=self).success(
                self._devices_sent).failure(self.failed).run(initiator=self)
            return
        to = self.email_page.address.text().strip()
        platform, name, mail = (self.email_page.chosen_platform(), self.subscription_name(),
                                self.services.mail)

        def work() -> Changed[LinkOutcome]:
            if mail is not None:
                return mail.send_download_link(sub_id, to, platform, render)
            # No keyring, so no SMTP password: the mail client is the only way.
            return Changed(LinkOutcome(None, mailto_url(download_link_message(to, name, platform,
                                                                              render))),
                           Changes.nothing())
        self.ctx.write(work, owner=self).success(
            lambda outcome: self._link_done(outcome, to, platform)).failure(self.failed).run(
            initiator=self)

    def _devices_sent(self, result: SendResult) -> None:
        self.sent.emit()
        count = len(result.deliveries)
        lead = tr(CTX, "“{subscription}” was sent to {n} device(s):", n=count,
                  subscription=self.subscription_name())
        self.result_page.show_sent(result.deliveries, lead, [result.window_note, result.hint])

    def _link_done(self, outcome: LinkOutcome, to: str, platform: Platform) -> None:
        if outcome.delivery is not None:
            self.sent.emit()
            self.result_page.show_sent(
                (outcome.delivery,),
                tr(CTX, "The download link was accepted by your mail server for:"),
                # SD-4's 24 hours, said for a link already recorded delivered.
                [tr(CTX, "It is recorded as delivered. Installing the app and receiving the "
                         "subscription on the new device can take up to 24 hours."),
                 sending_device_hint(DeliveryMethod.EMAIL_LINK)])
            return
        assert outcome.mailto is not None
        if not self._open_url(QUrl(outcome.mailto)):
            # The message is not lost: it goes to the clipboard, to paste into any mail
            # program or webmail (it holds a download link, no secret).
            draft = download_link_message(to, self.subscription_name(), platform, render)
            QGuiApplication.clipboard().setText(
                tr(CTX, "To: {to}\nSubject: {subject}\n\n{body}", to=draft.to,
                   subject=draft.subject, body=draft.body))
            self.result_page.show_failure(tr(CTX, "The mail client could not be opened. The "
                                                  "message to {to} is on the clipboard: paste it "
                                                  "into your mail program and send it, or set up "
                                                  "an SMTP server in Settings → E-mail (SMTP)…",
                                             to=to))
            return
        sub_id, deliveries = self.subscription_id(), self.services.deliveries
        self.ctx.write(lambda: deliveries.record_link_sent(sub_id, to, platform,
                                                           confirmed=False),
                       owner=self).success(self._mailto_recorded).failure(self.failed).run(
            initiator=self)

    def _mailto_recorded(self, row: DeliveryRow) -> None:
        self.sent.emit()
        self.result_page.show_sent(
            (row,), tr(CTX, "Your mail client opened with the message filled in. Send it from "
                            "there. It is recorded as pending for:"),
            [tr(CTX, "Mark it delivered on the Deliveries screen once it is sent, or undo it if "
                     "you did not send it."), WINDOW_NOTE(),
             sending_device_hint(DeliveryMethod.EMAIL_LINK)],
            title=tr(CTX, "Handed to your mail client"))
