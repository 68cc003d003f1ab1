"""State one exchange rate: on a date, one unit of a currency is so many of another.

The dialog only reads what is typed; the rate is checked by the domain
(``domain.rates``) when the service saves it, and a refusal comes back in
words. Decimal commas are accepted where the locale writes them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.rates import parse_rate
from seatkeeper.ui.i18n import error_text, locale, tr
from seatkeeper.ui.tones import tone
from seatkeeper.ui.widgets.date_picker import date_picker, picked
from seatkeeper.ui.widgets.forms import named

CTX = "RateDialog"
COMMON = ("NOK", "DKK", "SEK", "EUR", "USD", "GBP", "CHF", "ISK")


def _currency_box(parent: QWidget, codes: list[str], chosen: str, name: str) -> QComboBox:
    box = named(QComboBox(parent), name)
    box.setEditable(True)
    box.addItems(sorted({*COMMON, *codes}))
    box.setCurrentText(chosen)
    return box


class RateDialog(QDialog):
    """Read ``rate`` (day, base, quote, value) after it is accepted."""

    def __init__(self, today: date, currencies: list[str], quote: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateDialog")
        self.setWindowTitle(tr(CTX, "Exchange rate"))
        intro = QLabel(tr(CTX, "The rate a bank published for a day. Amounts are converted "
                               "with the latest rate on or before their date."), self)
        intro.setWordWrap(True)
        self.day = named(date_picker(self, today), "rateDate")
        others = [c for c in currencies if c != quote]
        self.base = _currency_box(self, currencies, others[0] if others else "USD", "rateFrom")
        self.quote = _currency_box(self, currencies, quote, "rateTo")
        self.value = named(QLineEdit(self), "rateValue")
        self.value.setPlaceholderText(locale().toString(10.6342, "f", 4))
        self.problem = named(QLabel(self), "rateProblem")
        self.problem.setStyleSheet(f"color:{tone('refusal')};")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        for text, field in ((tr(CTX, "&Date:"), self.day), (tr(CTX, "1 unit of:"), self.base),
                            (tr(CTX, "&Is this many:"), self.value), (tr(CTX, "Of:"), self.quote)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self._check)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(box)
        self.setMinimumWidth(460)
        self.rate: tuple[date, str, str, Decimal] | None = None

    def _check(self) -> None:
        try:
            comma = locale().decimalPoint() == ","
            value = parse_rate(self.value.text(), decimal_comma=comma
                               and "," in self.value.text())
        except BadInput as error:
            self.problem.setText(error_text(error))
            return
        self.rate = (picked(self.day), self.base.currentText().strip().upper(),
                     self.quote.currentText().strip().upper(), value)
        self.accept()
