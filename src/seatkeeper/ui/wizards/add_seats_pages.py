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

from seatkeeper.domain.volume import AddSeatsQuote
from seatkeeper.services.bundle import Services
from seatkeeper.services.lookups import VolumeChoice
from seatkeeper.services.purchasing import AddedSeats
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
from seatkeeper.ui.wizards.payment_review_pages import table_html

SUBSCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 7


class PickSubscriptionPage(QWizardPage):
    """Which volume subscription gets the seats; a cancelled one is refused (VL-15)."""

    def __init__(self, state: PurchaseState, runner: TaskRunner, services: Services) -> None:
        super().__init__()
        self.state, self.services = state, services
        self.loader, self.check = LiveCheck(runner), LiveCheck(runner)
        self.setTitle(_tr("Volume subscription"))
        self.setSubTitle(_tr("Which volume subscription gets the new seats?"))
        self.list = named(QListWidget(self), "subscriptions")
        self.list.setAccessibleName(_tr("Volume subscriptions"))
        self.list.currentItemChanged.connect(lambda _c, _p: self._changed())
        self.reason = ReasonLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        self._accepted: VolumeChoice | None = None

    def initializePage(self) -> None:
        self.reason.note(_tr("Loading the volume subscriptions…"))
        self.loader.ask(self.services.lookups.volume_subscriptions, self._show,
                        self.reason.refusal)

    def _show(self, choices: list[VolumeChoice]) -> None:
        self.list.clear()
        for choice in choices:
            text = _tr("%1 — %2 · %3 seats · renews %4 · %5") \
                .replace("%1", choice.name).replace("%2", choice.vendor) \
                .replace("%3", str(choice.seats)) \
                .replace("%4", choice.renewal_date.isoformat()).replace("%5", choice.status)
            item = QListWidgetItem(text, self.list)
            item.setData(SUBSCRIPTION_ROLE, choice)
        if not choices:
            self.reason.refusal(_tr("The roster has no volume subscription yet; choose “New "
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
        self.reason.note(_tr("Checking…"))
        # One seat is enough to learn whether this subscription takes seats at all.
        self.check.ask(lambda: self.services.purchasing.quote_add_seats(
            choice.subscription_id, 1, today), lambda _q: self._ok(choice), self.reason.refusal)

    def _ok(self, choice: VolumeChoice) -> None:
        self._accepted = choice
        self.reason.ok(_tr("Seats added to “%1” renew with it on %2.")
                       .replace("%1", choice.name).replace("%2", choice.renewal_date.isoformat()))
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

    def __init__(self, state: PurchaseState, runner: TaskRunner, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(runner)
        self.setTitle(_tr("Number of seats"))
        self.setSubTitle(_tr("Any number of seats can be added at any time."))
        self.seats = named(QSpinBox(self, minimum=0, maximum=100_000, value=1), "addSeats")
        self.seats.setMaximumWidth(140)
        self.seats.valueChanged.connect(lambda _v: self._changed())
        form = QFormLayout()
        label = QLabel(_tr("Seats to &add:"), self)
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
        self.reason.note(_tr("Checking…"))
        self.check.ask(lambda: self.services.purchasing.quote_add_seats(
            choice.subscription_id, seats, today), self._quoted, self.reason.refusal)

    def _quoted(self, quote: AddSeatsQuote) -> None:
        self._quote = quote
        self.reason.ok(_tr("%1 seats for %2 months: %3.").replace("%1", str(quote.seats))
                       .replace("%2", str(quote.months)).replace("%3", money_text(quote.total)))
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

    def __init__(self, state: PurchaseState, runner: TaskRunner, services: Services) -> None:
        super().__init__()
        self.state, self.services, self.check = state, services, LiveCheck(runner)
        self.setTitle(_tr("Review and finish"))
        self.setSubTitle(_tr("Charged for the whole months left; the renewal date stays."))
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
        self.figures.clear()
        choice, seats = self.state.subscription, self.state.add_seats
        if choice is None:
            return
        today = self.services.clock().date()
        self.reason.note(_tr("Working out the price…"))
        self.check.ask(lambda: self.services.purchasing.quote_add_seats(
            choice.subscription_id, seats, today), self._show, self.reason.refusal)
        self.completeChanged.emit()

    def _show(self, quote: AddSeatsQuote) -> None:
        self._quote = quote
        name = self.state.subscription.name if self.state.subscription else ""
        rows = [
            (_tr("Subscription"), name),
            (_tr("Seats to add"), str(quote.seats)),
            (_tr("Months left"), _tr("%1 (until the renewal)").replace("%1", str(quote.months))),
            (_tr("Monthly price per seat"), money_text(quote.unit_monthly_price)),
            (_tr("Total"), _tr("%1 seats × %2 × %3 months = %4")
             .replace("%1", str(quote.seats)).replace("%2", money_text(quote.unit_monthly_price))
             .replace("%3", str(quote.months)).replace("%4", money_text(quote.total))),
            (_tr("Renewal date"), _tr("%1 (unchanged)")
             .replace("%1", quote.renewal_date.isoformat())),
            (_tr("Paid by"), _tr("the card on file for this subscription")),
        ]
        self.figures.setText(table_html(rows, {_tr("Total")}))
        self.reason.note(_tr("All amounts in %1.").replace("%1", quote.currency))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._quote is not None

    def finish_work(self) -> Callable[[], AddedSeats]:
        choice, quote = self.state.subscription, self._quote
        assert choice is not None
        assert quote is not None
        today = self.services.clock().date()
        return lambda: self.services.purchasing.add_seats(
            choice.subscription_id, quote.seats, today, renewal_date=quote.renewal_date).value

    def nextId(self) -> int:
        return -1
