"""Paging, sorting and text filtering happen in SQL, over the demo roster."""

from __future__ import annotations

import pytest

from seatkeeper.services.roster import RosterService
from seatkeeper.store.devices import DEVICE_COLUMNS
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.seats import LICENCE_COLUMNS


@pytest.fixture
def roster(demo_store: Store) -> RosterService:
    return RosterService(demo_store)


def test_pages_cover_every_seat_once_in_order(roster: RosterService) -> None:
    total = roster.count_licences()
    seen = []
    for offset in range(0, total, 7):
        seen += [r.seat_id for r in roster.licence_page(TableQuery(offset=offset, limit=7))]
    assert len(seen) == total == len(set(seen))


@pytest.mark.parametrize("key", sorted(LICENCE_COLUMNS))
def test_every_licence_column_sorts_both_ways(roster: RosterService, key: str) -> None:
    up = roster.licence_page(TableQuery(sort_key=key, limit=100))
    down = roster.licence_page(TableQuery(sort_key=key, descending=True, limit=100))
    assert [r.seat_id for r in up] == [r.seat_id for r in reversed(down)]


@pytest.mark.parametrize("key", sorted(DEVICE_COLUMNS))
def test_every_device_column_sorts_both_ways(roster: RosterService, key: str) -> None:
    up = roster.device_page(TableQuery(sort_key=key, limit=100))
    down = roster.device_page(TableQuery(sort_key=key, descending=True, limit=100))
    assert [r.device_id for r in up] == [r.device_id for r in reversed(down)]


def test_sort_by_devices_puts_the_full_seat_first(roster: RosterService) -> None:
    top = roster.licence_page(TableQuery(sort_key="devices", descending=True, limit=1))[0]
    assert (top.holder, top.devices_connected, top.device_limit) == ("Ingrid Solberg", 8, 8)


def test_unknown_sort_key_is_a_bug_not_a_silent_default(roster: RosterService) -> None:
    with pytest.raises(ValueError, match="unknown sort key"):
        roster.licence_page(TableQuery(sort_key="password"))


@pytest.mark.parametrize(("text", "expected"), [
    ("ingrid", 1),              # holder name, any case
    ("SOLBERG", 1),
    ("gri", 1),                 # a substring inside a word (trigram index)
    ("northwind.example", 18),  # e-mail domain: every assigned volume seat
    ("L-001", 10),              # licence ids L-0010..L-0019
    ("volume ola", 1),          # several terms: all must match
    ("kaspersky", 2),
    ("zz", 0),                  # short term: LIKE fallback
    ("T-", 1),                  # two characters still filter (T-0001)
    ("100%", 0),                # LIKE wildcards are taken literally
    ('"', 0),                   # quotes cannot break the FTS query
])
def test_licence_filter(roster: RosterService, text: str, expected: int) -> None:
    assert roster.count_licences(text) == expected
    assert len(roster.licence_page(TableQuery(filter_text=text, limit=100))) == expected


def test_filter_follows_a_renamed_holder(demo_store: Store, roster: RosterService) -> None:
    demo_store.write(lambda conn: conn.exec_driver_sql(
        "UPDATE people SET name = 'Ingrid Fjellheim', email = 'ingrid.f@northwind.example' "
        "WHERE name = 'Ingrid Solberg'"))
    assert roster.count_licences("fjellheim") == 1
    assert roster.count_licences("solberg") == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("ingrid", 8), ("android", 5), ("router", 1), ("warehouse", 1), ("19.0", 1),
])
def test_device_filter(roster: RosterService, text: str, expected: int) -> None:
    assert roster.count_devices(text) == expected


@pytest.mark.parametrize("text", ["", "L-001", "volume ola", "zz", "T-"])
@pytest.mark.parametrize("at_most", [0, 1, 5, 10, 10_000])
def test_a_capped_count_stops_one_past_the_cap(roster: RosterService, text: str,
                                               at_most: int) -> None:
    """With ``at_most`` a filtered count is exact up to the cap, else the cap plus one."""
    exact = roster.count_licences(text)
    capped = roster.count_licences(text, at_most)
    assert capped == (exact if not text or exact <= at_most else at_most + 1)
    exact_devices = roster.count_devices(text)
    capped_devices = roster.count_devices(text, at_most)
    assert capped_devices == (exact_devices if not text or exact_devices <= at_most
                              else at_most + 1)
