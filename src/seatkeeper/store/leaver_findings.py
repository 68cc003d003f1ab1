"""The review's findings about people the directory knows: leavers and holders it lacks.

One query a kind (issue 20), each returning finding rows shaped like
``store.review_findings``' (``kind``, ``seat_id``, ``licence_id``, ``sub_id``,
``sub_name``, the holder's ``email`` and the values its detail names), so they
can join that module's counted list as they are:

- ``seat_held_by_leaver``: a seat held by someone the directory says left;
- ``holder_not_in_directory``: a seat held by someone the last directory file did
  not hold (only once a directory was imported);
- ``leaver_device_connected``: one row per device still connected to a leaver's seat.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.store import tables as t
from seatkeeper.store.people import directory_imported

s, st, p, dc, d = t.subscriptions, t.seats, t.people, t.device_connections, t.devices
LEFT = "left"


def _seat_rows(kind: str) -> sa.Select[Any]:
    return (sa.select(sa.literal(kind).label("kind"), st.c.id.label("seat_id"), st.c.licence_id,
                      s.c.id.label("sub_id"), s.c.name.label("sub_name"), p.c.email,
                      p.c.name, p.c.left_on.label("left_on"))
            .select_from(st.join(s, s.c.id == st.c.subscription_id)
                         .join(p, p.c.id == st.c.person_id)))


def seat_held_by_leaver() -> sa.Select[Any]:
    """Seats whose holder has left."""
    return _seat_rows("seat_held_by_leaver").where(p.c.status == LEFT)


def holder_not_in_directory() -> sa.Select[Any]:
    """Seats whose holder the last directory file did not hold; none before a first import."""
    return _seat_rows("holder_not_in_directory").where(
        directory_imported(), sa.func.coalesce(p.c.in_directory, sa.false()).is_(False))


def leaver_device_connected() -> sa.Select[Any]:
    """Each device still connected to a seat of someone who left."""
    return (_seat_rows("leaver_device_connected").add_columns(d.c.name.label("device"))
            .join(dc, dc.c.seat_id == st.c.id).join(d, d.c.id == dc.c.device_id)
            .where(p.c.status == LEFT))


QUERIES = {"seat_held_by_leaver": seat_held_by_leaver,
           "holder_not_in_directory": holder_not_in_directory,
           "leaver_device_connected": leaver_device_connected}


def counted(conn: Connection, limit: int | None) -> dict[str, tuple[int, list[RowMapping]]]:
    """kind -> (true total, up to ``limit`` rows by subscription name), like
    ``review_findings.counted_findings``."""
    found: dict[str, tuple[int, list[RowMapping]]] = {}
    for kind, query in QUERIES.items():
        stmt = query()
        total = int(conn.execute(sa.select(sa.func.count())
                                 .select_from(stmt.subquery())).scalar_one())
        page = stmt.order_by(sa.text("sub_name"), sa.text("sub_id"), sa.text("seat_id"))
        if kind == "leaver_device_connected":
            page = page.order_by(d.c.name)
        rows = conn.execute(page.limit(limit) if limit is not None else page).mappings()
        found[kind] = (total, list(rows))
    return found
