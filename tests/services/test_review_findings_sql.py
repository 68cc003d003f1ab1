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


# --- issue 21, Review at a million seats: the kinds asked another way give the same rows ---

def _ids(rows: object) -> list[tuple[object, ...]]:
    return [(r["kind"], r["sub_id"], r["row_key"]) for r in rows]  # type: ignore[attr-defined]


def test_one_kind_pages_in_the_order_every_kind_is_sorted_in(store: Store) -> None:
    """A page of one kind is ordered by the kind's own columns (indexes can serve them):
    the same rows in the same order as that kind's rows of every kind sorted together."""
    roster_gen.fill(store, 400, 11)

    def check(conn: object) -> None:
        ctx = new.review_of(conn, NOW, 30).context  # type: ignore[arg-type]
        counts = stored.kind_counts(conn, ctx)  # type: ignore[arg-type]
        assert sum(1 for n in counts.values() if n) >= 7
        stmt, found = stored._found(ctx, stored.FindingFilter())
        for key in sorted(stored.SORT_KEYS):
            for descending in (False, True):
                query = TableQuery(sort_key=key, descending=descending)
                together = _ids(conn.execute(  # type: ignore[attr-defined]
                    stmt.order_by(*stored._order(found, query))).mappings())
                for kind, n in counts.items():
                    alone = _ids(stored.finding_page(  # type: ignore[arg-type]
                        conn, ctx, stored.FindingFilter(kind=kind),
                        TableQuery(sort_key=key, descending=descending, limit=n + 1)))
                    assert alone == [i for i in together if i[0] == kind], (key, kind)
    store.read(check)


@pytest.mark.parametrize("text", ["", "L-0", "office"])
def test_a_capped_count_of_every_kind_is_counted_kind_by_kind_to_the_cap(
        store: Store, text: str) -> None:
    roster_gen.fill(store, 400, 12)

    def check(conn: object) -> None:
        ctx = new.review_of(conn, NOW, 14).context  # type: ignore[arg-type]
        which = stored.FindingFilter(text=text)
        total = len(stored.finding_page(conn, ctx, which,  # type: ignore[arg-type]
                                        TableQuery(sort_key="seat", limit=100_000)))
        assert total > 20
        assert stored.count_findings(conn, ctx, which) == total  # type: ignore[arg-type]
        first = stored.count_findings(  # type: ignore[arg-type]
            conn, ctx, stored.FindingFilter(kind="unassigned_seat", text=text))
        for cap in (0, 1, first - 1, first, first + 1, total - 1, total, total + 5):
            if cap >= 0:
                assert stored.count_findings(conn, ctx, which, cap) \
                    == min(total, cap + 1), cap  # type: ignore[arg-type]
    store.read(check)


def test_the_rewritten_kinds_find_what_the_python_review_found(store: Store) -> None:
    """seat_over_device_limit (by subscription, per dialect) and person_holds_two_seats
    (the e-mail looked up per group) have findings here, and the same as before."""
    roster_gen.fill(store, 600, 13)
    before = store.read(lambda conn: old.compute(conn, NOW, 14, None))
    after = store.read(lambda conn: new.compute(conn, NOW, 14, None))
    for kind in ("seat_over_device_limit", "person_holds_two_seats"):
        assert before.counts[kind] > 3
        assert after.counts[kind] == before.counts[kind]
        assert sorted(_key(f) for f in after.items if f.kind == kind) \
            == sorted(_key(f) for f in before.items if f.kind == kind)


