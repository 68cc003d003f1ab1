"""Review's findings in SQL are the findings the Python review computed (issue 21).

``tests/services/old_review_findings.py`` is the computation as it was (each kind
counted and listed in SQL, merged and ordered in Python); seeded, messy rosters
(``tests/roster_gen.py``) are reviewed both ways, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from seatkeeper.services import review_findings as new
from seatkeeper.services.review_findings import KINDS, Finding
from seatkeeper.store import review_findings as stored
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery
from tests import roster_gen
from tests.services import old_review_findings as old

NOW = roster_gen.NOW


def _key(f: Finding) -> tuple[object, ...]:
    return (f.kind, f.subscription_id, f.subscription, f.seat_id, f.licence_id,
            f.detail.render())


def test_every_kind_has_a_query_title_and_words() -> None:
    assert list(stored.QUERIES) == list(KINDS)
    for kind in KINDS:
        assert kind in new.DETAILS or kind in new.WORDS or kind in (
            "cancel_by_soon", "delivery_pending_over_24h")


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("days", [0, 14, 60])
def test_sql_findings_equal_the_python_review(store: Store, seed: int, days: int) -> None:
    roster_gen.fill(store, 400, seed)
    now = NOW + timedelta(hours=seed)
    before = store.read(lambda conn: old.compute(conn, now, days, None))
    after = store.read(lambda conn: new.compute(conn, now, days, None))
    assert {k: after.counts[k] for k in before.counts} == before.counts
    assert not any(n for k, n in after.counts.items() if k not in before.counts)
    assert sum(before.counts.values()) > 50  # the roster has findings of many kinds
    assert sum(1 for n in before.counts.values() if n) >= 7
    assert sorted(map(_key, after.items)) == sorted(map(_key, before.items))
    # Review's order: kind by kind; within a kind as the old list was (ties aside).
    kinds = [f.kind for f in after.items]
    assert kinds == sorted(kinds, key=list(KINDS).index)
    for kind in KINDS:
        mine = [f for f in after.items if f.kind == kind]
        theirs = [f for f in before.items if f.kind == kind]
        if kind in ("cancel_by_soon", "delivery_pending_over_24h"):
            assert [_key(f) for f in mine] == [_key(f) for f in theirs]


@pytest.mark.parametrize("limit", [0, 3])
def test_a_limited_review_lists_the_first_of_each_kind(store: Store, limit: int) -> None:
    roster_gen.fill(store, 300, 5)
    before = store.read(lambda conn: old.compute(conn, NOW, 14, limit))
    after = store.read(lambda conn: new.compute(conn, NOW, 14, limit))
    assert {k: after.counts[k] for k in before.counts} == before.counts
    assert len(after.items) == len(before.items)
    assert [f.kind for f in after.items] == [f.kind for f in before.items]


def test_pages_filters_and_decisions_in_sql(store: Store) -> None:
    roster_gen.fill(store, 400, 7)

    def check(conn: object) -> None:
        review = new.review_of(conn, NOW, 14)  # type: ignore[arg-type]
        ctx = review.context
        everything = stored.FindingFilter()
        total = stored.count_findings(conn, ctx, everything)  # type: ignore[arg-type]
        assert total == sum(stored.kind_counts(conn, ctx).values())  # type: ignore[arg-type]
        assert stored.count_findings(conn, ctx, everything, 9) == 10  # type: ignore[arg-type]
        for key in ("kind", "subscription", "seat", "detail", "decision"):
            up = stored.finding_page(conn, ctx, everything,  # type: ignore[arg-type]
                                     TableQuery(sort_key=key, limit=total))
            down = stored.finding_page(conn, ctx, everything,  # type: ignore[arg-type]
                                       TableQuery(sort_key=key, descending=True, limit=total))
            ids = [(r["kind"], r["sub_id"], r["row_key"]) for r in up]
            assert len(ids) == total == len(set(ids))
            assert ids == [(r["kind"], r["sub_id"], r["row_key"]) for r in reversed(down)]
            paged = []
            for offset in range(0, total, 37):
                paged += stored.finding_page(conn, ctx, everything,  # type: ignore[arg-type]
                                             TableQuery(sort_key=key, offset=offset, limit=37))
            assert [(r["kind"], r["sub_id"], r["row_key"]) for r in paged] == ids
        rows = stored.finding_page(conn, ctx, everything,  # type: ignore[arg-type]
                                   TableQuery(limit=total))
        decided = {r["seat_id"]: r["decision"] for r in rows if r["decision"] is not None}
        assert decided
        assert all(s is not None for s in decided)
        assert stored.decided_findings(conn, ctx) == sum(  # type: ignore[arg-type]
            1 for r in rows if r["decision"] is not None)
        # The text: values as a substring in any case, kinds and decisions by their words.
        hit = next(r for r in rows if r["licence_id"])
        needle = hit["licence_id"][2:].upper()
        found = stored.finding_page(conn, ctx, stored.FindingFilter(text=needle),  # type: ignore[arg-type]
                                    TableQuery(limit=total))
        assert found
        assert all(needle.casefold() in (r["licence_id"] or "").casefold()
                             or needle.casefold() in (r["sub_name"] or "").casefold()
                             or needle.casefold() in (r["email"] or "").casefold()
                             or needle.casefold() in (r["target"] or "").casefold()
                             for r in found)
        worded = stored.FindingFilter(text="zzzz", kinds_worded=frozenset({"no_device"}),
                                      decisions_worded=frozenset({"keep"}))
        found = stored.finding_page(conn, ctx, worded, TableQuery(limit=total))  # type: ignore[arg-type]
        assert {r["kind"] for r in found if r["decision"] != "keep"} == {"no_device"}
        assert stored.count_findings(conn, ctx, worded) == len(found)  # type: ignore[arg-type]
        one = stored.FindingFilter(kind="unassigned_seat")
        assert {r["kind"] for r in stored.finding_page(  # type: ignore[arg-type]
            conn, ctx, one, TableQuery(limit=total))} == {"unassigned_seat"}

    store.read(check)
