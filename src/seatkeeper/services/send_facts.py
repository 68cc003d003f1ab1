"""The facts SD-8 judges, filled from the roster's rows (``store.send_facts``).

``domain.eligibility`` owns the rules; this module only fills its dataclasses:
the subscription (with its free slots) and each target device (with the
subscription it uses now and whether a delivery to it is pending).

Free slots are the subscription's capacity from its vendor's terms profile
(AS-3's five for a store subscription; else ``seat_limit`` x the per-seat limit)
minus the slots taken: the devices connected to its seats and those a
pending delivery of it is on its way to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from seatkeeper.domain.eligibility import CurrentSubscription, SendableSubscription, TargetDevice
from seatkeeper.domain.enums import (
    ActivationCodeStatus,
    BillingChannel,
    Platform,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import NotFound
from seatkeeper.domain.messages import message
from seatkeeper.domain.vendor_terms import by_key, device_capacity, profile_for
from seatkeeper.store import send_facts as rows
from seatkeeper.store.engine import Connection
from seatkeeper.store.vendor_terms import saved_profiles

SUBSCRIPTION_GONE = message("subscription.gone", "That subscription is no longer in the roster.")
DEVICE_GONE = message("device.gone", "That device is no longer in the roster.")
DEVICES_GONE = message("device.some_gone",
                       "{missing} of the chosen devices are no longer in the roster.")


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
    row = rows.subscription_row(conn, subscription_id)
    if row is None:
        raise NotFound(SUBSCRIPTION_GONE())
    regions = row["regions"]
    facts = SendableSubscription(
        id=row["id"], kind=SubscriptionKind(row["kind"]),
        activation_code_status=ActivationCodeStatus(row["activation_code_status"]),
        expires_on=row["renewal_date"], auto_renew=bool(row["auto_renew"]),
        limited=bool(row["limited"]), status=SubscriptionStatus(row["status"]),
        free_slots=_free_slots(conn, row),
        regions=None if regions is None else frozenset(regions.split()),
        min_app_version=row["min_app_version"],
        admin_console_only=bool(row["admin_console_only"]),
    )
    return SubscriptionFacts(facts, int(row["account_id"]), str(row["name"]))


# A subscription whose device limit no one knows is not refused for want of a slot.
UNLIMITED = 1_000_000


def _free_slots(conn: Connection, row: Mapping[Any, Any]) -> int:
    """The capacity its vendor's profile allows (AS-3, VL-19), else the stated one."""
    profile = profile_for(row["vendor"], BillingChannel(row["channel"]),
                          by_key(saved_profiles(conn)))
    stated = int(row["devices_per_seat"]) if row["devices_known"] else None
    capacity = device_capacity(profile, int(row["seat_limit"]), stated)
    if capacity is None:
        return UNLIMITED
    return capacity - rows.slots_taken(conn, int(row["id"]))


def load_device(conn: Connection, device_id: int, account_id: int, today: date) -> DeviceFacts:
    """One device; a device of another account counts as not connected to this one."""
    row = rows.device_rows(conn, [device_id]).get(device_id)
    if row is None:
        raise NotFound(DEVICE_GONE())
    return _device_facts(row, account_id, today)


def load_devices(conn: Connection, device_ids: list[int], account_id: int,
                 today: date) -> list[DeviceFacts]:
    """Several devices in the order asked; NotFound if any is missing."""
    found = rows.device_rows(conn, device_ids)
    missing = [i for i in device_ids if i not in found]
    if missing:
        raise NotFound(DEVICES_GONE(missing=len(missing)))
    return [_device_facts(found[i], account_id, today) for i in device_ids]


def account_devices(conn: Connection, account_id: int, today: date) -> list[DeviceFacts]:
    """Every device of the account, by name."""
    return [_device_facts(r, account_id, today)
            for r in rows.account_device_rows(conn, account_id)]


def _device_facts(row: Mapping[Any, Any], account_id: int, today: date) -> DeviceFacts:
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
