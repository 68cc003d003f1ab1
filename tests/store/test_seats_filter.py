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
from seatkeeper.store.search import text_filter
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
def test_pages_are_the_one_where_clauses_in_every_order(filled: Store, key: str) -> None:
    for text in TERMS:
        for descending in (False, True):
            for offset, limit in ((0, 200), (0, 7), (7, 7), (30, 25)):
                query = TableQuery(text, key, descending, offset, limit)
                got = [row["seat_id"] for row in filled.read(
                    lambda conn, query=query: seats.licence_page(conn, query))]
                want = filled.read(lambda conn, text=text, query=query:
                                   _expected_ids(conn, text, query))
                assert got == want, (text, key, descending, offset)


def test_a_keyset_page_of_a_filter_is_the_page_by_offset(filled: Store) -> None:
    for text in ("ola", "ex.com", "office pro", "ex.com team"):
        for key in ("subscription", "holder", "email", "devices"):
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
