"""The window's words: one ``tr`` with named placeholders, messages rendered, values formatted.

``tr(context, text, **args)`` translates ``text`` in ``context`` and fills its
``{name}`` placeholders with ``args`` formatted for the admin's locale (an
``int`` with the locale's grouping, a ``date`` in the locale's short form,
``Money`` with its currency). An argument named ``n`` makes the text a plural:
the translator picks the form for ``n``.

``render(message)`` does the same for a domain or service ``Message`` (context
``Messages``, the message id as disambiguation), and ``error_text(error)`` for
a ``KnownError``. Nothing else in ``ui`` formats a value into visible text.

The translation tooling finds every ``tr("Context", "text", ...)`` call with
literal strings; build the text from literals, never from variables.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import CONTEXT, Message, placeholders
from seatkeeper.domain.money import Money, exponent


def locale() -> QLocale:
    """The locale the window formats for (QLocale's default, set at start-up).

    The "C" locale (no LANG at all) reads as English: it would drop the digit grouping.
    """
    here = QLocale()
    if here.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return here


def format_value(value: object) -> str:
    """``value`` as the admin's locale writes it."""
    here = locale()
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("instants are aware (UTC) in Seatkeeper; this one is naive")
        local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()),
                                             QTimeZone.systemTimeZone())
        return here.toString(local, QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        return here.toString(QDate(value.year, value.month, value.day),
                             QLocale.FormatType.ShortFormat)
    if isinstance(value, bool):
        return tr("Values", "yes") if value else tr("Values", "no")
    if isinstance(value, int):
        return number(value)
    if isinstance(value, Decimal):
        exp = value.as_tuple().exponent
        return number(value, max(-exp, 0) if isinstance(exp, int) else 0)
    if isinstance(value, Money):
        return money(value)
    if isinstance(value, Message):
        return render(value)
    return str(value)


def number(value: int | Decimal, places: int = 0) -> str:
    """``value`` with the locale's grouping and decimal sign; exact (no float on the way)."""
    here = locale()
    exact = Decimal(value).quantize(Decimal(1).scaleb(-places)) if places else Decimal(value)
    sign = here.negativeSign() if exact < 0 else ""
    whole, _, fraction = f"{abs(exact):f}".partition(".")
    group = here.groupSeparator()
    if here.numberOptions() & QLocale.NumberOption.OmitGroupSeparator:
        group = ""
    digits = [whole[max(i - 3, 0):i] for i in range(len(whole), 0, -3)][::-1]
    text = sign + group.join(digits)
    return text + here.decimalPoint() + fraction if places else text


def money(amount: Money) -> str:
    """``1 490,00 NOK`` / ``1,490.00 USD``: the locale's digits, then the ISO code."""
    return f"{number(amount.amount, exponent(amount.currency))}\N{NO-BREAK SPACE}" \
        f"{amount.currency}"


def _fill(text: str, args: dict[str, object]) -> str:
    if not args:
        return text
    wanted = placeholders(text)
    return text.format_map({name: format_value(args[name]) for name in wanted if name in args}
                           | {name: "{" + name + "}" for name in wanted - args.keys()})


def tr(context: str, text: str, **args: object) -> str:
    """``text`` translated in ``context``, with ``{name}`` filled from ``args``."""
    n = args.get("n")
    count = n if isinstance(n, int) and not isinstance(n, bool) else -1
    translated = QCoreApplication.translate(context, text, None, count)
    return _fill(translated, args)


def render(message: Message) -> str:
    """A domain or service message in the admin's language and formats."""
    definition = message.definition
    if definition.id == "untranslated":  # a plain text from outside src/
        return message.render()
    count = message.count
    translated = QCoreApplication.translate(CONTEXT, definition.text, definition.id,
                                            -1 if count is None else count)
    if translated == definition.text:  # not translated: English, with its plural
        translated = message.template()
    return message.render(format_value, translated)


def error_text(error: BaseException) -> str:
    """What the admin reads for ``error``: a KnownError's message, rendered."""
    if isinstance(error, KnownError):
        return render(error.msg)
    return str(error)
