"""Seats: the Licences table, a seat's state and history, holders, credentials' facts.

The Licences row is declared once in ``store.licence_row``; its statements
here are built from that declaration (as the window's first look is). Every
function takes the caller's connection, so a service decides what one
transaction holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.enums import SeatStatus
from seatkeeper.domain.errors import NotFound
from seatkeeper.store import licence_row as shape
from seatkeeper.store import queries
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.records import SEAT_GONE, insert, update_versioned
from seatkeeper.store.search import like_pattern, terms_of, text_filter


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
    if dialect == "postgresql":
        return _pg_licence_where(text)
    return text_filter(dialect, text, _seat_id, "seat_search", LICENCE_SEARCHED)


def _pg_licence_where(text: str) -> ColumnElement[bool] | None:
    """PostgreSQL: each term is a substring of one searched column, found by its index.

    The same rows as ``ILIKE`` on the columns joined with spaces (a term has no space,
    so it lies within one column), but asked of each table on its own: the trigram
    GIN indexes (migration i21_trigram) find the matching subscriptions, seats and
    people, and their seats are joined by id. Without the indexes it still matches.
    """
    terms = terms_of(text)
    if not terms:
        return None
    st, sub, people = t.seats, t.subscriptions, t.people
    clauses = []
    for term in terms:
        pattern = like_pattern(term)

        def like(column: ColumnElement[str], pattern: str = pattern) -> ColumnElement[bool]:
            return column.ilike(pattern, escape="\\")
        seats_of = sa.union(
            sa.select(st.c.id).where(like(st.c.licence_id)),
            sa.select(st.c.id).where(st.c.subscription_id.in_(
                sa.select(sub.c.id).where(like(sub.c.name)))),
            sa.select(st.c.id).where(st.c.person_id.in_(
                sa.select(people.c.id).where(sa.or_(like(people.c.name),
                                                    like(people.c.email))))))
        clauses.append(_seat_id.in_(seats_of))
    return sa.and_(*clauses)


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
    # Every seat has its subscription (NOT NULL foreign key) and the holder join is
    # outer: the count is the seats', without joining a million rows.
    return queries.count(dialect, t.seats, _licence_from(), "seat_search", filter_text,
                         _licence_where(dialect, filter_text), at_most)


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
    """
    order = queries.order(LICENCE_COLUMNS, query, _seat_id, shape.DEFAULT_SORT, LICENCE_TIES)
    ids = sa.select(_seat_id).select_from(_licence_from()).order_by(*order).limit(query.limit)
    if after is not None:  # keyset: seek to the row read before, skip the rows between
        keys = queries.sort_keys(LICENCE_COLUMNS, query, _seat_id, shape.DEFAULT_SORT,
                                 LICENCE_TIES)
        ids = ids.where(queries.seek(dialect, keys, after, query.descending,
                                     LICENCE_NULLABLE)).offset(query.skip)
    else:
        ids = ids.offset(query.offset)
    where = _licence_where(dialect, query.filter_text)
    if where is not None:
        ids = ids.where(where)
    return licence_select().where(_seat_id.in_(ids)).order_by(*order)


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
