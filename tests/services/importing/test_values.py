"""Value parsers and the CSV reader: exact results, and never a stray exception."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.importing import GENERIC_FIELDS, SNIPEIT_FIELDS, preview
from seatkeeper.services.importing import values as v
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text


@pytest.mark.parametrize(("text", "expected"), [
    ("true", True), ("FALSE", False), ("yes", True), ("NO", False), ("1", True), ("0", False),
    (" True ", True), ("n", False)])
def test_booleans_in_any_case(text: str, expected: bool) -> None:
    assert v.parse_bool(text) is expected


def test_sometimes_is_not_a_boolean() -> None:
    with pytest.raises(KnownError, match="sometimes"):
        v.parse_bool("sometimes")


@pytest.mark.parametrize(("text", "expected"), [
    ("11/24/2008", date(2008, 11, 24)), ("1/5/2026", date(2026, 1, 5)),
    ("2026-03-01", date(2026, 3, 1)), ("2026-03-01 00:00:00", date(2026, 3, 1))])
def test_us_and_iso_dates(text: str, expected: date) -> None:
    assert v.parse_date(text) == expected


@pytest.mark.parametrize("text", ["24/11/2008", "02/29/2026", "yesterday", "2026-13-01"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(KnownError):
        v.parse_date(text)


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("$12.58", "USD", 1258), ("1,234.50", "USD", 123450),
    ("12.58 USD", "USD", 1258), ("", "USD", 0), ("1500", "JPY", 1500), ("€9.99", "EUR", 999)])
def test_money_is_parsed_exactly_into_minor_units(text: str, currency: str, minor: int) -> None:
    assert v.parse_money(text, currency) == minor


# 12.585 USD: a stated price is never rounded (issue 15); it was read as 12.59.
@pytest.mark.parametrize("text", ["twelve", "$-5", "€3.00", "1e5", "nan", "12.5.8", "12.585"])
def test_money_that_is_not_money_is_refused(text: str) -> None:
    with pytest.raises(KnownError):
        v.parse_money(text, "USD")


def test_csv_reader_handles_bom_semicolons_and_multiline_quotes() -> None:
    text = '\ufeffName;Notes\r\n"A";"line one\nline two; still notes"\r\n\r\n"B";x\r\n'
    source = read_csv_text(text)
    assert source.headers == ["Name", "Notes"]
    rows = list(source.rows)
    assert rows == [(2, {"Name": "A", "Notes": "line one\nline two; still notes"}),
                    (4, {"Name": "B", "Notes": "x"})]


def test_duplicate_headers_are_refused() -> None:
    with pytest.raises(KnownError, match="twice"):
        read_csv_text("a,A\n1,2\n")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses_or_is_a_known_error(text: str) -> None:
    for parse in (v.parse_bool, v.parse_date, v.parse_instant, v.parse_count,
                  lambda s: v.parse_money(s, "USD"), lambda s: v.parse_currency(s, "USD")):
        with contextlib.suppress(KnownError):
            parse(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab,;\t|"\n\r \x00\ufeff1$/é'))))
def test_any_csv_text_gives_rows_or_a_known_error(text: str) -> None:
    try:
        source = read_csv_text(text)
        for _line, row in source.rows:
            assert isinstance(row, dict)
    except KnownError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_csv_gives_rows_or_a_known_error(text: str) -> None:
    with contextlib.suppress(KnownError):
        list(read_csv_text(text).rows)


_CELL = st.one_of(st.text(max_size=30), st.sampled_from(
    ["", "$12.58", "11/24/2008", "2026-02-30", "sometimes", "TRUE", "0", "5", "x@y.example",
     "-1", "999999999999", "1e9"]))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted({*SNIPEIT_FIELDS, *GENERIC_FIELDS})), _CELL),
       st.sampled_from(["snipeit", "generic"]))
def test_any_row_becomes_a_planned_row_or_listed_errors(cells: dict[str, str],
                                                        fmt: str) -> None:
    fields = SNIPEIT_FIELDS if fmt == "snipeit" else GENERIC_FIELDS
    row = {f: cells.get(f, "") for f in fields}
    mapping = {f: f for f in fields}
    plan = preview([(2, row)], mapping,
                   ImportContext(date(2026, 11, 22), "it@example.com"), fmt=fmt)
    assert plan.good_rows + plan.bad_rows == 1
    assert (plan.bad_rows == 1) == bool(plan.errors)
