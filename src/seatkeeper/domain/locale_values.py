"""Amounts and dates as a file's locale writes them: read exactly, or refused in words.

The file's locale is a parameter (``FileLocale``, found by ``file_locale("nb-NO")``),
never a guess. Its decimal mark decides how a number reads: ``1 490,00`` and
``1.490,00`` are 1490.00 in nb-NO, ``1,490.00`` is 1490.00 in en-US. Grouping may be
a space, a no-break space, an apostrophe or the other of ``.`` and ``,``, in groups of
three. A currency sign or ISO code may stand before or after (``kr 99,00``,
``99,00 kr``, ``NOK 99,00``, ``€ 12,95``, ``$12.95``); ``kr`` is the locale's own
krone or krona, and is refused where the locale has none.

A value that two conventions read differently is refused with both readings named:
``1,234`` and ``1.234`` (a decimal mark or a thousands group: it depends on who wrote
the file), and a slash date such as ``03/04/2026`` outside the US (3 April, or the US
4 March). US month-first dates are read only where the locale is the US's.

Dates outside 1900-2200 and amounts with more decimals than asked are refused too:
nothing here rounds. The tables below are CLDR's (a test holds them to Babel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)


@dataclass(frozen=True)
class FileLocale:
    """How one locale writes numbers and dates (CLDR), and its home currency."""

    tag: str  # BCP 47: nb-NO
    decimal: str  # "," or "."
    group: str  # CLDR's grouping sign (a no-break space in nb-NO, "." in da-DK)
    order: str  # the short date's field order: "DMY", "MDY" or "YMD"
    currency: str  # ISO 4217 code of the home currency
    symbol: str  # the home currency's local sign (kr, kr., €, $)

    @property
    def other(self) -> str:
        """The one of "." and "," that is not the decimal mark here: a grouping sign."""
        return "," if self.decimal == "." else "."

    def example(self) -> str:
        """1490,00 / 1490.00: how an amount reads one way here."""
        return f"1490{self.decimal}00"


def _l(tag: str, decimal: str, group: str, order: str, currency: str, symbol: str
       ) -> tuple[str, FileLocale]:
    return tag, FileLocale(tag, decimal, group, order, currency, symbol)


NBSP, NNBSP = "\u00a0", "\u202f"
LOCALES: dict[str, FileLocale] = dict([
    _l("en-US", ".", ",", "MDY", "USD", "$"),
    _l("en-GB", ".", ",", "DMY", "GBP", "£"),
    _l("en-IE", ".", ",", "DMY", "EUR", "€"),
    _l("en-AU", ".", ",", "DMY", "AUD", "$"),
    _l("en-CA", ".", ",", "YMD", "CAD", "$"),
    _l("nb-NO", ",", NBSP, "DMY", "NOK", "kr"),
    _l("nn-NO", ",", NBSP, "DMY", "NOK", "kr"),
    _l("da-DK", ",", ".", "DMY", "DKK", "kr."),
    _l("sv-SE", ",", NBSP, "YMD", "SEK", "kr"),
    _l("fi-FI", ",", NBSP, "DMY", "EUR", "€"),
    _l("is-IS", ",", ".", "DMY", "ISK", "kr."),
    _l("de-DE", ",", ".", "DMY", "EUR", "€"),
    _l("de-AT", ",", ".", "DMY", "EUR", "€"),
    _l("de-CH", ".", "’", "DMY", "CHF", "CHF"),
    _l("fr-FR", ",", NNBSP, "DMY", "EUR", "€"),
    _l("fr-CH", ",", NNBSP, "DMY", "CHF", "CHF"),
    _l("nl-NL", ",", ".", "DMY", "EUR", "€"),
    _l("es-ES", ",", ".", "DMY", "EUR", "€"),
    _l("it-IT", ",", ".", "DMY", "EUR", "€"),
    _l("pl-PL", ",", NBSP, "DMY", "PLN", "zł"),
    _l("et-EE", ",", NBSP, "DMY", "EUR", "€"),
    _l("cs-CZ", ",", NBSP, "DMY", "CZK", "Kč"),
])
# A language alone, or an old name, reads as its usual country.
ALIASES = {"no": "nb-NO", "nb": "nb-NO", "nn": "nn-NO", "da": "da-DK", "sv": "sv-SE",
           "fi": "fi-FI", "is": "is-IS", "de": "de-DE", "fr": "fr-FR", "nl": "nl-NL",
           "es": "es-ES", "it": "it-IT", "pl": "pl-PL", "et": "et-EE", "cs": "cs-CZ",
           "en": "en-US", "c": "en-US", "posix": "en-US"}
# Signs any locale reads; "kr"-like signs are the locale's own (NOK, DKK, SEK, ISK).
SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "chf": "CHF",
         "zł": "PLN", "kč": "CZK"}
KRONE_SIGNS = frozenset({"kr", "kr.", ",-"})

UNKNOWN_LOCALE = message("import.locale.unknown",
                         "“{tag}” is not a locale Seatkeeper reads files in; choose one of "
                         "{known}.")
NOT_AN_AMOUNT = message("import.amount.not_an_amount", "“{text}” is not an amount.")
NOT_IN_LOCALE = message("import.amount.not_in_locale",
                        "“{text}” is not an amount as {locale} writes it (the decimal mark "
                        "there is “{decimal}”, e.g. {example}); is the file in another "
                        "locale?")
AMBIGUOUS_AMOUNT = message("import.amount.ambiguous",
                           "“{text}” could be {one} or {other}: the mark may group thousands "
                           "or start the decimals; write it with its decimals (e.g. "
                           "{example}) so it reads one way.")
TOO_MANY_DECIMALS = message("import.amount.too_many_decimals",
                            "“{text}” has more decimals than {currency} has ({places}); "
                            "Seatkeeper does not round a stated price.")
KRONE_SIGN_UNKNOWN = message("import.amount.krone_unknown",
                             "“{text}”: “kr” is the sign of NOK, DKK, SEK and ISK, and the "
                             "file's locale ({locale}) says none of them; write the code.")
NOT_A_DATE = message("import.date.not_a_date",
                     "“{text}” is not a date (in {locale}, write e.g. {example} or "
                     "2026-03-15).")
NOT_ON_CALENDAR = message("import.date.not_on_calendar",
                          "“{text}” is not a date on the calendar.")
AMBIGUOUS_DATE = message("import.date.ambiguous",
                         "“{text}” could be {one} or {other} (day first, or month first "
                         "as in the US); write it as 2026-03-15 (year first) so it reads "
                         "one way.")
US_DATE_ELSEWHERE = message("import.date.us_elsewhere",
                            "“{text}” is written month first, as in the US, but the file's "
                            "locale is {locale}; choose en-US for this file or write the "
                            "date year first.")
DATE_OUT_OF_RANGE = message("import.date.out_of_range",
                            "{day} is outside the dates Seatkeeper keeps ({first} to {last}).")


def file_locale(tag: str) -> FileLocale:
    """``nb-NO``, ``nb_NO.UTF-8``, ``da``, ``C``: the locale's conventions, or a refusal."""
    raw = tag.strip().split(".")[0].split("@")[0].replace("_", "-")
    key = raw.lower()
    for name, found in LOCALES.items():
        if name.lower() == key:
            return found
    alias = ALIASES.get(key) or ALIASES.get(key.split("-")[0])
    if alias is not None and key.split("-")[0] != "en":
        return LOCALES[alias]
    if key in {"c", "posix", "en"}:
        return LOCALES["en-US"]
    raise BadInput(UNKNOWN_LOCALE(tag=tag.strip()[:40], known=", ".join(LOCALES)),
                   field="locale")


