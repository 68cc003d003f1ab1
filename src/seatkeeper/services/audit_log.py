"""Reading the audit log: filtered pages for the Audit screen, and checking the hash chain.

``verify`` walks every event in id order, recomputing each hash from the stored
fields and the previous event's hash; the first event whose link does not hold
is reported (an edited row, a deleted one, or one slipped in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from seatkeeper.store import audit
from seatkeeper.store.audit import GENESIS, AuditFilter, event_hash
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.records import Row

__all__ = ["AuditFilter", "AuditLog", "AuditRow", "ChainCheck"]

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
        return self.store.read(lambda c: audit.count_events(c, where))

    def page(self, where: AuditFilter, query: TableQuery) -> list[AuditRow]:
        return [_row(r) for r in self.store.read(lambda c: audit.event_page(c, where, query))]

    def actions(self) -> list[str]:
        return self.store.read(lambda c: audit.distinct(c, "action"))

    def entities(self) -> list[str]:
        return self.store.read(lambda c: audit.distinct(c, "entity"))

    def verify(self) -> ChainCheck:
        return self.store.read(_verify)


def _row(r: Row) -> AuditRow:
    return AuditRow(event_id=r["id"], at=r["at"], actor=r["actor"], action=r["action"],
                    entity=r["entity"], entity_id=r["entity_id"], summary=r["summary"],
                    before_json=r["before_json"], after_json=r["after_json"])


def _verify(conn: Connection) -> ChainCheck:
    prev, after, checked = GENESIS, 0, 0
    while True:
        rows = audit.events_after(conn, after, _VERIFY_PAGE)
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
