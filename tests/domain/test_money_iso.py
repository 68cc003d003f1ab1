"""Currencies are ISO 4217 codes (issue 15): a three-letter word is not one."""

from __future__ import annotations

import pytest
from babel.numbers import list_currencies

from seatkeeper.cli import run
from seatkeeper.domain import money
from seatkeeper.domain.errors import BadInput


def test_every_code_we_accept_is_one_cldr_knows() -> None:
    assert list_currencies() >= money.ISO_4217
    assert {"USD", "EUR", "NOK", "DKK", "SEK", "ISK", "GBP", "JPY"} <= money.ISO_4217


@pytest.mark.parametrize("code", ["XYZ", "ABC", "KRN", "NKR"])
def test_a_code_iso_4217_does_not_have_is_refused(code: str) -> None:
    with pytest.raises(BadInput, match="ISO 4217"):
        money.check_currency(code)
    with pytest.raises(BadInput, match="ISO 4217"):
        money.Money.of("1.00", code)


def test_quote_add_seats_refuses_currency_xyz_in_one_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["quote", "add-seats", "--renewal", "2021-06-25", "--monthly-price", "12.95",
                "--currency", "XYZ", "--seats", "5", "--on", "2020-08-25"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().count("\n") == 0
    assert "XYZ" in err
    assert "ISO 4217" in err