# -- amounts ----------------------------------------------------------------
@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None  # the sign or code the text carried, if any


_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'’"
_MINUS = "-\u2212"
_NUMBER = re.compile(r"^[0-9., \u00a0\u202f\u2009'’]+$")


def parse_amount(text: str, loc: FileLocale) -> Amount:
    """An amount with maybe a currency sign or code; exact, never rounded."""
    value = " ".join(text.strip().split())
    if not value:
        raise BadInput(NOT_AN_AMOUNT(text=_short(text)))
    value, currency = _strip_currency(value, loc, text)
    negative = False
    if value[:1] in _MINUS:
        negative, value = True, value[1:].strip()
    elif value.startswith("(") and value.endswith(")"):  # accountants' negative
        negative, value = True, value[1:-1].strip()
    value = value.removesuffix(",-").removesuffix(".-")  # "99,-": whole kroner
    if not value or not _NUMBER.match(value) or not any(c.isdigit() for c in value):
        raise BadInput(NOT_AN_AMOUNT(text=_short(text)))
    number = _read_number(value, loc, text)
    return Amount(-number if negative else number, currency)


def _strip_currency(value: str, loc: FileLocale, text: str) -> tuple[str, str | None]:
    found: str | None = None
    for _ in range(2):  # a sign before and/or a code after: "kr 99,00 NOK" is still one
        head = re.match(r"^([^\d\s.,\-\u2212(]+\.?)\s*", value)
        tail = re.search(r"\s*([^\d\s.,)]+\.?)$", value)
        part = head or tail
        if part is None:
            break
        sign = part.group(1)
        code = _currency_of(sign, loc, text)
        if code is None:
            break
        if found is not None and code != found:
            raise BadInput(NOT_AN_AMOUNT(text=_short(text)))
        found = code
        value = (value[part.end():] if part is head else value[:part.start()]).strip()
    return value, found


