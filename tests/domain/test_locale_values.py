"""Amounts and dates read as the file's locale writes them (issue 15), checked against CLDR."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal

import pytest
from babel import Locale
from babel.dates import get_date_format
from babel.numbers import get_currency_symbol, get_decimal_symbol, get_group_symbol
from hypothesis import given, settings
from hypothesis import strategies as st

from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.locale_values import (
    LOCALES,
    excel_serial_date,
    file_locale,
    parse_amount,
    parse_date,
)

NB, DA, US, GB = (file_locale(t) for t in ("nb-NO", "da-DK", "en-US", "en-GB"))


@pytest.mark.parametrize("tag", sorted(LOCALES))
def test_the_tables_are_cldrs(tag: str) -> None:
    loc, cldr = LOCALES[tag], Locale.parse(tag, sep="-")
    assert loc.decimal == get_decimal_symbol(cldr)
    assert loc.group == get_group_symbol(cldr)
    pattern = get_date_format("short", cldr).pattern
    order = "".join(sorted("DMY", key=lambda f: pattern.index({"D": "d", "M": "M",
                                                                   "Y": "y"}[f])))
    assert loc.order == order
    assert loc.symbol == get_currency_symbol(loc.currency, locale=cldr)


@pytest.mark.parametrize(("text", "loc", "value", "currency"), [
    # Issue 15's misreadings, each now exact in the file's locale:
    ("1 490,00", NB, "1490.00", None), ("1\u00a0490,00", NB, "1490.00", None),
    ("12,95", NB, "12.95", None), ("1.234,50", DA, "1234.50", None),
    ("1.234,50", NB, "1234.50", None), ("kr 99,00", NB, "99.00", "NOK"),
    ("99,00 kr", NB, "99.00", "NOK"), ("kr. 99,00", DA, "99.00", "DKK"),
    ("99,00 kr.", DA, "99.00", "DKK"), ("NOK 1 490,00", NB, "1490.00", "NOK"),
    ("1 490,00 DKK", DA, "1490.00", "DKK"), ("€ 12,95", NB, "12.95", "EUR"),
    ("12,95 €", DA, "12.95", "EUR"), ("$12.95", US, "12.95", "USD"),
    ("1,234.50", US, "1234.50", None), ("1'234.50", US, "1234.50", None),
    ("1 234 567,5", NB, "1234567.5", None), ("99,-", NB, "99", None),
    ("-12,95", NB, "-12.95", None), ("1490", NB, "1490", None),
    ("SEK 10", file_locale("sv-SE"), "10", "SEK"),
])
def test_amounts_read_exactly(text: str, loc: object, value: str,
                              currency: str | None) -> None:
    amount = parse_amount(text, loc)  # type: ignore[arg-type]
    assert amount.value == Decimal(value)
    assert amount.currency == currency


@pytest.mark.parametrize(("text", "loc", "readings"), [
    ("1,234", US, ("1234", "1.234")), ("1.234", NB, ("1234", "1.234")),
    ("1,234", NB, ("1234", "1.234")), ("999.000", DA, ("999000", "999.000")),
])
def test_an_amount_two_conventions_read_differently_is_refused_with_both(
        text: str, loc: object, readings: tuple[str, str]) -> None:
    with pytest.raises(BadInput) as refused:
        parse_amount(text, loc)  # type: ignore[arg-type]
    assert refused.value.msg.id == "import.amount.ambiguous"
    assert {str(refused.value.msg.args["one"]), str(refused.value.msg.args["other"])} == \
        set(readings)


@pytest.mark.parametrize(("text", "loc"), [
    ("12.95", NB), ("1490.00", DA), ("12,95", US), ("1,234.50", NB), ("1.2.3", US),
    ("1 49,00", NB), ("twelve", NB), ("kr 5", US), ("", NB), ("1e5", US), ("nan", US)])
def test_what_the_locale_does_not_write_is_refused(text: str, loc: object) -> None:
    with pytest.raises(BadInput):
        parse_amount(text, loc)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "loc", "day"), [
    ("15.03.2026", NB, date(2026, 3, 15)), ("15.3.26", NB, date(2026, 3, 15)),
    ("2026-03-15", NB, date(2026, 3, 15)), ("2026-03-15T00:00:00", US, date(2026, 3, 15)),
    ("03/15/2026", US, date(2026, 3, 15)), ("11/24/2008", US, date(2008, 11, 24)),
    ("15/03/2026", GB, date(2026, 3, 15)), ("15.03.2026", US, date(2026, 3, 15)),
    ("05/05/2026", GB, date(2026, 5, 5)), ("15-03-2026", DA, date(2026, 3, 15)),
    ("2026.03.15", file_locale("sv-SE"), date(2026, 3, 15)),
])
def test_dates_read_as_the_locale_writes_them(text: str, loc: object, day: date) -> None:
    assert parse_date(text, loc) == day  # type: ignore[arg-type]


def test_a_slash_date_both_ways_outside_the_us_is_refused_with_both_readings() -> None:
    with pytest.raises(BadInput) as refused:
        parse_date("03/04/2026", GB)
    assert refused.value.msg.id == "import.date.ambiguous"
    assert {refused.value.msg.args["one"], refused.value.msg.args["other"]} == \
        {date(2026, 4, 3), date(2026, 3, 4)}


def test_a_us_date_is_read_only_where_the_locale_says_so() -> None:
    with pytest.raises(BadInput, match="month first"):
        parse_date("03/15/2026", NB)


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"])
def test_dates_outside_1900_to_2200_are_refused(text: str) -> None:
    with pytest.raises(BadInput, match="outside the dates"):
        parse_date(text, NB)


def test_excel_serial_dates_in_both_systems() -> None:
    assert excel_serial_date(Decimal(46096)) == date(2026, 3, 15)
    assert excel_serial_date(Decimal("46096.75")) == date(2026, 3, 15)
    assert excel_serial_date(Decimal(1)) == date(1900, 1, 1)
    assert excel_serial_date(Decimal(61)) == date(1900, 3, 1)
    assert excel_serial_date(Decimal(44634), date1904=True) == date(2026, 3, 15)
    with pytest.raises(BadInput):
        excel_serial_date(Decimal(10**9))


@pytest.mark.parametrize(("tag", "found"), [("nb_NO.UTF-8", "nb-NO"), ("no", "nb-NO"),
                                            ("da", "da-DK"), ("C", "en-US"),
                                            ("en_US", "en-US"), ("DE-de", "de-DE")])
def test_locale_names_as_systems_write_them(tag: str, found: str) -> None:
    assert file_locale(tag).tag == found


def test_an_unknown_locale_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(BadInput, match="nb-NO"):
        file_locale("xx-YY")


@settings(max_examples=400, deadline=None)
@given(st.text(), st.sampled_from(sorted(LOCALES)))
def test_any_text_is_a_value_or_a_known_error(text: str, tag: str) -> None:
    for parse in (parse_amount, parse_date):
        with contextlib.suppress(KnownError):
            parse(text, LOCALES[tag])
