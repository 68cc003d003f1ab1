"""Small helpers for service tests over the demo roster."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text
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



def import_csv(store: Store, clock: Clock, text: str) -> None:
    """Import CSV ``text`` (generic columns, guessed) as the import wizard would; no errors."""
    source = read_csv_text(text)
    plan = preview(source.rows, guess_mapping(source.headers),
                   ImportContext(clock().date(), "it@example.com"),
                   headers=source.headers)
    assert not plan.errors
    apply(store, plan, vault=None, clock=clock, actor="t")
