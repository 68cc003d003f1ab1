"""DeliveryService on the demo roster: SD-1, SD-2, SD-4 to SD-8 against real SQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from seatkeeper.domain.changes import Entity
from seatkeeper.domain.delivery import DeliveryDisplayStatus
from seatkeeper.domain.eligibility import Refusal, SendRefused
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput, NotFound, RuleRefused
from seatkeeper.services.clock import Clock, fixed_clock
from seatkeeper.services.deliveries import (
    DeliveryFilter,
    DeliveryService,
    DevicesRefused,
    TableQuery,
)
from seatkeeper.services.roster import RosterService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

PLUS = "Kaspersky Plus (5 devices)"
PREMIUM = "Kaspersky Premium (3 devices)"
VOLUME = "ExpressVPN Volume (Office)"
TRIAL = "ExpressVPN iOS trial (Reception iPhone)"


def sub_id(store: Store, name: str) -> int:
    return next(s.subscription_id for s in RosterService(store).subscriptions() if s.name == name)


def device_id(store: Store, name: str) -> int:
    return store.read(lambda c: int(c.execute(
        sa.select(t.devices.c.id).where(t.devices.c.name == name)).scalar_one()))


def audit_count(store: Store, action: str) -> int:
    return store.read(lambda c: int(c.execute(
        sa.select(sa.func.count()).select_from(t.audit_events)
        .where(t.audit_events.c.action == action)).scalar_one()))


def codes(reasons: tuple[Refusal, ...]) -> list[str]:
    return [r.code.value for r in reasons]


@pytest.fixture
def service(demo_store: Store, clock: Clock) -> DeliveryService:
    return DeliveryService(demo_store, clock, "test-admin")


def test_sd8_meeting_room_mac_is_not_connected(service: DeliveryService,
                                               demo_store: Store) -> None:
    answer = service.check_send(sub_id(demo_store, PLUS), device_id(demo_store, "Meeting-room Mac"))
    assert not answer.allowed
    assert codes(answer.reasons) == ["device_not_connected"]


def test_sd8_ceo_iphone_has_a_pending_delivery(service: DeliveryService,
                                               demo_store: Store) -> None:
    answer = service.check_send(sub_id(demo_store, PLUS), device_id(demo_store, "CEO iPhone"))
    assert codes(answer.reasons) == ["delivery_pending"]


def test_sd8_every_reason_from_the_roster_at_once_in_order(service: DeliveryService,
                                                           demo_store: Store) -> None:
    # Premium: 3 slots = Finance laptop + two pending deliveries; the PC has app 19
    # and uses Plus, which is limited and active.
    answer = service.check_send(sub_id(demo_store, PREMIUM),
                                device_id(demo_store, "Old warehouse PC"))
    assert codes(answer.reasons) == ["no_free_slot", "app_version_incompatible",
                                     "autorenew_while_limited_in_use"]


def test_sd8_current_subscription_comes_through_the_seat(service: DeliveryService,
                                                         demo_store: Store) -> None:
    # Finance laptop uses Premium (auto-renewing, ends two months after Plus).
    answer = service.check_send(sub_id(demo_store, PLUS), device_id(demo_store, "Finance laptop"))
    assert codes(answer.reasons) == ["expires_sooner", "limited_while_autorenew_in_use"]


def test_sd8_device_of_another_account_is_not_connected(service: DeliveryService,
                                                        demo_store: Store) -> None:
    answer = service.check_send(sub_id(demo_store, PLUS),
                                device_id(demo_store, "Ingrid's ThinkPad"))
    assert "device_not_connected" in codes(answer.reasons)


def test_sd8_allowed_when_nothing_applies(service: DeliveryService, demo_store: Store) -> None:
    answer = service.check_send(sub_id(demo_store, VOLUME), device_id(demo_store, "Sales iPad"))
    assert answer.allowed
    assert answer.reasons == ()


def test_sd8_undoing_a_pending_delivery_frees_its_slot(service: DeliveryService,
                                                       demo_store: Store) -> None:
    premium, ceo = sub_id(demo_store, PREMIUM), device_id(demo_store, "CEO iPhone")
    assert codes(service.check_send(premium, ceo).reasons) == ["delivery_pending",
                                                                "no_free_slot"]
    service.undo(service.for_device(ceo)[0].delivery_id)
    assert service.check_send(premium, ceo).allowed


def test_sd8_unknown_ids_are_not_found(service: DeliveryService, demo_store: Store) -> None:
    with pytest.raises(NotFound):
        service.check_send(9999, device_id(demo_store, "CEO iPhone"))
    with pytest.raises(NotFound):
        service.check_send(sub_id(demo_store, PLUS), 9999)


def test_sd8_candidates_list_the_accounts_devices_with_reasons(service: DeliveryService,
                                                               demo_store: Store) -> None:
    listed = {c.name: c for c in service.candidates(sub_id(demo_store, PLUS))}
    assert set(listed) == {"Reception PC", "Finance laptop", "Old warehouse PC",
                           "Meeting-room Mac", "CEO iPhone", "Sales Android"}
    assert codes(listed["Meeting-room Mac"].reasons) == ["device_not_connected"]
    assert codes(listed["Old warehouse PC"].reasons) == ["app_version_incompatible"]
    assert listed["Reception PC"].allowed


def test_sd2_send_to_devices_writes_pending_deliveries(service: DeliveryService,
                                                       demo_store: Store) -> None:
    targets = [device_id(demo_store, "Reception iPhone"), device_id(demo_store, "Sales iPad")]
    result = service.send_to_devices(sub_id(demo_store, VOLUME), targets).value
    assert [r.device_id for r in result.deliveries] == targets
    assert {r.status for r in result.deliveries} == {"pending"}
    assert {r.method for r in result.deliveries} == {"device"}
    assert "24 hours" in str(result.window_note)
    assert "sending device" in str(result.hint) or "device you sent" in str(result.hint)
    assert audit_count(demo_store, "delivery.sent") == 2


def test_sd8_second_send_to_pending_device_refused_with_delivery_pending(
        service: DeliveryService, demo_store: Store) -> None:
    volume, iphone = sub_id(demo_store, VOLUME), device_id(demo_store, "Reception iPhone")
    service.send_to_devices(volume, [iphone])
    with pytest.raises(DevicesRefused) as refused:
        service.send_to_devices(volume, [iphone])
    assert codes(refused.value.by_device[iphone]) == ["delivery_pending"]
    assert refused.value.rule_id == "SD-8"
    assert len(service.for_device(iphone)) == 1


def test_sd2_one_refused_device_sends_nothing(service: DeliveryService,
                                              demo_store: Store) -> None:
    plus = sub_id(demo_store, PLUS)
    pc, mac = device_id(demo_store, "Reception PC"), device_id(demo_store, "Meeting-room Mac")
    with pytest.raises(DevicesRefused) as refused:
        service.send_to_devices(plus, [pc, mac])
    assert set(refused.value.by_device) == {mac}
    assert "Meeting-room Mac" in refused.value.message
    assert service.for_device(pc) == []
    assert audit_count(demo_store, "delivery.sent") == 0


def test_sd2_no_device_chosen_is_bad_input(service: DeliveryService, demo_store: Store) -> None:
    with pytest.raises(BadInput):
        service.send_to_devices(sub_id(demo_store, VOLUME), [])


def _three_fresh_devices(store: Store, now: datetime) -> list[int]:
    """Plus gets room for exactly 2 more devices; three new ones want it."""
    def work(conn: sa.Connection) -> list[int]:
        plus = conn.execute(sa.select(t.subscriptions.c.id, t.subscriptions.c.account_id)
                            .where(t.subscriptions.c.name == PLUS)).one()
        conn.execute(t.subscriptions.update().where(t.subscriptions.c.id == plus.id)
                     .values(devices_per_seat=4))  # 4 - 2 connected = 2 free
        conn.execute(t.devices.insert(), [
            {"account_id": plus.account_id, "name": f"New PC {n}", "platform": "windows",
             "os_version": "11", "app_version": "21.17", "region": "NO",
             "account_connected": True, "created_at": now, "version": 1} for n in (1, 2, 3)])
        return [int(i) for i in conn.execute(
            sa.select(t.devices.c.id).where(t.devices.c.name.like("New PC %"))
            .order_by(t.devices.c.name)).scalars()]
    return store.write(work)


def test_sd8_batch_counts_free_slots_down(service: DeliveryService, demo_store: Store,
                                          now: datetime) -> None:
    plus = sub_id(demo_store, PLUS)
    first, second, third = _three_fresh_devices(demo_store, now)
    assert all(service.check_send(plus, d).allowed for d in (first, second, third))
    with pytest.raises(DevicesRefused) as refused:
        service.send_to_devices(plus, [first, second, third])
    assert {d: codes(r) for d, r in refused.value.by_device.items()} == {
        third: ["no_free_slot"]}
    service.send_to_devices(plus, [first, second])
    assert codes(service.check_send(plus, third).reasons) == ["no_free_slot"]


def test_sd4_overdue_after_24h_with_injected_clock(demo_store: Store, now: datetime) -> None:
    sent = DeliveryService(demo_store, fixed_clock(now), "a").send_to_devices(
        sub_id(demo_store, VOLUME), [device_id(demo_store, "Sales iPad")]).value.deliveries[0]

    def status_at(later: timedelta) -> str:
        rows = DeliveryService(demo_store, fixed_clock(now + later), "a").for_device(
            device_id(demo_store, "Sales iPad"))
        return rows[0].status

    assert status_at(timedelta(hours=24)) == "pending"
    assert status_at(timedelta(hours=24, seconds=1)) == "overdue"
    late = DeliveryService(demo_store, fixed_clock(now + timedelta(days=2)), "a")
    overdue = late.page(TableQuery(), DeliveryFilter(status=DeliveryDisplayStatus.OVERDUE))
    assert sent.delivery_id in {r.delivery_id for r in overdue}
    assert late.mark_delivered(sent.delivery_id).value.status == "delivered"


def test_sd4_demo_sales_android_is_overdue_ceo_iphone_pending(service: DeliveryService,
                                                              demo_store: Store) -> None:
    assert service.for_device(device_id(demo_store, "Sales Android"))[0].status == "overdue"
    assert service.for_device(device_id(demo_store, "CEO iPhone"))[0].status == "pending"


def test_sd4_mark_delivered_only_pending(service: DeliveryService, demo_store: Store,
                                         now: datetime) -> None:
    pending = service.for_device(device_id(demo_store, "CEO iPhone"))[0]
    done = service.mark_delivered(pending.delivery_id).value
    assert (done.status, done.resolved_at) == ("delivered", now)
    with pytest.raises(RuleRefused) as refused:
        service.mark_delivered(pending.delivery_id)
    assert refused.value.rule_id == "SD-4"
    assert audit_count(demo_store, "delivery.delivered") == 1


def test_sd4_mark_failed_keeps_the_reason(service: DeliveryService, demo_store: Store) -> None:
    pending = service.for_device(device_id(demo_store, "CEO iPhone"))[0]
    with pytest.raises(BadInput):
        service.mark_failed(pending.delivery_id, "  ")
    failed = service.mark_failed(pending.delivery_id, "Phone was\nreset").value
    assert (failed.status, failed.detail) == ("failed", "Phone was reset")
    with pytest.raises(RuleRefused):
        service.mark_failed(pending.delivery_id, "again")


def test_sd6_undo_only_pending(service: DeliveryService, demo_store: Store) -> None:
    overdue = service.for_device(device_id(demo_store, "Sales Android"))[0]
    assert service.undo(overdue.delivery_id).value.status == "undone"  # overdue is still pending
    with pytest.raises(RuleRefused) as again:
        service.undo(overdue.delivery_id)
    assert again.value.rule_id == "SD-6"
    delivered = next(r for r in service.page(TableQuery()) if r.status == "delivered")
    with pytest.raises(RuleRefused):
        service.undo(delivered.delivery_id)
    with pytest.raises(NotFound):
        service.undo(9999)
    assert audit_count(demo_store, "delivery.undone") == 1


def test_sd5_deliveries_show_under_device_and_subscription(service: DeliveryService,
                                                           demo_store: Store) -> None:
    ceo = service.for_device(device_id(demo_store, "CEO iPhone"))
    assert [(r.subscription, r.device, r.status) for r in ceo] == [
        (PREMIUM, "CEO iPhone", "pending")]
    on_premium = service.for_subscription(sub_id(demo_store, PREMIUM))
    assert [r.device for r in on_premium] == ["CEO iPhone", "Sales Android"]  # newest first


def test_sd7_each_row_carries_the_sending_device_hint(service: DeliveryService) -> None:
    rows = service.page(TableQuery())
    by_method = {r.method: str(r.hint) for r in rows}
    assert "device you sent" in by_method["device"]
    assert "Nothing is needed" in by_method["email_link"]


def test_sd1_record_link_sent(service: DeliveryService, demo_store: Store, now: datetime) -> None:
    row = service.record_link_sent(sub_id(demo_store, VOLUME), " anna@example.com ",
                                   Platform.MACOS).value
    assert (row.email, row.method, row.platform, row.status, row.resolved_at) == (
        "anna@example.com", "email_link", "macos", "delivered", now)
    unconfirmed = service.record_link_sent(sub_id(demo_store, VOLUME), "bo@example.com",
                                           Platform.IOS, confirmed=False).value
    assert unconfirmed.status == "pending"
    assert audit_count(demo_store, "delivery.link_sent") == 2


def test_sd1_link_refused_for_a_trial_and_for_a_bad_address(service: DeliveryService,
                                                            demo_store: Store) -> None:
    with pytest.raises(SendRefused) as refused:
        service.record_link_sent(sub_id(demo_store, TRIAL), "anna@example.com",
                                 Platform.IOS)
    assert [r.code.value for r in refused.value.refusals] == ["trial_or_free"]
    with pytest.raises(BadInput):
        service.record_link_sent(sub_id(demo_store, VOLUME), "not an address", Platform.IOS)


def test_sd5_page_filters_sorts_and_pages_in_sql(service: DeliveryService) -> None:
    assert service.count() == 3
    assert service.count("ceo") == 1
    assert service.count("ingrid.solberg") == 1
    assert service.count(narrow=DeliveryFilter(status=DeliveryDisplayStatus.OVERDUE)) == 1
    by_status = service.page(TableQuery(sort_key="status"))
    assert [r.status for r in by_status] == ["delivered", "overdue", "pending"]
    assert [r.status for r in service.page(TableQuery(sort_key="status", offset=1, limit=1))
            ] == ["overdue"]
    with pytest.raises(ValueError, match="unknown sort key"):
        service.page(TableQuery(sort_key="nope"))


def test_a_send_says_it_changed_the_deliveries_and_the_devices(service: DeliveryService,
                                                              demo_store: Store) -> None:
    ipad = device_id(demo_store, "Sales iPad")
    sent = service.send_to_devices(sub_id(demo_store, VOLUME), [ipad, ipad])
    [row] = sent.value.deliveries
    assert sent.changes.ids(Entity.DELIVERY) == {row.delivery_id}
    assert sent.changes.ids(Entity.DEVICE) == {ipad}
    assert sent.changes.touches(Entity.AUDIT)
    assert not sent.changes.touches(Entity.SEAT, Entity.SUBSCRIPTION)
    undone = service.undo(row.delivery_id)
    assert undone.changes.ids(Entity.DELIVERY) == {row.delivery_id}
    assert undone.changes.ids(Entity.DEVICE) == {ipad}


def test_an_e_mailed_link_changes_its_delivery_and_no_device(service: DeliveryService,
                                                             demo_store: Store) -> None:
    link = service.record_link_sent(sub_id(demo_store, VOLUME), "anna@example.com",
                                    Platform.MACOS, confirmed=False)
    assert link.changes.ids(Entity.DELIVERY) == {link.value.delivery_id}
    assert not link.changes.touches(Entity.DEVICE)
    failed = service.mark_failed(link.value.delivery_id, "bounced")
    assert failed.changes.ids(Entity.DELIVERY) == {link.value.delivery_id}
    assert not failed.changes.touches(Entity.DEVICE)
