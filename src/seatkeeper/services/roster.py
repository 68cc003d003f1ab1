"""Reading the roster: counts, table pages and detail, as dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import timedelta

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.vendor_terms import (
    TermsProfile,
    by_key,
    devices_per_seat,
    notice_of,
    profile_for,
)
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
from seatkeeper.store.vendor_terms import saved_profiles

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
        rows, saved = self.store.read(
            lambda conn: (subscriptions.overview(conn), by_key(saved_profiles(conn))))
        return [_subscription_row(r, saved) for r in rows]

    def seat_detail(self, seat_id: int) -> SeatDetail:
        return self.store.read(lambda conn: _seat_detail(conn, seat_id))

    def device_detail(self, device_id: int) -> DeviceDetail:
        # Its deliveries come from DeliveryService.for_device, which knows "overdue".
        return self.store.read(lambda conn: DeviceDetail(
            row=_device_row(devices.device_row(conn, device_id)),
            vendor=devices.vendor_of(conn, device_id)))


def _subscription_row(r: Row, saved: Mapping[tuple[str, BillingChannel], TermsProfile]
                      ) -> SubscriptionRow:
    price = price_of(r)
    profile = profile_for(r["vendor"], BillingChannel(r["channel"]), saved)
    notice = notice_of(profile, r["notice_days"])
    stated = int(r["devices_per_seat"]) if r["devices_known"] else None
    per = "subscription" if profile.devices_per_subscription is not None else "seat"
    limit = profile.devices_per_subscription if per == "subscription" \
        else devices_per_seat(profile, stated)
    own = any(v is not None for v in profile.known().values())
    terms = "built_in" if profile.builtin else "admin" if own or r["notice_days"] is not None \
        or stated is not None else "not_known"
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
        notice_days=None if notice is None else _whole(notice / timedelta(days=1)),
        device_limit=limit, device_limit_per=per, terms=terms, terms_rules=profile.rules,
    )


def _whole(days: float) -> float:
    return int(days) if days == int(days) else days


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
