"""The audit trail: every change writes who, when, what, before and after.

Events are chained: each ``hash`` covers the previous event's hash and this
event's fields, so a changed or removed row breaks the chain visibly.
Values under secret-looking keys are redacted before they are written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import tables as t

GENESIS = "0" * 64
REDACTED = "[redacted]"
_SECRET_WORDS = ("password", "secret", "product_key", "serial", "token", "card_number", "cvv")


def redact(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {
        k: REDACTED if any(w in k.lower() for w in _SECRET_WORDS) else v
        for k, v in values.items()
    }


@dataclass(frozen=True)
class Change:
    """One audited change, before it is chained."""

    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


def _dump(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(redact(values), sort_keys=True, default=str, ensure_ascii=False)


def event_hash(prev_hash: str, at: datetime, actor: str, action: str, entity: str,
               entity_id: int | None, summary: str, before: str | None,
               after: str | None) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(), actor, action, entity, entity_id, summary, before, after],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def record(conn: Connection, change: Change, *, at: datetime, actor: str) -> None:
    """Append ``change`` to the chain, inside the caller's transaction."""
    prev = conn.execute(
        sa.select(t.audit_events.c.hash).order_by(t.audit_events.c.id.desc()).limit(1)
    ).scalar_one_or_none() or GENESIS
    before, after = _dump(change.before), _dump(change.after)
    at = at.astimezone(UTC).replace(microsecond=0)  # as it reads back: the hash must match
    conn.execute(t.audit_events.insert().values(
        at=at, actor=actor, action=change.action, entity=change.entity,
        entity_id=change.entity_id, summary=change.summary, before_json=before,
        after_json=after, prev_hash=prev,
        hash=event_hash(prev, at, actor, change.action, change.entity, change.entity_id,
                        change.summary, before, after),
    ))
