"""Norges Bank's and Danmarks Nationalbank's rate exports read exactly; a wrong file refused.

The files are built from the documented columns: Norges Bank's SDMX-CSV
(FREQ, BASE_CUR, QUOTE_CUR, TENOR, DECIMALS, CALCULATED, UNIT_MULT, COLLECTION,
TIME_PERIOD, OBS_VALUE, with label columns beside the coded ones) and
Statbank's DNVALD (VALUTA, KURTYP, TID, INDHOLD; DKK for 100 units).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.money import Money
from seatkeeper.domain.rate_files import read_rates
from seatkeeper.domain.rates import RateTable

NORGES_SEMICOLON = (
    "FREQ;Frequency;BASE_CUR;Base Currency;QUOTE_CUR;Quote Currency;TENOR;Tenor;DECIMALS;"
    "CALCULATED;UNIT_MULT;Unit Multiplier;COLLECTION;Collection Indicator;TIME_PERIOD;"
    "OBS_VALUE\n"
    "B;Business;USD;US dollar;NOK;Norwegian krone;SP;Spot;4;false;0;Units;C;"
    "ECB concertation time 14:15 CET;2026-11-27;11,0342\n"
    "B;Business;JPY;Japanese yen;NOK;Norwegian krone;SP;Spot;4;false;2;Hundreds;C;"
    "ECB concertation time 14:15 CET;2026-11-27;7,1230\n")
NORGES_COMMA = (
    "FREQ,BASE_CUR,QUOTE_CUR,TENOR,DECIMALS,CALCULATED,UNIT_MULT,COLLECTION,TIME_PERIOD,"
    "OBS_VALUE\n"
    "B,EUR,NOK,SP,4,false,0,C,2026-11-30,11.7015\n"
    "B,EUR,NOK,SP,4,false,0,C,2026-12-01,\n")
NATIONALBANKEN = (
    "VALUTA;KURTYP;TID;INDHOLD\n"
    "USD;Valutakurs;2026M11D27;683,26\n"
    "Euro (EUR);Valutakurs;2026M11D27;746,05\n"
    "USD;Valutakurs;2026M11D28;..\n")


def test_norges_bank_semicolon_export_with_decimal_commas_and_unit_multiplier() -> None:
    usd, jpy = read_rates(NORGES_SEMICOLON, "norges-bank")
    assert (usd.day, usd.base, usd.quote, usd.value) == (
        date(2026, 11, 27), "USD", "NOK", Decimal("11.0342"))
    assert (jpy.base, jpy.value) == ("JPY", Decimal("0.071230"))  # 7.1230 NOK for 100 JPY


def test_norges_bank_comma_export_skips_an_empty_observation() -> None:
    (eur,) = read_rates(NORGES_COMMA, "norges-bank")
    assert (eur.day, eur.value) == (date(2026, 11, 30), Decimal("11.7015"))


def test_nationalbanken_rates_are_per_hundred_with_danish_commas() -> None:
    usd, eur = read_rates(NATIONALBANKEN, "nationalbanken")
    assert (usd.day, usd.base, usd.quote, usd.value) == (
        date(2026, 11, 27), "USD", "DKK", Decimal("6.8326"))
    assert (eur.base, eur.value) == ("EUR", Decimal("7.4605"))


def test_a_file_of_the_other_bank_is_refused_naming_the_columns() -> None:
    with pytest.raises(BadInput, match="not a Norges Bank exchange-rate export"):
        read_rates(NATIONALBANKEN, "norges-bank")
    with pytest.raises(BadInput, match="Danmarks Nationalbank"):
        read_rates(NORGES_COMMA, "nationalbanken")


def test_a_bad_row_is_refused_with_its_line() -> None:
    with pytest.raises(BadInput, match="Line 2"):
        read_rates("VALUTA;KURTYP;TID;INDHOLD\nUSD;x;2026M13D01;1,0\n", "nationalbanken")


def test_the_rate_of_a_day_is_the_latest_on_or_before_it_and_never_one_to_one() -> None:
    table = RateTable(read_rates(NORGES_SEMICOLON, "norges-bank"))
    sunday = date(2026, 11, 29)
    converted = table.convert(Money.of("100.00", "USD"), "NOK", sunday)
    assert converted is not None
    assert (converted.amount, converted.rate_day, converted.age_days) == (
        Money.of("1103.42", "NOK"), date(2026, 11, 27), 2)
    assert table.convert(Money.of("100.00", "USD"), "NOK", date(2026, 11, 26)) is None
    assert table.convert(Money.of("1.00", "GBP"), "NOK", sunday) is None
