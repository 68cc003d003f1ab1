"""Small helpers for service tests over the demo roster."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

STORE_PLAN = "ExpressVPN via App Store (Sales iPad)"
STORE_TRIAL = "ExpressVPN iOS trial (Reception iPhone)"
VOLUME = "ExpressVPN Volume (Office)"
PREMIUM = "Kaspersky Premium (3 devices)"


def sub_id(store: Store, name: str) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(t.subscriptions.c.id).where(t.subscriptions.c.name == name)).scalar_one()))


def sub_row(store: Store, name: str) -> dict[str, Any]:
    return dict(store.read(lambda c: c.execute(
        sa.select(t.subscriptions).where(t.subscriptions.c.name == name)).mappings().one()))


def update_sub(store: Store, name: str, **values: Any) -> None:
    store.write(lambda c: c.execute(
        t.subscriptions.update().where(t.subscriptions.c.name == name).values(**values)))


def audit_actions(store: Store) -> list[str]:
    return list(store.read(lambda c: c.execute(
        sa.select(t.audit_events.c.action).order_by(t.audit_events.c.id)).scalars().all()))


class MovableClock:
    """A clock the test moves by hand: no wall clock, no sleeps."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


Clock = Callable[[], datetime]
