"""seats.holder_name (i7_holder_sort) follows the holder, so the holder sort can use an index."""

from __future__ import annotations

import importlib
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.services.roster import RosterService
from seatkeeper.store import search_bulk
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery


def _mismatches(conn: Connection) -> list[tuple[int, str | None, str | None]]:
    stmt = (sa.select(t.seats.c.id, t.seats.c.holder_name, t.people.c.name)
            .select_from(t.seats.outerjoin(t.people, t.people.c.id == t.seats.c.person_id))
            .where(sa.func.coalesce(t.seats.c.holder_name, "")
                   != sa.func.coalesce(t.people.c.name, "")))
    return [tuple(row) for row in conn.execute(stmt)]  # type: ignore[misc]


def _seat_and_people(conn: Connection) -> tuple[int, int, int]:
    seat = conn.execute(sa.select(t.seats.c.id).where(t.seats.c.person_id.is_not(None))
                        .order_by(t.seats.c.id).limit(1)).scalar_one()
    people = conn.execute(sa.select(t.people.c.id).order_by(t.people.c.id).limit(2)).scalars()
    first, second = list(people)
    return seat, first, second


def test_demo_holder_names_match_their_people(demo_store: Store) -> None:
    assert demo_store.read(_mismatches) == []


def test_holder_name_follows_assign_unassign_rename(demo_store: Store) -> None:
    def change(conn: Connection) -> list[tuple[int, str | None, str | None]]:
        seat, _first, second = _seat_and_people(conn)
        conn.execute(t.seats.update().where(t.seats.c.id == seat).values(person_id=second))
        conn.execute(t.people.update().where(t.people.c.id == second).values(name="Zed Renamed"))
        assert conn.execute(sa.select(t.seats.c.holder_name)
                            .where(t.seats.c.id == seat)).scalar_one() == "Zed Renamed"
        conn.execute(t.seats.update().where(t.seats.c.id == seat).values(person_id=None))
        assert conn.execute(sa.select(t.seats.c.holder_name)
                            .where(t.seats.c.id == seat)).scalar_one() is None
        return _mismatches(conn)

    assert demo_store.write(change) == []


def test_holder_name_cleared_when_the_person_is_deleted(demo_store: Store, now: datetime
                                                         ) -> None:
    def delete(conn: Connection) -> tuple[str | None, str | None,
                                          list[tuple[int, str | None, str | None]]]:
        seat, _first, _second = _seat_and_people(conn)
        person = conn.execute(t.people.insert().values(
            name="Temp Holder", email="temp.holder@example.org", created_at=now, version=1)
            .returning(t.people.c.id)).scalar_one()
        conn.execute(t.seats.update().where(t.seats.c.id == seat).values(person_id=person))
        before = conn.execute(sa.select(t.seats.c.holder_name)
                              .where(t.seats.c.id == seat)).scalar_one()
        conn.execute(t.people.delete().where(t.people.c.id == person))  # FK: SET NULL
        after = conn.execute(sa.select(t.seats.c.holder_name)
                             .where(t.seats.c.id == seat)).scalar_one()
        return before, after, _mismatches(conn)

    assert demo_store.write(delete) == ("Temp Holder", None, [])


def test_holder_sort_orders_by_the_holders_name(demo_store: Store) -> None:
    roster = RosterService(demo_store)
    rows = roster.licence_page(TableQuery(sort_key="holder", limit=1000))
    names = [r.holder for r in rows if r.holder is not None]
    assert names == sorted(names)
    assert len(names) > 10


def test_bulk_copy_of_the_insert_trigger_matches_the_migration() -> None:
    migration = importlib.import_module(
        "seatkeeper.store.migrations.versions.0007_i7_holder_sort")
    assert search_bulk.HOLDER_TRIGGER == migration.SQLITE_INSERT_TRIGGER
    assert search_bulk.HOLDER_FILL == migration.FILL


def test_bulk_search_text_matches_the_search_index_migration() -> None:
    """A bulk import indexes new rows with these SELECTs instead of 0002's triggers."""
    migration = importlib.import_module(
        "seatkeeper.store.migrations.versions.0002_search_index")
    assert search_bulk.SEAT_TEXT == migration.SEAT_TEXT
    assert search_bulk.DEVICE_TEXT == migration.DEVICE_TEXT
