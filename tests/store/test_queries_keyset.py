"""Keyset paging (issue 21): a page sought from a row already read is the OFFSET page.

For every sortable Licences column, both ways, on SQLite and PostgreSQL, over a
seeded roster with NULL holders and e-mails and many ties (tests/roster_gen.py).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from seatkeeper.services.roster import RosterService
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.seats import LICENCE_COLUMNS
from tests import roster_gen

SIZE = 23


@pytest.fixture
def roster(store: Store) -> RosterService:
    roster_gen.fill(store, 700, 11)
    return RosterService(store)


@pytest.mark.parametrize("descending", [False, True])
def test_every_page_by_keyset_is_the_page_by_offset(roster: RosterService,
                                                    descending: bool) -> None:
    for key in sorted(LICENCE_COLUMNS):
        for text in ("", "nordmann"):
            base = TableQuery(filter_text=text, sort_key=key, descending=descending,
                              limit=SIZE)
            total = roster.count_licences(text)
            pages = [roster.licence_page(replace(base, offset=o))
                     for o in range(0, total, SIZE)]
            assert sum(map(len, pages)) == total
            for n in range(1, len(pages)):
                for back in (1, 3):  # from the page before, and from three pages before
                    if n - back < 0:
                        continue
                    anchor = pages[n - back][-1].seat_id
                    sought = roster.licence_page(replace(
                        base, offset=n * SIZE, after=anchor, skip=(back - 1) * SIZE))
                    assert [r.seat_id for r in sought] == [r.seat_id for r in pages[n]], \
                        (key, text, descending, n, back)


def test_nulls_and_ties_are_there_to_be_paged(roster: RosterService) -> None:
    everything = roster.licence_page(TableQuery(limit=5000))
    assert any(r.holder is None for r in everything)
    assert len({r.subscription for r in everything}) < len(everything) / 5


def test_a_gone_anchor_falls_back_to_the_offset(store: Store, roster: RosterService) -> None:
    first, second = (roster.licence_page(TableQuery(offset=o, limit=SIZE)) for o in (0, SIZE))
    gone = first[-1].seat_id
    store.write(lambda conn: conn.exec_driver_sql(f"DELETE FROM seats WHERE id = {gone}"))
    page = roster.licence_page(TableQuery(offset=SIZE - 1, limit=SIZE, after=gone))
    assert [r.seat_id for r in page] == [r.seat_id for r in second]
