"""The rows SD-8 judges a send on: a subscription with its taken slots, and target devices.

``services.send_facts`` turns them into ``domain.eligibility``'s dataclasses.
Slots taken are the devices connected to the subscription's seats plus the
devices a pending delivery of it is on its way to: a pending delivery holds
its slot, so two sends of two devices each cannot both pass on three free
slots.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import DeliveryMethod, DeliveryStatus
from seatkeeper.store import devices
from seatkeeper.store import tables as t


def subscription_row(conn: Connection, subscription_id: int) -> RowMapping | None:
    """The subscription's own columns and its vendor, or None when it is gone."""
    s, a = t.subscriptions, t.vendor_accounts
    return conn.execute(sa.select(s, a.c.vendor).join(a, a.c.id == s.c.account_id)
                        .where(s.c.id == subscription_id)).mappings().one_or_none()


def slots_taken(conn: Connection, subscription_id: int) -> int:
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


def _device_select() -> sa.Select[Any]:
    """A device with the subscription it uses now (``current_id``...) and a pending flag."""
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


def device_rows(conn: Connection, device_ids: Sequence[int]) -> dict[int, RowMapping]:
    """The devices found of ``device_ids``, by id (a missing one is simply absent)."""
    stmt = _device_select().where(t.devices.c.id.in_(list(device_ids)))
    return {int(r["device_id"]): r for r in conn.execute(stmt).mappings()}


def account_device_rows(conn: Connection, account_id: int) -> list[RowMapping]:
    """Every device of the account, by name (one query, however many devices)."""
    stmt = _device_select().where(t.devices.c.account_id == account_id) \
        .order_by(t.devices.c.name, t.devices.c.id)
    return list(conn.execute(stmt).mappings())
