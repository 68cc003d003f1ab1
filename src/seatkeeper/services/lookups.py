"""Small reads the seat dialogs and the purchase wizard need to offer choices.

Vendor accounts to buy for, volume subscriptions to add seats to, the devices
a seat could connect, and a subscription's whole-plan state (VL-15, VL-16).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.enums import SubscriptionKind
from seatkeeper.domain.money import Money
from seatkeeper.services.plans import SubscriptionState, subscription_state
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.records import load_seat


@dataclass(frozen=True)
class AccountChoice:
    account_id: int
    vendor: str
    owner_email: str


@dataclass(frozen=True)
class VolumeChoice:
    subscription_id: int
    name: str
    vendor: str
    status: str
    seats: int
    renewal_date: date
    unit_monthly_price: Money


@dataclass(frozen=True)
class DeviceChoice:
    device_id: int
    name: str
    platform: str
    seat_id: int | None  # the seat it is connected to now, if any
    seat_licence: str | None


class LookupService:
    """Read-only lists for pickers; each call is one short read."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def accounts(self) -> list[AccountChoice]:
        a = t.vendor_accounts
        rows = self.store.read(lambda conn: conn.execute(
            sa.select(a.c.id, a.c.vendor, a.c.owner_email).order_by(a.c.vendor, a.c.id)).all())
        return [AccountChoice(r[0], r[1], r[2]) for r in rows]

    def volume_subscriptions(self) -> list[VolumeChoice]:
        s = t.subscriptions
        seats = sa.select(sa.func.count()).where(t.seats.c.subscription_id == s.c.id)
        stmt = (sa.select(s.c.id, s.c.name, t.vendor_accounts.c.vendor, s.c.status,
                          seats.scalar_subquery(), s.c.renewal_date,
                          s.c.unit_monthly_price_minor, s.c.currency)
                .join(t.vendor_accounts, t.vendor_accounts.c.id == s.c.account_id)
                .where(s.c.kind == SubscriptionKind.VOLUME.value).order_by(s.c.name, s.c.id))
        rows = self.store.read(lambda conn: conn.execute(stmt).all())
        return [VolumeChoice(r[0], r[1], r[2], str(r[3]), int(r[4]), r[5], Money(r[6], r[7]))
                for r in rows]

    def devices_for_seat(self, seat_id: int) -> list[DeviceChoice]:
        """Devices of the seat's vendor account, with the seat each one uses now."""
        def work(conn: Connection) -> list[DeviceChoice]:
            seat = load_seat(conn, seat_id)
            account = conn.execute(sa.select(t.subscriptions.c.account_id).where(
                t.subscriptions.c.id == seat["subscription_id"])).scalar_one()
            d, c = t.devices, t.device_connections
            rows = conn.execute(
                sa.select(d.c.id, d.c.name, d.c.platform, c.c.seat_id, t.seats.c.licence_id)
                .outerjoin(c, c.c.device_id == d.c.id)
                .outerjoin(t.seats, t.seats.c.id == c.c.seat_id)
                .where(d.c.account_id == account).order_by(d.c.name, d.c.id)).all()
            return [DeviceChoice(r[0], r[1], str(r[2]), r[3], r[4]) for r in rows]
        return self.store.read(work)

    def subscription_state(self, subscription_id: int) -> SubscriptionState:
        return self.store.read(lambda conn: subscription_state(conn, subscription_id))
