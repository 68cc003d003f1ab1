"""Payment (VL-3, cards) and review (VL-6, VL-17) pages of a new volume subscription.

The payment page offers exactly the methods the vendor's terms profile accepts, as
``PurchasingService.payment_methods`` says (VL-3: card only for ExpressVPN's website
volume plans); when the profile states none, every method, with a note that the
vendor's methods are not known. No field takes a whole card number or a CVV: the
last-four box holds four digits and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

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
from seatkeeper.domain.changes import Changed
from seatkeeper.domain.enums import PaymentMethod
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.volume import NewVolumeQuote
from seatkeeper.services.bundle import Services
from seatkeeper.services.purchasing import CompletedPurchase, PaymentChoice
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.tones import rich
from seatkeeper.ui.widgets.forms import LastFourEdit, ReasonLabel, named
from seatkeeper.ui.wizards.common import (
    LiveCheck,
    PageId,
    PurchaseState,
    money_text,
)

CTX = "PurchaseWizard"


def method_names() -> dict[PaymentMethod, str]:
    return {
        PaymentMethod.CREDIT_CARD: tr(CTX, "&Credit card"),
        PaymentMethod.PAYPAL: tr(CTX, "Pay&Pal"),
        PaymentMethod.BITCOIN: tr(CTX, "&Bitcoin"),
        PaymentMethod.PAYMENTWALL: tr(CTX, "Payment&wall"),
    }


def method_word(method: PaymentMethod) -> str:
    """The method's name without its keyboard mnemonic: "PayPal"."""
    return method_names()[method].replace("&", "")


