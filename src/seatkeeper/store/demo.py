"""The demo company's rows, written as given: for ``services.demo`` only.

The demo stages a roster the rules would not let anyone build step by step
(a seat over its device limit, a delivery pending for 30 hours, a former
holder), so it writes rows directly instead of going through the services.
Each function writes one row, in the caller's transaction, and returns its id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.enums import Platform, SeatStatus
from seatkeeper.store import tables as t
from seatkeeper.store.records import insert


def has_subscriptions(conn: Connection) -> bool:
    return bool(conn.execute(sa.select(sa.func.count()).select_from(t.subscriptions))
                .scalar_one())


def add_account(conn: Connection, vendor: str, owner_email: str, created_at: datetime) -> int:
    return insert(conn, t.vendor_accounts, vendor=vendor, owner_email=owner_email,
                  created_at=created_at)


def add_subscription(conn: Connection, account_id: int, **values: Any) -> int:
    """A subscription with every column given in ``values`` (the caller's defaults)."""
    return insert(conn, t.subscriptions, account_id=account_id, **values)


def add_order(conn: Connection, account_id: int, subscription_id: int, **values: Any) -> int:
    return insert(conn, t.orders, account_id=account_id, subscription_id=subscription_id,
                  **values)


def add_person(conn: Connection, name: str, email: str, created_at: datetime) -> int:
    return insert(conn, t.people, name=name, email=email, created_at=created_at, version=1)


def add_seat(conn: Connection, subscription_id: int, licence_id: str, person_id: int | None,
             *, renew: bool, created_at: datetime) -> int:
    """An active seat; its holder's history is ``add_assignment``'s."""
    return insert(conn, t.seats, subscription_id=subscription_id, licence_id=licence_id,
                  person_id=person_id, renew=renew, status=SeatStatus.ACTIVE,
                  created_at=created_at, version=1)


def add_assignment(conn: Connection, seat_id: int, person_id: int, assigned_at: datetime,
                   unassigned_at: datetime | None = None) -> int:
    return insert(conn, t.seat_assignments, seat_id=seat_id, person_id=person_id,
                  assigned_at=assigned_at, unassigned_at=unassigned_at)


def add_device(conn: Connection, account_id: int, name: str, platform: Platform, *,
               os_version: str, app_version: str, region: str, account_connected: bool,
               created_at: datetime) -> int:
    return insert(conn, t.devices, account_id=account_id, name=name, platform=platform,
                  os_version=os_version, app_version=app_version, region=region,
                  account_connected=account_connected, created_at=created_at, version=1)


def connect_device(conn: Connection, device_id: int, seat_id: int,
                   connected_at: datetime) -> None:
    insert(conn, t.device_connections, device_id=device_id, seat_id=seat_id,
           connected_at=connected_at)
