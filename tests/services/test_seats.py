"""SeatService over the demo roster: VL-11..VL-16, VL-18, VL-19, concurrency, audit."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.enums import PaymentMethod, Platform
from seatkeeper.domain.errors import BadInput, ConflictError, RuleRefused
from seatkeeper.services.clock import Clock
from seatkeeper.services.credentials import CredentialService
from seatkeeper.services.demo import OWNER
from seatkeeper.services.roster import RosterService
from seatkeeper.services.rows import LicenceRow
from seatkeeper.services.seats import SeatService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery

VOLUME = "ExpressVPN Volume (Office)"
CARD = {"method": PaymentMethod.CREDIT_CARD, "card_brand": "Visa", "card_last4": "4242"}


@pytest.fixture
def seats(demo_store: Store, clock: Clock) -> SeatService:
    return SeatService(demo_store, clock, "test-admin")


def _seat(store: Store, licence: str) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(t.seats.c.id).join(t.subscriptions)
        .where(t.subscriptions.c.name == VOLUME, t.seats.c.licence_id == licence))
        .scalar_one()))


def _volume_id(store: Store) -> int:
    return next(s.subscription_id for s in RosterService(store).subscriptions()
                if s.name == VOLUME)


def _rows(store: Store) -> dict[str, LicenceRow]:
    rows = RosterService(store).licence_page(TableQuery(offset=0, limit=100))
    return {r.licence_id: r for r in rows if r.subscription == VOLUME}


def test_vl11_assign_normalises_and_reuses_person_by_email(demo_store: Store,
                                                           seats: SeatService) -> None:
    free = _seat(demo_store, "L-0019")
    state = seats.assign(free, "  Kari Hansen ", "Kari.Hansen@NORTHWIND.example ").value
    assert (state.holder, state.email) == ("Kari Hansen", "kari.hansen@northwind.example")
    people = demo_store.read(lambda c: c.execute(sa.select(sa.func.count()).where(
        sa.func.lower(t.people.c.email) == "kari.hansen@northwind.example")).scalar_one())
    assert people == 1  # the existing Kari, not a second row


def test_vl11_bad_email_refused(demo_store: Store, seats: SeatService) -> None:
    with pytest.raises(BadInput) as caught:
        seats.assign(_seat(demo_store, "L-0019"), "Kim", "not-an-address")
    assert caught.value.field == "email"


def test_vl11_assign_refuses_a_held_seat(demo_store: Store, seats: SeatService) -> None:
    with pytest.raises(BadInput, match="reassign"):
        seats.assign(_seat(demo_store, "L-0001"), "Kim Lie", "kim.lie@northwind.example")


def test_vl13_reassign_keeps_history(demo_store: Store, seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0002")
    seats.reassign(seat, "Kim Lie", "kim.lie@northwind.example")
    history = RosterService(demo_store).seat_detail(seat).history
    assert [h.holder for h in history] == ["Kim Lie", "Ola Nordmann"]
    assert history[0].unassigned_at is None
    assert history[1].unassigned_at is not None


def test_vl13_reassign_can_disconnect_the_previous_holders_devices(
        demo_store: Store, seats: SeatService) -> None:
    """Issue 18: the new holder silently inherited the previous holder's devices."""
    seat = _seat(demo_store, "L-0002")
    assert seats.seat(seat).devices_connected > 0
    kept = seats.reassign(seat, "Kim Lie", "kim.lie@northwind.example").value
    assert kept.devices_connected > 0  # the default keeps them, as before
    dropped = seats.reassign(seat, "Ola Nordmann", "ola.nordmann@northwind.example",
                             keep_devices=False).value
    assert dropped.devices_connected == 0
    detail = RosterService(demo_store).seat_detail(seat)
    assert any("device(s) of the previous holder disconnected" in c for c in detail.changes)


