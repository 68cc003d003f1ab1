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
from seatkeeper.domain.messages import CONTEXT, Message, placeholders
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
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"seatkeeper_{language}", str(TRANSLATIONS)),
                         (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(locale_for(language, system if system is not None else QLocale.system()))
    return installed


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
