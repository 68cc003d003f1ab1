"""Values written for a person reading a terminal, in their locale (the CLI's human lines).

The window formats with QLocale (``ui.i18n``); the CLI has no Qt, so it writes dates,
numbers and amounts from the same CLDR conventions the importer reads
(``locale_values.LOCALES``): ``15.03.2027`` and ``1 490,00 NOK`` for nb-NO,
``3/15/2027`` and ``1,490.00 USD`` for en-US. Instants are shown in the local time zone
with the zone named. With no locale at all (``C``/``POSIX``, or unset) the lines keep
ISO dates and UTC, as scripts that read them expect; ``--json`` is always ISO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.locale_values import FileLocale, file_locale
from seatkeeper.domain.money import Money, exponent


@dataclass(frozen=True)
class TextFormats:
    """How one reader's lines write values; ``locale`` None: ISO dates, UTC, plain digits."""

    locale: FileLocale | None

    @classmethod
    def for_system(cls, tag: str) -> TextFormats:
        """The formats of a system locale name (``nb_NO.UTF-8``); C, POSIX or one
        Seatkeeper has no conventions for read as ISO."""
        name = tag.strip().split(".")[0].lower()
        if name in {"", "c", "posix"}:
            return cls(None)
        try:
            return cls(file_locale(tag))
        except BadInput:
            return cls(None)

    def date(self, value: date) -> str:
        loc = self.locale
        if loc is None or loc.order == "YMD":
            return value.isoformat()
        if loc.order == "MDY":
            return f"{value.month}/{value.day}/{value.year}"
        mark = "." if loc.decimal == "," else "/"  # 15.03.2027, but en-GB 15/03/2027
        return f"{value:%d}{mark}{value:%m}{mark}{value.year}"

    def instant(self, value: datetime) -> str:
        """A deadline or event time: local, with its zone (15.03.2027 23:00 CET)."""
        if self.locale is None:
            return f"{value.astimezone(UTC):%Y-%m-%d %H:%M}Z"
        local = value.astimezone()
        return f"{self.date(local.date())} {local:%H:%M} {local:%Z}"

    def number(self, value: int | Decimal, places: int = 0) -> str:
        exact = Decimal(value).quantize(Decimal(1).scaleb(-places)) if places else \
            Decimal(value)
        decimal, group = (".", ",") if self.locale is None else \
            (self.locale.decimal, self.locale.group)
        whole, _, fraction = f"{abs(exact):f}".partition(".")
        digits = [whole[max(i - 3, 0):i] for i in range(len(whole), 0, -3)][::-1]
        sign = "-" if exact < 0 else ""
        return sign + group.join(digits) + (decimal + fraction if places else "")

    def money(self, amount: Money) -> str:
        """Digits as the locale writes them, then the ISO code: never an ambiguous "kr"."""
        return f"{self.number(amount.amount, exponent(amount.currency))}\N{NO-BREAK SPACE}" \
            f"{amount.currency}"
