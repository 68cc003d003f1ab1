"""The purchase-seats wizard: a new volume subscription, or seats added to one.

Finish runs the purchase on the writer thread; the wizard closes only when
the service said yes, and reports what was bought through ``purchased``.
A refusal at that moment stays on the review page, in plain words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.bundle import Services
from seatkeeper.services.purchasing import AddedSeats, CompletedPurchase
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.counts import seats_text
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.tones import tint
from seatkeeper.ui.wizards.add_seats_pages import AddCountPage, PickSubscriptionPage, ReviewAddPage
from seatkeeper.ui.wizards.common import PageId, PurchaseState, setup_wizard
from seatkeeper.ui.wizards.new_volume_pages import AccountPage, ApprovalPage, SeatsPage
from seatkeeper.ui.wizards.payment_review_pages import PaymentPage, ReviewNewPage

CTX = "PurchaseWizard"


class ChoosePage(QWizardPage):
    """The two paths: a new volume subscription, or seats added to an existing one."""

    def __init__(self, state: PurchaseState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(tr(CTX, "Purchase seats"))
        self.setSubTitle(tr(CTX, "What would you like to buy?"))
        self.new_volume = QRadioButton(tr(CTX, "&New volume subscription"), self)
        self.new_volume.setObjectName("pathNew")
        self.add_seats = QRadioButton(tr(CTX, "&Add seats to a volume subscription"), self)
        self.add_seats.setObjectName("pathAdd")
        self.new_volume.setChecked(True)
        layout = QVBoxLayout(self)
        for radio, hint in (
            (self.new_volume, tr(CTX, "Five seats or more for one vendor account, paid by credit "
                                      "card. The vendor approves the request first.")),
            (self.add_seats, tr(CTX, "Seats join a running volume subscription, are charged for "
                                     "the months left, and renew with it on the same date.")),
        ):
            note = QLabel(hint, self)
            note.setWordWrap(True)
            tint(note, "muted", "margin-left:22px;margin-bottom:10px")
            layout.addWidget(radio)
            layout.addWidget(note)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        self.state.new_volume = self.new_volume.isChecked()
        return True

    def nextId(self) -> int:
        return PageId.ACCOUNT if self.new_volume.isChecked() else PageId.PICK_SUBSCRIPTION


class PurchaseWizard(QWizard):
    """Buy volume seats; ``purchased`` carries a one-line summary of what was bought."""

    purchased = Signal(str)

    def __init__(self, ctx: WindowContext, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.state = PurchaseState()
        self.setObjectName("purchaseWizard")
        self.setWindowTitle(tr(CTX, "Purchase seats"))
        setup_wizard(self)
        self.setMinimumSize(640, 470)
        s = self.state
        pages: dict[PageId, QWizardPage] = {
            PageId.CHOOSE: ChoosePage(s),
            PageId.ACCOUNT: AccountPage(s, ctx, services),
            PageId.APPROVAL: ApprovalPage(s, ctx, services),
            PageId.SEATS: SeatsPage(s, ctx, services),
            PageId.PAYMENT: PaymentPage(s, ctx, services),
            PageId.REVIEW_NEW: ReviewNewPage(s, ctx, services),
            PageId.PICK_SUBSCRIPTION: PickSubscriptionPage(s, ctx, services),
            PageId.ADD_COUNT: AddCountPage(s, ctx, services),
            PageId.REVIEW_ADD: ReviewAddPage(s, ctx, services),
        }
        for page_id, page in pages.items():
            page.setObjectName(f"page_{page_id.name.lower()}")
            self.setPage(page_id, page)
        self.setStartId(PageId.CHOOSE)
        self._finishing = False

    def accept(self) -> None:
        page = self.currentPage()
        if self._finishing or not isinstance(page, ReviewNewPage | ReviewAddPage):
            return
        self._finishing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        page.reason.note(tr(CTX, "Saving the purchase…"))
        self.ctx.write(page.finish_work(), owner=self).success(self._done).failure(
            self._failed).run(initiator=self)

    def _done(self, result: Any) -> None:
        if isinstance(result, CompletedPurchase):
            text = tr(CTX, "Volume subscription bought: {count} seats ({licence_ids} to "
                           "{licence_ids2}), {amount_due} due.",
                           count=len(result.licence_ids), licence_ids=result.licence_ids[0],
                           licence_ids2=result.licence_ids[-1], amount_due=result.quote.amount_due)
        elif isinstance(result, AddedSeats):
            text = tr(CTX, "{seats} added ({licence_ids} to {licence_ids2}) for {total}; "
                           "renewal date unchanged.",
                           seats=seats_text(len(result.licence_ids)),
                           licence_ids=result.licence_ids[0],
                           licence_ids2=result.licence_ids[-1], total=result.quote.total)
        else:
            text = tr(CTX, "Purchase saved.")
        self.state.outcome.append(text)
        self.purchased.emit(text)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._finishing = False
        page = self.currentPage()
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if isinstance(error, KnownError) and isinstance(page, ReviewNewPage | ReviewAddPage):
            page.reason.refusal(error_text(error))
            # Nothing was bought; the admin can go back and change the choice or cancel.
            self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        else:
            self.ctx.messages.fail(error, tr(CTX, "Purchase not saved"))
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
