"""One tr with named placeholders; values formatted for the locale; every text extractable."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import MessageDef
from seatkeeper.domain.money import Money
from seatkeeper.ui import i18n

UI = Path(i18n.__file__).parent
NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture
def norwegian() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    yield
    QLocale.setDefault(before)


def test_named_placeholders_are_filled_by_name() -> None:
    assert i18n.tr("Test", "{holder} holds {seat}", seat="L-0001", holder="Kari") \
        == "Kari holds L-0001"


def test_a_placeholder_without_a_value_stays_visible_rather_than_failing() -> None:
    assert i18n.tr("Test", "{a} and {b}", a="x") == "x and {b}"


def test_numbers_and_money_follow_the_locale_exactly(norwegian: None) -> None:
    group = QLocale().groupSeparator()
    assert i18n.tr("Test", "{n} seats", n=1200) == f"1{group}200 seats"
    # The locale's own currency with its own symbol; another currency by its ISO code, so
    # Danish kroner never read as the same "kr" as Norwegian ones.
    assert i18n.money(Money(149000, "NOK")) == f"kr{NBSP}1{group}490,00"
    assert i18n.money(Money(149000, "DKK")) == f"1{group}490,00{NBSP}DKK"
    # No float on the way: a price of 10**15 minor units keeps every digit.
    assert i18n.money(Money(10**15 + 1, "USD")).startswith(f"10{group}000{group}000")
    assert i18n.money(Money(10**15 + 1, "USD")).endswith(f",01{NBSP}USD")
    assert i18n.format_value(Decimal("-12.5")) == f"{QLocale().negativeSign()}12,5"
    assert i18n.format_value(date(2027, 3, 15)) == "15.03.2027"


def test_danish_amounts_read_as_in_denmark() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        assert i18n.money(Money(149000, "DKK")) == f"1.490,00{NBSP}kr."
        assert i18n.money(Money(-149000, "NOK")) == f"-1.490,00{NBSP}NOK"
        assert i18n.format_value(date(2027, 3, 15)) == "15.03.2027"
    finally:
        QLocale.setDefault(before)


def test_english_when_no_locale_is_set_keeps_its_digit_grouping() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert i18n.tr("Test", "{n} deadlines", n=1200) == "1,200 deadlines"
    finally:
        QLocale.setDefault(before)


def test_a_message_renders_in_english_with_its_plural_when_not_translated() -> None:
    seats = MessageDef("test.ui.seats", "{n} seat is free.", "{n} seats are free.")
    assert i18n.render(seats(n=1)) == "1 seat is free."
    assert i18n.render(seats(n=3)) == "3 seats are free."
    assert i18n.error_text(BadInput(seats(n=2))) == "2 seats are free."


# -- every visible text goes through tr, in a form the translation tooling can read ---------

def _modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def _calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else None
            if called == name:
                yield node


def test_no_module_keeps_its_own_translate_helper_or_numbered_placeholders() -> None:
    found = []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        defs = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
                and n.name in {"_tr", "_n"}]
        translates = [c.lineno for c in _calls(tree, "translate")] if path.name != "i18n.py" \
            else []
        numbered = [c.lineno for c in _calls(tree, "replace") if c.args
                    and isinstance(c.args[0], ast.Constant) and isinstance(c.args[0].value, str)
                    and c.args[0].value.startswith("%")]
        if defs or translates or numbered:
            found.append((path.relative_to(UI), defs, translates, numbered))
    assert found == []


def test_every_tr_call_names_a_literal_context_and_text() -> None:
    """tr(CTX, "literal", ...): the context a module constant or literal, the text literal
    (or a module constant), so the translation tooling can list every text."""
    unreadable = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) for t in node.targets
                     if isinstance(t, ast.Name)}
        for call in _calls(tree, "tr"):
            if len(call.args) < 2:
                unreadable.append((path.name, call.lineno))
                continue
            ctx, text = call.args[:2]
            readable = all((isinstance(arg, ast.Constant) and isinstance(arg.value, str))
                           or (isinstance(arg, ast.Name) and arg.id in constants)
                           for arg in (ctx, text))
            if not readable:
                unreadable.append((path.name, call.lineno))
    assert unreadable == []


# -- which language, and loading it ------------------------------------------------------

@pytest.mark.parametrize(("system", "expected"), [
    ("nb_NO.UTF-8", "nb"), ("nn_NO", "nb"), ("no", "nb"), ("nb-NO", "nb"),
    ("da_DK.UTF-8", "da"), ("da", "da"), ("de_DE", "en"), ("en_GB", "en"), ("C", "en"),
    ("", "en"),
])
def test_the_system_locale_picks_the_language(system: str, expected: str) -> None:
    assert i18n.language_for(system) == expected


def test_lang_beats_the_saved_choice_which_beats_the_system() -> None:
    assert i18n.choose_language("da", "nb", "en_US") == "da"
    assert i18n.choose_language(None, "nb", "da_DK") == "nb"
    assert i18n.choose_language(None, "", "da_DK") == "da"
    assert i18n.choose_language(None, "klingon", "nn_NO") == "nb"


def test_the_formats_are_the_systems_where_it_speaks_the_language() -> None:
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert i18n.locale_for("en", british) == british
    assert i18n.locale_for("nb", british).name() == "nb_NO"
    assert i18n.locale_for("da", QLocale.c()).name() == "da_DK"


def test_danish_loads_qts_own_danish_for_its_buttons(qapp: QCoreApplication) -> None:
    app = qapp
    before = QLocale()
    installed = i18n.install_language(app, "da", QLocale.c())
    try:
        assert QLocale().name() == "da_DK"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_window_takes_lang_for_one_run() -> None:
    from seatkeeper.app import window_args

    args = window_args(["--lang", "nb", "--demo"])
    assert args is not None
    assert args.lang == "nb"
    assert window_args(["--lang", "sv"]) is None  # the full parser says what is wrong


def test_english_says_one_seat_and_two_seats(qapp: QCoreApplication) -> None:
    """English plurals come from seatkeeper_en.qm: no "1 seats", no "(s)"."""
    installed = i18n.install_language(qapp, "en", QLocale.c())
    try:
        text = "{n} seat(s) renew at the next billing period."
        assert i18n.tr("SeatActions", text, n=1) == "1 seat renews at the next billing period."
        assert i18n.tr("SeatActions", text, n=1200) == \
            "1,200 seats renew at the next billing period."
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_second_language_replaces_the_first(qapp: QCoreApplication) -> None:
    """A CLI report in nb-NO, then one in en, in one process: the second speaks English
    (before, the Norwegian translators stayed installed and answered first)."""
    before = QLocale()
    text = "{n} seat(s) renew at the next billing period."
    try:
        i18n.install_language(qapp, "nb", QLocale.c())
        norwegian = i18n.tr("SeatActions", text, n=2)
        assert norwegian != "2 seat(s) renew at the next billing period."
        i18n.install_language(qapp, "en", QLocale.c())
        assert i18n.tr("SeatActions", text, n=2) == "2 seats renew at the next billing period."
    finally:
        for translator in list(i18n._installed):
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(before)
