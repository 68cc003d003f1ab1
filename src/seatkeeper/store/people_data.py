"""Everything the roster holds about one person, for an access request (GDPR art. 15).

The person's row, the seats they hold and held (with the subscription), and the
audit events that name them: by e-mail, by name, or as the record changed.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import tables as t
from seatkeeper.store.search import like_pattern


def person_data(conn: Connection, email: str) -> dict[str, Any] | None:
    """The person's data as plain values (None: nobody with that e-mail)."""
    person = conn.execute(sa.select(t.people).where(  # the local part too, as people type it
        sa.func.lower(t.people.c.email) == email.lower())).mappings().first()
    if person is None:
        return None
    pid = person["id"]
    held = conn.execute(
        sa.select(t.seat_assignments.c.assigned_at, t.seat_assignments.c.unassigned_at,
                  t.seats.c.licence_id, t.subscriptions.c.name.label("subscription"))
        .join(t.seats, t.seats.c.id == t.seat_assignments.c.seat_id)
        .join(t.subscriptions, t.subscriptions.c.id == t.seats.c.subscription_id)
        .where(t.seat_assignments.c.person_id == pid)
        .order_by(t.seat_assignments.c.assigned_at)).mappings()
    A = t.audit_events  # noqa: N806 - the table, named as in store/audit.py
    mentions = sa.or_(*[
        sa.func.coalesce(column, "").ilike(like_pattern(value), escape="\\")
        for value in (person["email"], person["name"])
        for column in (A.c.summary, A.c.before_json, A.c.after_json)],
        sa.and_(A.c.entity == "person", A.c.entity_id == pid))
    events = conn.execute(sa.select(A.c.id, A.c.at, A.c.actor, A.c.action, A.c.summary,
                                    A.c.before_json, A.c.after_json)
                          .where(mentions).order_by(A.c.id)).mappings()
    return {"person": dict(person), "seats": [dict(r) for r in held],
            "audit_events": [dict(r) for r in events]}
