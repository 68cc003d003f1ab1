"""Reading the audit log: filtered pages for the Audit screen, and checking the hash chain.

``verify`` walks every event in id order, recomputing each hash from the stored
fields and the previous event's hash; the first event whose link does not hold
is reported (an edited row, a deleted one, or one slipped in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.store import tables as t
from seatkeeper.store.audit import GENESIS, event_hash
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.search import like_pattern, terms_of

A = t.audit_events
SORTS: dict[str, ColumnElement[Any]] = {
    "at": A.c.id, "actor": A.c.actor, "action": A.c.action, "entity": A.c.entity,
    "summary": A.c.summary,
}
_VERIFY_PAGE = 2000


@dataclass(frozen=True)
class AuditRow:
    event_id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before_json: str | None
    after_json: str | None


@dataclass(frozen=True)
class AuditFilter:
    """Exact action and entity (empty: any), and words to find in summary, actor or action."""

    action: str = ""
    entity: str = ""
    text: str = ""


@dataclass(frozen=True)
class ChainCheck:
    """The verdict on the chain: ``broken_at`` is the first event whose link fails."""

    checked: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


class AuditLog:
    """The audit events of one roster, for reading only."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def count(self, where: AuditFilter) -> int:
        return int(self.store.read(lambda c: c.execute(
            sa.select(sa.func.count()).select_from(A).where(*_where(where))).scalar_one()))

    def page(self, where: AuditFilter, query: TableQuery) -> list[AuditRow]:
        column = SORTS.get(query.sort_key, A.c.id)
        order = [column.desc() if query.descending else column.asc(), A.c.id.desc()]
        select = sa.select(A).where(*_where(where)).order_by(*order) \
            .offset(query.offset).limit(query.limit)
        return [_row(r) for r in self.store.read(lambda c: c.execute(select).mappings().all())]

    def actions(self) -> list[str]:
        return self._distinct(A.c.action)

    def entities(self) -> list[str]:
        return self._distinct(A.c.entity)

    def _distinct(self, column: sa.Column[Any]) -> list[str]:
        return list(self.store.read(lambda c: c.execute(
            sa.select(column).distinct().order_by(column)).scalars().all()))

    def verify(self) -> ChainCheck:
        return self.store.read(_verify)


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


def _row(r: RowMapping) -> AuditRow:
    return AuditRow(event_id=r["id"], at=r["at"], actor=r["actor"], action=r["action"],
                    entity=r["entity"], entity_id=r["entity_id"], summary=r["summary"],
                    before_json=r["before_json"], after_json=r["after_json"])


def _verify(conn: Connection) -> ChainCheck:
    prev, after, checked = GENESIS, 0, 0
    while True:
        rows = conn.execute(sa.select(A).where(A.c.id > after).order_by(A.c.id)
                            .limit(_VERIFY_PAGE)).mappings().all()
        if not rows:
            return ChainCheck(checked)
        for r in rows:
            if r["prev_hash"] != prev:
                return ChainCheck(checked, r["id"], "it does not follow the event before it "
                                  "(an event was removed or inserted)")
            expected = event_hash(prev, r["at"], r["actor"], r["action"], r["entity"],
                                  r["entity_id"], r["summary"], r["before_json"],
                                  r["after_json"])
            if r["hash"] != expected:
                return ChainCheck(checked, r["id"], "its contents were changed after it "
                                  "was written")
            prev, after, checked = r["hash"], r["id"], checked + 1