def _currency_of(sign: str, loc: FileLocale, text: str) -> str | None:
    low = sign.casefold()
    if low in KRONE_SIGNS:
        if loc.symbol.casefold() in KRONE_SIGNS:
            return loc.currency
        raise BadInput(KRONE_SIGN_UNKNOWN(text=_short(text), locale=loc.tag))
    if low in SIGNS:
        return SIGNS[low]
    if low == loc.symbol.casefold():
        return loc.currency
    if re.fullmatch(r"[A-Za-z]{3}", sign):
        return sign.upper()  # the caller checks it is ISO 4217 and the row's currency
    return None


def _read_number(value: str, loc: FileLocale, text: str) -> Decimal:
    dec, other = loc.decimal, loc.other
    marks = [c for c in value if not c.isdigit()]
    if value.count(dec) > 1:
        raise _not_in_locale(text, loc)
    whole, _, fraction = value.partition(dec)
    if not fraction.isdigit() and fraction != "":
        raise _not_in_locale(text, loc)
    if dec in value and not fraction:
        raise _not_in_locale(text, loc)
    # One mark, three digits after it, no other sign: a thousands group to some writers,
    # a decimal mark to others. The locale cannot tell which this file's writer meant.
    if len(marks) == 1 and marks[0] in ".," and re.fullmatch(r"\d{1,3}[.,]\d{3}", value):
        head, tail = re.split(r"[.,]", value)
        grouped, decimal = Decimal(head + tail), Decimal(f"{head}.{tail}")
        raise BadInput(AMBIGUOUS_AMOUNT(text=_short(text), one=grouped, other=decimal,
                                        example=f"{head}{tail}{dec}00"))
    digits = _ungroup(whole, loc, text, other)
    return Decimal(f"{digits}.{fraction}" if fraction else digits)


