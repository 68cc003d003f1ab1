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

``install_language`` loads the translators at start-up: Seatkeeper's own
(``seatkeeper_<lang>.qm``, built from resources/translations) and Qt's for
its own dialogs and buttons where Qt ships one (``qtbase_da``; bokmål has
none, so its Qt strings are in Seatkeeper's own catalogue), and makes the
language's locale the default for every number, date and amount.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTimeZone,
    QTranslator,
)

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import CONTEXT, Message, MessageDef, Wording, placeholders
from seatkeeper.domain.money import Money, exponent

SUPPORTED = ("en", "nb", "da")
# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk bokmål", "da": "Dansk"}
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "da": (QLocale.Language.Danish, QLocale.Country.Denmark),
}
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def language_for(locale_name: str) -> str:
    """The app's language for a system locale: nb, nn and no read bokmål, da Danish,
    anything else English."""
    language = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    if language in {"nb", "nn", "no"}:
        return "nb"
    return "da" if language == "da" else "en"


def choose_language(requested: str | None, saved: str | None, system: str) -> str:
    """``--lang`` first, then Settings → Language, then the system's locale."""
    for choice in (requested, saved):
        if choice in SUPPORTED:
            return str(choice)
    return language_for(system)


def locale_for(language: str, system: QLocale) -> QLocale:
    """The formats for ``language``: the system's own where it speaks it (en_GB keeps its
    dates), else the language's home country's."""
    if system.language() != QLocale.Language.C and language_for(system.name()) == language:
        return system
    return QLocale(*_LOCALES[language])


def install_language(app: QCoreApplication, language: str,
                     system: QLocale | None = None) -> list[QTranslator]:
    """Translators for ``language`` installed on ``app``; its locale the default."""
    for translator in _installed:  # one language at a time: the last one asked for
        app.removeTranslator(translator)
    _installed.clear()
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"seatkeeper_{language}", str(TRANSLATIONS)),
                         (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(locale_for(language, system if system is not None else QLocale.system()))
    global _current
    _current = language
    _installed.extend(installed)
    return installed


_current = "en"  # the language install_language last installed
_installed: list[QTranslator] = []  # its translators, removed when another is installed


def current_language() -> str:
    """The language the window speaks (``en`` until one is installed)."""
    return _current


def report_wording() -> Wording:
    """The review report in the window's language, formats and time zone."""
    def value(value: object) -> str:  # an instant stands alone here: its zone is named
        return instant_text(value, zone=True) if isinstance(value, datetime) \
            else format_value(value)
    return Wording(say=render, value=value, lang=current_language())


def locale() -> QLocale:
    """The locale the window formats for (QLocale's default, set at start-up).

    The "C" locale (no LANG at all) reads as English: it would drop the digit grouping.
    """
    here = QLocale()
    if here.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return here


def _date_format(here: QLocale) -> str:
    """The locale's short date with a four-digit year (en_US: M/d/yyyy; nb: dd.MM.yyyy)."""
    pattern = here.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_text(value: date) -> str:
    """A date as the locale writes it: 15.03.2027, 3/15/2027."""
    here = locale()
    return here.toString(QDate(value.year, value.month, value.day), _date_format(here))


def instant_text(value: datetime, *, zone: bool = False) -> str:
    """An instant in the local time zone: its date and time, and the zone where it matters
    (a deadline: 14.03.2027 23:00 CET)."""
    if value.tzinfo is None:
        raise ValueError("instants are aware (UTC) in Seatkeeper; this one is naive")
    here, tz = locale(), QTimeZone.systemTimeZone()
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), tz)
    text = here.toString(local, f"{_date_format(here)} "
                                f"{here.timeFormat(QLocale.FormatType.ShortFormat)}")
    return f"{text} {tz.abbreviation(local)}" if zone else text


def format_value(value: object) -> str:
    """``value`` as the admin's locale writes it (an instant in the local time zone)."""
    if isinstance(value, datetime):
        return instant_text(value)
    if isinstance(value, date):
        return date_text(value)
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
    """An amount as the locale writes its own currency (nb ``kr 1 490,00``, da
    ``1.490,00 kr.``), and any other currency as its digits and ISO code (``1 490,00 USD``),
    so that a Norwegian roster's DKK never reads as the same "kr" as its NOK."""
    here = locale()
    places = exponent(amount.currency)
    digits = number(abs(amount.amount), places)
    sign = here.negativeSign() if amount.amount < 0 else ""
    if amount.currency == here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        # The locale's own pattern (symbol before or after, its spacing), from a sample
        # whose digits are replaced by the exact ones: no float on the way.
        sample, one = here.toCurrencyString(1.0, "\x00", 2), number(Decimal(1), 2)
        symbol = here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if sample.count(one) == 1 and sample.count("\x00") == 1 and symbol:
            return sign + sample.replace(one, digits).replace("\x00", symbol)
    return f"{sign}{digits}\N{NO-BREAK SPACE}{amount.currency}"


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


def template_words(definition: MessageDef) -> str:
    """A message's words in the admin's language, its placeholders left out (what a
    filter can match before the values are known)."""
    translated = QCoreApplication.translate(CONTEXT, definition.text, definition.id)
    return re.sub(r"\{[^}]*\}", " ", translated)


def error_text(error: BaseException) -> str:
    """What the admin reads for ``error``: a KnownError's message, rendered."""
    if isinstance(error, KnownError):
        return render(error.msg)
    return str(error)
