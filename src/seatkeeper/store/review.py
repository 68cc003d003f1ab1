"""The offline review's records: decisions, what an apply changed (for undo), sign-offs.

Every function runs inside the caller's transaction; ``services.review``
decides what may be applied and writes the audit events.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row, RowMapping

from seatkeeper.store import tables as t

rd, st, s, p = t.review_decisions, t.seats, t.subscriptions, t.people


def seat_exists(conn: Connection, seat_id: int) -> bool:
    return conn.execute(sa.select(st.c.id).where(st.c.id == seat_id)).first() is not None


# -- decisions --------------------------------------------------------------------------
def decision_of(conn: Connection, seat_id: int) -> dict[str, Any] | None:
    """The seat's decision and note, or None."""
    row = conn.execute(sa.select(rd.c.decision, rd.c.note)
                       .where(rd.c.seat_id == seat_id)).mappings().first()
    return dict(row) if row else None


def put_decision(conn: Connection, seat_id: int, decision: str, note: str, *,
                 decided_at: datetime, actor: str) -> None:
    """The seat's one decision, replacing any earlier one."""
    conn.execute(rd.delete().where(rd.c.seat_id == seat_id))
    conn.execute(rd.insert().values(seat_id=seat_id, decision=decision, note=note,
                                    decided_at=decided_at, actor=actor))


def clear_decision(conn: Connection, seat_id: int) -> None:
    conn.execute(rd.delete().where(rd.c.seat_id == seat_id))


def decision_rows(conn: Connection) -> list[Row[Any]]:
    """Every decision with its seat's subscription name, licence id and holder."""
    stmt = (sa.select(rd, s.c.name, st.c.licence_id, p.c.name.label("holder"))
            .join(st, st.c.id == rd.c.seat_id).join(s, s.c.id == st.c.subscription_id)
            .outerjoin(p, p.c.id == st.c.person_id)
            .order_by(s.c.name, st.c.licence_id, st.c.id))
    return list(conn.execute(stmt))


def unapplied(conn: Connection) -> list[Row[Any]]:
    """Unapplied reclaim and do-not-renew decisions, with what the rules need to judge them."""
    return list(conn.execute(
        sa.select(rd.c.seat_id, rd.c.decision, st.c.licence_id, st.c.person_id, st.c.renew,
                  st.c.version, s.c.channel)
        .join(st, st.c.id == rd.c.seat_id).join(s, s.c.id == st.c.subscription_id)
        .where(rd.c.applied_at.is_(None), rd.c.decision.in_(["reclaim", "do_not_renew"]))
        .order_by(rd.c.seat_id)))


def mark_applied(conn: Connection, seat_ids: Sequence[int], at: datetime | None) -> None:
    """The decisions of ``seat_ids`` applied at ``at`` (None: not applied any more)."""
    conn.execute(rd.update().where(rd.c.seat_id.in_(list(seat_ids))).values(applied_at=at))


# -- applying and undoing -------------------------------------------------------------------
def reclaim_seat(conn: Connection, seat_id: int, version: int, at: datetime) -> list[int]:
    """Unassign the seat and close its open history (VL-13); the assignments closed."""
    sa_ = t.seat_assignments
    closed = list(conn.execute(sa.select(sa_.c.id).where(
        sa_.c.seat_id == seat_id, sa_.c.unassigned_at.is_(None))).scalars())
    conn.execute(sa_.update().where(sa_.c.id.in_(closed)).values(unassigned_at=at))
    conn.execute(st.update().where(st.c.id == seat_id).values(person_id=None,
                                                               version=version + 1))
    return [int(i) for i in closed]


def stop_renewing(conn: Connection, seat_id: int, version: int) -> None:
    """VL-14: the seat's renewal switched off."""
    conn.execute(st.update().where(st.c.id == seat_id).values(renew=False, version=version + 1))


def save_undo(conn: Connection, token: str, at: datetime,
              changed: list[dict[str, Any]]) -> None:
    """What one apply changed, kept under ``token`` until it is undone."""
    conn.execute(t.review_undo.insert().values(token=token, created_at=at,
                                               payload_json=json.dumps(changed)))


def undo_record(conn: Connection, token: str) -> list[dict[str, Any]] | None:
    """What the apply under ``token`` changed, or None when there is no such apply."""
    u = t.review_undo
    raw = conn.execute(sa.select(u.c.payload_json).where(u.c.token == token)).scalar()
    if raw is None:
        return None
    changed: list[dict[str, Any]] = json.loads(raw)
    return changed


def forget_undo(conn: Connection, token: str) -> None:
    conn.execute(t.review_undo.delete().where(t.review_undo.c.token == token))


def seat_versions(conn: Connection, seat_ids: Sequence[int]) -> dict[int, int]:
    """The current version of each seat still there."""
    return {int(i): int(v) for i, v in conn.execute(
        sa.select(st.c.id, st.c.version).where(st.c.id.in_(list(seat_ids))))}


def restore_seat(conn: Connection, seat_id: int, person_id: int | None, renew: bool,
                 version: int, reopened: Sequence[int]) -> None:
    """Put a seat back as it was before an apply, reopening the history it closed."""
    conn.execute(st.update().where(st.c.id == seat_id).values(
        person_id=person_id, renew=renew, version=version))
    if reopened:
        sa_ = t.seat_assignments
        conn.execute(sa_.update().where(sa_.c.id.in_(list(reopened))).values(unassigned_at=None))


# -- sign-offs ------------------------------------------------------------------------------
def add_sign_off(conn: Connection, reviewer: str, signed_on: date, *, at: datetime,
                 actor: str) -> None:
    conn.execute(t.review_signoffs.insert().values(reviewer=reviewer, signed_on=signed_on,
                                                   signed_at=at, actor=actor))


def sign_off_rows(conn: Connection) -> list[RowMapping]:
    """Every sign-off, newest first."""
    r = t.review_signoffs
    return list(conn.execute(sa.select(r).order_by(r.c.signed_at.desc(), r.c.id.desc()))
                .mappings())


def decision_count(conn: Connection) -> int:
    """Decisions recorded (applied or not)."""
    return int(conn.execute(sa.select(sa.func.count())
                            .select_from(t.review_decisions)).scalar_one())
