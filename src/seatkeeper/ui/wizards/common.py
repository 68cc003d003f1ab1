"""Pieces every purchase-wizard page shares: the reason label, live checks, money entry.

Pages own no rules: they ask the services (on a worker) and show what the
service said. A ``LiveCheck`` drops answers to questions the admin has since
changed, so a slow quote never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtWidgets import QWizard

from seatkeeper.domain import volume as vl
from seatkeeper.domain.changes import Changed
from seatkeeper.domain.enums import PaymentMethod
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.money import Money
from seatkeeper.services.lookups import AccountChoice, VolumeChoice
from seatkeeper.services.purchasing import VolumeOrder
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import error_text, money, tr

# One button order for every wizard: Back, Next (or the commit button), Finish, Cancel
# at the right, as the platform's dialogs put OK before Cancel.
WIZARD_BUTTONS = [QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                  QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton]


def setup_wizard(wizard: QWizard) -> None:
    """The look every Seatkeeper wizard shares: one header style, one button order."""
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    wizard.setButtonLayout(WIZARD_BUTTONS)
    wizard.setProperty("buttonLayout", [b.value for b in WIZARD_BUTTONS])


CURRENCIES = ("USD", "EUR", "GBP", "NOK", "SEK", "DKK", "CHF", "JPY")


CTX = "PurchaseWizard"


@dataclass
class LiveCheck:
    """Run one service question at a time per page; keep only the latest answer.

    ``ask`` reads; ``act`` writes (a step of the purchase the vendor sees, such as a
    request or an approval), and its changes are announced like any write's.
    """

    ctx: WindowContext
    serial: int = 0

    def ask(self, work: Callable[[], Any], on_answer: Callable[[Any], None],
            on_refusal: Callable[[str], None]) -> None:
        done, failed = self._handlers(on_answer, on_refusal)
        self.ctx.read(work).success(done).failure(failed).run()

    def act(self, work: Callable[[], Changed[Any]], on_answer: Callable[[Any], None],
            on_refusal: Callable[[str], None]) -> None:
        done, failed = self._handlers(on_answer, on_refusal)
        self.ctx.write(work).success(done).failure(failed).run()

    def _handlers(self, on_answer: Callable[[Any], None], on_refusal: Callable[[str], None]
                  ) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        self.serial += 1
        serial = self.serial

        def done(result: Any) -> None:
            if serial == self.serial:
                on_answer(result)

        def failed(error: BaseException) -> None:
            if serial != self.serial:
                return
            if isinstance(error, KnownError):
                on_refusal(error_text(error))
            else:  # a bug: the crash path logs it and tells the admin
                self.ctx.messages.fail(error)
        return done, failed

    def forget(self) -> None:
        """Ignore any answer still on its way (the inputs changed or the page closed)."""
        self.serial += 1


def parse_price(text: str, currency: str) -> Money:
    """A monthly price as typed ("8.32", "8,32"); refused in plain words if unreadable."""
    cleaned = text.strip().replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        raise BadInput(tr(CTX, "Enter the monthly price of one seat, e.g. 8.32."), field="price")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise BadInput(tr(CTX, "“{value}” is not a price; type digits with a decimal point, e.g. "
                               "8.32.",
                               value=text), field="price") from None
    return Money.of(value, currency)


def money_text(amount: Money) -> str:
    return money(amount)


class PageId(IntEnum):
    CHOOSE = 0
    ACCOUNT = 1
    APPROVAL = 2
    SEATS = 3
    PAYMENT = 4
    REVIEW_NEW = 5
    PICK_SUBSCRIPTION = 6
    ADD_COUNT = 7
    REVIEW_ADD = 8


@dataclass
class PurchaseState:
    """What the admin chose so far; pages fill it in, the review pages read it."""

    new_volume: bool = True
    account: AccountChoice | None = None
    order: VolumeOrder | None = None
    seats: int = 0
    plan_months: int = 12
    price: Money | None = None
    method: PaymentMethod = PaymentMethod.CREDIT_CARD
    card_brand: str = ""
    card_last4: str = ""
    quote: vl.NewVolumeQuote | None = None
    subscription: VolumeChoice | None = None
    add_seats: int = 0
    add_quote: vl.AddSeatsQuote | None = None
    outcome: list[str] = field(default_factory=list)
