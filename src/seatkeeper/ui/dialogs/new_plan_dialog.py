"""Start a new plan on a subscription whose seats are all cancelled (VL-16).

Seats (at least 5, VL-2), billing cycle and the card (brand + last four,
VL-3); the service refuses anything else, and the refusal stays here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.cards import CARD_BRANDS
from seatkeeper.domain.enums import PaymentMethod
from seatkeeper.services.bundle import Services
from seatkeeper.services.plans import SubscriptionState
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.widgets.forms import Busy, LastFourEdit, ReasonLabel, named

CTX = "NewPlanDialog"


class NewPlanDialog(QDialog):
    """A fresh term and fresh seats under the same subscription."""

    def __init__(self, ctx: WindowContext, services: Services, subscription_id: int,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.subscription_id = ctx, services, subscription_id
        self.result_state: SubscriptionState | None = None
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(tr(CTX, "Start a new plan"))
        intro = QLabel(tr(CTX, "Every seat of “{title}” is cancelled, so a new plan can start: new "
                               "seats, a new billing cycle from today, paid by credit card.",
                               title=title), self)
        intro.setWordWrap(True)
        self.seats = named(QSpinBox(self, minimum=0, maximum=100_000, value=5), "newPlanSeats")
        self.months = named(QSpinBox(self, minimum=1, maximum=120, value=12), "newPlanMonths")
        self.months.setSuffix(tr(CTX, " months"))
        self.brand = named(QComboBox(self), "newPlanBrand")
        self.brand.addItems(list(CARD_BRANDS))
        self.last4 = named(LastFourEdit(self), "newPlanLast4")
        form = QFormLayout()
        for text, widget in ((tr(CTX, "&Seats:"), self.seats),
                             (tr(CTX, "&Billing cycle:"), self.months),
                             (tr(CTX, "Card &brand:"), self.brand),
                             (tr(CTX, "&Last four digits:"), self.last4)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.reason = ReasonLabel(self)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(tr(CTX, "S&tart plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.last4.textChanged.connect(self._last4_changed)

    def _last4_changed(self, _text: str) -> None:
        if self.last4.typed_too_many:
            self.reason.refusal(self.last4.refusal() or "")
        elif self.last4.refusal() is None:
            self.reason.clear()

    def _save(self) -> None:
        seats, months = self.seats.value(), self.months.value()
        brand, last4, sub = self.brand.currentText(), self.last4.text(), self.subscription_id
        seats_service = self.services.seats
        self.ctx.write(lambda: seats_service.start_new_plan(
            sub, seats=seats, plan_months=months, method=PaymentMethod.CREDIT_CARD,
            card_brand=brand, card_last4=last4), owner=self).busy(
            Busy(self.reason, [self.ok])).success(self._saved).run(initiator=self)

    def _saved(self, state: SubscriptionState) -> None:
        self.result_state = state
        self.accept()
