"""The Licences filter's count and pages, as rewritten for a million seats (store.seats).

PostgreSQL asks a filter as a union of branches (``_pg_branches``), each branch capped
or ordered and limited on its own; the answers must stay those of the one WHERE clause
(ILIKE over the searched columns joined with spaces, before i21; the FTS5 MATCH on
SQLite), for every sort, direction, window and cap. And the point of the rewrite:
a capped count of a common term stops at the cap instead of reading every match.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from seatkeeper.store import queries, seats
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.search import search_hits, search_row_test, text_filter
from tests import roster_gen

TERMS = ["ola", "NORDMANN", "l-0001", "office pro", "p1.", "ex.com team", "zz", "t", "a_b",
         "100%", "xcode ingrid", "kaspersky", "ex.com", "office pro ola", "ide p2 .com",
         "Team nordmann 3@"]


def _reference(dialect: str, text: str) -> sa.ColumnElement[bool]:
    """The filter as one WHERE clause: ILIKE over the columns joined with spaces (the
    filter before i21) on PostgreSQL, the FTS5 hits on SQLite."""
    where = text_filter(dialect, text, seats._seat_id, "seat_search", seats.LICENCE_SEARCHED)
    assert where is not None
    return where


def _expected_ids(conn: sa.Connection, text: str, query: TableQuery) -> list[int]:
    order = queries.order(seats.LICENCE_COLUMNS, query, seats._seat_id,
                          seats.shape.DEFAULT_SORT, seats.LICENCE_TIES)
    stmt = sa.select(seats._seat_id).select_from(seats._licence_from()) \
        .where(_reference(conn.dialect.name, text)).order_by(*order) \
        .limit(query.limit).offset(query.offset)
    return list(conn.execute(stmt).scalars())


def _matching(conn: sa.Connection, text: str) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(seats._licence_from())
                            .where(_reference(conn.dialect.name, text))).scalar_one())


@pytest.fixture
def filled(store: Store) -> Store:
    roster_gen.fill(store, 700, 5)
    return store


# SQLite's walk of the sort order (seats._sqlite_walk): as made (beyond 10,000 hits, so
# not at 700 seats), beyond 5 hits (every common term walks), and beyond 5 hits with
# a walk too short to fill the window (the hits' list is read after the walk).
WALKS = [(seats.WALK_ABOVE_HITS, seats.WALK_AT_MOST), (5, 100), (5, 1)]


@pytest.fixture(params=WALKS, ids=["as-made", "walking", "walk-too-short"])
def walk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    above, at_most = request.param
    monkeypatch.setattr(seats, "WALK_ABOVE_HITS", above)
    monkeypatch.setattr(seats, "WALK_AT_MOST", at_most)


def test_counts_are_the_one_where_clauses_exact_and_capped(filled: Store) -> None:
    found_many = False
    for text in TERMS:
        exact = filled.read(lambda conn, text=text: _matching(conn, text))
        found_many = found_many or exact > 30
        assert filled.read(lambda conn, text=text: seats.count_licences(conn, text)) == exact
        for cap in (0, 1, 7, 30, 10_000):
            capped = filled.read(lambda conn, text=text, cap=cap:
                                 seats.count_licences(conn, text, cap))
            assert capped == min(exact, cap + 1), (text, cap)
    assert found_many  # the caps were reached, not only the exact counts compared


@pytest.mark.parametrize("key", sorted(seats.LICENCE_COLUMNS))
def test_pages_are_the_one_where_clauses_in_every_order(filled: Store, key: str,
                                                        walk: None) -> None:
    for text in TERMS:
        for descending in (False, True):
            for offset, limit in ((0, 200), (0, 7), (7, 7), (30, 25)):
                query = TableQuery(text, key, descending, offset, limit)
                got = [row["seat_id"] for row in filled.read(
                    lambda conn, query=query: seats.licence_page(conn, query))]
                want = filled.read(lambda conn, text=text, query=query:
                                   _expected_ids(conn, text, query))
                assert got == want, (text, key, descending, offset)


def test_a_keyset_page_of_a_filter_is_the_page_by_offset(filled: Store, walk: None) -> None:
    for text in ("ola", "ex.com", "office pro", "ex.com team"):
        for key in ("subscription", "renewal_date", "holder", "email", "devices"):
            first = TableQuery(text, key, False, 0, 10)
            rows = filled.read(lambda conn, first=first: seats.licence_page(conn, first))
            if len(rows) < 10:
                continue
            later = TableQuery(text, key, False, 20, 10, after=rows[-1]["seat_id"], skip=10)
            got = [r["seat_id"] for r in filled.read(
                lambda conn, later=later: seats.licence_page(conn, later))]
            want = filled.read(lambda conn, text=text, key=key: _expected_ids(
                conn, text, TableQuery(text, key, False, 20, 10)))
            assert got == want, (text, key)


def _largest_node(conn: sa.Connection, stmt: sa.Select[Any]) -> int:
    """The most rows any node of ``stmt``'s plan produced (EXPLAIN ANALYZE)."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    plan = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, FORMAT JSON) {compiled}").scalar_one()
    plan = json.loads(plan) if isinstance(plan, str) else plan

    def largest(node: dict[str, Any]) -> int:
        return max([int(node.get("Actual Rows", 0)) * int(node.get("Actual Loops", 1)),
                    *[largest(child) for child in node.get("Plans", [])]])
    return largest(plan[0]["Plan"])