def _ungroup(whole: str, loc: FileLocale, text: str, other: str) -> str:
    if whole.isdigit():
        return whole
    groups = re.split(f"[{re.escape(_SPACES + _APOSTROPHES + other)}]", whole)
    seps = {c for c in whole if not c.isdigit()}
    kinds = {"space" if c in _SPACES else "apostrophe" if c in _APOSTROPHES else c
             for c in seps}
    if len(kinds) != 1 or not groups[0] or len(groups[0]) > 3 \
            or any(len(g) != 3 or not g.isdigit() for g in groups[1:]) \
            or not groups[0].isdigit():
        raise _not_in_locale(text, loc)
    return "".join(groups)


def _not_in_locale(text: str, loc: FileLocale) -> BadInput:
    return BadInput(NOT_IN_LOCALE(text=_short(text), locale=loc.tag, decimal=loc.decimal,
                                  example=loc.example()))


def check_places(amount: Decimal, places: int, currency: str, text: str) -> None:
    """Refuse an amount finer than ``places`` decimals (``12,955`` for NOK): no rounding."""
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise BadInput(TOO_MANY_DECIMALS(text=_short(text), currency=currency, places=places))


# -- dates ------------------------------------------------------------------
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:Z|[+-]\d{2}:?\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})([./])(\d{1,2})\2(\d{1,2})\.?$")
_THREE = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?$")


def parse_date(text: str, loc: FileLocale) -> date:
    """15.03.2026, 15.3.26, 2026-03-15; 03/15/2026 only in a month-first locale."""
    value = text.strip()
    iso = _ISO.match(value) or _YMD.match(value)
    if iso is not None:
        y, m, d = (int(iso[1]), int(iso[2]), int(iso[3])) if iso.re is _ISO \
            else (int(iso[1]), int(iso[3]), int(iso[4]))
        return in_range(_day(y, m, d, text))
    three = _THREE.match(value)
    if three is None:
        raise BadInput(NOT_A_DATE(text=_short(text), locale=loc.tag, example=_example(loc)))
    first, sep, second, year_text = int(three[1]), three[2], int(three[3]), three[4]
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    if sep == "." or (loc.order != "MDY" and first > 12):
        return in_range(_day(year, second, first, text))  # dots are day first everywhere
    if loc.order == "MDY":
        return in_range(_day(year, first, second, text))
    if second > 12:
        raise BadInput(US_DATE_ELSEWHERE(text=_short(text), locale=loc.tag))
    day_first = in_range(_day(year, second, first, text))
    if first != second:  # 03/04/2026: 3 April here, 4 March to a US writer
        raise BadInput(AMBIGUOUS_DATE(text=_short(text), one=day_first,
                                      other=in_range(_day(year, first, second, text))))
    return day_first


def _day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise BadInput(NOT_ON_CALENDAR(text=_short(text))) from None


def in_range(day: date) -> date:
    """``day``, if Seatkeeper keeps it (1900-2200); a year 1 or 9999 is a typing slip."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise BadInput(DATE_OUT_OF_RANGE(day=day, first=FIRST_DAY, last=LAST_DAY))
    return day


def _example(loc: FileLocale) -> str:
    return {"MDY": "03/15/2026", "YMD": "2026-03-15"}.get(loc.order, "15.03.2026")


def excel_serial_date(serial: Decimal, *, date1904: bool = False) -> date:
    """The day of an Excel serial number (its time of day dropped).

    In the 1900 system day 1 is 1900-01-01 and day 60 the 29 February 1900 that Lotus
    invented and Excel kept; in the 1904 system day 0 is 1904-01-01.
    """
    whole = int(serial)
    if date1904:
        base = date(1904, 1, 1)
    elif whole >= 61:
        base = date(1899, 12, 30)
    elif whole == 60:
        raise BadInput(NOT_ON_CALENDAR(text="1900-02-29"))
    else:
        base = date(1899, 12, 31)
    try:
        return in_range(base + timedelta(days=whole))
    except OverflowError:
        raise BadInput(NOT_ON_CALENDAR(text=str(serial)[:20])) from None


def _short(text: str) -> str:
    """The value as quoted back in a reason: one line, not a page."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 60 else flat[:57] + "..."
