"""Reading the audit log: filtered pages for the Audit screen, and checking the hash chain.

``verify`` walks every event in id order, recomputing each hash from the stored
fields and the previous event's hash; the first event whose link does not hold
is reported (an edited row, a deleted one, or one slipped in). A chain that
holds is then held to every head kept outside the roster (services/audit_heads.py: this
computer's checkpoint, the keyring's, each backup's): each one's event must
still be there with the same hash, or the end was cut, the log emptied, or
rewritten and rehashed. Missing append-only triggers are a finding too. A log
that passes moves the checkpoint on, and so does closing a roster that could be
written. Every verdict is a ``Message``: the CLI prints it in English, the
window renders it in the admin's language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.messages import Message, message
from seatkeeper.services import audit_heads
from seatkeeper.services.audit_heads import KnownHead
from seatkeeper.store import audit, audit_protection
from seatkeeper.store.audit import ERASED_ACTION, GENESIS, AuditFilter
from seatkeeper.store.checkpoints import Checkpoint
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.records import Row

__all__ = ["AuditFilter", "AuditHead", "AuditLog", "AuditRow", "ChainCheck", "KnownHead"]

EMPTY_WITH_RECORDS = message("audit.empty_with_records", "it is empty, yet the roster holds "
                             "records whose changes would have been logged")
NO_TRIGGERS = message("audit.no_triggers", "its append-only protection is missing (triggers "
                      "{names} were dropped), so events can be changed without a refusal")
RESTORED_BEFORE = message("audit.restored_before", "Event {event}: the append-only protection "
                          "had been dropped and was put back on {at}.")

NOT_FOLLOWING = message("audit.reason.not_following", "it does not follow the event before it "
                        "(an event was removed or inserted)")
CHANGED = message("audit.reason.changed", "its contents were changed after it was written")
BAD_ERASURE = message("audit.reason.bad_erasure", "it was rewritten outside an erasure (no "
                      "people.erased event after it vouches for its text)")

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
    reason: Message | None = None  # why the link at ``broken_at`` fails
    findings: tuple[Message, ...] = ()  # problems that are no broken link (see verify)
    notes: tuple[Message, ...] = ()  # past repairs, for the record

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.findings


@dataclass(frozen=True)
class AuditHead:
    """The log's newest event and how many there are: printed on a report, to check later."""

    event_id: int
    hash: str
    count: int

    @property
    def short(self) -> str:
        return self.hash[:16]


class AuditLog:
    """The audit events of one roster, for reading only; ``vault``: the admin's keyring,
    which keeps the head too when there is one."""

    def __init__(self, store: Store, vault: Vault | None = None) -> None:
        self.store = store
        self.vault = vault

    def count(self, where: AuditFilter) -> int:
        return self.store.read(lambda c: audit.count_events(c, where))

    def page(self, where: AuditFilter, query: TableQuery) -> list[AuditRow]:
        return [_row(r) for r in self.store.read(lambda c: audit.event_page(c, where, query))]

    def actions(self) -> list[str]:
        return self.store.read(lambda c: audit.distinct(c, "action"))

    def entities(self) -> list[str]:
        return self.store.read(lambda c: audit.distinct(c, "entity"))

    def verify(self, also: tuple[KnownHead, ...] = ()) -> ChainCheck:
        """Check the chain, every head kept outside the roster (and ``also``, given by
        hand) and the log's protection; a pass moves the checkpoint."""
        check = self.store.read(_verify)
        heads = [*audit_heads.known_heads(self.store.location, self.vault), *also]
        head, missing, records, notes = self.store.read(lambda c: (
            audit.head(c), audit_protection.missing_triggers(c), _holds_records(c),
            _restorations(c)))
        findings: list[Message] = []
        if check.broken_at is None:
            findings = self.store.read(lambda c: audit_heads.problems(c, heads))
            if not findings and head is None and records:
                findings.append(EMPTY_WITH_RECORDS())
        if missing:
            findings.append(NO_TRIGGERS(names=", ".join(missing)))
        result = ChainCheck(check.checked, check.broken_at, check.reason, tuple(findings),
                            tuple(notes))
        if result.ok:
            self.checkpoint(keyring_always=True)
        return result

    def head(self) -> AuditHead | None:
        """The newest event now (None: the log is empty)."""
        found, count = self.store.read(lambda c: (audit.head(c), audit.count_events(
            c, AuditFilter())))
        return None if found is None else AuditHead(found[0], found[1], count)

    def checkpoint(self, *, keyring_always: bool = False) -> None:
        """Keep the head as seen now outside the roster: this computer's file and the
        keyring if there is one (nothing when the log is empty); the keyring only when
        the head moved, unless ``keyring_always`` (a verify the admin asked for)."""
        head = self.head()
        if head is not None:
            audit_heads.keep(self.vault, self.store.location, Checkpoint(
                head.event_id, head.hash, head.count,
                datetime.now(UTC).isoformat(timespec="seconds")), keyring_always=keyring_always)

    def problem_with(self, head: KnownHead) -> Message | None:
        """The log against one head (a backup about to be restored, say); None: it holds."""
        return self.store.read(lambda c: audit_heads.problem(c, head))

    def head_problems(self) -> list[Message]:
        """What is wrong with the log's end against the heads kept outside the roster (at
        open: the keyring only when this computer's checkpoint is gone)."""
        heads = audit_heads.known_heads(self.store.location, self.vault, keyring=False)
        return self.store.read(lambda c: audit_heads.problems(c, heads))


def _row(r: Row) -> AuditRow:
    return AuditRow(event_id=r["id"], at=r["at"], actor=r["actor"], action=r["action"],
                    entity=r["entity"], entity_id=r["entity_id"], summary=r["summary"],
                    before_json=r["before_json"], after_json=r["after_json"])




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
                return ChainCheck(checked, r["id"], NOT_FOLLOWING())
            expected = audit.row_hash(r, prev)
            if (expected is not None and r["hash"] != expected) or not audit.digest_holds(r) \
                    or not audit.legacy_holds(r, legacy_prev) \
                    or (r["redacted_by"] is not None and r["legacy_hash"] is not None):
                return ChainCheck(checked, r["id"], CHANGED())
            legacy_prev = r["legacy_hash"]
            if r["redacted_by"] is not None:
                erasure = r["redacted_by"]
                if erasure not in seals:
                    seals[erasure] = _seals_of(conn, erasure, r["id"])
                vouched = seals[erasure]
                if vouched is None or vouched.get(str(r["id"])) != audit.seal(r):
                    return ChainCheck(checked, r["id"], BAD_ERASURE())
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


def _holds_records(conn: Connection) -> bool:
    return audit.roster_has_records(conn)


def _restorations(conn: Connection) -> list[Message]:
    rows = audit.events_of_action(conn, audit_protection.RESTORED, 20)
    return [RESTORED_BEFORE(event=r["id"], at=r["at"]) for r in rows]
