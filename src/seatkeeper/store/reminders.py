"""Each admin's answers to reminders, and the notifications already sent (issue 17).

An answer (``reminder_answers``) belongs to one admin and one deadline key and
holds the due date it answered; the service compares that date with the
deadline's current one, so a moved date reopens the reminder. A notice
(``reminder_notices``) is one notification for one lead time of one due date
on one channel: inserted once, so nothing is sent twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import tables as t


@dataclass(frozen=True)
class Answer:
    deadline_key: str
    due_at: datetime
    answer: str  # cancelled | renewed | snoozed | dismissed
    snoozed_until: datetime | None
    answered_at: datetime


NoticeKey = tuple[str, datetime, timedelta]
"""(deadline key, due date, lead time)."""


def answers(conn: Connection, actor: str, *, lock: bool = False) -> dict[str, Answer]:
    """The answers ``actor`` gave, by deadline key."""
    a = t.reminder_answers
    stmt = sa.select(a.c.deadline_key, a.c.due_at, a.c.answer, a.c.snoozed_until,
                     a.c.answered_at).where(a.c.actor == actor)
    rows = conn.execute(stmt.with_for_update() if lock else stmt)
    return {row.deadline_key: Answer(row.deadline_key, row.due_at, row.answer,
                                     row.snoozed_until, row.answered_at) for row in rows}


def save_answer(conn: Connection, actor: str, answer: Answer) -> None:
    a = t.reminder_answers
    conn.execute(sa.delete(a).where(a.c.actor == actor, a.c.deadline_key == answer.deadline_key))
    conn.execute(a.insert().values(actor=actor, deadline_key=answer.deadline_key,
                                   due_at=answer.due_at, answer=answer.answer,
                                   snoozed_until=answer.snoozed_until,
                                   answered_at=answer.answered_at))


def delete_answer(conn: Connection, actor: str, key: str) -> bool:
    a = t.reminder_answers
    done = conn.execute(sa.delete(a).where(a.c.actor == actor, a.c.deadline_key == key))
    return bool(done.rowcount)


def notices_sent(conn: Connection, recipient: str, channel: str,
                 keys: Iterable[str]) -> set[NoticeKey]:
    """The notices already sent to ``recipient`` on ``channel`` for these deadline keys."""
    n = t.reminder_notices
    wanted = sorted(set(keys))
    if not wanted:
        return set()
    rows = conn.execute(sa.select(n.c.deadline_key, n.c.due_at, n.c.lead_seconds).where(
        n.c.recipient == recipient, n.c.channel == channel, n.c.deadline_key.in_(wanted)))
    return {(row.deadline_key, row.due_at, timedelta(seconds=int(row.lead_seconds)))
            for row in rows}


def record_notices(conn: Connection, recipient: str, channel: str,
                   keys: Iterable[NoticeKey], at: datetime) -> int:
    """Record these notices as sent; those already recorded are left as they are."""
    keys = list(keys)
    already = notices_sent(conn, recipient, channel, [k for k, _due, _lead in keys])
    fresh = sorted(set(keys) - already)
    if fresh:
        conn.execute(t.reminder_notices.insert(), [
            {"recipient": recipient, "channel": channel, "deadline_key": key, "due_at": due,
             "lead_seconds": int(lead.total_seconds()), "sent_at": at}
            for key, due, lead in fresh])
    return len(fresh)
