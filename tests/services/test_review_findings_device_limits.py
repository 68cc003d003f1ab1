"""Device limits from the vendor's terms profile, not the row's own number (issue 16).

Rosters written before the profiles (or by hand) may claim 10 devices a seat on
a volume licence or 8 on an App Store subscription; check-send and Review use
the profile's limit (VL-19: 8 a seat, AS-3: 5 a store subscription).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import RuleRefused
from seatkeeper.services.clock import Clock
from seatkeeper.services.deliveries import DeliveryService
from seatkeeper.services.review import ReviewService
from seatkeeper.services.seats import SeatService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests.services.helpers import PREMIUM, STORE_PLAN, VOLUME, sub_id, update_sub

AT = datetime(2026, 11, 1, tzinfo=UTC)


def _device(store: Store, sub: str, name: str, seat: str | None) -> int:
    def work(conn: sa.Connection) -> int:
        account = conn.execute(sa.select(t.subscriptions.c.account_id)
                               .where(t.subscriptions.c.name == sub)).scalar_one()
        key = conn.execute(t.devices.insert().values(
            account_id=account, name=name, platform=Platform.IOS, os_version="17.5",
            app_version="22.0", region="DE", account_connected=True, created_at=AT,
            version=1)).inserted_primary_key
        assert key is not None
        device = int(key[0])
        if seat is not None:
            seat_id = conn.execute(sa.select(t.seats.c.id)
                                   .where(t.seats.c.licence_id == seat)).scalar_one()
            conn.execute(t.device_connections.insert().values(
                device_id=device, seat_id=seat_id, connected_at=AT))
        return device
    return store.write(work)


def _finding(store: Store, clock: Clock, kind: str) -> list[str]:
    found = ReviewService(store, clock, "reviewer").findings(days=14)
    return [str(f.detail) for f in found.items if f.kind == kind]


def test_vl19_review_flags_a_ninth_device_although_the_row_claims_ten(
        demo_store: Store, clock: Clock) -> None:
    update_sub(demo_store, VOLUME, devices_per_seat=10)
    _device(demo_store, VOLUME, "Ingrid's ninth", "L-0001")  # Ingrid had 8
    assert _finding(demo_store, clock, "seat_over_device_limit") == [
        "9 devices connected, limit 8"]


def test_vl19_connecting_a_ninth_device_is_refused_although_the_row_claims_ten(
        demo_store: Store, clock: Clock) -> None:
    update_sub(demo_store, VOLUME, devices_per_seat=10)
    device = _device(demo_store, VOLUME, "Ingrid's ninth", None)
    seat = demo_store.read(lambda c: c.execute(
        sa.select(t.seats.c.id).where(t.seats.c.licence_id == "L-0001")).scalar_one())
    with pytest.raises(RuleRefused) as refused:
        SeatService(demo_store, clock, "t").connect_device(seat, device)
    assert refused.value.rule_id == "VL-19"


def test_as3_check_send_finds_no_free_slot_although_the_row_claims_eight(
        demo_store: Store, clock: Clock) -> None:
    update_sub(demo_store, STORE_PLAN, devices_per_seat=8)
    for n in range(4):  # the Sales iPad is the first of five
        _device(demo_store, STORE_PLAN, f"iPad {n}", "S-0001")
    target = _device(demo_store, STORE_PLAN, "New iPad", None)
    answer = DeliveryService(demo_store, clock, "t").check_send(
        sub_id(demo_store, STORE_PLAN), target)
    assert "no_free_slot" in [r.code.value for r in answer.reasons]
    assert _finding(demo_store, clock, "subscription_over_device_limit") == []
    _device(demo_store, STORE_PLAN, "iPad 6", "S-0001")
    assert _finding(demo_store, clock, "subscription_over_device_limit") == [
        "6 devices connected, 5 slots"]


def test_a_limit_no_one_stated_is_never_judged(demo_store: Store, clock: Clock) -> None:
    update_sub(demo_store, PREMIUM, devices_known=False, devices_per_seat=1)
    for n in range(3):
        _device(demo_store, PREMIUM, f"PC {n}", "KPR-1")
    assert _finding(demo_store, clock, "seat_over_device_limit") == []
    assert _finding(demo_store, clock, "subscription_over_device_limit") == []
