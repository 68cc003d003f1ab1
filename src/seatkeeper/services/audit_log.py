"""Reading the audit log: filtered pages for the Audit screen, and checking the hash chain.

``verify`` walks every event in id order, recomputing each hash from the stored
fields and the previous event's hash; the first event whose link does not hold
is reported (an edited row, a deleted one, or one slipped in). A chain that
holds is then held to the checkpoint this computer keeps outside the roster
(store/checkpoints.py): the event seen last must still be there with the same
hash, or the end was cut, the log emptied, or rewritten and rehashed. Missing
append-only triggers are a finding too. A log that passes moves the checkpoint
on, and so does closing a roster that could be written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from seatkeeper.domain.messages import message
from seatkeeper.store import audit, audit_protection, checkpoints
from seatkeeper.store.audit import ERASED_ACTION, GENESIS, AuditFilter
from seatkeeper.store.checkpoints import Checkpoint
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.records import Row

__all__ = ["AuditFilter", "AuditLog", "AuditRow", "ChainCheck", "head_problem"]

CUT = message("audit.cut", "events were removed from its end: event {event} was seen on this "
              "computer on {seen} ({count} events then), and it is gone")
EMPTIED = message("audit.emptied", "every event was deleted: it held {count} events when this "
                  "computer last saw it ({seen})")
EMPTY_WITH_RECORDS = message("audit.empty_with_records", "it is empty, yet the roster holds "
                             "records whose changes would have been logged")
REWRITTEN = message("audit.rewritten", "the events up to {event} were rewritten and their "
                    "hashes recomputed: event {event} no longer has the hash this computer "
                    "saw on {seen}")
NO_TRIGGERS = message("audit.no_triggers", "its append-only protection is missing (triggers "
                      "{names} were dropped), so events can be changed without a refusal")
RESTORED_BEFORE = message("audit.restored_before", "Event {event}: the append-only protection "
                          "had been dropped and was put back on {at}.")

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
    findings: tuple[str, ...] = ()  # problems that are no broken link (see verify)
    notes: tuple[str, ...] = ()  # past repairs, for the record

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.findings


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
        """Check the chain, its checkpoint and its protection; a pass moves the checkpoint."""
        check = self.store.read(_verify)
        seen = checkpoints.read_checkpoint(self.store.location)
        head, missing, records, notes = self.store.read(lambda c: (
            audit.head(c), audit_protection.missing_triggers(c), _holds_records(c),
            _restorations(c)))
        findings = []
        if check.broken_at is None:
            problem = self.store.read(lambda c: head_problem(c, seen))
            if problem is None and head is None and records:
                problem = EMPTY_WITH_RECORDS().render()
            if problem is not None:
                findings.append(problem)
        if missing:
            findings.append(NO_TRIGGERS(names=", ".join(missing)).render())
        result = ChainCheck(check.checked, check.broken_at, check.reason, tuple(findings),
                            tuple(notes))
        if result.ok:
            self.checkpoint()
        return result

    def checkpoint(self) -> None:
        """Write the head as seen now outside the roster (nothing when the log is empty)."""
        head, count = self.store.read(lambda c: (audit.head(c), audit.count_events(
            c, AuditFilter())))
        if head is not None:
            checkpoints.write_checkpoint(self.store.location, Checkpoint(
                head[0], head[1], count, datetime.now(UTC).isoformat(timespec="seconds")))

    def head_problem(self) -> str | None:
        """What is wrong with the log's end against the checkpoint (None: nothing)."""
        seen = checkpoints.read_checkpoint(self.store.location)
        return self.store.read(lambda c: head_problem(c, seen))


def _row(r: Row) -> AuditRow:
    return AuditRow(event_id=r["id"], at=r["at"], actor=r["actor"], action=r["action"],
                    entity=r["entity"], entity_id=r["entity_id"], summary=r["summary"],
                    before_json=r["before_json"], after_json=r["after_json"])


_CHANGED = "its contents were changed after it was written"
_BAD_ERASURE = ("it was rewritten outside an erasure (no people.erased event after it "
                "vouches for its text)")


def _verify(conn: Connection) -> ChainCheck:
    """Walk the chain; an erased event is held to the seal its erasure recorded."""
    prev, after, checked = GENESIS, 0, 0
    legacy_prev: str | None = GENESIS  # the old chain of events rehashed by i19
    seals: dict[int, dict[str, Any] | None] = {}
    while True:
        rows = audit.events_after(conn, after, _VERIFY_PAGE)
        if not rows:
            return ChainCheck(checked)
        for r in rows:
            if r["prev_hash"] != prev:
                return ChainCheck(checked, r["id"], "it does not follow the event before it "
                                  "(an event was removed or inserted)")
            expected = audit.row_hash(r, prev)
            if (expected is not None and r["hash"] != expected) or not audit.digest_holds(r) \
                    or not audit.legacy_holds(r, legacy_prev) \
                    or (r["redacted_by"] is not None and r["legacy_hash"] is not None):
                return ChainCheck(checked, r["id"], _CHANGED)
            legacy_prev = r["legacy_hash"]
            if r["redacted_by"] is not None:
                erasure = r["redacted_by"]
                if erasure not in seals:
                    seals[erasure] = _seals_of(conn, erasure, r["id"])
                vouched = seals[erasure]
                if vouched is None or vouched.get(str(r["id"])) != audit.seal(r):
                    return ChainCheck(checked, r["id"], _BAD_ERASURE)
            prev, after, checked = r["hash"], r["id"], checked + 1


def _seals_of(conn: Connection, erasure_id: int, event_id: int) -> dict[str, Any] | None:
    """The seals a later people.erased event recorded (None: there is no such event).
    That event's own link and hash are checked when the walk reaches it."""
    if erasure_id <= event_id:
        return None
    rows = audit.events_by_id(conn, [erasure_id])
    if not rows or rows[0]["action"] != ERASED_ACTION or rows[0]["after_json"] is None:
        return None
    try:
        seals = json.loads(rows[0]["after_json"]).get("seals")
    except (ValueError, AttributeError):
        return None
    return seals if isinstance(seals, dict) else None


def head_problem(conn: Connection, seen: Checkpoint | None) -> str | None:
    """The log against the head seen last: cut, emptied or rewritten (None: it holds)."""
    if seen is None:
        return None
    when = datetime.fromisoformat(seen.seen_at)
    found = audit.hash_at(conn, seen.event_id)
    if found is None:
        if audit.head(conn) is None:
            return EMPTIED(count=seen.count, seen=when).render()
        return CUT(event=seen.event_id, count=seen.count, seen=when).render()
    if found != seen.hash and audit.legacy_hash_at(conn, seen.event_id) != seen.hash:
        # (A checkpoint from before i19 rehashed the log holds the old hash.)
        return REWRITTEN(event=seen.event_id, seen=when).render()
    return None


def _holds_records(conn: Connection) -> bool:
    return audit.roster_has_records(conn)


def _restorations(conn: Connection) -> list[str]:
    rows = audit.events_of_action(conn, audit_protection.RESTORED, 20)
    return [RESTORED_BEFORE(event=r["id"], at=r["at"]).render() for r in rows]
