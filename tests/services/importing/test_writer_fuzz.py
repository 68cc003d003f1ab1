"""Generated files through the whole import into a real roster (issue 15, item 7).

Past the preview: hypothesis builds roster CSVs (values as Nordic and US files write
them, and junk), in the encodings files come in, and JSON exports with one field
broken, and each goes through reading, the dry run and the write into a real SQLite
roster. Each ends in a result or a KnownError; after a KnownError the roster is
exactly as it was.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.locale_values import LOCALES
from seatkeeper.services.clock import Clock
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing import writer
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.json_roster import JsonPlan, load
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.transfer import read_import
from seatkeeper.store.engine import Store

WHOLE = settings(max_examples=40, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])
HEADERS = ["subscription", "vendor", "currency", "monthly_price", "price", "price_basis",
           "plan_months", "renewal_date", "seat_limit", "licence_id", "holder_name",
           "holder_email", "status", "device_name", "device_key"]
VALUES = {
    "subscription": st.sampled_from(["Kontorpakke", "Ærlig VPN", "=SUM(1)", "", "A" * 300]),
    "vendor": st.sampled_from(["Microsoft", "Øst AS", ""]),
    "currency": st.sampled_from(["", "NOK", "DKK", "USD", "EUR", "XYZ", "kr"]),
    "monthly_price": st.sampled_from(["", "12,95", "1 490,00", "kr 99,00", "$12.58", "1,234",
                                      "-5", "1e400", "9" * 30, "12.955"]),
    "price": st.sampled_from(["", "100,00", "1.234,50 kr.", "€ 9,99"]),
    "price_basis": st.sampled_from(["", "per_seat", "total", "sometimes"]),
    "plan_months": st.sampled_from(["", "1", "12", "0", "-1", "121", "99999999999"]),
    "renewal_date": st.sampled_from(["", "15.03.2027", "03/04/2027", "03/15/2027",
                                     "2027-02-30", "0001-01-01", "9999-12-31", "15.3.27"]),
    "seat_limit": st.sampled_from(["", "1", "3", "0", "-2", "100001"]),
    "licence_id": st.sampled_from(["", "L-1", "L-2", "L-1"]),
    "holder_name": st.sampled_from(["", "Åse Ødegård", "Bob"]),
    "holder_email": st.sampled_from(["", "ase@example.no", "not-an-address", "bob@example.com"]),
    "status": st.sampled_from(["", "active", "Lapses 2027-05-02", "Cancelled",
                               "Cancelled, active until 2027-01-01", "weird"]),
    "device_name": st.sampled_from(["", "Laptop", "Phone"]),
    "device_key": st.sampled_from(["", "dev-1", "dev-1", "dev-2"]),
}
ROW = st.fixed_dictionaries({h: VALUES[h] | st.text(max_size=12) for h in HEADERS})


def _csv(rows: list[dict[str, str]], delimiter: str) -> str:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'
    return "\r\n".join(delimiter.join(cell(r.get(h, "")) for h in HEADERS)
                       for r in [{h: h for h in HEADERS}, *rows]) + "\r\n"


def _known(call: Callable[[], Any]) -> tuple[Any, KnownError | None]:
    """``call``'s result, or the KnownError it raised (which must have words)."""
    try:
        return call(), None
    except KnownError as error:
        refused = error
    assert refused.message.strip()
    return None, refused


def _attempt(store: Store, vault: MemoryVault, clock: Clock, plan: Any, mode: str) -> None:
    before = roster_json(store)

    def write() -> object:
        if isinstance(plan, JsonPlan):
            return load(store, plan, vault=vault, clock=clock, actor="fuzz")
        return writer.apply(store, plan, vault=vault, clock=clock, actor="fuzz",
                            mode=mode)  # type: ignore[arg-type]
    _done, refused = _known(write)
    if refused is not None:
        assert roster_json(store) == before  # nothing half-written


@WHOLE
@given(rows=st.lists(ROW, min_size=1, max_size=6), tag=st.sampled_from(sorted(LOCALES)),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       delimiter=st.sampled_from([";", ",", "\t"]), mode=st.sampled_from(["stop", "skip_bad"]))
def test_generated_csvs_import_or_are_refused_leaving_the_roster_as_it_was(
        store: Store, vault: MemoryVault, clock: Clock, rows: list[dict[str, str]], tag: str,
        encoding: str, delimiter: str, mode: str) -> None:
    text = _csv(rows, delimiter)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="sk-fuzz-") as folder:
        path = Path(folder) / "roster.csv"
        path.write_bytes(data)
        ctx = ImportContext(clock().date(), "it@example.com", LOCALES[tag])
        plan, refused = _known(lambda: read_import(
            path, "csv", ctx, encoding="cp1252" if encoding == "cp1252" else None))
    if refused is not None:
        return
    assert isinstance(plan, ImportPlan)
    _attempt(store, vault, clock, plan, mode)


JSON_VALUE = st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.sampled_from(
    [10**400, -1, 10**30, "0001-01-01", "XYZ", [], {}, ["x", "y"]])


@WHOLE
@given(section=st.sampled_from(["subscriptions", "seats", "devices", "connections",
                                "people", "orders", "accounts"]),
       field=st.text(min_size=1, max_size=3) | st.sampled_from(
           ["seat_limit", "price_minor", "key", "seat", "device", "email", "currency",
            "renewal_date", "plan_months", "holder", "account"]),
       value=JSON_VALUE, copy=st.booleans())
def test_broken_roster_exports_load_or_are_refused_leaving_the_roster_as_it_was(
        demo_store: Store, vault: MemoryVault, clock: Clock, section: str, field: str,
        value: Any, copy: bool) -> None:
    data = json.loads(roster_json(demo_store))
    items = data.get(section) or []
    if items:
        items[0][field] = value
        if copy:
            items.append(dict(items[0]))
    with tempfile.TemporaryDirectory(prefix="sk-fuzz-") as folder:
        path = Path(folder) / "roster.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        plan, refused = _known(lambda: read_import(
            path, "json", ImportContext(clock().date(), "it@example.com")))
    if refused is None:
        _attempt(demo_store, vault, clock, plan, "stop")