def test_vl13_seats_held_by_finds_a_duplicate_holder(demo_store: Store,
                                                     seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0002")
    sub = seats.seat(seat).subscription_id
    assert seats.seats_held_by(sub, "OLA.NORDMANN@northwind.example") == ["L-0002"]
    assert seats.seats_held_by(sub, "nobody@northwind.example") == []


def test_vl13_unassign_closes_the_open_assignment(demo_store: Store,
                                                  seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0002")
    assert seats.unassign(seat).value.holder is None
    history = RosterService(demo_store).seat_detail(seat).history
    assert [h.unassigned_at is not None for h in history] == [True]


def test_vl14_renew_off_for_many_seats_at_once(demo_store: Store, seats: SeatService) -> None:
    ids = [_seat(demo_store, lic) for lic in ("L-0006", "L-0007")]
    changed = seats.set_renew(ids, False).value
    assert [s.renew for s in changed] == [False, False]
    rows = _rows(demo_store)
    assert str(rows["L-0006"].status).startswith("Lapses")
    assert rows["L-0008"].renews


def test_vl14_renew_switch_is_all_or_nothing(demo_store: Store, seats: SeatService) -> None:
    good = _seat(demo_store, "L-0006")
    with pytest.raises(ConflictError):
        seats.set_renew([good, _seat(demo_store, "L-0007")], False,
                        expected_versions={_seat(demo_store, "L-0007"): 99})
    assert seats.seat(good).renew is True


def test_vl15_cancelled_subscription_active_until_period_end(demo_store: Store,
                                                             seats: SeatService) -> None:
    sub = _volume_id(demo_store)
    state = seats.cancel_subscription(sub).value
    assert (state.status, state.auto_renew, state.seats_active) == ("cancelled", False, 0)
    rows = _rows(demo_store)
    assert {str(r.status) for r in rows.values()} == {
        f"Cancelled, active until {state.renewal_date.isoformat()}"}
    with pytest.raises(BadInput, match="already cancelled"):
        seats.cancel_subscription(sub)


def test_vl16_new_plan_refused_while_seats_are_active(demo_store: Store,
                                                      seats: SeatService) -> None:
    sub = _volume_id(demo_store)
    seats.cancel_seats([_seat(demo_store, "L-0001")])
    with pytest.raises(RuleRefused) as caught:
        seats.start_new_plan(sub, seats=5, plan_months=12, **CARD)
    assert caught.value.rule_id == "VL-16"


def test_vl16_new_plan_after_every_seat_cancelled(demo_store: Store,
                                                  seats: SeatService) -> None:
    sub = _volume_id(demo_store)
    seats.cancel_subscription(sub)
    plan = seats.start_new_plan(sub, seats=6, plan_months=12, on=date(2026, 11, 22), **CARD).value
    assert (plan.status, plan.seats_active, plan.renewal_date) == ("active", 6,
                                                                   date(2027, 11, 22))
    assert plan.new_licence_ids[0] == "L-0026"


def test_vl18_non_owner_cannot_change_seats(demo_store: Store, seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0006")
    with pytest.raises(RuleRefused) as caught:
        seats.set_renew([seat], False, actor_email="ola.nordmann@northwind.example")
    assert caught.value.rule_id == "VL-18"
    assert seats.seat(seat).renew is True
    assert seats.set_renew([seat], False, actor_email=OWNER.upper()).value[0].renew is False


def _new_device(store: Store, name: str) -> int:
    def work(conn: sa.Connection) -> int:
        account = conn.execute(sa.select(t.subscriptions.c.account_id)
                               .where(t.subscriptions.c.name == VOLUME)).scalar_one()
        key = conn.execute(t.devices.insert().values(
            account_id=account, name=name, platform="linux", region="NO",
            created_at=conn.execute(sa.select(t.vendor_accounts.c.created_at)).scalars().first()
        )).inserted_primary_key
        assert key is not None
        return int(key[0])
    return store.write(work)


def test_vl19_ninth_connected_device_refused(demo_store: Store, seats: SeatService) -> None:
    ingrid = _seat(demo_store, "L-0001")
    assert seats.seat(ingrid).devices_connected == 8
    vm = _new_device(demo_store, "Build VM 3")
    with pytest.raises(RuleRefused) as caught:
        seats.connect_device(ingrid, vm)
    assert caught.value.rule_id == "VL-19"
    assert seats.seat(ingrid).devices_connected == 8


def test_vl19_disconnect_then_connect_stays_within_limit(demo_store: Store,
                                                         seats: SeatService) -> None:
    ingrid = _seat(demo_store, "L-0001")
    old = demo_store.read(lambda c: c.execute(sa.select(t.device_connections.c.device_id)
                          .where(t.device_connections.c.seat_id == ingrid)).scalars().first())
    assert old is not None
    seats.disconnect_device(ingrid, old)
    state = seats.connect_device(ingrid, _new_device(demo_store, "Build VM 3")).value
    assert (state.devices_connected, state.device_limit) == (8, 8)


def test_stale_version_is_a_conflict_and_versions_bump(demo_store: Store,
                                                       seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0020")
    read = seats.seat(seat)
    after = seats.assign(seat, "Kim Lie", "kim.lie@northwind.example",
                         expected_version=read.version).value
    assert after.version == read.version + 1
    with pytest.raises(ConflictError, match="changed by someone else"):
        seats.set_renew([seat], False, expected_versions={seat: read.version})


def test_changes_are_audited_with_before_and_after(demo_store: Store,
                                                   seats: SeatService) -> None:
    seat = _seat(demo_store, "L-0002")
    seats.reassign(seat, "Kim Lie", "kim.lie@northwind.example")
    event = demo_store.read(lambda c: c.execute(
        sa.select(t.audit_events).where(t.audit_events.c.entity == "seat",
                                        t.audit_events.c.action == "seat.reassigned")
    ).mappings().one())
    assert json.loads(event["before_json"])["holder"] == "Ola Nordmann"
    assert json.loads(event["after_json"])["holder"] == "Kim Lie"
    assert event["actor"] == "test-admin"


@pytest.mark.sqlite_only
def test_vl12_canary_password_never_reaches_the_database_files(
        demo_store: Store, clock: Clock, roster_path: Path) -> None:
    canary = "CANARY-pw-7f3a9c1e"
    vault = MemoryVault()
    seat = _seat(demo_store, "L-0003")
    CredentialService(demo_store, vault, clock, "test-admin").save(
        seat, Platform.LINUX, "nw-0003-linux", canary)
    SeatService(demo_store, clock, "test-admin").reassign(seat, "Kim Lie",
                                                          "kim.lie@northwind.example")
    assert any(canary in v for v in vault.values())
    files = [roster_path, roster_path.with_name(roster_path.name + "-wal")]
    assert files[1].exists()  # the WAL is read too, before any checkpoint folds it in
    for path in files:
        assert canary.encode() not in path.read_bytes(), path
        assert canary.encode("utf-16-le") not in path.read_bytes(), path


def test_as7_seat_service_will_not_cancel_a_store_subscription(demo_store: Store,
                                                               clock: Clock) -> None:
    """The Licences screen's Cancel must not pretend to cancel an App Store purchase."""
    from seatkeeper.domain.errors import RuleRefused
    from seatkeeper.services.roster import RosterService

    store_plan = next(s for s in RosterService(demo_store).subscriptions()
                      if s.channel == "app_store" and s.kind != "trial")
    with pytest.raises(RuleRefused) as refused:
        SeatService(demo_store, clock, "t").cancel_subscription(store_plan.subscription_id)
    assert refused.value.rule_id == "AS-7"
    after = {s.subscription_id: s for s in RosterService(demo_store).subscriptions()}
    assert after[store_plan.subscription_id].status == "active"


def test_vl13_seat_detail_lists_its_audited_changes(demo_store: Store, clock: Clock) -> None:
    """Every change to a seat is audited, and the detail pane shows that history."""
    from seatkeeper.services.roster import RosterService

    seats = SeatService(demo_store, clock, "alice")
    seats.reassign(19, "Per Hansen", "per.hansen@northwind.example")
    seats.set_renew([19], False)
    changes = RosterService(demo_store).seat_detail(19).changes
    assert len(changes) == 2
    assert all("alice" in line for line in changes)
    assert "renew" in changes[0].lower()


def test_a_seat_can_be_renamed_to_the_vendors_licence_id(demo_store: Store,
                                                          clock: Clock) -> None:
    service = SeatService(demo_store, clock, "t")
    seat = _seat(demo_store, "L-0001")
    state = service.rename_seat(seat, "  EXPV-7731-AB ").value
    assert state.licence_id == "EXPV-7731-AB"
    with pytest.raises(BadInput):
        service.rename_seat(_seat(demo_store, "L-0002"), "EXPV-7731-AB")
    with pytest.raises(BadInput):
        service.rename_seat(seat, "   ")


def test_vl2_vl3_a_new_plan_of_an_own_vendor_is_not_held_to_expressvpns_terms(
        demo_store: Store, seats: SeatService) -> None:
    """VL-2/VL-3 come from the vendor's profile: an Adobe volume restarts with 3 seats by PayPal."""
    sub = _volume_id(demo_store)
    demo_store.write(lambda c: c.execute(t.vendor_accounts.update().where(
        t.vendor_accounts.c.id == sa.select(t.subscriptions.c.account_id)
        .where(t.subscriptions.c.id == sub).scalar_subquery()).values(vendor="Adobe")))
    seats.cancel_subscription(sub)
    plan = seats.start_new_plan(sub, seats=3, plan_months=12, on=date(2026, 11, 22),
                                method=PaymentMethod.PAYPAL, card_brand="Visa",
                                card_last4="4242").value
    assert (plan.status, plan.seats_active) == ("active", 3)
