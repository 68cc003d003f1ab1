"""Pages of the "add seats" path: pick the subscription, how many, review (VL-7, VL-8).

Added seats are charged seats × monthly price × whole months left until the
renewal, and the renewal date never moves; the service quotes, this shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from seatkeeper.domain.changes import Changed
from seatkeeper.domain.volume import AddSeatsQuote
from seatkeeper.services.bundle import Services
from seatkeeper.services.lookups import VolumeChoice
from seatkeeper.services.purchasing import AddedSeats
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.counts import seats_text
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.tones import rich
from seatkeeper.ui.widgets.forms import ReasonLabel, named
from seatkeeper.ui.wizards.common import (
    LiveCheck,
    PageId,
    PurchaseState,
    money_text,
)
from seatkeeper.ui.wizards.payment_review_pages import table_html

CTX = "PurchaseWizard"

SUBSCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 7


class PickSubscriptionPage(QWizardPage):
    """Which volume subscription gets the seats; a cancelled one is refused (VL-15)."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services = state, services
        self.loader, self.check = LiveCheck(ctx), LiveCheck(ctx)
        self.setTitle(tr(CTX, "Volume subscription"))
        self.setSubTitle(tr(CTX, "Which volume subscription gets the new seats?"))
        self.list = named(QListWidget(self), "subscriptions")
        self.list.setAccessibleName(tr(CTX, "Volume subscriptions"))
        self.list.currentItemChanged.connect(lambda _c, _p: self._changed())
        self.reason = ReasonLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        self._accepted: VolumeChoice | None = None

    def initializePage(self) -> None:
        self.reason.note(tr(CTX, "Loading the volume subscriptions…"))
        self.loader.ask(self.services.lookups.volume_subscriptions, self._show,
                        self.reason.refusal)

    def _show(self, choices: list[VolumeChoice]) -> None:
        self.list.clear()
        for choice in choices:
            text = tr(CTX, "{choice} — {vendor} · {seats} · renews {renewal_date} · {status}",
                           choice=choice.name, vendor=choice.vendor,
                           seats=seats_text(choice.seats),
                           renewal_date=choice.renewal_date, status=choice.status)
            item = QListWidgetItem(text, self.list)
            item.setData(SUBSCRIPTION_ROLE, choice)
        if not choices:
            self.reason.refusal(tr(CTX, "The roster has no volume subscription yet; choose “New "
                                        "volume subscription” instead."))
        else:
            self.list.setCurrentRow(0)

    def current(self) -> VolumeChoice | None:
        item = self.list.currentItem()
        value = item.data(SUBSCRIPTION_ROLE) if item is not None else None
        return value if isinstance(value, VolumeChoice) else None

    def _changed(self) -> None:
        self._accepted = None
        self.completeChanged.emit()
        choice = self.current()
        if choice is None:
            return
        today = self.services.clock().date()
        self.reason.note(tr(CTX, "Checking…"))
        # One seat is enough to learn whether this subscription takes seats at all.
        self.check.ask(lambda: self.services.purchasing.quote_add_seats(
            choice.subscription_id, 1, today), lambda _q: self._ok(choice), self.reason.refusal)

    def _ok(self, choice: VolumeChoice) -> None:
        self._accepted = choice
        self.reason.ok(tr(CTX, "Seats added to “{choice}” renew with it on {renewal_date}.",
                               choice=choice.name, renewal_date=choice.renewal_date))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._accepted is not None

    def validatePage(self) -> bool:
        self.state.subscription = self._accepted
        return self._accepted is not None

    def nextId(self) -> int:
        return PageId.ADD_COUNT


