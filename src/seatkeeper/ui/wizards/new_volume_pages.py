"""Pages of the "new volume subscription" path: account, approval, seats, payment.

Each page asks the services and shows their answer; the rules (VL-2, VL-3,
VL-4) live in the domain and come back here as plain-words refusals.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.volume import NewVolumeQuote
from seatkeeper.services.bundle import Services
from seatkeeper.services.lookups import AccountChoice
from seatkeeper.services.purchasing import VolumeOrder
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.widgets.forms import ReasonLabel, named
from seatkeeper.ui.wizards.common import (
    CURRENCIES,
    LiveCheck,
    PageId,
    PurchaseState,
    money_text,
    parse_price,
)

CTX = "PurchaseWizard"


class AccountPage(QWizardPage):
    """VL-4: a volume licence is requested for an existing vendor account."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(ctx)
        self.setTitle(tr(CTX, "Vendor account"))
        self.setSubTitle(tr(CTX, "Which vendor account is the volume licence for? Its owner "
                                 "controls every seat."))
        self.accounts = QComboBox(self)
        self.accounts.setObjectName("accounts")
        self.accounts.currentIndexChanged.connect(lambda _i: self._changed())
        self.reason = ReasonLabel(self)
        form = QFormLayout()
        label = QLabel(tr(CTX, "&Account:"), self)
        label.setBuddy(self.accounts)
        form.addRow(label, self.accounts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        self._loaded = False

    def initializePage(self) -> None:
        if self.state.order is not None:  # a request exists: it belongs to this account
            self.accounts.setEnabled(False)
            self.reason.note(tr(CTX, "A request was recorded for this account. To buy for another "
                                     "account, cancel the wizard and start again."))
            return
        if not self._loaded:
            self.reason.note(tr(CTX, "Loading the vendor accounts…"))
            self.check.ask(self.services.lookups.accounts, self._show, self.reason.refusal)

    def _show(self, accounts: list[AccountChoice]) -> None:
        self._loaded = True
        self.accounts.clear()
        for account in accounts:
            self.accounts.addItem(f"{account.vendor} — {account.owner_email}", account)
        self._changed()

    def _changed(self) -> None:
        if self.accounts.count() == 0 and self._loaded:
            self.reason.refusal(tr(CTX, "The roster has no vendor account. A volume licence can be "
                                        "requested only for an existing vendor account; add or buy "
                                        "the account first."))
        elif self.current() is not None:
            self.reason.note(tr(CTX, "Next: record the purchase request for this account."))
        self.completeChanged.emit()

    def current(self) -> AccountChoice | None:
        value = self.accounts.currentData()
        return value if isinstance(value, AccountChoice) else None

    def isComplete(self) -> bool:
        return self.current() is not None

    def validatePage(self) -> bool:
        if self.state.order is None:
            self.state.account = self.current()
        return self.state.account is not None

    def nextId(self) -> int:
        return PageId.APPROVAL


class ApprovalPage(QWizardPage):
    """VL-4: requested -> approved; only an approved request can be completed."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(ctx)
        self.setTitle(tr(CTX, "Request and approval"))
        self.setSubTitle(tr(CTX, "A volume purchase goes requested → approved → completed. Record "
                                 "the request, then mark it approved when the vendor says so."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.request_button = QPushButton(tr(CTX, "&Record the request"), self)
        self.request_button.setObjectName("recordRequest")
        self.request_button.clicked.connect(self._request)
        self.approve_button = QPushButton(tr(CTX, "A&pproved by the vendor"), self)
        self.approve_button.setObjectName("approveRequest")
        self.approve_button.clicked.connect(self._approve)
        self.status = QLabel(self)
        self.status.setObjectName("orderStatus")
        self.status.setWordWrap(True)
        self.reason = ReasonLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.reason)

    def initializePage(self) -> None:
        account = self.state.account
        if account is not None:
            self.summary.setText(tr(CTX, "Account: {vendor} (owner {owner_email})",
                                         vendor=account.vendor, owner_email=account.owner_email))
        self._show_state()

    def _request(self) -> None:
        account = self.state.account
        if account is None:
            return
        self._busy(tr(CTX, "Recording the request…"))
        self.check.act(lambda: self.services.purchasing.request_new_volume(account.account_id),
                       self._moved, self._refused)

    def _approve(self) -> None:
        order = self.state.order
        if order is None:
            return
        self._busy(tr(CTX, "Marking the request approved…"))
        self.check.act(lambda: self.services.purchasing.approve(order.order_id),
                       self._moved, self._refused)

    def _busy(self, text: str) -> None:
        self.request_button.setEnabled(False)
        self.approve_button.setEnabled(False)
        self.reason.note(text)

    def _moved(self, order: VolumeOrder) -> None:
        self.state.order = order
        self._show_state()

    def _refused(self, text: str) -> None:
        self._show_state()
        self.reason.refusal(text)

    def _show_state(self) -> None:
        order = self.state.order
        status = order.status if order is not None else None
        self.request_button.setEnabled(order is None)
        self.approve_button.setEnabled(status == "requested")
        if order is None:
            self.status.setText(tr(CTX, "No request recorded yet."))
            self.reason.note(tr(CTX, "Next is disabled: record the purchase request first."))
        elif status == "requested":
            self.status.setText(tr(CTX, "Request #{order_id} recorded — waiting for the vendor's "
                                        "approval.",
                                        order_id=order.order_id))
            self.reason.note(tr(CTX, "Next is disabled until the vendor has approved the request: "
                                     "only an approved request can be completed."))
        else:
            self.status.setText(tr(CTX, "Request #{order_id} is {status}.",
                                        order_id=order.order_id, status=status))
            if status == "approved":
                self.reason.ok(tr(CTX, "Approved. Next: choose the seats and the billing cycle."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.state.order is not None and self.state.order.status == "approved"

    def nextId(self) -> int:
        return PageId.SEATS


class SeatsPage(QWizardPage):
    """VL-2: at least 5 seats; the price is quoted by the service as the admin types."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(ctx)
        self.setTitle(tr(CTX, "Seats and billing cycle"))
        self.setSubTitle(tr(CTX, "How many seats, how long each billing cycle is, and what one "
                                 "seat "
                                 "costs per month."))
        self.seats = named(QSpinBox(self, minimum=0, maximum=100_000, value=5), "seats")
        self.seats.setAccessibleName(tr(CTX, "Number of seats"))
        self.months = named(QSpinBox(self, minimum=1, maximum=120, value=12), "planMonths")
        self.months.setSuffix(tr(CTX, " months"))
        for spin in (self.seats, self.months):
            spin.setMaximumWidth(140)  # a count, not a paragraph
        self.price = named(QLineEdit(self), "price")
        self.price.setPlaceholderText(tr(CTX, "e.g. 8.32"))
        self.currency = named(QComboBox(self), "currency")
        self.currency.setAccessibleName(tr(CTX, "Currency"))
        self.currency.addItems(list(CURRENCIES))
        self.reason = ReasonLabel(self)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price)
        price_row.addWidget(self.currency)
        price_row.addStretch(1)
        self.price.setMaximumWidth(140)
        form = QFormLayout()
        for text, widget in ((tr(CTX, "Number of &seats:"), self.seats),
                             (tr(CTX, "&Billing cycle:"), self.months)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        price_label = QLabel(tr(CTX, "Monthly &price per seat:"), self)
        price_label.setBuddy(self.price)
        form.addRow(price_label, price_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        self.seats.valueChanged.connect(lambda _v: self._changed())
        self.months.valueChanged.connect(lambda _v: self._changed())
        self.price.textChanged.connect(lambda _t: self._changed())
        self.currency.currentIndexChanged.connect(lambda _i: self._changed())
        self._quote: NewVolumeQuote | None = None

    def initializePage(self) -> None:
        self._changed()

    def _changed(self) -> None:
        self._quote = None
        self.completeChanged.emit()
        account = self.state.account
        if account is None:
            return
        try:
            price = parse_price(self.price.text(), self.currency.currentText())
        except KnownError as error:
            self.check.forget()
            self.reason.refusal(error_text(error))
            return
        seats, months = self.seats.value(), self.months.value()
        self.reason.note(tr(CTX, "Checking…"))
        self.check.ask(lambda: self.services.purchasing.quote_new_volume(
            account.account_id, seats, months, price), self._quoted, self.reason.refusal)

    def _quoted(self, quote: NewVolumeQuote) -> None:
        self._quote = quote
        self.reason.ok(tr(CTX, "{seats} seats × {unit_monthly_price} × {plan_months} months = "
                               "{price}. Credit and the amount due are on "
                               "the review page.",
                               seats=quote.seats,
                               unit_monthly_price=money_text(quote.unit_monthly_price),
                               plan_months=quote.plan_months, price=money_text(quote.price)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._quote is not None

    def validatePage(self) -> bool:
        quote = self._quote
        if quote is None:
            return False
        self.state.seats, self.state.plan_months = quote.seats, quote.plan_months
        self.state.price = quote.unit_monthly_price
        return True

    def nextId(self) -> int:
        return PageId.PAYMENT
