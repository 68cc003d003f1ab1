"""Start a new plan on a subscription whose seats are all cancelled (VL-16).

Seats (at least 5, VL-2), billing cycle and the card (brand + last four,
VL-3); the service refuses anything else, and the refusal stays here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.cards import CARD_BRANDS
from seatkeeper.domain.enums import PaymentMethod
from seatkeeper.domain.errors import KnownError
from seatkeeper.services.bundle import Services
from seatkeeper.services.plans import SubscriptionState
from seatkeeper.ui.messages import show_error
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.wizards.common import ReasonLabel, named


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewPlanDialog", text)


class NewPlanDialog(QDialog):
    """A fresh term and fresh seats under the same subscription."""

    def __init__(self, runner: TaskRunner, services: Services, subscription_id: int,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.services, self.subscription_id = runner, services, subscription_id
        self.result_state: SubscriptionState | None = None
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(_tr("Start a new plan"))
        intro = QLabel(_tr("Every seat of “%1” is cancelled, so a new plan can start: new "
                           "seats, a new billing cycle from today, paid by credit card.")
                       .replace("%1", title), self)
        intro.setWordWrap(True)
        self.seats = named(QSpinBox(self, minimum=0, maximum=100_000, value=5), "newPlanSeats")
        self.months = named(QSpinBox(self, minimum=1, maximum=120, value=12), "newPlanMonths")
        self.months.setSuffix(_tr(" months"))
        self.brand = named(QComboBox(self), "newPlanBrand")
        self.brand.addItems(list(CARD_BRANDS))
        self.last4 = named(QLineEdit(self), "newPlanLast4")
        self.last4.setMaxLength(4)
        self.last4.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"),
                                                            self.last4))
        form = QFormLayout()
        for text, widget in ((_tr("&Seats:"), self.seats), (_tr("&Billing cycle:"), self.months),
                             (_tr("Card &brand:"), self.brand),
                             (_tr("&Last four digits:"), self.last4)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.reason = ReasonLabel(self)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(_tr("S&tart plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _save(self) -> None:
        seats, months = self.seats.value(), self.months.value()
        brand, last4, sub = self.brand.currentText(), self.last4.text(), self.subscription_id
        self.ok.setEnabled(False)
        self.reason.note(_tr("Saving…"))
        self.runner.run(lambda: self.services.seats.start_new_plan(
            sub, seats=seats, plan_months=months, method=PaymentMethod.CREDIT_CARD,
            card_brand=brand, card_last4=last4).value, self._saved, self._failed, write=True)

    def _saved(self, state: SubscriptionState) -> None:
        self.result_state = state
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(error, KnownError):
            self.reason.refusal(error.message)
        else:
            show_error(self, error)