class AddCountPage(QWizardPage):
    """How many seats; the service quotes them as the admin types."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(ctx)
        self.setTitle(tr(CTX, "Number of seats"))
        self.setSubTitle(tr(CTX, "Any number of seats can be added at any time."))
        self.seats = named(QSpinBox(self, minimum=0, maximum=100_000, value=1), "addSeats")
        self.seats.setMaximumWidth(140)
        self.seats.valueChanged.connect(lambda _v: self._changed())
        form = QFormLayout()
        label = QLabel(tr(CTX, "Seats to &add:"), self)
        label.setBuddy(self.seats)
        form.addRow(label, self.seats)
        self.reason = ReasonLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        self._quote: AddSeatsQuote | None = None

    def initializePage(self) -> None:
        self._changed()

    def _changed(self) -> None:
        self._quote = None
        self.completeChanged.emit()
        choice, seats = self.state.subscription, self.seats.value()
        if choice is None:
            return
        today = self.services.clock().date()
        self.reason.note(tr(CTX, "Checking…"))
        self.check.ask(lambda: self.services.purchasing.quote_add_seats(
            choice.subscription_id, seats, today), self._quoted, self.reason.refusal)

    def _quoted(self, quote: AddSeatsQuote) -> None:
        self._quote = quote
        self.reason.ok(tr(CTX, "{seats} seats for {months} months: {total}.",
                               seats=quote.seats, months=quote.months,
                               total=money_text(quote.total)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._quote is not None

    def validatePage(self) -> bool:
        if self._quote is None:
            return False
        self.state.add_seats = self._quote.seats
        return True

    def nextId(self) -> int:
        return PageId.REVIEW_ADD


class ReviewAddPage(QWizardPage):
    """VL-7/VL-8: months left, monthly price per seat, total, and the unchanged renewal."""

    def __init__(self, state: PurchaseState, ctx: WindowContext, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(ctx)
        self.setTitle(tr(CTX, "Review and finish"))
        self.setSubTitle(tr(CTX, "Charged for the whole months left; the renewal date stays."))
        self.figures = named(QLabel(self), "figures")
        self.figures.setWordWrap(True)
        self.reason = ReasonLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        self._quote: AddSeatsQuote | None = None

    def initializePage(self) -> None:
        self._quote = None
        rich(self.figures, "")
        choice, seats = self.state.subscription, self.state.add_seats
        if choice is None:
            return
        today = self.services.clock().date()
        self.reason.note(tr(CTX, "Working out the price…"))
        self.check.ask(lambda: self.services.purchasing.quote_add_seats(
            choice.subscription_id, seats, today), self._show, self.reason.refusal)
        self.completeChanged.emit()

    def _show(self, quote: AddSeatsQuote) -> None:
        self._quote = quote
        name = self.state.subscription.name if self.state.subscription else ""
        rows = [
            (tr(CTX, "Subscription"), name),
            (tr(CTX, "Seats to add"), str(quote.seats)),
            (tr(CTX, "Months left"), tr(CTX, "{months} (until the renewal)", months=quote.months)),
            (tr(CTX, "Monthly price per seat"), money_text(quote.unit_monthly_price)),
            (tr(CTX, "Total"), tr(CTX, "{seats} seats × {unit_monthly_price} × {months} months "
                                       "= {total}",
                                   seats=quote.seats,
                                   unit_monthly_price=money_text(quote.unit_monthly_price),
                                   months=quote.months, total=money_text(quote.total))),
            (tr(CTX, "Renewal date"), tr(CTX, "{renewal_date} (unchanged)",
                                          renewal_date=quote.renewal_date)),
            (tr(CTX, "Paid by"), tr(CTX, "the card on file for this subscription")),
        ]
        rich(self.figures, table_html(rows, {tr(CTX, "Total")}))
        self.reason.note(tr(CTX, "All amounts in {currency}.", currency=quote.currency))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._quote is not None

    def finish_work(self) -> Callable[[], Changed[AddedSeats]]:
        choice, quote = self.state.subscription, self._quote
        assert choice is not None
        assert quote is not None
        today = self.services.clock().date()
        return lambda: self.services.purchasing.add_seats(
            choice.subscription_id, quote.seats, today, renewal_date=quote.renewal_date)

    def nextId(self) -> int:
        return -1