def test_a_capped_count_of_a_common_term_stops_at_the_cap(filled: Store,
                                                          store_kind: str) -> None:
    """Every holder's e-mail has "ex.com": the old count built the set of all those
    seats (a HashAggregate of every match) before its LIMIT. Each branch now stops at
    the cap plus one, so no step of the plan sees many more rows than that."""
    if store_kind != "postgresql":
        pytest.skip("PostgreSQL's branches")
    filled.write(lambda conn: conn.exec_driver_sql("ANALYZE"))
    matching = filled.read(lambda conn: _matching(conn, "ex.com"))
    assert matching > 300
    cap = 10
    largest = filled.read(lambda conn: _largest_node(
        conn, seats.licence_count_statement("postgresql", "ex.com", cap)))
    assert largest <= 3 * (cap + 1), largest


@pytest.mark.sqlite_only
def test_the_walk_folds_what_the_trigram_tokenizer_folds(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk tests each seat's text with LIKE, which folds ASCII only; the tokenizer
    also folds a few other characters to ASCII letters (the Kelvin sign, the long s).
    Holders named with those, and with letters it does not fold to ASCII, are found by
    the walk exactly as by the MATCH."""
    roster_gen.fill(store, 60, 2)
    names = ["\u212aari Nordmann", "Ro\u017fa Lund", "\u0130lker Kaya", "Jos\u00e9 Lopez",
             "KARI STRA\u00dfE", "Mu\u0308ller Kari"]
    store.write(lambda conn: [conn.exec_driver_sql(
        "UPDATE people SET name = ? WHERE id = (SELECT person_id FROM seats WHERE person_id "
        "IS NOT NULL GROUP BY person_id ORDER BY person_id LIMIT 1 OFFSET ?)", (name, 3 * n))
        for n, name in enumerate(names)])
    monkeypatch.setattr(seats, "WALK_ABOVE_HITS", 0)
    fts = sa.table("seat_search", sa.column("rowid"), sa.column("text"))
    for text in ("kari", "KARI", "rosa", "ilker", "lker", "jose", "strasse", "muller",
                 "kari nord", "\u212aari", "ka"):
        tests = search_row_test(text, fts.c.text)
        hits = search_hits(text, "seat_search")
        assert hits is not None
        if tests is None:  # a long term beyond ASCII: only the MATCH folds it
            assert not text.isascii()
            continue
        tested = store.read(lambda conn, tests=tests: set(conn.execute(
            sa.select(fts.c.rowid).where(*tests)).scalars()))
        matched = store.read(lambda conn, hits=hits: set(conn.execute(hits).scalars()))
        assert tested == matched, text
    assert store.read(lambda conn: seats.count_licences(conn, "rosa")) > 0
    for text in ("kari", "KARI", "rosa", "ilker", "lker", "jose", "lopez", "strasse",
                 "muller", "kari nord"):
        for limit in (1, 50):  # one row: the walk fills it, not the hits' list after it
            query = TableQuery(text, "subscription", False, 0, limit)
            got = [r["seat_id"] for r in store.read(
                lambda conn, q=query: seats.licence_page(conn, q))]
            want = store.read(lambda conn, text=text, q=query: _expected_ids(conn, text, q))
            assert got == want, (text, limit)


@pytest.mark.sqlite_only
def test_only_the_listed_characters_fold_to_ascii(store: Store) -> None:
    """Every character of the Basic Multilingual Plane and the next two planes, past
    ASCII, between two ASCII letters: those the trigram MATCH of an ASCII letter finds
    are exactly search.FOLDED_TO_ASCII (the SQLite in use may differ from the one the
    list was made with: this says so)."""
    import sqlite3
    import string

    from seatkeeper.store.search import FOLDED_TO_ASCII

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='trigram')")
    conn.executemany("INSERT INTO t(rowid, text) VALUES (?, ?)",
                     ((cp, f"qq{chr(cp)}zz") for cp in range(128, 0x30000)
                      if not 0xD800 <= cp <= 0xDFFF))
    folded = {}
    for letter in string.ascii_lowercase:
        for (cp,) in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (f'"qq{letter}zz"',)):
            folded[chr(cp)] = letter
    assert folded == FOLDED_TO_ASCII


def _vm_steps(conn: sa.Connection, stmt: sa.Select[Any]) -> int:
    """SQLite's virtual machine steps (in hundreds) to read ``stmt`` whole."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0
    raw.set_progress_handler(count, 100)
    try:
        conn.execute(stmt).fetchall()
    finally:
        raw.set_progress_handler(None, 0)
    return steps[0]


@pytest.mark.sqlite_only
def test_a_common_filters_page_walks_the_order_instead_of_every_hit(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """"ex.com" is in every holder's e-mail: the page read and sorted every hit (the
    MATCH read whole, 180 ms for "example.org" at a million seats). Beyond the hits'
    threshold it walks the subscriptions' order and stops with the window full."""
    query = TableQuery("ex.com", limit=5)
    listed = seats.licence_page_statement("sqlite", query)  # 700 seats: below 10,000 hits
    monkeypatch.setattr(seats, "WALK_ABOVE_HITS", 50)
    walking = seats.licence_page_statement("sqlite", query)
    assert filled.read(lambda conn: seats.count_licences(conn, "ex.com")) > 300
    steps = filled.read(lambda conn: (_vm_steps(conn, listed), _vm_steps(conn, walking)))
    assert steps[1] * 2 < steps[0], steps
    assert filled.read(lambda conn: (list(conn.execute(listed)) == list(conn.execute(walking))))
