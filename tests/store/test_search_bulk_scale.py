"""A large import indexes its rows for search in one go and leaves the triggers in place;
the connected-device count on seats follows every connection change."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from seatkeeper.services.clock import Clock
from seatkeeper.services.roster import RosterService
from seatkeeper.store import search_bulk
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery
from tests.services.helpers import import_csv

HEADER = "subscription,subscription_key,seat_limit,licence_id,holder_name,holder_email," \
         "device_name,device_platform,device_key\n"


def _triggers(store: Store) -> set[str]:
    sql = ("SELECT name FROM sqlite_master WHERE type = 'trigger'"
           if store.engine.dialect.name == "sqlite"
           else "SELECT DISTINCT trigger_name FROM information_schema.triggers")
    return set(store.read(lambda c: c.exec_driver_sql(sql).scalars().all()))


def _holder_names_wrong(store: Store) -> int:
    """Seats whose copied holder name (i7_holder_sort) differs from their person's."""
    stmt = (sa.select(sa.func.count())
            .select_from(t.seats.outerjoin(t.people, t.people.c.id == t.seats.c.person_id))
            .where(sa.func.coalesce(t.seats.c.holder_name, "")
                   != sa.func.coalesce(t.people.c.name, "")))
    return int(store.read(lambda c: c.execute(stmt).scalar_one()))


@pytest.mark.sqlite_only  # the FTS5 index and its triggers exist only on SQLite
@pytest.mark.parametrize("bulk_from", [1, 1_000_000])
def test_bulk_and_row_by_row_imports_index_the_same_text(store: Store, clock: Clock,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         bulk_from: int) -> None:
    monkeypatch.setattr(search_bulk, "BULK_ROWS", bulk_from)
    before = _triggers(store)
    import_csv(store, clock, HEADER + "".join(
        f"Figma Org,k1,10,seat-{i:03d},Ann Lee{i},ann{i}@example.com,MAC-{i},macos,d{i}\n"
        for i in range(10)))
    import_csv(store, clock, HEADER + "Slack Plus,k2,5,seat-001,Bo Zhang,bo@example.com,,,\n")
    assert _triggers(store) == before
    roster = RosterService(store)
    assert roster.count_licences("ann7@exa") == 1
    assert roster.count_licences("figma") == 10
    assert roster.count_licences("zhang") == 1
    assert roster.count_devices("MAC-3") == 1
    # Later single rows still reach the index through the triggers.
    import_csv(store, clock, HEADER + "Notion Plus,k3,5,seat-001,Cy Dee,cy@example.com,WIN-9,"
            "windows,d99\n")
    assert roster.count_licences("notion") == 1
    assert roster.count_devices("WIN-9") == 1
    assert _holder_names_wrong(store) == 0
    assert roster.licence_page(TableQuery(sort_key="holder", limit=1))[0].holder == "Ann Lee0"


def test_connected_device_count_follows_connections(store: Store, clock: Clock) -> None:
    import_csv(store, clock, HEADER + "".join(
        f"Figma Org,k1,10,seat-{i:03d},,,MAC-{i},macos,d{i}\n" for i in range(3)))

    def counts() -> dict[str, int]:
        return dict(store.read(lambda c: c.execute(
            sa.select(t.seats.c.licence_id, t.seats.c.devices_connected)).all()))

    assert counts() == {"seat-000": 1, "seat-001": 1, "seat-002": 1}
    # Device d0 moves to seat-002; d1 is disconnected.
    import_csv(store, clock, HEADER + "Figma Org,k1,10,seat-002,,,MAC-0,macos,d0\n")
    store.write(lambda c: c.execute(t.device_connections.delete().where(
        t.device_connections.c.device_id == sa.select(t.devices.c.id).where(
            t.devices.c.external_key == "d1").scalar_subquery())))
    assert counts() == {"seat-000": 0, "seat-001": 0, "seat-002": 2}
    page = RosterService(store).licence_page(TableQuery("", "devices", descending=True))
    assert [(r.licence_id, r.devices_connected) for r in page] == [
        ("seat-002", 2), ("seat-001", 0), ("seat-000", 0)]
