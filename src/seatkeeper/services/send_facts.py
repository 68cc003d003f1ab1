"""The facts SD-8 judges, read from the roster with SQL.

``domain.eligibility`` owns the rules; this module only fills its dataclasses:
the subscription (with its free slots) and each target device (with the
subscription it uses now and whether a delivery to it is pending).

Free slots are the subscription's capacity (``seat_limit * devices_per_seat``)
minus the devices connected to its seats, minus the devices a pending
delivery of it is on its way to: a pending delivery holds its slot, so two
sends of two devices each cannot both pass on three free slots.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.eligibility import CurrentSubscription, SendableSubscription, TargetDevice
from seatkeeper.domain.enums import (
    ActivationCodeStatus,
    DeliveryMethod,
    DeliveryStatus,
    Platform,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import NotFound
from seatkeeper.store import devices
from seatkeeper.store import tables as t


@dataclass(frozen=True)
class SubscriptionFacts:
    """The SD-8 facts of a subscription plus what the service needs around them."""

    facts: SendableSubscription
    account_id: int
    name: str


@dataclass(frozen=True)
class DeviceFacts:
    """The SD-8 facts of a device plus its name and platform for the lists."""

    target: TargetDevice
    name: str
    platform: Platform
    account_id: int


def load_subscription(conn: Connection, subscription_id: int) -> SubscriptionFacts:
    s = t.subscriptions
    row = conn.execute(sa.select(s).where(s.c.id == subscription_id)).mappings().one_or_none()
    if row is None:
        raise NotFound("That subscription is no longer in the roster.")
    regions = row["regions"]
    facts = SendableSubscription(
        id=row["id"], kind=SubscriptionKind(row["kind"]),
        activation_code_status=ActivationCodeStatus(row["activation_code_status"]),
        expires_on=row["renewal_date"], auto_renew=bool(row["auto_renew"]),
        limited=bool(row["limited"]), status=SubscriptionStatus(row["status"]),
        free_slots=row["seat_limit"] * row["devices_per_seat"]
        - _slots_taken(conn, subscription_id),
        regions=None if regions is None else frozenset(regions.split()),
        min_app_version=row["min_app_version"],
        admin_console_only=bool(row["admin_console_only"]),
    )
    return SubscriptionFacts(facts, int(row["account_id"]), str(row["name"]))


def _slots_taken(conn: Connection, subscription_id: int) -> int:
    connected = (
        sa.select(t.device_connections.c.device_id)
        .join(t.seats, t.seats.c.id == t.device_connections.c.seat_id)
        .where(t.seats.c.subscription_id == subscription_id)
    )
    d = t.deliveries
    on_the_way = (
        sa.select(d.c.device_id)
        .where(d.c.subscription_id == subscription_id,
               d.c.status == DeliveryStatus.PENDING.value,
               d.c.method == DeliveryMethod.DEVICE.value,
               d.c.device_id.is_not(None),
               d.c.device_id.not_in(connected))
        .distinct()
    )
    total = sa.select(sa.func.count()).select_from(sa.union_all(connected, on_the_way).subquery())
    return int(conn.execute(total).scalar_one())


def load_device(conn: Connection, device_id: int, account_id: int, today: date) -> DeviceFacts:
    """One device; a device of another account counts as not connected to this one."""
    row = conn.execute(_device_select().where(t.devices.c.id == device_id)).mappings() \
        .one_or_none()
    if row is None:
        raise NotFound("That device is no longer in the roster.")
    return _device_facts(row, account_id, today)


def load_devices(conn: Connection, device_ids: list[int], account_id: int,
                 today: date) -> list[DeviceFacts]:
    """Several devices in the order asked; NotFound if any is missing."""
    rows = {r["device_id"]: r for r in conn.execute(
        _device_select().where(t.devices.c.id.in_(device_ids))).mappings()}
    missing = [i for i in device_ids if i not in rows]
    if missing:
        raise NotFound(f"{len(missing)} of the chosen devices are no longer in the roster.")
    return [_device_facts(rows[i], account_id, today) for i in device_ids]


def account_devices(conn: Connection, account_id: int, today: date) -> list[DeviceFacts]:
    """Every device of the account, by name (one query, however many devices)."""
    stmt = _device_select().where(t.devices.c.account_id == account_id) \
        .order_by(t.devices.c.name, t.devices.c.id)
    return [_device_facts(r, account_id, today) for r in conn.execute(stmt).mappings()]


def _device_select() -> sa.Select[Any]:
    d, s = t.devices, t.subscriptions
    return (
        sa.select(
            d.c.id.label("device_id"), d.c.name, d.c.platform, d.c.region, d.c.app_version,
            d.c.account_connected, d.c.account_id,
            s.c.id.label("current_id"), s.c.renewal_date, s.c.auto_renew, s.c.limited,
            s.c.status,
            devices.pending_delivery.label("pending_delivery"),
        )
        .select_from(
            d.outerjoin(t.device_connections, t.device_connections.c.device_id == d.c.id)
            .outerjoin(t.seats, t.seats.c.id == t.device_connections.c.seat_id)
            .outerjoin(s, s.c.id == t.seats.c.subscription_id)
        )
    )


def _device_facts(row: RowMapping, account_id: int, today: date) -> DeviceFacts:
    current = None
    if row["current_id"] is not None:
        current = CurrentSubscription(
            expires_on=row["renewal_date"], auto_renew=bool(row["auto_renew"]),
            limited=bool(row["limited"]),
            active=_in_use(SubscriptionStatus(row["status"]), row["renewal_date"], today))
    target = TargetDevice(
        id=row["device_id"],
        connected_to_account=bool(row["account_connected"]) and row["account_id"] == account_id,
        region=row["region"], app_version=row["app_version"],
        has_pending_delivery=bool(row["pending_delivery"]), current=current)
    return DeviceFacts(target, str(row["name"]), Platform(row["platform"]),
                       int(row["account_id"]))


def _in_use(status: SubscriptionStatus, renewal_date: date, today: date) -> bool:
    # A cancelled subscription stays usable to the end of its paid period (VL-15, AS-7).
    if status is SubscriptionStatus.ACTIVE:
        return True
    return status is SubscriptionStatus.CANCELLED and renewal_date >= today
