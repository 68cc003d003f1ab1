"""Questions sent to seat holders before a renewal (table ``holder_asks``), and answers.

One row a seat: asking again replaces the question (and clears an old answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import SeatStatus
from seatkeeper.store import tables as t

ha, st, s, p = t.holder_asks, t.seats, t.subscriptions, t.people


def held_seats(conn: Connection, subscription_ids: Sequence[int]) -> list[RowMapping]:
    """Active seats with a holder of ``subscription_ids``, with any question already sent.

    Keys: seat_id, licence_id, subscription_id, subscription, holder, email, asked_reply_by,
    answer.
    """
    if not subscription_ids:
        return []
    stmt = (sa.select(st.c.id.label("seat_id"), st.c.licence_id, s.c.id.label("subscription_id"),
                      s.c.name.label("subscription"), p.c.name.label("holder"), p.c.email,
                      ha.c.reply_by.label("asked_reply_by"), ha.c.answer)
            .select_from(st.join(s, s.c.id == st.c.subscription_id)
                         .join(p, p.c.id == st.c.person_id)
                         .outerjoin(ha, ha.c.seat_id == st.c.id))
            .where(st.c.subscription_id.in_(list(subscription_ids)),
                   st.c.status == SeatStatus.ACTIVE.value)
            .order_by(s.c.name, st.c.licence_id, st.c.id))
    return list(conn.execute(stmt).mappings())


def save_question(conn: Connection, seat_id: int, email: str, sent_at: datetime,
                  reply_by: date) -> None:
    conn.execute(ha.delete().where(ha.c.seat_id == seat_id))
    conn.execute(ha.insert().values(seat_id=seat_id, email=email, sent_at=sent_at,
                                    reply_by=reply_by))


def question_of(conn: Connection, seat_id: int) -> dict[str, Any] | None:
    row = conn.execute(sa.select(ha).where(ha.c.seat_id == seat_id)).mappings().first()
    return dict(row) if row else None


def save_answer(conn: Connection, seat_id: int, answer: str, at: datetime) -> None:
    conn.execute(ha.update().where(ha.c.seat_id == seat_id).values(answer=answer,
                                                                  answered_at=at))
