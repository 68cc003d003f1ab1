"""A value longer than its column is a row's problem in the dry run, named, on either
database: PostgreSQL refused the whole import with a driver error and no row named
(found by test_writer_fuzz: a 201-character subscription name), and SQLite kept it, so
the roster could no longer be moved to a server."""

from __future__ import annotations

from datetime import date

import pytest

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.store.engine import Store

CTX = ImportContext(date(2026, 11, 22), "it@example.com")
HEAD = "Product,Vendor,Seat,Holder,E-mail,Device,Device ID,Platform,Region,Currency\n"


def _plan(text: str) -> ImportPlan:
    source = read_csv_text(text)
    return preview(source.rows, guess_mapping(source.headers), CTX, headers=source.headers)


@pytest.mark.parametrize(("row", "column", "limit"), [
    ("{long200}X,Adobe,A-1,,,,,,,USD", "subscription", 200),
    ("Acrobat,Adobe,{long80}X,,,,,,,USD", "licence_id", 80),
    ("Acrobat,Adobe,A-1,{long200}X,kari@example.com,,,,,USD", "holder_name", 200),
    ("Acrobat,Adobe,A-1,,,{long200}X,dev-1,windows,NO,USD", "device_name", 200),
])
def test_a_value_longer_than_its_column_is_named_in_the_dry_run(row: str, column: str,
                                                                  limit: int) -> None:
    text = HEAD + row.format(long200="A" * 200, long80="L" * 80) + "\n" \
        + "Photoshop,Adobe,P-1,,,,,,,USD\n"
    plan = _plan(text)
    assert [(e.line, e.column) for e in plan.errors] == [(2, column)]
    assert f"{limit + 1} characters long" in plan.errors[0].reason
    assert f"at most {limit}" in plan.errors[0].reason
    assert [r.subscription.name for r in plan.rows] == ["Photoshop"]


def test_values_as_long_as_their_columns_import_on_either_database(
        store: Store, vault: MemoryVault, clock: Clock) -> None:
    name, holder, seat = "N" * 200, "H" * 200, "S" * 80
    plan = _plan(HEAD + f"{name},Adobe,{seat},{holder},kari@example.com,{'D' * 200},"
                 "dev-1,windows,NO,USD\n")
    assert plan.errors == []
    result = apply(store, plan, vault=vault, clock=clock, actor="it@example.com").value
    assert (result.seats_added, result.devices_added) == (1, 1)
    # No key was given: the one derived from a 200-character name fits its column too.
    assert len(plan.rows[0].subscription.key) <= 200
