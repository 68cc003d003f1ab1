"""Two admins, two connections, one seat: the second save is refused, nothing overwritten."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.domain.errors import ConflictError
from seatkeeper.services.clock import Clock
from seatkeeper.services.seats import SeatService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from seatkeeper.store.records import load_seat, update_versioned

VOLUME = "ExpressVPN Volume (Office)"


@pytest.fixture
def second_store(demo_store: Store) -> Iterator[Store]:
    """The same roster opened again, as a second admin's Seatkeeper would."""
    other = open_store(demo_store.location.url)
    yield other
    other.dispose()


def _free_seat(store: Store) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(t.seats.c.id).join(t.subscriptions)
        .where(t.subscriptions.c.name == VOLUME, t.seats.c.person_id.is_(None))
        .order_by(t.seats.c.id).limit(1)).scalar_one()))


def test_second_save_of_the_same_seat_gets_a_conflict(
        demo_store: Store, second_store: Store, clock: Clock) -> None:
    anna = SeatService(demo_store, clock, "anna")
    bo = SeatService(second_store, clock, "bo")
    seat = _free_seat(demo_store)
    read_by_anna, read_by_bo = anna.seat(seat), bo.seat(seat)  # both open the seat
    assert read_by_anna.version == read_by_bo.version
    anna.assign(seat, "Kari Hansen", "kari@example.com", expected_version=read_by_anna.version)
    with pytest.raises(ConflictError, match="changed by someone else since you opened it"):
        bo.assign(seat, "Per Berg", "per@example.com", expected_version=read_by_bo.version)
    with pytest.raises(ConflictError):
        bo.set_renew([seat], False, expected_versions={seat: read_by_bo.version})
    now = bo.seat(seat)
    assert (now.holder, now.renew) == ("Kari Hansen", read_by_anna.renew)  # Anna's save stands
    assert now.version == read_by_anna.version + 1


def test_race_inside_the_save_is_a_conflict_too(
        demo_store: Store, second_store: Store, clock: Clock) -> None:
    """Bo commits between Anna's read and her UPDATE (possible on PostgreSQL only:
    on SQLite Anna's BEGIN IMMEDIATE holds the write lock from the start)."""
    if demo_store.is_sqlite:
        pytest.skip("SQLite serialises writers at BEGIN IMMEDIATE; no such race exists")
    seat = _free_seat(demo_store)
    bo = SeatService(second_store, clock, "bo")

    def anna_saves(conn: sa.Connection) -> None:
        version = load_seat(conn, seat)["version"]
        bo.set_renew([seat], False)  # Bo's own transaction commits now
        update_versioned(conn, t.seats, seat, version, renew=True)

    with pytest.raises(ConflictError, match="changed by someone else while saving"):
        demo_store.write(anna_saves)
    assert bo.seat(seat).renew is False
