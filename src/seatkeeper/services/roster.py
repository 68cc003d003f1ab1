"""Reading the roster: counts, table pages and detail, as dataclasses."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import DeliveryStatus
from seatkeeper.domain.errors import NotFound
from seatkeeper.domain.money import Money
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
from seatkeeper.store import queries
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery

__all__ = ["RosterService"]

SEAT_CHANGES_SHOWN = 20


def _device_row(r: RowMapping) -> DeviceRow:
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
        def work(conn: Connection) -> RosterCounts:
            def count(stmt: Any) -> int:
                return int(conn.execute(stmt).scalar_one())

            return RosterCounts(
                subscriptions=count(sa.select(sa.func.count()).select_from(t.subscriptions)),
                seats=count(sa.select(sa.func.count()).select_from(t.seats)),
                assigned=count(sa.select(sa.func.count()).select_from(t.seats)
                               .where(t.seats.c.person_id.is_not(None))),
                devices=count(sa.select(sa.func.count()).select_from(t.devices)),
                pending_deliveries=count(
                    sa.select(sa.func.count()).select_from(t.deliveries)
                    .where(t.deliveries.c.status == DeliveryStatus.PENDING.value)),
            )
        return self.store.read(work)

    def count_licences(self, filter_text: str = "", at_most: int | None = None) -> int:
        """Seats matching ``filter_text``; with ``at_most``, at most ``at_most + 1``."""
        return self.store.read(lambda conn: queries.count_licences(conn, filter_text, at_most))

    def licence_page(self, query: TableQuery) -> list[LicenceRow]:
        rows = self.store.read(lambda conn: queries.licence_page(conn, query))
        return [licence_row(r) for r in rows]

    def count_devices(self, filter_text: str = "", at_most: int | None = None) -> int:
        """Devices matching ``filter_text``; with ``at_most``, at most ``at_most + 1``."""
        return self.store.read(lambda conn: queries.count_devices(conn, filter_text, at_most))

    def device_page(self, query: TableQuery) -> list[DeviceRow]:
        rows = self.store.read(lambda conn: queries.device_page(conn, query))
        return [_device_row(r) for r in rows]

    def subscriptions(self) -> list[SubscriptionRow]:
        return self.store.read(_subscriptions)

    def seat_detail(self, seat_id: int) -> SeatDetail:
        return self.store.read(lambda conn: _seat_detail(conn, seat_id))

    def device_detail(self, device_id: int) -> DeviceDetail:
        return self.store.read(lambda conn: _device_detail(conn, device_id))


def _subscriptions(conn: Connection) -> list[SubscriptionRow]:
    s, a = t.subscriptions, t.vendor_accounts
    seat_count = sa.select(sa.func.count()).where(t.seats.c.subscription_id == s.c.id)
    assigned = seat_count.where(t.seats.c.person_id.is_not(None))
    stmt = (
        sa.select(s, a.c.vendor, a.c.owner_email,
                  seat_count.scalar_subquery().label("seat_count"),
                  assigned.scalar_subquery().label("assigned"))
        .join(a, a.c.id == s.c.account_id)
        .order_by(s.c.name, s.c.id)
    )
    return [
        SubscriptionRow(
            subscription_id=r["id"], name=r["name"], vendor=r["vendor"],
            owner_email=r["owner_email"], kind=r["kind"], channel=r["channel"],
            currency=r["currency"],
            unit_monthly_price=Money(r["unit_monthly_price_minor"], r["currency"])
            .decimal_string(),
            plan_months=r["plan_months"], renewal_date=r["renewal_date"],
            auto_renew=bool(r["auto_renew"]), status=r["status"], seats=r["seat_count"],
            assigned=r["assigned"],
        )
        for r in conn.execute(stmt).mappings()
    ]


def _seat_detail(conn: Connection, seat_id: int) -> SeatDetail:
    r = conn.execute(
        queries.licence_select().where(t.seats.c.id == seat_id)
    ).mappings().one_or_none()
    if r is None:
        raise NotFound("That seat is no longer in the roster.")
    sub = conn.execute(
        sa.select(t.subscriptions, t.vendor_accounts.c.vendor, t.vendor_accounts.c.owner_email)
        .join(t.vendor_accounts, t.vendor_accounts.c.id == t.subscriptions.c.account_id)
        .where(t.subscriptions.c.id == r["subscription_id"])
    ).mappings().one()
    history = tuple(
        AssignmentEntry(h["name"], h["email"], h["assigned_at"], h["unassigned_at"])
        for h in conn.execute(
            sa.select(t.people.c.name, t.people.c.email, t.seat_assignments.c.assigned_at,
                      t.seat_assignments.c.unassigned_at)
            .join(t.people, t.people.c.id == t.seat_assignments.c.person_id)
            .where(t.seat_assignments.c.seat_id == seat_id)
            .order_by(t.seat_assignments.c.assigned_at.desc(), t.seat_assignments.c.id.desc())
        ).mappings()
    )
    platforms = tuple(conn.execute(
        sa.select(t.seat_credentials.c.platform).where(t.seat_credentials.c.seat_id == seat_id)
        .order_by(t.seat_credentials.c.platform)).scalars())
    device_names = tuple(conn.execute(
        sa.select(t.devices.c.name)
        .join(t.device_connections, t.device_connections.c.device_id == t.devices.c.id)
        .where(t.device_connections.c.seat_id == seat_id).order_by(t.devices.c.name)).scalars())
    events = t.audit_events
    changes = tuple(
        f"{e['at']:%Y-%m-%d %H:%M} UTC · {e['actor']} · {e['summary']}"
        for e in conn.execute(
            sa.select(events.c.at, events.c.actor, events.c.summary)
            .where(events.c.entity == "seat", events.c.entity_id == seat_id)
            .order_by(events.c.id.desc()).limit(SEAT_CHANGES_SHOWN)
        ).mappings()
    )
    return SeatDetail(
        row=licence_row(r), vendor=sub["vendor"], owner_email=sub["owner_email"],
        kind=sub["kind"], channel=sub["channel"], currency=sub["currency"],
        plan_months=sub["plan_months"], history=history, credential_platforms=platforms,
        devices=device_names, changes=changes,
    )


def _device_detail(conn: Connection, device_id: int) -> DeviceDetail:
    r = conn.execute(
        queries.device_select().where(t.devices.c.id == device_id)
    ).mappings().one_or_none()
    if r is None:
        raise NotFound("That device is no longer in the roster.")
    vendor = conn.execute(
        sa.select(t.vendor_accounts.c.vendor)
        .join(t.devices, t.devices.c.account_id == t.vendor_accounts.c.id)
        .where(t.devices.c.id == device_id)
    ).scalar_one()
    # Its deliveries come from DeliveryService.for_device, which knows "overdue".
    return DeviceDetail(row=_device_row(r), vendor=vendor)
