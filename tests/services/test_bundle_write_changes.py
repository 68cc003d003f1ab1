"""What the seat-side writes say they changed: every kind of record touched, with its ids.

The window reloads only what a write's Changes name, so a missing kind or id is
a screen left stale. Each test compares the whole ``touched`` mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.changes import Changes, Entity
from seatkeeper.domain.enums import PaymentMethod, Platform, SeatStatus
from seatkeeper.domain.money import Money
from seatkeeper.services.clock import Clock
from seatkeeper.services.credentials import CredentialService
from seatkeeper.services.purchasing import PurchasingService
from seatkeeper.services.seats import SeatService
from seatkeeper.services.subscription_actions import SubscriptionActionService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests.services.helpers import PREMIUM, VOLUME, sub_id

CARD = {"method": PaymentMethod.CREDIT_CARD, "card_brand": "Visa", "card_last4": "4242"}


@pytest.fixture
def seats(demo_store: Store, clock: Clock) -> SeatService:
    return SeatService(demo_store, clock, "test-admin")


def _touched(changes: Changes) -> Mapping[Entity, frozenset[int] | None]:
    return dict(changes.touched)


def _seat(store: Store, licence: str) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(t.seats.c.id).join(t.subscriptions)
        .where(t.subscriptions.c.name == VOLUME, t.seats.c.licence_id == licence))
        .scalar_one()))


def _person(store: Store, email: str) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(t.people.c.id).where(t.people.c.email == email)).scalar_one()))


def _holder(store: Store, seat_id: int) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(t.seats.c.person_id).where(t.seats.c.id == seat_id)).scalar_one()))


def _active_seats(store: Store, subscription_id: int) -> frozenset[int]:
    return frozenset(store.read(lambda c: c.execute(
        sa.select(t.seats.c.id).where(t.seats.c.subscription_id == subscription_id,
                                      t.seats.c.status == SeatStatus.ACTIVE.value)
    ).scalars().all()))


def test_assign_touches_the_seat_and_its_new_holder(demo_store: Store,
                                                    seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0019")
    done = seats.assign(seat, "Kim Lie", "kim.lie@northwind.example")
    assert _touched(done.changes) == {
        Entity.SEAT: {seat}, Entity.PERSON: {_person(demo_store, "kim.lie@northwind.example")},
        Entity.AUDIT: None}


def test_reassign_touches_both_holders(demo_store: Store, seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0002")
    before = _holder(demo_store, seat)
    done = seats.reassign(seat, "Kim Lie", "kim.lie@northwind.example")
    after = _person(demo_store, "kim.lie@northwind.example")
    assert _touched(done.changes) == {Entity.SEAT: {seat}, Entity.PERSON: {before, after},
                                      Entity.AUDIT: None}


def test_unassign_touches_the_seat_and_its_former_holder(demo_store: Store,
                                                         seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0002")
    holder = _holder(demo_store, seat)
    assert _touched(seats.unassign(seat).changes) == {
        Entity.SEAT: {seat}, Entity.PERSON: {holder}, Entity.AUDIT: None}


@pytest.mark.parametrize("renew", [False, True])
def test_renew_switch_touches_exactly_the_chosen_seats(demo_store: Store, seats: SeatService,
                                                       renew: bool) -> None:
    ids = [_seat(demo_store, lic) for lic in ("L-0006", "L-0007", "L-0011")]
    done = seats.set_renew([*ids, ids[0]], renew)  # a seat named twice changes once
    assert _touched(done.changes) == {Entity.SEAT: set(ids), Entity.AUDIT: None}
    assert [s.renew for s in done.value] == [renew] * 3


def test_device_connect_and_disconnect_touch_the_seat_and_the_device(
        demo_store: Store, seats: SeatService) -> None:
    ingrid = _seat(demo_store, "L-0001")
    device = demo_store.read(lambda c: c.execute(sa.select(t.device_connections.c.device_id)
                             .where(t.device_connections.c.seat_id == ingrid)).scalars().first())
    assert device is not None
    expected = {Entity.SEAT: {ingrid}, Entity.DEVICE: {device}, Entity.AUDIT: None}
    assert _touched(seats.disconnect_device(ingrid, device).changes) == expected
    assert _touched(seats.connect_device(ingrid, device).changes) == expected


def test_cancel_subscription_touches_it_and_the_seats_it_cancelled(demo_store: Store,
                                                                   seats: SeatService) -> None:
    sub = sub_id(demo_store, VOLUME)
    seats.cancel_seats([_seat(demo_store, "L-0003")])  # already cancelled: not touched again
    active = _active_seats(demo_store, sub)
    done = seats.cancel_subscription(sub)
    assert _seat(demo_store, "L-0003") not in active
    assert _touched(done.changes) == {Entity.SUBSCRIPTION: {sub}, Entity.SEAT: active,
                                      Entity.AUDIT: None}
    assert _active_seats(demo_store, sub) == frozenset()


def test_new_plan_touches_the_subscription_and_its_new_seats(demo_store: Store,
                                                             seats: SeatService) -> None:
    sub = sub_id(demo_store, VOLUME)
    seats.cancel_subscription(sub)
    done = seats.start_new_plan(sub, seats=5, plan_months=12, on=date(2026, 11, 22), **CARD)
    assert _touched(done.changes) == {Entity.SUBSCRIPTION: {sub},
                                      Entity.SEAT: _active_seats(demo_store, sub),
                                      Entity.AUDIT: None}


def test_purchase_and_added_seats_touch_the_subscription_and_the_new_seats(
        demo_store: Store, clock: Clock) -> None:
    service = PurchasingService(demo_store, clock, "test-admin")
    account = int(demo_store.read(lambda c: c.execute(
        sa.select(t.vendor_accounts.c.id).order_by(t.vendor_accounts.c.id)).scalars().first()))
    order = service.request_new_volume(account)
    assert _touched(order.changes) == {Entity.AUDIT: None}  # an order is on no screen
    assert _touched(service.approve(order.value.order_id).changes) == {Entity.AUDIT: None}
    bought = service.complete(order.value.order_id, seats=5, plan_months=12,
                              unit_monthly_price=Money(1000, "USD"), **CARD)
    new = bought.value.subscription_id
    assert _touched(bought.changes) == {Entity.SUBSCRIPTION: {new},
                                        Entity.SEAT: set(bought.value.seat_ids),
                                        Entity.AUDIT: None}
    added = service.add_seats(new, 3, date(2026, 11, 22))
    assert len(added.value.seat_ids) == 3
    assert _touched(added.changes) == {Entity.SUBSCRIPTION: {new},
                                       Entity.SEAT: set(added.value.seat_ids),
                                       Entity.AUDIT: None}
    longer = service.change_plan(new, 24)
    assert _touched(longer.changes) == {Entity.SUBSCRIPTION: {new}, Entity.AUDIT: None}


def test_subscription_actions_touch_the_subscription(demo_store: Store, clock: Clock) -> None:
    actions = SubscriptionActionService(demo_store, clock, "test-admin")
    sub = sub_id(demo_store, PREMIUM)
    seats = _active_seats(demo_store, sub)
    assert seats
    assert _touched(actions.mark_payment_failed(sub).changes) == {
        Entity.SUBSCRIPTION: {sub}, Entity.AUDIT: None}
    assert _touched(actions.mark_payment_resolved(sub).changes) == {
        Entity.SUBSCRIPTION: {sub}, Entity.AUDIT: None}
    assert _touched(actions.cancel(sub).changes) == {
        Entity.SUBSCRIPTION: {sub}, Entity.SEAT: seats, Entity.AUDIT: None}
    assert _touched(actions.resume(sub).changes) == {
        Entity.SUBSCRIPTION: {sub}, Entity.AUDIT: None}


def test_credentials_set_touch_the_credential_and_its_seat(demo_store: Store,
                                                           clock: Clock) -> None:
    seat = _seat(demo_store, "L-0004")
    service = CredentialService(demo_store, MemoryVault(), clock, "test-admin")
    for _ in range(2):  # stored, then replaced
        done = service.save(seat, Platform.WINDOWS, "nw-0004", "secret-pw")
        assert _touched(done.changes) == {Entity.CREDENTIAL: {seat}, Entity.SEAT: {seat},
                                          Entity.AUDIT: None}
