"""Snipe-IT licence CSV: seats, holders, costs, dates, product keys in the vault only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.credentials.vault import SERVICE
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.clock import Clock
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing import ImportCancelled, apply, guess_mapping, preview, read_file
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests.conftest import TEST_DATA

DATA = TEST_DATA / "snipeit_licences.csv"
TODAY = date(2026, 11, 22)


def snipeit_plan(path: Path = DATA) -> ImportPlan:
    source = read_file(path)
    return preview(source.rows, guess_mapping(source.headers, "snipeit"),
                   ImportContext(TODAY, "it@example.com"), fmt="snipeit", headers=source.headers)


def test_bad_rows_are_listed_with_row_column_value_and_reason() -> None:
    plan = snipeit_plan()
    assert (plan.total, plan.good_rows, plan.bad_rows) == (6, 4, 2)
    found = {(e.line, e.column, e.value) for e in plan.errors}
    assert (5, "maintained", "sometimes") in found  # not a boolean: rejected, not a crash
    assert (5, "purchase date", "02/29/2026") in found  # no such day
    assert (7, "purchase cost", "twelve dollars") in found
    assert all(e.reason for e in plan.errors)


def _subs(store: Store) -> dict[str, dict[str, object]]:
    return store.read(lambda c: {r["name"]: dict(r) for r in c.execute(
        sa.select(t.subscriptions, t.vendor_accounts.c.vendor)
        .join(t.vendor_accounts)).mappings()})


def test_snipeit_import_gives_seats_holders_costs_and_dates(
        store: Store, vault: MemoryVault, clock: Clock, tmp_path: Path) -> None:
    result = apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t",
                   mode="skip_bad", rejects_path=tmp_path / "rejects.csv").value
    assert (result.imported, result.rejected, result.subscriptions_added) == (4, 2, 4)
    assert result.seats_added == 1 + 10 + 1 + 1
    subs = _subs(store)
    office = subs["Office 365 Business"]
    assert office["vendor"] == "Microsoft"
    assert office["renewal_date"] == date(2027, 11, 24)  # the expiration date, US order
    assert office["kind"] == "individual"
    # The purchase cost as paid, for the whole licence (issue 15; it was a rounded month).
    assert (office["price_minor"], office["price_basis"], office["price_months"]) == \
        (1258, "total", 12)
    adobe = subs["Adobe Creative Cloud"]
    assert (adobe["kind"], adobe["seat_limit"], adobe["currency"]) == ("volume", 10, "USD")
    assert (adobe["price_minor"], adobe["price_basis"]) == (120000, "total")  # "$1,200.00"
    jetbrains = subs["JetBrains All Products"]
    assert jetbrains["renewal_date"] == date(2027, 1, 15)  # no expiry: purchase + 12 months
    assert subs["Parallels Desktop"]["vendor"] == ""  # no manufacturer: not known (issue 16)
    holders = store.read(lambda c: c.execute(
        sa.select(t.subscriptions.c.name, t.seats.c.licence_id, t.people.c.email)
        .select_from(t.seats.join(t.subscriptions).join(t.people,
                                                        t.people.c.id == t.seats.c.person_id))
        .order_by(t.subscriptions.c.name)).all())
    # Each licence's first seat, numbered roster-wide in file order (issue 16).
    assert [tuple(h) for h in holders] == [
        ("JetBrains All Products", "L-0012", "grace@example.com"),
        ("Office 365 Business", "L-0001", "ada@example.com"),
        ("Parallels Desktop", "L-0013", "alan@example.com")]
    rejects = (tmp_path / "rejects.csv").read_text(encoding="utf-8-sig")
    assert "sometimes" in rejects
    assert "WR-KEY-666" not in rejects  # the rejected row's product key is not copied out


@pytest.mark.sqlite_only
def test_product_keys_go_to_the_vault_and_never_into_the_roster_file(
        store: Store, vault: MemoryVault, clock: Clock, roster_path: Path) -> None:
    apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="skip_bad")
    key = "product-key/snipeit:office 365 business|ord-1|po-1001|ada@example.com"
    assert vault.get(SERVICE, key) == "XXXX1-PRODK-EY111-AAAAA"
    assert len(vault.values()) == 4
    store.dispose()  # checkpoint the WAL, then read every byte the roster left on disk
    blob = b"".join(p.read_bytes() for p in roster_path.parent.glob(roster_path.name + "*"))
    assert b"Office 365 Business" in blob  # the check can fail: it sees the data
    for secret in ("XXXX1-PRODK-EY111-AAAAA", "ADOBE-KEY-222-BBBB", "JB-KEY-333", "PD-KEY-555"):
        assert secret.encode() not in blob


def _seat_ids(store: Store) -> list[tuple[str, str]]:
    return store.read(lambda c: [(str(n), str(lic)) for n, lic in c.execute(
        sa.select(t.subscriptions.c.name, t.seats.c.licence_id)
        .join(t.subscriptions, t.subscriptions.c.id == t.seats.c.subscription_id)
        .order_by(t.seats.c.id))])


def test_seat_ids_name_one_seat_in_the_whole_roster(
        store: Store, vault: MemoryVault, clock: Clock) -> None:
    """Issue 16: `seat-001` named a seat of every licence; numbered L-nnnn roster-wide now,
    as the generic import and a purchase number them, and a re-import keeps them."""
    apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="skip_bad")
    ids = [lic for _name, lic in _seat_ids(store)]
    assert len(ids) == 13
    assert len(set(ids)) == len(ids), sorted(ids)  # no id names two seats
    assert sorted(ids) == [f"L-{n:04d}" for n in range(1, 14)]
    before = _seat_ids(store)
    apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="skip_bad")
    assert _seat_ids(store) == before  # found again, not numbered anew


def test_a_licence_imported_beside_purchased_seats_numbers_on_from_them(
        demo_store: Store, vault: MemoryVault, clock: Clock) -> None:
    taken = {lic for _name, lic in _seat_ids(demo_store)}
    highest = max(int(lic[2:]) for lic in taken if lic.startswith("L-"))
    apply(demo_store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="skip_bad")
    ids = [lic for _name, lic in _seat_ids(demo_store)]
    assert len(set(ids)) == len(ids)
    new = sorted(set(ids) - taken)
    assert new == [f"L-{n:04d}" for n in range(highest + 1, highest + 14)]


def test_reimport_updates_instead_of_duplicating(store: Store, vault: MemoryVault,
                                                 clock: Clock) -> None:
    apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="skip_bad")
    before = roster_json(store)
    again = apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t",
                  mode="skip_bad").value
    assert (again.subscriptions_added, again.subscriptions_updated, again.seats_added) == (0, 4, 0)
    assert roster_json(store) == before


def test_stop_mode_with_a_bad_row_leaves_the_roster_exactly_as_it_was(
        demo_store: Store, vault: MemoryVault, clock: Clock) -> None:
    before = roster_json(demo_store)
    secrets_before = sorted(vault.values())
    with pytest.raises(BadInput, match="2 of 6 rows"):
        apply(demo_store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="stop")
    assert roster_json(demo_store) == before
    assert sorted(vault.values()) == secrets_before


def test_cancel_from_progress_rolls_back_everything(demo_store: Store, vault: MemoryVault,
                                                    clock: Clock) -> None:
    before = roster_json(demo_store)
    secrets_before = sorted(vault.values())
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 2  # cancel at the second report, mid-import

    with pytest.raises(ImportCancelled):
        apply(demo_store, snipeit_plan(), vault=vault, clock=clock, actor="t",
              mode="skip_bad", progress=progress)
    assert len(seen) == 2
    assert roster_json(demo_store) == before
    assert sorted(vault.values()) == secrets_before


def test_without_a_keyring_product_keys_are_counted_as_skipped(store: Store,
                                                              clock: Clock) -> None:
    result = apply(store, snipeit_plan(), vault=None, clock=clock, actor="t",
                   mode="skip_bad").value
    assert (result.product_keys_stored, result.product_keys_skipped) == (0, 4)


def test_a_roster_imported_with_seat_nnn_ids_is_found_again_not_renumbered(
        store: Store, vault: MemoryVault, clock: Clock) -> None:
    """A roster an earlier version imported (seat-001.. per licence) re-imports onto the
    same seats, by position: no seat is added and none renamed under the admin."""
    apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t", mode="skip_bad")

    def as_before(conn: sa.Connection) -> None:
        s = t.seats
        rows = conn.execute(sa.select(s.c.id, s.c.subscription_id).order_by(s.c.id)).all()
        numbers: dict[int, int] = {}
        for seat_id, sub in rows:
            numbers[sub] = numbers.get(sub, 0) + 1
            conn.execute(s.update().where(s.c.id == seat_id).values(
                licence_id=f"seat-{numbers[sub]:03d}"))
    store.write(as_before)
    before = _seat_ids(store)
    again = apply(store, snipeit_plan(), vault=vault, clock=clock, actor="t",
                  mode="skip_bad").value
    assert again.seats_added == 0
    assert _seat_ids(store) == before