def _ask_holders(store: Store, seed: int) -> set[int]:
    """Questions on some seats (answered or not, reply-by past or not); the seat ids that
    are findings, worked out in Python."""
    import random

    import sqlalchemy as sa

    from seatkeeper.store import tables as t
    rng = random.Random(seed)

    def work(conn: sa.Connection) -> set[int]:
        seats = conn.execute(sa.select(t.seats.c.id, t.seats.c.status,
                                       t.subscriptions.c.status.label("sub_status"))
                             .join(t.subscriptions)).all()
        asked = rng.sample(seats, len(seats) // 3)
        rows, expected = [], set()
        for seat in asked:
            reply_by = NOW.date() + timedelta(days=rng.randint(-5, 5))
            answer = rng.choice([None, None, "keep", "release"])
            rows.append({"seat_id": seat.id, "email": f"h{seat.id}@ex.com", "sent_at": NOW,
                         "reply_by": reply_by, "answer": answer})
            if answer is None and reply_by <= NOW.date() and seat.status == "active" \
                    and seat.sub_status in ("active", "payment_failed"):
                expected.add(seat.id)
        conn.execute(t.holder_asks.insert(), rows)
        return expected
    return store.write(work)


def test_holders_not_answered_are_found_from_the_questions(store: Store) -> None:
    roster_gen.fill(store, 300, 14)
    expected = _ask_holders(store, 14)
    assert len(expected) > 5

    def found(conn: object) -> set[int]:
        ctx = new.review_of(conn, NOW, 14).context  # type: ignore[arg-type]
        rows = stored.finding_page(conn, ctx,  # type: ignore[arg-type]
                                   stored.FindingFilter(kind="holder_not_answered"),
                                   TableQuery(limit=10_000))
        assert all(r["email"] == f"h{r['seat_id']}@ex.com" for r in rows)
        assert stored.count_findings(  # type: ignore[arg-type]
            conn, ctx, stored.FindingFilter(kind="holder_not_answered")) == len(rows)
        return {r["seat_id"] for r in rows}
    assert store.read(found) == expected


def test_holders_not_in_the_directory_only_once_a_directory_was_imported(
        store: Store) -> None:
    import sqlalchemy as sa

    from seatkeeper.store import tables as t
    from seatkeeper.store.people import DIRECTORY_KEY
    roster_gen.fill(store, 300, 15)
    store.write(lambda conn: conn.execute(t.people.update().where(t.people.c.id % 3 == 0)
                                          .values(in_directory=False)))
    kind = stored.FindingFilter(kind="holder_not_in_directory")

    def found(conn: sa.Connection) -> tuple[bool, set[int]]:
        ctx = new.review_of(conn, NOW, 14).context
        rows = stored.finding_page(conn, ctx, kind, TableQuery(limit=10_000))
        assert stored.count_findings(conn, ctx, kind) == len(rows)
        return ctx.directory, {r["seat_id"] for r in rows}

    assert store.read(found) == (False, set())
    store.write(lambda conn: conn.execute(t.settings.insert().values(
        key=DIRECTORY_KEY, value='"x"')))
    held = store.read(lambda conn: set(conn.execute(
        sa.select(t.seats.c.id).join(t.people, t.people.c.id == t.seats.c.person_id)
        .where(sa.func.coalesce(t.people.c.in_directory, sa.false()).is_(False))).scalars()))
    assert held
    assert store.read(found) == (True, held)


def _plan(store: Store, kind: str) -> str:
    import sqlalchemy as sa

    def work(conn: sa.Connection) -> str:
        ctx = new.review_of(conn, NOW, 14).context
        stmt = stored.QUERIES[kind](ctx)
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        return "\n".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    return store.read(work)


@pytest.mark.sqlite_only
def test_sqlite_reads_the_seats_of_these_kinds_by_index_not_every_seat(store: Store) -> None:
    roster_gen.fill(store, 100, 16)
    over = _plan(store, "seat_over_device_limit")
    assert "ix_seats_subscription_devices (subscription_id=? AND devices_connected>?)" in over
    assert "SCAN seats" not in over
    assert "SCAN seats USING COVERING INDEX ix_seats_subscription_person" in _plan(
        store, "person_holds_two_seats")
    assert "SCAN seats" not in _plan(store, "holder_not_answered")
