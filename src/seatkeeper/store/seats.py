"""Seats: the Licences table, a seat's state and history, holders, credentials' facts.

The Licences row is declared once in ``store.licence_row``; its statements
here are built from that declaration (as the window's first look is). Every
function takes the caller's connection, so a service decides what one
transaction holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import product
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.enums import SeatStatus
from seatkeeper.domain.errors import NotFound
from seatkeeper.store import licence_row as shape
from seatkeeper.store import queries
from seatkeeper.store import tables as t
from seatkeeper.store.paging import FILTER_COUNT_CAP, TableQuery
from seatkeeper.store.records import SEAT_GONE, insert, update_versioned
from seatkeeper.store.search import (
    like_pattern,
    search_hits,
    search_row_test,
    terms_of,
    text_filter,
)


def _column(ref: shape.Ref) -> sa.Column[Any]:
    return t.metadata.tables[ref.table].c[ref.name]


# --- the Licences table -------------------------------------------------------

LICENCE_COLUMNS: dict[str, ColumnElement[Any]] = {
    shape.DEFAULT_SORT: _column(shape.DEFAULT_KEY),
    "seat": t.seats.c.licence_id,
    "holder": t.seats.c.holder_name,  # = people.name, indexed (migration i7_holder_sort)
    "email": t.people.c.email,
    "renews": t.seats.c.renew,
    "renewal_date": t.subscriptions.c.renewal_date,
    "devices": t.seats.c.devices_connected,  # kept by triggers (migration i7_scale)
    "status": t.seats.c.status,
}

# Sort keys whose order an index gives: the subscription's id breaks ties before the
# seat's, so SQLite walks the index and each subscription's seats instead of sorting.
LICENCE_TIES: dict[str, list[ColumnElement[Any]]] = {
    shape.DEFAULT_SORT: [_column(ref) for ref in shape.DEFAULT_TIES],
    "renewal_date": [t.subscriptions.c.id],
}

# What seat_search holds, searched directly on databases without it.
LICENCE_SEARCHED: list[ColumnElement[str]] = [
    t.subscriptions.c.name, t.seats.c.licence_id, t.people.c.name, t.people.c.email]

_seat_id = _column(shape.ID)


def _licence_from() -> sa.FromClause:
    source: sa.FromClause = t.metadata.tables[shape.ROOT]
    for join in shape.JOINS:
        table = t.metadata.tables[join.table]
        source = source.join(table, _column(join.left) == _column(join.right),
                             isouter=join.outer)
    return source


def _licence_where(dialect: str, text: str) -> ColumnElement[bool] | None:
    """The filter as one WHERE clause on the Licences row (the pages and counts ask it in
    the parts ``_pg_branches`` and ``_sqlite_page_ids`` say)."""
    if dialect == "postgresql":
        branches = _pg_branches(text)
        return None if branches is None else sa.or_(*[b.where() for b in branches])
    return text_filter(dialect, text, _seat_id, "seat_search", LICENCE_SEARCHED)


# PostgreSQL: where a term may lie, by table (a term has no space, so it lies within one
# column of the columns that ILIKE over them joined with spaces read).
LICENCE_FIELDS: dict[str, list[ColumnElement[str]]] = {
    "subscription": [t.subscriptions.c.name],
    "seat": [t.seats.c.licence_id],
    "holder": [t.people.c.name, t.people.c.email],
}
EXPANDED_TERMS = 2  # terms spread over the fields; more would be 27, 81... branches


@dataclass(frozen=True)
class _Branch:
    """One way for a seat to match: per field, the terms' tests that field must pass, and
    the tests of further terms, each asked of the whole row (``anywhere``)."""

    within: dict[str, list[ColumnElement[bool]]]
    anywhere: list[ColumnElement[bool]]

    def where(self) -> ColumnElement[bool]:
        return sa.and_(*[test for tests in self.within.values() for test in tests],
                       *self.anywhere)


def _pg_branches(text: str) -> list[_Branch] | None:
    """PostgreSQL: the filter as an OR of branches, each one table's columns per term.

    A seat matches when each term lies in its subscription's name, its licence id or
    its holder's name or e-mail. The longest two terms are spread over those three:
    one branch per choice (3 for one term, 9 for two), each asking every table only
    about its own columns, so that the planner may use that table's trigram index
    (migration i21_trigram) for a rare term, or walk the sort order and stop at the
    LIMIT for a common one ("example.org" is in 140,000 seats' e-mail). Further terms
    are asked of the whole row within each branch. The union of the branches is the
    filter: "Design Berlin" is the 3 subscriptions named with both, in one branch.
    """
    terms = terms_of(text)
    if not terms:
        return None
    longest = sorted(range(len(terms)), key=lambda i: -len(terms[i]))[:EXPANDED_TERMS]
    spread = [terms[i] for i in sorted(longest)]
    rest = [term for i, term in enumerate(terms) if i not in longest]

    def within(term: str, field: str) -> ColumnElement[bool]:
        return sa.or_(*[c.ilike(like_pattern(term), escape="\\")
                        for c in LICENCE_FIELDS[field]])

    anywhere = [sa.or_(*[within(term, field) for field in LICENCE_FIELDS]) for term in rest]
    branches = []
    for fields in product(LICENCE_FIELDS, repeat=len(spread)):
        tests: dict[str, list[ColumnElement[bool]]] = {}
        for term, field in zip(spread, fields, strict=True):
            tests.setdefault(field, []).append(within(term, field))
        branches.append(_Branch(tests, anywhere))
    return branches


def licence_select() -> sa.Select[Any]:
    """The Licences row, unfiltered and unordered (pages and detail share it)."""
    columns = [(c, _column(c.ref)) for c in shape.COLUMNS]
    return sa.select(*(column.label(c.label) if c.aliased or column.name != c.label
                       else column for c, column in columns)).select_from(_licence_from())


def count_licences(conn: Connection, filter_text: str, at_most: int | None = None) -> int:
    stmt = licence_count_statement(conn.dialect.name, filter_text, at_most)
    return int(conn.execute(stmt).scalar_one())


def licence_count_statement(dialect: str, filter_text: str, at_most: int | None = None
                            ) -> sa.Select[int]:
    branches = _pg_branches(filter_text) if dialect == "postgresql" else None
    if branches is not None:
        return _pg_count(branches, at_most)
    # Every seat has its subscription (NOT NULL foreign key) and the holder join is
    # outer: the count is the seats', without joining a million rows.
    return queries.count(dialect, t.seats, _licence_from(), "seat_search", filter_text,
                         _licence_where(dialect, filter_text), at_most)


def _pg_count(branches: list[_Branch], at_most: int | None) -> sa.Select[int]:
    """PostgreSQL: the seats in any branch; with ``at_most``, no more than ``at_most + 1``.

    Capped, each branch stops at ``at_most + 1`` seats too: if one branch has that many
    the union has, and if none has, each branch is whole and so is the union. A branch
    of a common term then stops early instead of building the bitmap of every match
    (1,000 ms for "example.org"), and one of a rare term reads its trigram index.
    """
    parts = []
    for branch in branches:
        part = _pg_count_part(branch)
        if at_most is not None:
            part = part.limit(at_most + 1)
        parts.append(sa.select(part.subquery().c.id))
    matching: sa.Select[Any] = sa.select(sa.union(*parts).subquery().c.id)
    if at_most is not None:
        matching = matching.limit(at_most + 1)
    return sa.select(sa.func.count()).select_from(matching.subquery())


def _pg_count_part(branch: _Branch) -> sa.Select[Any]:
    """The seats of one branch, each table asked the way that stops soonest under a LIMIT.

    The subscriptions matching (a few of 1,400, read whole) as an array the seats' index
    on subscription_id is searched with: joined, the planner hashed them and read the
    seats table in order until the LIMIT (120 ms for "acrobat"; 35 ms so). The holders
    joined on ``people.id + 0``: on the plain ids the planner chose a merge join that
    walked the seats' person_id index from its start, 60,000 seats with their rows for
    "example.org"'s first 10,001 (850 ms; 115 ms from people to their seats).
    """
    if branch.anywhere:  # a term asked of the whole row: the whole row is joined
        return sa.select(_seat_id).select_from(_licence_from()).where(branch.where())
    source: sa.FromClause = t.seats
    holder = branch.within.get("holder", [])
    if holder:
        source = source.join(t.people, t.seats.c.person_id == t.people.c.id + 0)
    part = sa.select(_seat_id).select_from(source).where(
        *branch.within.get("seat", []), *holder)
    subscription = branch.within.get("subscription", [])
    if subscription:
        ids = sa.select(t.subscriptions.c.id).where(*subscription).scalar_subquery()
        part = part.where(t.seats.c.subscription_id == sa.any_(sa.func.array(ids)))
    return part


# Sort keys that may be NULL (an unassigned seat has no holder; the holder join is outer).
LICENCE_NULLABLE = [t.seats.c.holder_name, t.people.c.email]


def licence_page(conn: Connection, query: TableQuery) -> list[RowMapping]:
    after = None
    if query.after is not None:
        keys = queries.sort_keys(LICENCE_COLUMNS, query, _seat_id, shape.DEFAULT_SORT,
                                 LICENCE_TIES)
        after = queries.keyset_values(conn, _licence_from(), keys, _seat_id, query.after)
    return list(conn.execute(licence_page_statement(conn.dialect.name, query, after))
                .mappings())


def licence_page_statement(dialect: str, query: TableQuery,
                           after: Sequence[Any] | None = None) -> sa.Select[Any]:
    """One page of seats: its ids are chosen first, then only those rows are joined.

    Ordering a broad filter's hits (60,000 seats for "jetbrains" in a million) joined
    every hit to its holder before sorting; choosing the page's ids needs only the
    sort key (SQLite leaves out the unused holder join) and the rest is read for
    the page alone: 140 ms became 50 ms.

    A filtered page is the first rows, in the page's order, of the union of a few sets
    of seats (PostgreSQL: ``_pg_branches``; SQLite: ``_sqlite_walk``): each set's
    own first ``skip + limit`` rows hold them, so each is asked only for those.
    """
    order = queries.order(LICENCE_COLUMNS, query, _seat_id, shape.DEFAULT_SORT, LICENCE_TIES)
    ids = sa.select(_seat_id).select_from(_licence_from())
    sought: list[ColumnElement[bool]] = []
    if after is not None:  # keyset: seek to the row read before, skip the rows between
        keys = queries.sort_keys(LICENCE_COLUMNS, query, _seat_id, shape.DEFAULT_SORT,
                                 LICENCE_TIES)
        sought = [queries.seek(dialect, keys, after, query.descending, LICENCE_NULLABLE)]
        ids = ids.where(*sought)
    skip = query.skip if after is not None else query.offset
    window = skip + query.limit
    sets: list[sa.Select[Any]] | None = None
    if dialect == "postgresql":
        branches = _pg_branches(query.filter_text)
        if branches is not None:
            sets = [sa.select(ids.where(branch.where()).order_by(*order).limit(window)
                              .subquery().c.id) for branch in branches]
    elif dialect == "sqlite":
        sets = _sqlite_walk(ids, sought, query, order, window)
    if sets is None:
        where = _licence_where(dialect, query.filter_text)
        chosen = ids.where(where) if where is not None else ids
    else:
        union = sa.union_all(*sets)
        chosen = sa.select(_seat_id).select_from(_licence_from()).where(_seat_id.in_(union))
    chosen = chosen.order_by(*order).limit(query.limit).offset(skip)
    return licence_select().where(_seat_id.in_(chosen)).order_by(*order)


# SQLite: a filter with more hits than this is read in the page's order, each row tested,
# where the sort key's index can be walked; the hits' list is read up to this many.
WALK_ABOVE_HITS = FILTER_COUNT_CAP
# Orders an index gives: a subscription's (its name, its renewal date), a seat's devices.
WALKED_SORTS = frozenset({shape.DEFAULT_SORT, "renewal_date", "devices"})
SEAT_KEYED_SORTS = frozenset({"devices"})  # the seats' own index is walked
WALKED_ROWS = 1_000  # a window deeper than this (an offset far down) reads the hits' list
WALK_AT_MOST = 100  # rows walked per row of the window, before the hits' list is read


def _only_if(test: ColumnElement[bool], rows: int) -> Any:
    """A LIMIT of ``rows`` (-1: none) when ``test`` holds, else 0: an empty set, unread."""
    return sa.case((test, rows), else_=0)


def _sqlite_walk(ids: sa.Select[Any], sought: list[ColumnElement[bool]], query: TableQuery,
                 order: list[ColumnElement[Any]], window: int) -> list[sa.Select[Any]] | None:
    """SQLite: a common filter's page found by walking the sort order, or None.

    The FTS5 MATCH gives its hits in rowid order: a page of "example.org" (140,000
    hits at a million seats) read them all and sorted them, 180 ms, most of it the
    MATCH itself. Its page's first rows are found sooner in the page's order, by the
    subscriptions' index on the sort key and each subscription's seats, testing each
    seat's search text (``search_row_test``, the MATCH's answer) until the window is
    full: 200 rows of "example.org" are in its first 1,500 seats (11 ms).

    A rare filter would walk the whole table so, and one of a few subscriptions'
    names walks every subscription before theirs ("jetbrains"). So the walk is made
    only for no term in a subscription's name, when the hits, read up to
    ``WALK_ABOVE_HITS`` + 1 (a materialized CTE), are more than that, and for at most
    ``WALK_AT_MOST`` rows per row of the window; short of a full window the hits' list
    is read after all. Of the three sets all but one are empty by a LIMIT of 0,
    which SQLite computes once before reading (a test in the WHERE clause it made
    row by row, having read the rows). "example.org" at a million seats: 180 -> 28
    ms (by devices, the order the benchmark's window was left in: 171 -> 31 ms); the
    rare filters as before, 1-3 ms more (the first hits are all of them, read once).
    """
    fts = sa.table("seat_search", sa.column("rowid"), sa.column("text"))
    # The seat's own search text, by rowid: a subquery, not a join, so that the planner
    # walks the sort key's index (a join let it read the search table whole first).
    text = sa.select(fts.c.text).where(fts.c.rowid == _seat_id).scalar_subquery()
    tests = search_row_test(query.filter_text, text)
    hits = search_hits(query.filter_text, "seat_search")
    if tests is None or hits is None or window > WALKED_ROWS \
            or (query.sort_key or shape.DEFAULT_SORT) not in WALKED_SORTS:
        return None
    subs = t.subscriptions
    in_a_name = sa.exists().where(sa.or_(*[subs.c.name.like(like_pattern(term), escape="\\")
                                          for term in terms_of(query.filter_text)]))
    walkable = sa.not_(in_a_name)
    first_hits = sa.select(hits.subquery().c.rowid.label("id")) \
        .limit(_only_if(walkable, WALK_ABOVE_HITS + 1)).cte("hits").prefix_with("MATERIALIZED")
    walking = sa.and_(walkable, sa.select(sa.func.count()).select_from(first_hits)
                      .scalar_subquery() > WALK_ABOVE_HITS)
    # The subscriptions first, by their index: on "seats.subscription_id =
    # subscriptions.id + 0" the planner cannot look a seat's subscription up by its
    # key, so it walks the subscriptions in order and each one's seats by theirs.
    walk_from = _licence_from() if query.sort_key in SEAT_KEYED_SORTS else \
        subs.join(t.seats, t.seats.c.subscription_id == subs.c.id + 0) \
        .outerjoin(t.people, t.people.c.id == t.seats.c.person_id)
    tested = sa.select(_seat_id.label("id"), sa.and_(*tests).label("hit")) \
        .select_from(walk_from).where(*sought).order_by(*order) \
        .limit(_only_if(walking, window * WALK_AT_MOST)).subquery()
    walked = sa.select(tested.c.id).where(tested.c.hit).limit(window) \
        .cte("walked").prefix_with("MATERIALIZED")
    full = sa.select(sa.func.count()).select_from(walked).scalar_subquery() >= window
    # SQLite tests such a WHERE clause row by row, having read the rows (the MATCH read
    # whole again: 250 ms for "example.org"); a LIMIT it computes once, before reading.
    few = sa.and_(walkable, sa.not_(walking))  # the first hits are all the hits
    short = sa.or_(in_a_name, sa.and_(walking, sa.not_(full)))
    listed = [ids.where(_seat_id.in_(sa.select(first_hits.c.id)
                                     .limit(_only_if(few, WALK_ABOVE_HITS + 1)))),
              ids.where(_seat_id.in_(hits.limit(_only_if(short, -1))))]
    return [sa.select(walked.c.id).where(full),
            *[sa.select(part.order_by(*order).limit(window).subquery().c.id)
              for part in listed]]


def licence_row(conn: Connection, seat_id: int) -> RowMapping:
    """The Licences row of one seat."""
    row = conn.execute(licence_select().where(_seat_id == seat_id)).mappings().one_or_none()
    if row is None:
        raise NotFound(SEAT_GONE())
    return row


# --- one seat -----------------------------------------------------------------

def seat_state(conn: Connection, seat_id: int) -> RowMapping:
    """The seat with its holder's name and e-mail, its device limit and devices connected."""
    connected = sa.select(sa.func.count()).where(
        t.device_connections.c.seat_id == t.seats.c.id).scalar_subquery()
    row = conn.execute(
        sa.select(t.seats, t.people.c.name, t.people.c.email,
                  t.subscriptions.c.devices_per_seat, t.subscriptions.c.devices_known,
                  connected.label("connected"))
        .join(t.subscriptions, t.subscriptions.c.id == t.seats.c.subscription_id)
        .outerjoin(t.people, t.people.c.id == t.seats.c.person_id)
        .where(t.seats.c.id == seat_id)).mappings().one_or_none()
    if row is None:
        raise NotFound(SEAT_GONE())
    return row


def update_seat(conn: Connection, seat_id: int, version: int, **values: Any) -> None:
    """Change one seat, bumping its version (a lost race is a ConflictError)."""
    update_versioned(conn, t.seats, seat_id, version, **values)


def history(conn: Connection, seat_id: int) -> list[RowMapping]:
    """Who held the seat (name, email, assigned_at, unassigned_at), newest first (VL-13)."""
    a = t.seat_assignments
    return list(conn.execute(
        sa.select(t.people.c.name, t.people.c.email, a.c.assigned_at, a.c.unassigned_at)
        .join(t.people, t.people.c.id == a.c.person_id)
        .where(a.c.seat_id == seat_id)
        .order_by(a.c.assigned_at.desc(), a.c.id.desc())).mappings())


def credential_platforms(conn: Connection, seat_id: int) -> tuple[str, ...]:
    return tuple(conn.execute(
        sa.select(t.seat_credentials.c.platform).where(t.seat_credentials.c.seat_id == seat_id)
        .order_by(t.seat_credentials.c.platform)).scalars())


def exists(conn: Connection, seat_id: int) -> bool:
    return conn.execute(sa.select(t.seats.c.id).where(t.seats.c.id == seat_id)).first() \
        is not None


# --- holders (VL-11, VL-13) ---------------------------------------------------

def person_by_email(conn: Connection, email: str) -> RowMapping | None:
    """The person with this e-mail, in any case."""
    p = t.people
    return conn.execute(sa.select(p).where(sa.func.lower(p.c.email) == email.lower())
                        ).mappings().first()


def seats_held_by(conn: Connection, subscription_id: int, email: str) -> list[str]:
    """Licence ids of the subscription's seats that this e-mail (any case) holds now."""
    return list(conn.execute(
        sa.select(t.seats.c.licence_id).join(t.people, t.people.c.id == t.seats.c.person_id)
        .where(t.seats.c.subscription_id == subscription_id,
               sa.func.lower(t.people.c.email) == email.lower())
        .order_by(t.seats.c.licence_id)).scalars())


def add_person(conn: Connection, name: str, email: str, now: datetime) -> int:
    return insert(conn, t.people, name=name, email=email, created_at=now, version=1)


def rename_person(conn: Connection, person_id: int, version: int, name: str) -> None:
    update_versioned(conn, t.people, person_id, version, name=name)


def close_assignment(conn: Connection, seat_id: int, now: datetime) -> None:
    """End the seat's current holding, if any; its row stays in the history."""
    a = t.seat_assignments
    conn.execute(a.update().where(a.c.seat_id == seat_id, a.c.unassigned_at.is_(None))
                 .values(unassigned_at=now))


def open_assignment(conn: Connection, seat_id: int, person_id: int, now: datetime) -> None:
    insert(conn, t.seat_assignments, seat_id=seat_id, person_id=person_id, assigned_at=now)


# --- a subscription's seats (VL-15, VL-16) --------------------------------------

def statuses(conn: Connection, subscription_id: int) -> list[SeatStatus]:
    return [SeatStatus(s) for s in conn.execute(sa.select(t.seats.c.status).where(
        t.seats.c.subscription_id == subscription_id)).scalars()]


def count_active(conn: Connection, subscription_id: int) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(t.seats).where(
        t.seats.c.subscription_id == subscription_id,
        t.seats.c.status == SeatStatus.ACTIVE.value)).scalar_one())


