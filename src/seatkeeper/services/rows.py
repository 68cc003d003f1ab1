"""Plain dataclasses the tables and the CLI show: one per row kind."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from seatkeeper.domain.enums import SeatStatus, SubscriptionStatus
from seatkeeper.domain.messages import Message, message


@dataclass(frozen=True)
class LicenceRow:
    """One seat of a subscription, as the Licences table shows it."""

    seat_id: int
    subscription_id: int
    subscription: str
    licence_id: str
    holder: str | None
    email: str | None
    renews: bool
    renewal_date: date
    devices_connected: int
    device_limit: int | None  # None: no one stated it (shown as not known)
    status: Message  # the seat's state in words (seat_status_text)

    @property
    def active(self) -> bool:
        return self.status.id == SEAT_ACTIVE.id


@dataclass(frozen=True)
class DeviceRow:
    """One device, as the Devices table shows it."""

    device_id: int
    name: str
    platform: str
    os_version: str
    app_version: str
    region: str
    connected: bool
    in_use: str | None
    pending_delivery: bool


@dataclass(frozen=True)
class SubscriptionRow:
    subscription_id: int
    name: str
    vendor: str
    owner_email: str
    kind: str
    channel: str
    currency: str
    unit_monthly_price: str  # a seat's month, derived from the price as stated
    price: str  # the amount as the vendor states it
    price_basis: str  # per_seat or total
    price_months: int  # the months the amount covers
    plan_months: int
    renewal_date: date
    auto_renew: bool
    status: str
    seats: int
    assigned: int
    registered_to_name: str | None = None  # the licence's registration (Snipe-IT)
    registered_to_email: str | None = None
    # From its vendor's terms profile, else what the admin stated; None: not known.
    notice_days: float | None = None  # AS-5's 24 h is 1
    device_limit: int | None = None
    device_limit_per: str = "seat"  # seat or subscription (AS-3)
    terms: str = "not_known"  # built_in, admin or not_known: where the vendor facts come from
    terms_rules: tuple[str, ...] = ()  # the rule IDs of a built-in profile


@dataclass(frozen=True)
class AssignmentEntry:
    holder: str
    email: str
    assigned_at: datetime
    unassigned_at: datetime | None


@dataclass(frozen=True)
class SeatDetail:
    row: LicenceRow
    vendor: str
    owner_email: str
    kind: str
    channel: str
    currency: str
    plan_months: int
    history: tuple[AssignmentEntry, ...]
    credential_platforms: tuple[str, ...]
    devices: tuple[str, ...]
    changes: tuple[str, ...] = ()  # the seat's audit events, newest first


@dataclass(frozen=True)
class DeviceDetail:
    row: DeviceRow
    vendor: str


@dataclass(frozen=True)
class RosterCounts:
    subscriptions: int
    seats: int
    assigned: int
    devices: int
    pending_deliveries: int


def jsonable(value: Any) -> Any:
    """A dataclass (or value) as JSON-ready data: dates ISO, tuples as lists, a message as
    its English words."""
    if isinstance(value, Message):
        return value.render()  # files and --json stay locale-free
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


SEAT_CANCELLED_UNTIL = message("seat.status.cancelled_until", "Cancelled, active until {until}")
SEAT_EXPIRED = message("seat.status.expired", "Expired")
SEAT_PAYMENT_FAILED = message("seat.status.payment_failed", "Payment failed")
SEAT_CANCELLED = message("seat.status.cancelled", "Cancelled")
SEAT_LAPSES = message("seat.status.lapses", "Lapses {on}")
SEAT_ACTIVE = message("seat.status.active", "Active")


def seat_status_text(seat_status: str, subscription_status: str, renew: bool,
                     renewal_date: date) -> Message:
    """What the Status column says: the seat's state in the admin's words."""
    if subscription_status == SubscriptionStatus.CANCELLED:
        return SEAT_CANCELLED_UNTIL(until=renewal_date)
    if subscription_status == SubscriptionStatus.EXPIRED:
        return SEAT_EXPIRED()
    if subscription_status == SubscriptionStatus.PAYMENT_FAILED:
        return SEAT_PAYMENT_FAILED()
    if seat_status == SeatStatus.CANCELLED:
        return SEAT_CANCELLED()
    if not renew:
        return SEAT_LAPSES(on=renewal_date)
    return SEAT_ACTIVE()


def licence_row(r: Mapping[Any, Any]) -> LicenceRow:
    """A Licences row from a ``licence_select`` mapping (or the window's first look)."""
    return LicenceRow(
        seat_id=r["seat_id"], subscription_id=r["subscription_id"],
        subscription=r["subscription"], licence_id=r["licence_id"], holder=r["holder"],
        email=r["email"], renews=bool(r["renew"]), renewal_date=r["renewal_date"],
        devices_connected=int(r["devices_connected"]),
        device_limit=r["devices_per_seat"] if r["devices_known"] else None,
        status=seat_status_text(r["seat_status"], r["subscription_status"], bool(r["renew"]),
                                r["renewal_date"]),
    )
