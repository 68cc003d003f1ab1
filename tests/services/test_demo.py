"""The demo roster exercises every rule group and reports what it made."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.changes import Changes
from seatkeeper.domain.errors import StoreError
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.services.roster import RosterService
from seatkeeper.services.rows import RosterCounts
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery

DEMO_COUNTS = RosterCounts(subscriptions=8, seats=29, assigned=18, devices=33,
                           pending_deliveries=2)


def test_demo_counts(demo_store: Store) -> None:
    assert RosterService(demo_store).counts() == DEMO_COUNTS


def test_demo_volume_subscription_shape(demo_store: Store) -> None:
    rows = RosterService(demo_store).licence_page(TableQuery(filter_text="Volume", limit=100))
    assert len(rows) == 25
    assert sum(r.holder is None for r in rows) == 7
    assert [r.licence_id for r in rows if not r.renews] == ["L-0005"]
    assert [r.holder for r in rows if r.devices_connected == 8] == ["Ingrid Solberg"]
    assert len({r.renewal_date for r in rows}) == 1  # one shared renewal date


def test_demo_app_store_deadlines_are_near(demo_store: Store, now: object) -> None:
    subs = {s.name: s for s in RosterService(demo_store).subscriptions()}
    trial = subs["ExpressVPN iOS trial (Reception iPhone)"]
    store_plan = subs["ExpressVPN via App Store (Sales iPad)"]
    assert (trial.kind, trial.channel) == ("trial", "app_store")
    assert store_plan.channel == "app_store"
    assert store_plan.currency != "USD"
    assert store_plan.renewal_date - timedelta(days=1) <= (now.date() + timedelta(days=7))  # type: ignore[attr-defined]


def test_demo_devices_cover_the_send_refusals(demo_store: Store) -> None:
    devices = {d.name: d for d in RosterService(demo_store).device_page(TableQuery(limit=100))}
    assert not devices["Meeting-room Mac"].connected
    assert devices["Old warehouse PC"].app_version.startswith("19.")
    assert devices["CEO iPhone"].pending_delivery


def test_demo_history_shows_a_reassigned_seat(demo_store: Store) -> None:
    detail = RosterService(demo_store).seat_detail(3)
    assert [h.holder for h in detail.history] == ["Kari Hansen", "Oskar Vik"]


def test_demo_credentials_go_to_the_vault_only(store: Store, clock: Clock) -> None:
    vault = MemoryVault()
    result = build_demo(store, vault, clock, "t").value
    assert result.credentials_stored
    assert len(vault.values()) == 18 * 2
    keys = store.read(lambda c: list(c.execute(sa.select(t.seat_credentials.c.vault_key))))
    assert len(keys) == 36
    assert all("password" not in k[0] for k in keys)


def test_demo_without_keyring_still_works_and_says_so(store: Store, clock: Clock) -> None:
    built = build_demo(store, None, clock, "t")
    assert built.changes == Changes.everything()  # a whole roster appeared
    result = built.value
    assert not result.credentials_stored
    assert "No secure keyring" in result.note
    assert result.counts == DEMO_COUNTS


def test_demo_refuses_a_roster_with_data(demo_store: Store, clock: Clock) -> None:
    with pytest.raises(StoreError, match="empty"):
        build_demo(demo_store, None, clock, "t")
