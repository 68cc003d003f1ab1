"""The window's first look at a PostgreSQL roster (plain psycopg) answers exactly what the
store answers: the same count (exact, as the unfiltered count is) and the same rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.services.first_look import (
    FIRST_PAGE_ROWS,
    first_licence_page,
    has_first_look,
    start_first_look,
)
from seatkeeper.services.roster import RosterService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.location import RosterLocation
from seatkeeper.store.paging import TableQuery

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store_kind() -> str:
    return "postgresql"


def _store_answer(store: Store, limit: int) -> tuple[int, list[object]]:
    roster = RosterService(store)
    return roster.count_licences(""), roster.licence_page(
        TableQuery(sort_key="subscription", limit=limit))


@pytest.mark.parametrize("limit", [1, 7, 200])
def test_first_look_is_the_stores_first_page(demo_store: Store, limit: int) -> None:
    assert demo_store.location.path is None
    assert has_first_look(demo_store.location)
    look = first_licence_page(demo_store.location, limit)
    assert look is not None
    count, rows = _store_answer(demo_store, limit)
    assert (look.count, look.rows) == (count, rows)
    assert len(look.rows) == min(limit, count) > 0


def test_first_look_orders_equal_names_like_the_store(demo_store: Store) -> None:
    """Subscriptions that share a name are ordered by their id, then by seat, as in SQL;
    a seat without a holder comes through as the store's does."""
    def rename(conn: sa.Connection) -> None:
        conn.execute(t.subscriptions.update().values(name="Same name"))
        conn.execute(t.seats.update().values(renew=False))  # the Status column changes too
        conn.execute(t.seats.update().where(t.seats.c.id % 3 == 0).values(
            person_id=None, holder_name=None))

    demo_store.write(rename)
    look = first_licence_page(demo_store.location, 200)
    assert look is not None
    assert (look.count, look.rows) == _store_answer(demo_store, 200)
    assert any(r.holder is None for r in look.rows)


def test_a_look_started_early_answers_the_same(demo_store: Store) -> None:
    started = start_first_look(demo_store.location)
    assert started() == first_licence_page(demo_store.location, FIRST_PAGE_ROWS)
    assert started() is not None


def test_no_first_look_at_an_unreachable_server() -> None:
    location = RosterLocation.parse("postgresql://u:pw@127.0.0.1:1/roster")
    assert has_first_look(location)
    assert first_licence_page(location, 200) is None
    assert not has_first_look(RosterLocation.parse("sqlite://"))


def test_the_look_at_a_server_loads_no_sqlalchemy(demo_store: Store) -> None:
    """It runs while SQLAlchemy loads on another thread; importing it too would be late."""
    code = ("import os, sys; from seatkeeper.services.first_look import start_first_look; "
            "from seatkeeper.store.location import RosterLocation; "
            "look = start_first_look(RosterLocation.parse(os.environ['ROSTER']))(); "
            "print(look is not None and look.count, "
            "[m for m in sys.modules if m.startswith('sqlalchemy')])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT, env={**os.environ,
                                                     "ROSTER": demo_store.location.url})
    assert done.stdout.split() == [str(RosterService(demo_store).count_licences("")), "[]"]
