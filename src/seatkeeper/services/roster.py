"""Reading the roster: counts, table pages and detail, as dataclasses."""

from __future__ import annotations

from dataclasses import asdict

from seatkeeper.services.rows import (
    AssignmentEntry,
    DeviceDetail,
    DeviceRow,
    LicenceRow,
    RosterCounts,
    SeatDetail,
    SubscriptionRow,
    licence_row,
)
from seatkeeper.store import audit, devices, queries, seats, subscriptions
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.prices import price_of
from seatkeeper.store.records import Row, load_subscription

__all__ = ["RosterService"]

SEAT_CHANGES_SHOWN = 20


def _device_row(r: Row) -> DeviceRow:
    in_use = None
    if r["subscription"] is not None:
        in_use = r["subscription"]
        if r["seat_limit"] > 1:
            in_use = f"{in_use} · seat {r['licence_id']}"
    return DeviceRow(
        device_id=r["device_id"], name=r["name"], platform=str(r["platform"]),
        os_version=r["os_version"], app_version=r["app_version"], region=r["region"],
        connected=bool(r["account_connected"]), in_use=in_use,
        pending_delivery=bool(r["pending_delivery"]),
    )


class RosterService:
    """Read-side use cases over one roster."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def counts(self) -> RosterCounts:
        return RosterCounts(**asdict(self.store.read(queries.totals)))

    def count_licences(self, filter_text: str = "", at_most: int | None = None) -> int:
        """Seats matching ``filter_text``; with ``at_most``, at most ``at_most + 1``."""
        return self.store.read(lambda conn: seats.count_licences(conn, filter_text, at_most))

    def licence_page(self, query: TableQuery) -> list[LicenceRow]:
        rows = self.store.read(lambda conn: seats.licence_page(conn, query))
        return [licence_row(r) for r in rows]

    def count_devices(self, filter_text: str = "", at_most: int | None = None) -> int:
        """Devices matching ``filter_text``; with ``at_most``, at most ``at_most + 1``."""
        return self.store.read(lambda conn: devices.count_devices(conn, filter_text, at_most))

    def device_page(self, query: TableQuery) -> list[DeviceRow]:
        rows = self.store.read(lambda conn: devices.device_page(conn, query))
        return [_device_row(r) for r in rows]

    def subscriptions(self) -> list[SubscriptionRow]:
        return [_subscription_row(r) for r in self.store.read(subscriptions.overview)]

    def seat_detail(self, seat_id: int) -> SeatDetail:
        return self.store.read(lambda conn: _seat_detail(conn, seat_id))

    def device_detail(self, device_id: int) -> DeviceDetail:
        # Its deliveries come from DeliveryService.for_device, which knows "overdue".
        return self.store.read(lambda conn: DeviceDetail(
            row=_device_row(devices.device_row(conn, device_id)),
            vendor=devices.vendor_of(conn, device_id)))


def _subscription_row(r: Row) -> SubscriptionRow:
    price = price_of(r)
    return SubscriptionRow(
        subscription_id=r["id"], name=r["name"], vendor=r["vendor"],
        owner_email=r["owner_email"], kind=r["kind"], channel=r["channel"],
        currency=r["currency"],
        unit_monthly_price=price.per_seat_month(int(r["seat_limit"])).decimal_string(),
        price=price.amount.decimal_string(), price_basis=price.basis.value,
        price_months=price.months,
        plan_months=r["plan_months"], renewal_date=r["renewal_date"],
        auto_renew=bool(r["auto_renew"]), status=r["status"], seats=r["seat_count"],
        assigned=r["assigned"], registered_to_name=r["registered_to_name"],
        registered_to_email=r["registered_to_email"],
    )


def _seat_detail(conn: Connection, seat_id: int) -> SeatDetail:
    r = seats.licence_row(conn, seat_id)
    sub = load_subscription(conn, r["subscription_id"])
    history = tuple(AssignmentEntry(h["name"], h["email"], h["assigned_at"], h["unassigned_at"])
                    for h in seats.history(conn, seat_id))
    changes = tuple(f"{e['at']:%Y-%m-%d %H:%M} UTC · {e['actor']} · {e['summary']}"
                    for e in audit.events_of(conn, "seat", seat_id, SEAT_CHANGES_SHOWN))
    return SeatDetail(
        row=licence_row(r), vendor=sub["vendor"], owner_email=sub["owner_email"],
        kind=sub["kind"], channel=sub["channel"], currency=sub["currency"],
        plan_months=sub["plan_months"], history=history,
        credential_platforms=seats.credential_platforms(conn, seat_id),
        devices=devices.names_on_seat(conn, seat_id), changes=changes,
    )