def cancel_active(conn: Connection, subscription_id: int) -> list[int]:
    """VL-15: the subscription's active seats cancelled and not renewing; their ids."""
    seats = t.seats
    return [int(i) for i in conn.execute(
        seats.update().where(seats.c.subscription_id == subscription_id,
                             seats.c.status == SeatStatus.ACTIVE.value)
        .values(status=SeatStatus.CANCELLED, renew=False, version=seats.c.version + 1)
        .returning(seats.c.id)).scalars()]


# --- sign-in credentials' facts (VL-12): the secret itself is in the vault -------

def record_credential(conn: Connection, seat_id: int, platform: str, vault_key: str,
                      now: datetime) -> bool:
    """Note that the seat has ``platform`` credentials in the vault; True if it had them."""
    table = t.seat_credentials
    mine = (table.c.seat_id == seat_id, table.c.platform == platform)
    existing = conn.execute(sa.select(table.c.seat_id).where(*mine)).first() is not None
    if existing:
        conn.execute(table.update().where(*mine).values(updated_at=now))
    else:
        conn.execute(table.insert().values(seat_id=seat_id, platform=platform,
                                           vault_key=vault_key, updated_at=now))
    return existing


def licence_in_use(conn: Connection, subscription_id: int, licence_id: str) -> bool:
    """Whether a seat of the subscription already has this licence id."""
    return conn.execute(sa.select(t.seats.c.id).where(
        t.seats.c.subscription_id == subscription_id,
        t.seats.c.licence_id == licence_id)).first() is not None
