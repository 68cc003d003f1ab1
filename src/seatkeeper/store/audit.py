"""The audit trail: every change writes who, when, what, before and after.

Events are chained: each ``hash`` covers the previous event's hash and this
event's fields, so a changed or removed row breaks the chain visibly.
Values under secret-looking keys are redacted before they are written.

Personal data and the chain (issue 19, migration i19_personal_fields): an event's
text (summary, before, after) names people, and an erasure must be able to take
those names out without breaking the chain. So since scheme 2 the hash covers no
text directly: it covers ``content_digest``, a SHA-256 of a random per-event salt
and the text. Erasing a person rewrites the text of the events that name them,
drops each one's salt (the digest stays, and without the salt it cannot be tested
against guessed names) and points ``redacted_by`` at the erasure's own event,
which records a seal of each rewritten event. Migration i19 rehashed the events
written before under scheme 2, keeping each old hash in ``legacy_hash`` (checked
by the old rule while the text is there; old checkpoints match through it; an
erasure drops it). Only a chain that was already broken stayed scheme 1, hash
over the text; an erasure there relies on its seal alone. The append-only trigger allows
that rewrite and nothing else (store/audit_protection.py).
Reading: filtered pages for the Audit screen, one record's latest events,
and the events in id order for checking the chain.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.search import like_pattern, terms_of

GENESIS = "0" * 64
SCHEME_PLAIN = 1  # the hash covers the text as written (every event before i19)
SCHEME_SALTED = 2  # the hash covers a salted digest of the text
ERASED_ACTION = "people.erased"
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


def new_salt() -> str:
    """A fresh per-event salt: 128 random bits."""
    return secrets.token_hex(16)


def content_digest(salt: str, actor: str, summary: str, before: str | None,
                   after: str | None) -> str:
    """The salted digest of an event's text (and who wrote it) that a scheme 2 hash covers."""
    payload = json.dumps([salt, actor, summary, before, after], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def salted_hash(prev_hash: str, at: datetime, action: str, entity: str,
                entity_id: int | None, digest: str) -> str:
    """A scheme 2 event's hash: its fields and the digest of its text and actor, never
    a value that can name someone."""
    payload = json.dumps([SCHEME_SALTED, prev_hash, at.isoformat(), action, entity,
                          entity_id, digest], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def row_hash(row: RowMapping | dict[str, Any], prev_hash: str) -> str | None:
    """The hash ``row`` should have after ``prev_hash`` by its scheme's rule.

    None for an erased scheme 1 event: its text is no longer what the hash
    covered, and the erasure's seal stands in for it (see ``seal``).
    """
    if row["scheme"] == SCHEME_SALTED:
        return salted_hash(prev_hash, row["at"], row["action"], row["entity"],
                           row["entity_id"], row["content_digest"])
    if row["redacted_by"] is not None:
        return None
    return event_hash(prev_hash, row["at"], row["actor"], row["action"], row["entity"],
                      row["entity_id"], row["summary"], row["before_json"], row["after_json"])


def digest_holds(row: RowMapping | dict[str, Any]) -> bool:
    """Whether a scheme 2 event's text still matches its digest (True: nothing to check)."""
    if row["scheme"] != SCHEME_SALTED or row["redacted_by"] is not None:
        return True
    if row["content_salt"] is None:
        return False
    return bool(content_digest(row["content_salt"], row["actor"], row["summary"],
                               row["before_json"], row["after_json"]) == row["content_digest"])


def seal(row: RowMapping | dict[str, Any]) -> str:
    """What an erasure records for an event it rewrote: every field as rewritten, and the
    hash (the text holds nobody's data by then, so no salt is needed)."""
    payload = json.dumps(["seal", row["id"], row["at"].isoformat(), row["actor"],
                          row["action"], row["entity"], row["entity_id"], row["summary"],
                          row["before_json"], row["after_json"], row["hash"]],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


# One key per schema: appenders to this roster's chain wait for each other, nobody else
# does (readers and other writes take no advisory lock).
_PG_LOCK_KEY = sa.text("SELECT hashtext(current_schema() || '.seatkeeper_audit_head')")


def pg_lock_key(conn: Connection) -> int:
    """The advisory lock that guards the chain's head on PostgreSQL."""
    return int(conn.execute(_PG_LOCK_KEY).scalar_one())


def take_head(conn: Connection) -> None:
    """Hold the chain's head until the caller's transaction ends.

    PostgreSQL: a transaction-scoped advisory lock, so two transactions can never
    read the same head and fork the chain (read committed lets each see only
    committed rows; the lock makes the second wait for the first's commit).
    SQLite: every write already holds the file's write lock from BEGIN IMMEDIATE.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": pg_lock_key(conn)})


def head(conn: Connection) -> tuple[int, str] | None:
    """The last event's id and hash (None: the log is empty)."""
    row = conn.execute(sa.select(t.audit_events.c.id, t.audit_events.c.hash)
                       .order_by(t.audit_events.c.id.desc()).limit(1)).first()
    return None if row is None else (int(row[0]), str(row[1]))


def hash_at(conn: Connection, event_id: int) -> str | None:
    return conn.execute(sa.select(t.audit_events.c.hash)
                        .where(t.audit_events.c.id == event_id)).scalar_one_or_none()


def legacy_hash_at(conn: Connection, event_id: int) -> str | None:
    """The hash the event had before i19 rehashed it (None: not rehashed, or erased)."""
    return conn.execute(sa.select(t.audit_events.c.legacy_hash)
                        .where(t.audit_events.c.id == event_id)).scalar_one_or_none()


def legacy_holds(row: RowMapping | dict[str, Any], legacy_prev: str | None) -> bool:
    """Whether a rehashed event's old hash still matches its text by the old rule (True:
    nothing to check: not rehashed, erased, or the old hash before it is gone)."""
    if row["legacy_hash"] is None or legacy_prev is None:
        return True
    return bool(row["legacy_hash"] == event_hash(
        legacy_prev, row["at"], row["actor"], row["action"], row["entity"], row["entity_id"],
        row["summary"], row["before_json"], row["after_json"]))


def record(conn: Connection, change: Change, *, at: datetime, actor: str) -> int:
    """Append ``change`` to the chain, inside the caller's transaction; its event id."""
    take_head(conn)
    prev = conn.execute(
        sa.select(t.audit_events.c.hash).order_by(t.audit_events.c.id.desc()).limit(1)
    ).scalar_one_or_none() or GENESIS
    before, after = _dump(change.before), _dump(change.after)
    at = at.astimezone(UTC).replace(microsecond=0)  # as it reads back: the hash must match
    salt = new_salt()
    digest = content_digest(salt, actor, change.summary, before, after)
    result = conn.execute(t.audit_events.insert().values(
        at=at, actor=actor, action=change.action, entity=change.entity,
        entity_id=change.entity_id, summary=change.summary, before_json=before,
        after_json=after, prev_hash=prev, scheme=SCHEME_SALTED, content_salt=salt,
        content_digest=digest,
        hash=salted_hash(prev, at, change.action, change.entity, change.entity_id, digest),
    ))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def rewrite_erased(conn: Connection, event_id: int, erasure_id: int, actor: str,
                   summary: str, before: str | None, after: str | None) -> None:
    """Put an erased event's rewritten text in place, its salt gone (the one change the
    append-only trigger allows, and only for a later people.erased event)."""
    conn.execute(t.audit_events.update().where(t.audit_events.c.id == event_id).values(
        actor=actor, summary=summary, before_json=before, after_json=after, content_salt=None,
        legacy_hash=None,
        redacted_by=erasure_id))


def events_by_id(conn: Connection, ids: list[int]) -> list[RowMapping]:
    return list(conn.execute(sa.select(A).where(A.c.id.in_(ids)).order_by(A.c.id)).mappings())


# --- reading ------------------------------------------------------------------

A = t.audit_events
SORTS: dict[str, ColumnElement[Any]] = {
    "at": A.c.id, "actor": A.c.actor, "action": A.c.action, "entity": A.c.entity,
    "summary": A.c.summary,
}


@dataclass(frozen=True)
class AuditFilter:
    """Exact action and entity (empty: any), and words to find in summary, actor or action."""

    action: str = ""
    entity: str = ""
    text: str = ""


def _where(where: AuditFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if where.action:
        clauses.append(A.c.action == where.action)
    if where.entity:
        clauses.append(A.c.entity == where.entity)
    haystack = sa.func.coalesce(A.c.summary, "") + " " + A.c.actor + " " + A.c.action
    clauses.extend(haystack.ilike(like_pattern(term), escape="\\")
                   for term in terms_of(where.text))
    return clauses


def count_events(conn: Connection, where: AuditFilter) -> int:
    return int(conn.execute(
        sa.select(sa.func.count()).select_from(A).where(*_where(where))).scalar_one())


def event_page(conn: Connection, where: AuditFilter, query: TableQuery) -> list[RowMapping]:
    """One page of matching events; an unknown sort key sorts by time (the id)."""
    column = SORTS.get(query.sort_key, A.c.id)
    order = [column.desc() if query.descending else column.asc(), A.c.id.desc()]
    return list(conn.execute(sa.select(A).where(*_where(where)).order_by(*order)
                             .offset(query.offset).limit(query.limit)).mappings())


def distinct(conn: Connection, field: str) -> list[str]:
    """The values the events have in ``field`` ("action" or "entity"), sorted."""
    column = A.c[field]
    return list(conn.execute(sa.select(column).distinct().order_by(column)).scalars())


def events_after(conn: Connection, after_id: int, limit: int) -> list[RowMapping]:
    """Up to ``limit`` events with id > ``after_id``, in id order (the chain's order)."""
    return list(conn.execute(sa.select(A).where(A.c.id > after_id).order_by(A.c.id)
                             .limit(limit)).mappings())


def events_of(conn: Connection, entity: str, entity_id: int, limit: int) -> list[RowMapping]:
    """One record's latest ``limit`` events (at, actor, summary), newest first."""
    return list(conn.execute(
        sa.select(A.c.at, A.c.actor, A.c.summary)
        .where(A.c.entity == entity, A.c.entity_id == entity_id)
        .order_by(A.c.id.desc()).limit(limit)).mappings())


def events_of_action(conn: Connection, action: str, limit: int) -> list[RowMapping]:
    """The first ``limit`` events of one action (id, at, summary), oldest first."""
    return list(conn.execute(sa.select(A.c.id, A.c.at, A.c.summary)
                             .where(A.c.action == action).order_by(A.c.id)
                             .limit(limit)).mappings())


def roster_has_records(conn: Connection) -> bool:
    """Whether the roster holds subscriptions or people (each was logged when made)."""
    for table in (t.subscriptions, t.people):
        if conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
            return True
    return False
