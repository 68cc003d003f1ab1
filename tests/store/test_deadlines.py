"""The deadline queries read what the window needs without scanning every seat."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from seatkeeper.store import deadlines
from seatkeeper.store.engine import Store
from tests.store.query_plans import sqlite_plan


def test_lapsing_seats_are_read_by_subscription_not_by_scanning_every_seat(
        demo_store: Store, now: datetime) -> None:
    """The Deadlines screen and the reminders read this at each opening: with the
    conditions side by side SQLite scanned every seat (1.6 s at a million seats) for the
    few subscriptions that end in the window."""
    if not demo_store.is_sqlite:
        pytest.skip("the plan read here is SQLite's (EXPLAIN QUERY PLAN)")
    found = demo_store.read(lambda conn: deadlines.lapsing_seats(
        conn, now, now + timedelta(days=400)))
    assert found  # the demo roster has seats switched off in renewing subscriptions
    plan = sqlite_plan(demo_store, lambda conn: deadlines.lapsing_seats(
        conn, now, now + timedelta(days=30)))
    assert not any(step.startswith("SCAN seats") for step in plan), plan
    assert any(step.startswith("SEARCH seats USING INDEX ix_seats_subscription_id")
               for step in plan), plan
