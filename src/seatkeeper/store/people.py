"""People: the People table's count and pages, one person's seats and devices, and what a
directory sync reads and writes (issue 20).

A person is keyed by the normalised e-mail (VL-11). The directory's facts sit on
the same row: department, active or left (with the day), the directory's id, and
whether the last directory file imported held them. Every function takes the
caller's connection, so a service decides what one transaction holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.errors import NotFound
from seatkeeper.domain.messages import message
from seatkeeper.store import queries
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.records import insert, update_versioned
from seatkeeper.store.search import like_pattern, terms_of

PERSON_GONE = message("person.gone", "That person is no longer in the roster.")
DIRECTORY_KEY = "directory.imported"  # settings: when and from what the last sync came

p, st, s, dc, d = t.people, t.seats, t.subscriptions, t.device_connections, t.devices

seat_count = (sa.select(sa.func.count()).select_from(st).where(st.c.person_id == p.c.id)
              .scalar_subquery())
device_count = (sa.select(sa.func.count()).select_from(dc.join(st, st.c.id == dc.c.seat_id))
                .where(st.c.person_id == p.c.id).scalar_subquery())

PEOPLE_COLUMNS: dict[str, ColumnElement[Any]] = {
    "name": p.c.name,
    "email": p.c.email,
    "department": sa.func.coalesce(p.c.department, ""),
    "status": p.c.status,
    "left_on": p.c.left_on,
    "seats": seat_count,
    "devices": device_count,
}
_TIES: dict[str, list[ColumnElement[Any]]] = {
    key: [p.c.name] for key in ("department", "status", "left_on", "seats", "devices")}


def _where(text: str) -> ColumnElement[bool] | None:
    """Every term in the name, e-mail, department, status or directory id (any case)."""
    terms = terms_of(text)
    if not terms:
        return None
    haystack = [p.c.name, p.c.email, p.c.department, p.c.status, p.c.directory_id]
    return sa.and_(*[sa.or_(*[sa.func.coalesce(c, "").ilike(like_pattern(term), escape="\\")
                              for c in haystack]) for term in terms])


def person_select() -> sa.Select[Any]:
    """The People row, unfiltered and unordered."""
    return sa.select(p.c.id.label("person_id"), p.c.name, p.c.email, p.c.department,
                     p.c.status, p.c.left_on, p.c.directory_id, p.c.in_directory,
                     seat_count.label("seats"), device_count.label("devices"), p.c.version)


def count_people(conn: Connection, filter_text: str) -> int:
    stmt = sa.select(sa.func.count()).select_from(p)
    where = _where(filter_text)
    return int(conn.execute(stmt if where is None else stmt.where(where)).scalar_one())


def people_page(conn: Connection, query: TableQuery) -> list[RowMapping]:
    stmt = (person_select()
            .order_by(*queries.order(PEOPLE_COLUMNS, query, p.c.id, "name", _TIES))
            .offset(query.offset).limit(query.limit))
    where = _where(query.filter_text)
    return list(conn.execute(stmt if where is None else stmt.where(where)).mappings())


def person_row(conn: Connection, person_id: int) -> RowMapping:
    row = conn.execute(person_select().where(p.c.id == person_id)).mappings().one_or_none()
    if row is None:
        raise NotFound(PERSON_GONE())
    return row


def person_by_email(conn: Connection, email: str) -> RowMapping | None:
    return conn.execute(person_select().where(sa.func.lower(p.c.email) == email.lower())
                        ).mappings().first()


def seats_of(conn: Connection, person_id: int) -> list[RowMapping]:
    """The seats the person holds now, with their subscription, by subscription name."""
    return list(conn.execute(
        sa.select(st.c.id.label("seat_id"), st.c.licence_id, st.c.status, st.c.renew,
                  st.c.devices_connected, s.c.id.label("subscription_id"),
                  s.c.name.label("subscription"))
        .join(s, s.c.id == st.c.subscription_id)
        .where(st.c.person_id == person_id)
        .order_by(s.c.name, st.c.licence_id, st.c.id)).mappings())


def devices_of(conn: Connection, person_id: int) -> list[RowMapping]:
    """The devices connected to the person's seats, by device name."""
    return list(conn.execute(
        sa.select(d.c.id.label("device_id"), d.c.name, d.c.platform,
                  st.c.id.label("seat_id"), st.c.licence_id, s.c.name.label("subscription"))
        .select_from(dc.join(d, d.c.id == dc.c.device_id)
                     .join(st, st.c.id == dc.c.seat_id)
                     .join(s, s.c.id == st.c.subscription_id))
        .where(st.c.person_id == person_id)
        .order_by(d.c.name, d.c.id)).mappings())


# --- a directory sync -------------------------------------------------------------

def people_by_emails(conn: Connection, emails: Sequence[str]) -> dict[str, RowMapping]:
    """lower(e-mail) -> the person's row, for the e-mails asked (read in chunks)."""
    found: dict[str, RowMapping] = {}
    wanted = sorted({e.lower() for e in emails})
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in conn.execute(sa.select(p).where(sa.func.lower(p.c.email).in_(chunk))
                                ).mappings():
            found[row["email"].lower()] = row
    return found


def holders_not_in(conn: Connection, emails: Iterable[str]) -> list[RowMapping]:
    """People holding a seat whose e-mail is not among ``emails``, by name."""
    known = {e.lower() for e in emails}
    rows = conn.execute(sa.select(p.c.id.label("person_id"), p.c.name, p.c.email,
                                  seat_count.label("seats"))
                        .where(seat_count > 0).order_by(p.c.name, p.c.id)).mappings()
    return [r for r in rows if r["email"].lower() not in known]


def add_person(conn: Connection, now: datetime, **values: Any) -> int:
    return insert(conn, p, created_at=now, version=1, **values)


def update_person(conn: Connection, person_id: int, version: int, **values: Any) -> None:
    update_versioned(conn, p, person_id, version, **values)


def mark_seen(conn: Connection, person_ids: Sequence[int]) -> None:
    """The last file held exactly these people: everyone else is not in the directory."""
    conn.execute(p.update().where(p.c.in_directory.is_not(False)).values(in_directory=False))
    for start in range(0, len(person_ids), 500):
        conn.execute(p.update().where(p.c.id.in_(person_ids[start:start + 500]))
                     .values(in_directory=True))


def record_import(conn: Connection, at: datetime, source: str, people: int) -> None:
    """Note the sync; "holder not in the directory" is a finding only after one."""
    value = json.dumps({"at": at.isoformat(), "source": source, "people": people})
    done = conn.execute(t.settings.update().where(t.settings.c.key == DIRECTORY_KEY)
                        .values(value=value))
    if done.rowcount == 0:
        conn.execute(t.settings.insert().values(key=DIRECTORY_KEY, value=value))


def directory_imported() -> ColumnElement[bool]:
    """SQL: a directory file was imported into this roster."""
    return sa.exists(sa.select(t.settings.c.key).where(t.settings.c.key == DIRECTORY_KEY))

