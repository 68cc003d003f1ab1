"""Money as integer minor units plus an ISO 4217 code; Decimal in arithmetic.

No float is ever involved: amounts come in as ``Decimal`` or decimal strings and
are rounded half-up to the currency's minor unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message

# ISO 4217 exponents that differ from 2; every other code uses 2.
_EXPONENTS: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0,
    "KRW": 0, "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0,
    "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}
_CODE = re.compile(r"^[A-Z]{3}$")
# ISO 4217's codes in use (list one, 2025), with the few withdrawn since 2023 that rosters
# may still hold (HRK, ANG, SLL, ZWL). A test holds the list to Babel's CLDR data.
_ISO_CODES = """
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD
BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP
DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS
INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD
MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR
PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS
SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW
UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS
XUA XXX YER ZAR ZMW ZWG ZWL
"""
ISO_4217 = frozenset(_ISO_CODES.split())

NOT_A_CURRENCY = message("money.not_a_currency",
                         "“{code}” is not a currency code (three letters, e.g. USD).")
NOT_ISO_CURRENCY = message("money.not_iso_currency",
                           "“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, NOK).")
NOT_AN_AMOUNT = message("money.not_an_amount", "“{text}” is not an amount of money.")
MIXED_CURRENCIES = message("money.mixed_currencies", "Cannot combine {one} and {other} amounts.")


def check_currency(code: str) -> str:
    """Return the upper-cased ISO 4217 code, or refuse it in plain words.

    For what an admin types or a file holds: only a code ISO 4217 has is a currency.
    """
    normalised = _shape(code)
    if normalised not in ISO_4217:
        raise BadInput(NOT_ISO_CURRENCY(code=code.strip()[:20]), field="currency")
    return normalised


def _shape(code: str) -> str:
    # A stored amount is only held to the shape: a roster written before the ISO check
    # (or by a later ISO list) still opens.
    normalised = code.strip().upper()
    if not _CODE.match(normalised):
        raise BadInput(NOT_A_CURRENCY(code=code), field="currency")
    return normalised


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit."""
    return _EXPONENTS.get(currency, 2)


@dataclass(frozen=True, order=True)
class Money:
    """An amount in the currency's minor unit (cents, øre, yen)."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int")
        object.__setattr__(self, "currency", _shape(self.currency))

    @classmethod
    def of(cls, amount: Decimal | str | int, currency: str) -> Money:
        """Build from a major-unit amount, rounding half-up to the minor unit."""
        code = check_currency(currency)
        if isinstance(amount, float):
            raise TypeError("Money never comes from a float; pass a Decimal or a string")
        try:
            value = Decimal(amount) if not isinstance(amount, Decimal) else amount
        except InvalidOperation:
            raise BadInput(NOT_AN_AMOUNT(text=str(amount)), field="amount") from None
        if not value.is_finite():
            raise BadInput(NOT_AN_AMOUNT(text=str(amount)), field="amount")
        return cls(to_minor(value, code), code)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @property
    def amount(self) -> Decimal:
        """The amount in major units, exact."""
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def times(self, factor: int | Decimal) -> Money:
        """Multiply by a count or an exact ratio, rounding half-up."""
        if isinstance(factor, float):
            raise TypeError("Money is never multiplied by a float")
        return Money(to_minor(self.amount * Decimal(factor), self.currency), self.currency)

    def decimal_string(self) -> str:
        """``"12.95"``: the amount as a plain decimal string, for JSON and CSV."""
        return f"{self.amount:.{exponent(self.currency)}f}"

    def __str__(self) -> str:
        return f"{self.decimal_string()} {self.currency}"

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise BadInput(MIXED_CURRENCIES(one=self.currency, other=other.currency))


def to_minor(value: Decimal, currency: str) -> int:
    """Round a major-unit Decimal half-up to an integer count of minor units."""
    quantum = Decimal(1).scaleb(-exponent(currency))
    return int(value.quantize(quantum, rounding=ROUND_HALF_UP).scaleb(exponent(currency)))
