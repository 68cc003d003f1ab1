"""Generic roster CSV/XLSX: guessed mapping, overrides, devices, skip mode."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
import xlsxwriter

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.changes import Changes
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import apply, guess_mapping, preview, read_file
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.mapping import override
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

CTX = ImportContext(date(2026, 11, 22), "it@example.com")
HEADERS = ["Product", "Vendor", "Seat", "Holder", "E-mail", "Renewal", "Monthly price",
           "Device", "Platform", "Region"]
ROWS = [
    ["Acme VPN", "Acme", "L-1", "Ada Lovelace", "ada@example.com", "2027-01-31", "$8.32",
     "Ada's laptop", "windows", "no"],
    ["Acme VPN", "Acme", "L-2", "", "", "2027-01-31", "$8.32", "", "", ""],
    ["Acme VPN", "Acme", "L-3", "Bob", "not-an-address", "2027-01-31", "$8.32", "", "", ""],
]


def _csv(rows: list[list[str]]) -> str:
    return "\n".join(",".join(r) for r in [HEADERS, *rows]) + "\n"


def test_mapping_is_guessed_from_header_words_and_can_be_overridden() -> None:
    mapping = guess_mapping(["PRODUCT", "licensed to", "Holder E-Mail ", "Renews", "Seat"])
    assert mapping["subscription"] == "PRODUCT"
    assert mapping["holder_email"] == "Holder E-Mail "
    assert mapping["renewal_date"] == "Renews"
    assert mapping["licence_id"] == "Seat"
    changed = override(mapping, {"holder_name": "licensed to", "renewal_date": None},
                       ["PRODUCT", "licensed to", "Holder E-Mail ", "Renews", "Seat"])
    assert changed["holder_name"] == "licensed to"
    assert "renewal_date" not in changed
    with pytest.raises(BadInput):
        override(mapping, {"holder_name": "No such column"}, ["PRODUCT"])


def test_generic_rows_build_one_subscription_with_seats_holders_and_a_device(
        store: Store, vault: MemoryVault, clock: Clock) -> None:
    source = read_csv_text(_csv(ROWS))
    plan = preview(source.rows, guess_mapping(source.headers), CTX, headers=source.headers)
    assert [(e.line, e.column) for e in plan.errors] == [(4, "E-mail")]
    result = apply(store, plan, vault=vault, clock=clock, actor="t", mode="skip_bad").value
    assert (result.subscriptions_added, result.seats_added, result.devices_added) == (1, 2, 1)
    sub = store.read(lambda c: c.execute(sa.select(t.subscriptions)).mappings().one())
    assert (sub["renewal_date"], sub["price_minor"], sub["seat_limit"]) == \
        (date(2027, 1, 31), 832, 2)
    connected = store.read(lambda c: c.execute(
        sa.select(t.devices.c.name, t.devices.c.region, t.seats.c.licence_id)
        .select_from(t.device_connections.join(t.devices).join(t.seats))).one())
    assert tuple(connected) == ("Ada's laptop", "NO", "L-1")
    history = store.read(lambda c: c.execute(sa.select(sa.func.count())
                                             .select_from(t.seat_assignments)).scalar())
    assert history == 1


def test_reassigning_by_reimport_keeps_the_history(store: Store, vault: MemoryVault,
                                                   clock: Clock) -> None:
    first = read_csv_text(_csv(ROWS[:1]))
    apply(store, preview(first.rows, guess_mapping(first.headers), CTX), vault=vault,
          clock=clock, actor="t")
    moved = [[*ROWS[0][:3], "Grace Hopper", "grace@example.com", *ROWS[0][5:]]]
    second = read_csv_text(_csv(moved))
    result = apply(store, preview(second.rows, guess_mapping(second.headers), CTX),
                   vault=vault, clock=clock, actor="t").value
    assert (result.seats_added, result.seats_updated, result.people_added) == (0, 1, 1)
    spans = store.read(lambda c: c.execute(
        sa.select(t.people.c.email, t.seat_assignments.c.unassigned_at.is_(None))
        .join(t.people).order_by(t.seat_assignments.c.id)).all())
    assert [tuple(s) for s in spans] == [("ada@example.com", False), ("grace@example.com", True)]


def test_missing_required_column_is_refused_before_reading_rows() -> None:
    source = read_csv_text("Holder,E-mail\nAda,ada@example.com\n")
    with pytest.raises(BadInput, match="subscription"):
        preview(source.rows, guess_mapping(source.headers), CTX)


def test_xlsx_is_read_through_calamine(tmp_path: Path, store: Store, vault: MemoryVault,
                                       clock: Clock) -> None:
    path = tmp_path / "roster.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Subscription", "Seat", "Holder", "Email", "Seats", "Monthly price"])
    sheet.write_row(1, 0, ["Office", "S-1", "Ada", "ada@example.com", 5, 12.5])
    book.close()
    source = read_file(path)
    plan = preview(source.rows, guess_mapping(source.headers), CTX)
    assert plan.errors == []
    apply(store, plan, vault=vault, clock=clock, actor="t")
    sub = store.read(lambda c: c.execute(sa.select(t.subscriptions)).mappings().one())
    assert (sub["seat_limit"], sub["price_minor"]) == (5, 1250)


def test_an_import_says_anything_may_have_changed(store: Store, vault: MemoryVault,
                                                  clock: Clock) -> None:
    source = read_csv_text(_csv(ROWS[:2]))
    done = apply(store, preview(source.rows, guess_mapping(source.headers), CTX), vault=vault,
                 clock=clock, actor="t")
    assert done.value.imported == 2
    assert done.changes == Changes.everything()


def test_row_problems_carry_message_ids_and_read_as_before(store: Store,
                                                           clock: Clock) -> None:
    text = _csv(ROWS) + "Acme VPN,Acme,L-9,,,2027-01-31,$8.32,,,,surplus\n" \
        + "Acme VPN,Acme,L-10,,,someday,$8.32,,,\n"
    source = read_csv_text(text)
    plan = preview(source.rows, guess_mapping(source.headers), CTX, headers=source.headers)
    by_line = {e.line: e for e in plan.errors}
    assert by_line[5].problem.id == "import.surplus_cells"
    assert by_line[5].reason == "11 cells but 10 headers"
    assert by_line[6].problem.id == "import.date.not_a_date"  # read in the file's locale
    assert by_line[6].reason == "“someday” is not a date (in en-US, write e.g. 03/15/2026 " \
        "or 2026-03-15)."
    assert by_line[6].as_json() == {"line": 6, "column": "Renewal", "value": "someday",
                                    "reason": by_line[6].reason}
    with pytest.raises(BadInput) as refused:  # "stop" mode: a bad row means nothing is written
        apply(store, plan, vault=None, clock=clock, actor="t")
    assert refused.value.msg.id == "import.rows_refused"
    assert refused.value.message.startswith("3 of 5 rows cannot be imported, so nothing was; "
                                            "first: row 4, E-mail: “not-an-address” is not")


def _seat_ids(store: Store) -> list[tuple[str, str]]:
    return sorted(store.read(lambda c: [(str(n), str(lic)) for n, lic in c.execute(
        sa.select(t.subscriptions.c.name, t.seats.c.licence_id)
        .join(t.subscriptions, t.subscriptions.c.id == t.seats.c.subscription_id))]))


def test_subscriptions_without_a_seat_column_get_roster_wide_seat_ids(
        store: Store, vault: MemoryVault, clock: Clock) -> None:
    """Issue 16: not `seat-001` for every subscription, but L-nnnn like a new purchase."""
    def run(text: str) -> None:
        source = read_csv_text(text)
        plan = preview(source.rows, guess_mapping(source.headers), CTX, headers=source.headers)
        assert not plan.errors
        apply(store, plan, vault=vault, clock=clock, actor="t")

    header = "Product,Vendor,Holder,E-mail,Renewal,Monthly price\n"
    first = header + ("Creative Cloud,Adobe,Ada,ada@example.com,2027-01-31,$50.00\n"
                      "Slack Pro,Slack,Bob,bob@example.com,2027-03-01,$8.00\n")
    run(first)
    assert _seat_ids(store) == [("Creative Cloud", "L-0001"), ("Slack Pro", "L-0002")]
    run(first)  # a re-import finds the same seats, it does not number new ones
    assert _seat_ids(store) == [("Creative Cloud", "L-0001"), ("Slack Pro", "L-0002")]
    run(header + "Zoom Pro,Zoom,Cy,cy@example.com,2027-02-01,$15.00\n")
    assert _seat_ids(store)[-1] == ("Zoom Pro", "L-0003")
