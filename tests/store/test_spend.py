"""The Spend screen's subscription query counts the seats in one pass, not four per subscription."""

from __future__ import annotations

import pytest

from seatkeeper.store import spend
from seatkeeper.store.engine import Store
from tests.store.query_plans import sqlite_plan


def test_spend_subscriptions_counts_every_seat_once(demo_store: Store) -> None:
    """Four correlated counts a subscription (seats, active, renewing, dropping) walked the
    seats four times, the decisions' one a lookup for every seat: 0.6-0.8 s at a million
    seats each time the Spend screen loaded."""
    if not demo_store.is_sqlite:
        pytest.skip("the plan read here is SQLite's (EXPLAIN QUERY PLAN)")
    plan = sqlite_plan(demo_store, spend.spend_subscriptions)
    over_seats = [step for step in plan if " seats " in f" {step} "
                  and "INTEGER PRIMARY KEY" not in step]
    assert len(over_seats) == 1, plan
    assert not any("CORRELATED" in step and "seats" in step for step in plan), plan
