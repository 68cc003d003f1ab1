"""The plain-row fast path of a generic import plans exactly what the general path plans."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seatkeeper.services.importing import plan as plan_module
from seatkeeper.services.importing import preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.importing.readers import read_csv_text

HEADERS = ["subscription", "subscription_key", "vendor", "kind", "currency", "monthly_price",
           "renewal_date", "seat_limit", "licence_id", "holder_name", "holder_email", "renew",
           "device_name", "device_platform", "device_region", "device_key"]
SUBSCRIPTIONS = [
    ["Figma Org", "k1", "Figma", "volume", "USD", "$12.50", "2027-01-31", "10"],
    ["Figma Org", "", "Figma", "", "", "", "", ""],
    ["Slack Plus", "k2", "Slack", "individual", "EUR", "€7", "1/31/2027", "2"],
    ["", "k3", "Nobody", "", "", "", "", ""],  # no name: every row of it is bad
    ["Zoom", "k4", "Zoom", "team", "USD", "lots", "2027-02-30", "x"],  # bad cells
]
texts = st.sampled_from
ROW = st.tuples(
    st.sampled_from(SUBSCRIPTIONS),
    texts(["seat-1", "seat-2", " seat-3 ", "", "SEAT-1"]),
    texts(["Ann Lee", "", "  Bo  ", "Ünal Öz"]),
    texts(["ann@example.com", "ANN@Example.COM", "", "not-an-address", "bo@x.io ",
           "@example.com", "zoë@example.org"]),
    texts(["", "yes", "No", "true", "maybe", " 0 "]),
    texts(["", "MAC-1", "WIN-2", "  "]),
    texts(["windows", "MacOS", "", "amiga", "i OS"]),
    texts(["", "us", "USA", "1A", " de "]),
    texts(["", "d1", "d2"]),
    st.booleans(),  # surplus cells
)


def _csv(rows: list[tuple[object, ...]], headers: list[str]) -> str:
    lines = [",".join(headers)]
    for sub, *cells, extra in rows:
        values = dict(zip(HEADERS, [*sub, *cells], strict=True))  # type: ignore[misc]
        lines.append(",".join([str(values[h]) for h in headers] + (["surplus"] if extra else [])))
    return "\n".join(lines) + "\n"


def _plan(text: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> ImportPlan:
    monkeypatch.setattr(plan_module, "FAST_PATH", fast)
    source = read_csv_text(text)
    mapping = {h: h for h in source.headers if h in HEADERS}
    return preview(source.rows, mapping, ImportContext(date(2026, 11, 22), "it@example.com"),
                   headers=source.headers)


def _same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    general, fast = (_plan(text, flag, monkeypatch) for flag in (False, True))
    assert fast.rows == general.rows
    assert [tuple(r) for r in fast.rows] == [tuple(r) for r in general.rows]
    assert fast.errors == general.errors
    assert fast.rejected == general.rejected
    assert fast.total == general.total


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(ROW, max_size=25), drop=st.sets(st.sampled_from(HEADERS[1:]), max_size=4))
def test_fast_and_general_paths_plan_the_same(rows: list[tuple[object, ...]], drop: set[str]
                                              ) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same(_csv(rows, [h for h in HEADERS if h not in drop]), monkeypatch)


def test_plain_rows_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [(SUBSCRIPTIONS[0], f"seat-{i}", "Ann Lee", f"ann{i}@example.com", "", f"MAC-{i}",
             "macos", "", f"d{i}", False) for i in range(50)]
    text = _csv(rows, HEADERS)
    slow_rows: list[int] = []
    general = plan_module._CONVERTERS["generic"][0]

    def counting(cells: object, ctx: ImportContext) -> object:
        slow_rows.append(cells.line)  # type: ignore[attr-defined]
        return general(cells, ctx)  # type: ignore[arg-type]

    monkeypatch.setitem(plan_module._CONVERTERS, "generic", (counting, frozenset()))
    plan = _plan(text, True, monkeypatch)
    assert plan.good_rows == 50
    assert slow_rows == [2]  # only the first row of the subscription goes the general way
    _same(text, monkeypatch)
