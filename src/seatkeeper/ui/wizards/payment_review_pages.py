"""Payment (VL-3, cards) and review (VL-6, VL-17) pages of a new volume subscription.

No field takes a whole card number or a CVV: the last-four box holds four
digits and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from seatkeeper.domain.cards import CARD_BRANDS, check_card
from seatkeeper.domain.enums import PaymentMethod
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.volume import NewVolumeQuote, check_payment_method
from seatkeeper.services.bundle import Services
from seatkeeper.services.purchasing import CompletedPurchase
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.wizards.common import (
    LiveCheck,
    PageId,
    PurchaseState,
    ReasonLabel,
    _tr,
    money_text,
    named,
)

METHOD_NAMES = {
    PaymentMethod.CREDIT_CARD: "&Credit card",
    PaymentMethod.PAYPAL: "Pay&Pal",
    PaymentMethod.BITCOIN: "&Bitcoin",
    PaymentMethod.PAYMENTWALL: "Payment&wall",
}


class PaymentPage(QWizardPage):
    """VL-3: credit card only; other methods are shown and refused with the reason."""

    def __init__(self, state: PurchaseState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(_tr("Payment"))
        self.setSubTitle(_tr("Seatkeeper keeps only the card brand and its last four digits."))
        box = QGroupBox(_tr("Payment method"), self)
        box_layout = QVBoxLayout(box)
        self.methods = QButtonGroup(self)
        self.radios: dict[PaymentMethod, QRadioButton] = {}
        for number, (method, text) in enumerate(METHOD_NAMES.items()):
            radio = QRadioButton(_tr(text), box)
            radio.setObjectName(f"method_{method.value}")
            self.methods.addButton(radio, number)
            self.radios[method] = radio
            box_layout.addWidget(radio)
        self.radios[PaymentMethod.CREDIT_CARD].setChecked(True)
        self.brand = named(QComboBox(self), "cardBrand")
        self.brand.addItem(_tr("Choose the brand…"), "")
        for brand in CARD_BRANDS:
            self.brand.addItem(brand, brand)
        self.last4 = named(QLineEdit(self), "cardLast4")
        self.last4.setMaxLength(4)  # a whole card number cannot even be typed here
        self.last4.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"),
                                                            self.last4))
        self.last4.setPlaceholderText(_tr("4 digits"))
        self.last4.setMaximumWidth(90)
        self.reason = ReasonLabel(self)
        form = QFormLayout()
        for text, widget in ((_tr("Card &brand:"), self.brand),
                             (_tr("&Last four digits:"), self.last4)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        self.methods.idToggled.connect(lambda _id, _on: self._changed())
        self.brand.currentIndexChanged.connect(lambda _i: self._changed())
        self.last4.textChanged.connect(lambda _t: self._changed())
        self._refusal: str | None = None

    def initializePage(self) -> None:
        self._changed()

    def method(self) -> PaymentMethod:
        return next(m for m, radio in self.radios.items() if radio.isChecked())

    def _changed(self) -> None:
        method = self.method()
        card = method is PaymentMethod.CREDIT_CARD
        self.brand.setEnabled(card)
        self.last4.setEnabled(card)
        try:  # pure domain checks: instant, no I/O
            check_payment_method(method)
            check_card(str(self.brand.currentData() or ""), self.last4.text())
        except KnownError as error:
            self._refusal = error.message
            self.reason.refusal(error.message)
        else:
            self._refusal = None
            self.reason.ok(_tr("%1 ending %2.").replace("%1", self.brand.currentText())
                           .replace("%2", self.last4.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._refusal is None

    def validatePage(self) -> bool:
        self.state.method = self.method()
        self.state.card_brand = str(self.brand.currentData() or "")
        self.state.card_last4 = self.last4.text()
        return self._refusal is None

    def nextId(self) -> int:
        return PageId.REVIEW_NEW


def table_html(rows: list[tuple[str, str]], strong: set[str] | None = None) -> str:
    bold = strong or set()
    cells = "".join(
        f"<tr><td style='padding:3px 16px 3px 0;color:#444'>{escape(k)}</td>"
        f"<td style='padding:3px 0'>{'<b>' if k in bold else ''}{escape(v)}"
        f"{'</b>' if k in bold else ''}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


class ReviewNewPage(QWizardPage):
    """VL-17: the whole calculation before Finish: price, credit carried over, amount due."""

    def __init__(self, state: PurchaseState, runner: TaskRunner, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(runner)
        self.setTitle(_tr("Review and finish"))
        self.setSubTitle(_tr("Check the calculation. Finish completes the purchase and adds the "
                             "seats to the roster."))
        self.figures = named(QLabel(self), "figures")
        self.figures.setWordWrap(True)
        self.name = named(QLineEdit(self), "subscriptionName")
        form = QFormLayout()
        label = QLabel(_tr("&Name in the roster:"), self)
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        self.reason = ReasonLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        self._quote: NewVolumeQuote | None = None

    def initializePage(self) -> None:
        s, account = self.state, self.state.account
        self._quote = None
        self.figures.clear()
        self.name.setPlaceholderText(_tr("Volume licence (%1 seats)").replace("%1", str(s.seats)))
        if account is None or s.price is None:
            return
        self.reason.note(_tr("Working out the amount due…"))
        price = s.price
        self.check.ask(lambda: self.services.purchasing.quote_new_volume(
            account.account_id, s.seats, s.plan_months, price), self._show, self.reason.refusal)
        self.completeChanged.emit()

    def _show(self, quote: NewVolumeQuote) -> None:
        s = self.state
        self._quote = quote
        today = self.services.clock().date()
        rows = [
            (_tr("Vendor account"), f"{s.account.vendor} — {s.account.owner_email}"
             if s.account else ""),
            (_tr("Request"), f"#{s.order.order_id} (approved)" if s.order else ""),
            (_tr("Seats"), str(quote.seats)),
            (_tr("Billing cycle"), _tr("%1 months, renews on %2")
             .replace("%1", str(quote.plan_months))
             .replace("%2", add_months(today, quote.plan_months).isoformat())),
            (_tr("Monthly price per seat"), money_text(quote.unit_monthly_price)),
            (_tr("Price"), _tr("%1 seats × %2 × %3 months = %4")
             .replace("%1", str(quote.seats)).replace("%2", money_text(quote.unit_monthly_price))
             .replace("%3", str(quote.plan_months)).replace("%4", money_text(quote.price))),
            (_tr("Credit from the current subscription"),
             _tr("%1 available, %2 used").replace("%1", money_text(quote.credit_available))
             .replace("%2", money_text(quote.credit_used))),
            (_tr("Amount due"), money_text(quote.amount_due)),
            (_tr("Paid by"), _tr("%1 ending %2").replace("%1", s.card_brand)
             .replace("%2", s.card_last4)),
        ]
        self.figures.setText(table_html(rows, {_tr("Amount due")}))
        self.reason.note(_tr("The current individual subscription keeps running; its unused "
                             "credit is taken off this first invoice. All amounts in %1.")
                         .replace("%1", quote.currency))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._quote is not None

    def finish_work(self) -> Callable[[], CompletedPurchase]:
        s, order = self.state, self.state.order
        assert order is not None
        assert s.price is not None
        price, name = s.price, self.name.text()
        return lambda: self.services.purchasing.complete(
            order.order_id, seats=s.seats, plan_months=s.plan_months, unit_monthly_price=price,
            method=s.method, card_brand=s.card_brand, card_last4=s.card_last4, name=name).value

    def nextId(self) -> int:
        return -1