class PaymentPage(QWizardPage):
    """The methods the vendor's terms accept (VL-3 where it applies), asked of the service."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(ctx)
        self.setTitle(tr(CTX, "Payment"))
        self.setSubTitle(tr(CTX, "Seatkeeper keeps only the card brand and its last four digits."))
        box = QGroupBox(tr(CTX, "Payment method"), self)
        box_layout = QVBoxLayout(box)
        self.accepted = named(QLabel(box), "acceptedMethods")
        self.accepted.setWordWrap(True)
        box_layout.addWidget(self.accepted)
        self.methods = QButtonGroup(self)
        self.radios: dict[PaymentMethod, QRadioButton] = {}
        for number, (method, text) in enumerate(method_names().items()):
            radio = QRadioButton(text, box)
            radio.setObjectName(f"method_{method.value}")
            self.methods.addButton(radio, number)
            self.radios[method] = radio
            box_layout.addWidget(radio)
        self.radios[PaymentMethod.CREDIT_CARD].setChecked(True)
        self.choice: PaymentChoice | None = None  # None until the service answered
        self.brand = named(QComboBox(self), "cardBrand")
        self.brand.addItem(tr(CTX, "Choose the brand…"), "")
        for brand in CARD_BRANDS:
            self.brand.addItem(brand, brand)
        self.last4 = named(LastFourEdit(self), "cardLast4")
        self.last4.setMaximumWidth(90)
        self.reason = ReasonLabel(self)
        form = QFormLayout()
        for text, widget in ((tr(CTX, "Card &brand:"), self.brand),
                             (tr(CTX, "&Last four digits:"), self.last4)):
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
        self.choice = None
        account = self.state.account
        for radio in self.radios.values():
            radio.setEnabled(False)
        self.accepted.setText("")
        self._refusal = tr(CTX, "Looking up the payment methods the vendor accepts…")
        self.reason.note(self._refusal)
        self.completeChanged.emit()
        if account is None:
            return
        account_id = account.account_id
        self.check.ask(lambda: self.services.purchasing.payment_methods(account_id),
                       self._offer, self._failed)

    def _failed(self, text: str) -> None:
        self._refusal = text
        self.reason.refusal(text)
        self.completeChanged.emit()

    def _offer(self, choice: PaymentChoice) -> None:
        """Show the methods the vendor's profile accepts, and no other."""
        self.choice = choice
        for method, radio in self.radios.items():
            radio.setVisible(method in choice.methods)
            radio.setEnabled(method in choice.methods)
        if self.method() not in choice.methods:
            self.radios[choice.methods[0]].setChecked(True)
        words = ", ".join(method_word(m) for m in choice.methods)
        if not choice.known:
            self.accepted.setText(tr(CTX, "{vendor}'s accepted payment methods are not known: "
                                          "check with the vendor that it takes the one you "
                                          "choose.", vendor=choice.vendor))
        elif choice.rule:
            self.accepted.setText(tr(CTX, "{vendor}'s terms for a volume purchase ({rule}): "
                                          "paid by {methods}.", vendor=choice.vendor,
                                     methods=words, rule=choice.rule))
        else:
            self.accepted.setText(tr(CTX, "{vendor}'s terms: paid by {methods}.",
                                     vendor=choice.vendor, methods=words))
        self._changed()

    def method(self) -> PaymentMethod:
        return next(m for m, radio in self.radios.items() if radio.isChecked())

    def _changed(self) -> None:
        if self.choice is None:  # the vendor's methods are not in yet
            return
        method = self.method()
        card = method is PaymentMethod.CREDIT_CARD
        self.brand.setEnabled(card)
        self.last4.setEnabled(card)
        if not card:  # the service decides what the vendor accepts; nothing of a card
            self._refusal = None
            self.reason.ok(tr(CTX, "Paid by {method}.", method=method_word(method)))
            self.completeChanged.emit()
            return
        try:  # pure domain check: instant, no I/O
            check_card(str(self.brand.currentData() or ""), self.last4.text())
        except KnownError as error:
            # A whole card number was typed and dropped: say so, not just "four digits".
            text = (self.last4.refusal() or error_text(error)) \
                if getattr(error, "field", None) == "card_last4" else error_text(error)
            self._refusal = text
            if not self.brand.currentData() and not self.last4.text() \
                    and not self.last4.typed_too_many:
                self.reason.note(text)  # nothing typed yet: what to do, not an error in red
            else:
                self.reason.refusal(text)
        else:
            self._refusal = None
            self.reason.ok(tr(CTX, "{currenttext} ending {last4}.",
                                   currenttext=self.brand.currentText(), last4=self.last4.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._refusal is None

    def validatePage(self) -> bool:
        self.state.method = self.method()
        card = self.state.method is PaymentMethod.CREDIT_CARD
        self.state.card_brand = str(self.brand.currentData() or "") if card else ""
        self.state.card_last4 = self.last4.text() if card else ""
        return self._refusal is None

    def nextId(self) -> int:
        return PageId.REVIEW_NEW


def table_html(rows: list[tuple[str, str]], strong: set[str] | None = None) -> str:
    """Label and value rows; shown with ``ui.tones.rich``, which colours the labels."""
    bold = strong or set()
    cells = "".join(
        f"<tr><td class='muted' style='padding:3px 16px 3px 0'>{escape(k)}</td>"
        f"<td style='padding:3px 0'>{'<b>' if k in bold else ''}{escape(v)}"
        f"{'</b>' if k in bold else ''}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


class ReviewNewPage(QWizardPage):
    """VL-17: the whole calculation before Finish: price, credit carried over, amount due."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(ctx)
        self.setTitle(tr(CTX, "Review and finish"))
        self.setSubTitle(tr(CTX, "Check the calculation. Finish completes the purchase and adds "
                                 "the "
                                 "seats to the roster."))
        self.figures = named(QLabel(self), "figures")
        self.figures.setWordWrap(True)
        self.name = named(QLineEdit(self), "subscriptionName")
        form = QFormLayout()
        label = QLabel(tr(CTX, "&Name in the roster:"), self)
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
        rich(self.figures, "")
        self.name.setPlaceholderText(tr(CTX, "Volume licence ({seats} seats)", seats=s.seats))
        if account is None or s.price is None:
            return
        self.reason.note(tr(CTX, "Working out the amount due…"))
        price = s.price
        self.check.ask(lambda: self.services.purchasing.quote_new_volume(
            account.account_id, s.seats, s.plan_months, price), self._show, self.reason.refusal)
        self.completeChanged.emit()

    def _show(self, quote: NewVolumeQuote) -> None:
        s = self.state
        self._quote = quote
        today = self.services.clock().date()
        rows = [
            (tr(CTX, "Vendor account"), f"{s.account.vendor} — {s.account.owner_email}"
             if s.account else ""),
            (tr(CTX, "Request"), f"#{s.order.order_id} (approved)" if s.order else ""),
            (tr(CTX, "Seats"), str(quote.seats)),
            (tr(CTX, "Billing cycle"), tr(CTX, "{months} months, renews on {renews}",
                                           months=quote.plan_months,
                                           renews=add_months(today, quote.plan_months))),
            (tr(CTX, "Monthly price per seat"), money_text(quote.unit_monthly_price)),
            (tr(CTX, "Price"), tr(CTX, "{seats} seats × {unit_monthly_price} × {plan_months} "
                                       "months = {price}",
                                   seats=quote.seats,
                                   unit_monthly_price=money_text(quote.unit_monthly_price),
                                   plan_months=quote.plan_months, price=money_text(quote.price))),
            (tr(CTX, "Credit from the current subscription"),
             tr(CTX, "{credit_available} available, {credit_used} used",
                     credit_available=money_text(quote.credit_available),
                     credit_used=money_text(quote.credit_used))),
            (tr(CTX, "Amount due"), money_text(quote.amount_due)),
            (tr(CTX, "Paid by"), tr(CTX, "{card_brand} ending {card_last4}",
                                     card_brand=s.card_brand, card_last4=s.card_last4)
             if s.method is PaymentMethod.CREDIT_CARD else method_word(s.method)),
        ]
        rich(self.figures, table_html(rows, {tr(CTX, "Amount due")}))
        self.reason.note(tr(CTX, "The current individual subscription keeps running; its "
                                 "unused credit is taken off this first invoice. All amounts "
                                 "in {currency}.",
                                 currency=quote.currency))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._quote is not None

    def finish_work(self) -> Callable[[], Changed[CompletedPurchase]]:
        s, order = self.state, self.state.order
        assert order is not None
        assert s.price is not None
        price, name = s.price, self.name.text()
        return lambda: self.services.purchasing.complete(
            order.order_id, seats=s.seats, plan_months=s.plan_months, unit_monthly_price=price,
            method=s.method, card_brand=s.card_brand, card_last4=s.card_last4, name=name)

    def nextId(self) -> int:
        return -1
