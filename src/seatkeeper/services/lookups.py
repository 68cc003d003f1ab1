"""Small reads the seat dialogs and the purchase wizard need to offer choices.

Vendor accounts to buy for, volume subscriptions to add seats to, the devices
a seat could connect, and a subscription's whole-plan state (VL-15, VL-16).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price, PriceBasis
from seatkeeper.services.plans import SubscriptionState, subscription_state
from seatkeeper.store import devices, subscriptions
from seatkeeper.store.engine import Connection, Store
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
    unit_monthly_price: Money  # a seat's month, derived from the price as stated
    price: Price


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
        rows = self.store.read(subscriptions.accounts)
        return [AccountChoice(r[0], r[1], r[2]) for r in rows]

    def volume_subscriptions(self) -> list[VolumeChoice]:
        rows = self.store.read(subscriptions.volume_choices)
        choices = []
        for r in rows:
            price = Price(Money(int(r[7]), r[6]), PriceBasis(r[8]), int(r[9]))
            choices.append(VolumeChoice(r[0], r[1], r[2], str(r[3]), int(r[4]), r[5],
                                        price.per_seat_month(int(r[10])), price))
        return choices

    def devices_for_seat(self, seat_id: int) -> list[DeviceChoice]:
        """Devices of the seat's vendor account, with the seat each one uses now."""
        def work(conn: Connection) -> list[DeviceChoice]:
            seat = load_seat(conn, seat_id)
            account = subscriptions.account_of(conn, seat["subscription_id"])
            rows = devices.of_account(conn, account)
            return [DeviceChoice(r[0], r[1], str(r[2]), r[3], r[4]) for r in rows]
        return self.store.read(work)

    def subscription_state(self, subscription_id: int) -> SubscriptionState:
        return self.store.read(lambda conn: subscription_state(conn, subscription_id))
