"""Fuzzing every importer and form validator: any input is a result or a KnownError.

Complements tests/services/test_import_values.py (value parsers, CSV text, whole
rows): here whole files in every import format (CSV, XLSX, JSON roster, as
bytes), the JSON roster checker on any JSON value, and the validators behind
the forms (person, card, money, currency, SMTP settings) and the quote CLI.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seatkeeper import cli
from seatkeeper.domain import volume
from seatkeeper.domain.cards import check_card
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.money import Money, check_currency
from seatkeeper.services.importing import guess_mapping, preview, read_file
from seatkeeper.services.importing import values as v
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.json_check import check_roster
from seatkeeper.services.importing.json_roster import read_json
from seatkeeper.services.mail import check_settings

FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
CTX = ImportContext(__import__("datetime").date(2026, 11, 22), "it@example.com")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                  max_size=5),
    max_leaves=25)
SECTIONS = ["vendor_accounts", "subscriptions", "seats", "people", "devices", "orders",
            "deliveries", "device_connections", "seat_assignments"]


def known_or_result(call: Callable[[], Any]) -> Any:
    """Run ``call``; a KnownError must carry words for the admin."""
    try:
        return call()
    except KnownError as error:
        refused = error
    assert refused.message.strip()
    return refused


@contextmanager
def _file(data: bytes, suffix: str) -> Iterator[Path]:
    """``data`` in a file of its own, removed afterwards (hundreds of examples a run)."""
    with tempfile.TemporaryDirectory(prefix="sk-fuzz-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        yield path


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([".csv", ".xlsx", ".json", ".txt"]),
       st.sampled_from(["generic", "snipeit"]))
def test_any_bytes_in_any_import_format(data: bytes, suffix: str, fmt: str) -> None:
    with _file(data, suffix) as path:
        if suffix == ".json":
            known_or_result(lambda: read_json(path))
            return
        source = known_or_result(lambda: read_file(path))
    if isinstance(source, KnownError):
        return
    known_or_result(lambda: preview(source.rows, guess_mapping(source.headers, fmt), CTX,
                                    fmt=fmt, headers=source.headers))


@FUZZ
@given(JSON)
def test_any_json_value_as_a_roster(data: Any) -> None:
    known_or_result(lambda: check_roster(data))
    with _file(json.dumps(data).encode(), ".json") as path:
        known_or_result(lambda: read_json(path))


@FUZZ
@given(st.dictionaries(st.sampled_from(SECTIONS),
                       st.lists(st.dictionaries(st.text(max_size=15), JSON, max_size=6),
                                max_size=3), max_size=5))
def test_roster_shaped_json_is_checked_not_crashed_on(data: dict[str, Any]) -> None:
    known_or_result(lambda: check_roster({"format": "seatkeeper-roster", "version": 1,
                                          **data}))


@FUZZ
@given(st.text(max_size=60), st.text(max_size=60))
def test_person_form(name: str, email: str) -> None:
    known_or_result(lambda: volume.normalise_person(name, email))


@FUZZ
@given(st.text(max_size=20), st.text(max_size=8))
def test_card_form(brand: str, last4: str) -> None:
    known_or_result(lambda: check_card(brand, last4))


@FUZZ
@given(st.text(max_size=24), st.text(max_size=5))
def test_money_and_currency_fields(amount: str, currency: str) -> None:
    known_or_result(lambda: check_currency(currency))
    known_or_result(lambda: v.parse_money(amount, currency))
    known_or_result(lambda: v.parse_currency(currency, "USD"))
    try:
        number = Decimal(amount)
    except ArithmeticError:
        return
    known_or_result(lambda: Money.of(number, currency))


@FUZZ
@given(st.text(max_size=30), st.integers(min_value=-5, max_value=70_000), st.text(max_size=10),
       st.text(max_size=20), st.text(max_size=40))
def test_smtp_settings_form(host: str, port: int, security: str, user: str,
                            sender: str) -> None:
    known_or_result(lambda: check_settings(host, port, security, user, sender))


ARG = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
              max_size=14).filter(lambda s: s not in {"-h", "--help"})


@FUZZ
@given(renewal=ARG, price=ARG, currency=ARG, seats=ARG, on=ARG)
def test_quote_cli_arguments(renewal: str, price: str, currency: str, seats: str,
                             on: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.run(["quote", "add-seats", "--renewal", renewal, "--monthly-price", price,
                    "--currency", currency, "--seats", seats, "--on", on])
    assert code in (0, 2)
    if code == 2:
        err = capsys.readouterr().err
        assert err.strip()
        assert "Traceback" not in err
