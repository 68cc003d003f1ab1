"""The window's first look (plain sqlite3) answers exactly what the store answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.services.first_look import (
    FIRST_PAGE_ROWS,
    first_licence_page,
    start_first_look,
)
from seatkeeper.services.roster import RosterService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.location import RosterLocation
from seatkeeper.store.paging import TableQuery

pytestmark = pytest.mark.sqlite_only  # the first look reads SQLite files only


def _store_answer(store: Store, limit: int) -> tuple[int, list[object]]:
    roster = RosterService(store)
    return roster.count_licences(""), roster.licence_page(
        TableQuery(sort_key="subscription", limit=limit))


@pytest.mark.parametrize("limit", [1, 7, 200])
def test_first_look_is_the_stores_first_page(demo_store: Store, limit: int) -> None:
    assert demo_store.location.path is not None
    look = first_licence_page(demo_store.location, limit)
    assert look is not None
    count, rows = _store_answer(demo_store, limit)
    assert (look.count, look.rows) == (count, rows)
    assert len(look.rows) == min(limit, count) > 0


def test_first_look_orders_equal_names_like_the_store(demo_store: Store) -> None:
    """Subscriptions that share a name are ordered by their id, then by seat, as in SQL."""
    def rename(conn: sa.Connection) -> None:
        conn.execute(t.subscriptions.update().values(name="Same name"))
        conn.execute(t.seats.update().values(renew=False))  # the Status column changes too

    demo_store.write(rename)
    look = first_licence_page(demo_store.location, 200)
    assert look is not None
    assert (look.count, look.rows) == _store_answer(demo_store, 200)
    assert {str(r.status).split()[0] for r in look.rows} <= {"Lapses", "Cancelled", "Expired",
                                                         "Payment"}


def test_no_first_look_for_a_roster_of_another_schema(demo_store: Store) -> None:
    demo_store.write(lambda conn: conn.execute(sa.text(
        "UPDATE alembic_version SET version_num = 'older'")))
    assert first_licence_page(demo_store.location, 200) is None


def test_no_first_look_without_a_roster_file(tmp_path: Path) -> None:
    assert first_licence_page(RosterLocation.parse(str(tmp_path / "none.sqlite")), 200) is None
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    assert first_licence_page(RosterLocation.parse(str(text)), 200) is None
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    assert first_licence_page(RosterLocation.parse(str(empty)), 200) is None
    assert first_licence_page(RosterLocation.parse("sqlite://"), 200) is None  # in memory


def test_a_look_started_early_answers_the_same(demo_store: Store, tmp_path: Path) -> None:
    started = start_first_look(demo_store.location)
    assert started() == first_licence_page(demo_store.location, FIRST_PAGE_ROWS)
    assert started() is not None
    assert start_first_look(RosterLocation.parse(str(tmp_path / "none.sqlite")))() is None
