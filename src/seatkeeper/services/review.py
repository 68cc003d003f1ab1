"""The offline review: findings, a decision per seat, applying them, undo, sign-off.

Decisions are stored (``review_decisions``) before anything changes. Applying
them is one transaction: reclaim unassigns the seat (its history closed,
VL-13), do-not-renew switches the seat's renewal off (VL-14). What was
changed is kept under an undo token, usable once, refused if a seat has been
edited since. Keep and reassign are recorded but change nothing here.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.errors import BadInput, ConflictError, NotFound
from seatkeeper.domain.messages import message
from seatkeeper.services.clock import Clock
from seatkeeper.services.review_costs import RenewalCosts, renewal_costs
from seatkeeper.services.review_findings import Finding, Findings, compute, review_of
from seatkeeper.store import audit
from seatkeeper.store import review as stored
from seatkeeper.store import review_findings as found
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.paging import TableQuery

DECISIONS = ("keep", "reclaim", "reassign", "do_not_renew")
FindingFilter = found.FindingFilter  # which findings a page or count is of
__all__ = ["DECISIONS", "ApplyResult", "DecisionRow", "FindingFilter", "Findings",
           "RenewalCosts", "ReviewService", "ReviewedFinding", "SeatDecision", "SignOff",
           "Skipped"]

DAYS_NEGATIVE = message("review.days_negative", "The number of days ahead cannot be negative.")
NOT_A_DECISION = message("review.not_a_decision", "“{decision}” is not a decision ({known}).")
NOTE_TOO_LONG = message("review.note_too_long", "A note can be at most 1000 characters.")
SEAT_GONE = message("seat.gone", "That seat is no longer in the roster.")
NOTHING_TO_UNDO = message("review.nothing_to_undo",
                          "That review change was already undone, or never made.")
UNDO_CONFLICT = message(
    "review.undo_conflict",
    "{seats} seat(s) were changed or removed after the review was applied, so it cannot "
    "be undone; nothing was changed.")
NO_REVIEWER = message("review.no_reviewer", "Enter the reviewer's name to sign off.")


@dataclass(frozen=True)
class DecisionRow:
    seat_id: int
    subscription: str
    licence_id: str
    holder: str | None
    decision: str
    note: str
    decided_at: datetime
    applied_at: datetime | None


@dataclass(frozen=True)
class SeatDecision:
    """The decision recorded for a finding's seat."""

    decision: str
    note: str
    decided_at: datetime
    applied_at: datetime | None


@dataclass(frozen=True)
class ReviewedFinding:
    """One finding with its seat's decision (None: none, or not about a seat)."""

    key: tuple[str, int, int]  # (kind, subscription id, row key): unique in a review
    finding: Finding
    decision: SeatDecision | None


@dataclass(frozen=True)
class KindCounts:
    """Each kind's findings, the findings decided, and whether the counts are exact."""

    counts: dict[str, int]  # with at_most: a count above it is at_most + 1
    decided: int | None  # findings whose seat has a decision (None: not counted yet)
    exact: bool


@dataclass(frozen=True)
class Skipped:
    seat_id: int
    licence_id: str
    decision: str
    reason: str


@dataclass(frozen=True)
class ApplyResult:
    reclaimed: int
    not_renewed: int
    skipped: tuple[Skipped, ...]
    undo_token: str | None  # None when nothing changed


@dataclass(frozen=True)
class SignOff:
    reviewer: str
    signed_on: date
    signed_at: datetime


@dataclass(frozen=True)
class _Change:
    """One decision apply may carry out, with the seat as it is before."""

    seat_id: int
    decision: str
    person_id: int | None
    renew: bool
    version: int


LISTED_PER_KIND = 500  # findings listed of each kind; the counts are always exact


def _seat_changes(seat_ids: list[int], people: list[int | None]) -> Changes:
    """Seats whose decisions were carried out or put back: seat, decision and old holder."""
    changes = Changes.of(Entity.SEAT, seat_ids) | Changes.of(Entity.REVIEW, seat_ids)
    holders = [p for p in people if p is not None]
    return changes | Changes.of(Entity.PERSON, holders) if holders else changes


class ReviewService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    def findings(self, days: int = 14, limit: int | None = LISTED_PER_KIND) -> Findings:
        if days < 0:
            raise BadInput(DAYS_NEGATIVE(), field="days")
        now = self.clock()
        return self.store.read(lambda conn: compute(conn, now, days, limit))

    def finding_page(self, days: int, which: FindingFilter, query: TableQuery
                     ) -> list[ReviewedFinding]:
        """One page of findings (filtered, sorted, paged and decided in SQL)."""
        now = self.clock()

        def work(conn: Connection) -> list[ReviewedFinding]:
            review = review_of(conn, now, days)
            return [ReviewedFinding(
                (r["kind"], r["sub_id"], r["row_key"]), review.finding(r),
                SeatDecision(r["decision"], r["note"], r["decided_at"], r["applied_at"])
                if r["decision"] is not None else None)
                for r in found.finding_page(conn, review.context, which, query)]
        return self.store.read(work)

    def count_findings(self, days: int, which: FindingFilter, at_most: int | None = None
                       ) -> int:
        """Findings matching ``which``; with ``at_most``, at most ``at_most + 1``."""
        now = self.clock()
        return self.store.read(lambda conn: found.count_findings(
            conn, review_of(conn, now, days).context, which, at_most))

    def kind_counts(self, days: int, at_most: int | None = None) -> KindCounts:
        """Every kind's count: capped at ``at_most`` (quick), or exact with the decided."""
        now = self.clock()

        def work(conn: Connection) -> KindCounts:
            context = review_of(conn, now, days).context
            counts = found.kind_counts(conn, context, at_most)
            if at_most is not None and any(n > at_most for n in counts.values()):
                return KindCounts(counts, None, False)
            return KindCounts(counts, found.decided_findings(conn, context), True)
        return self.store.read(work)

    def decide(self, seat_id: int, decision: str, note: str = "") -> Changed[None]:
        """Record the seat's decision (it changes nothing else until applied)."""
        if decision not in DECISIONS:
            raise BadInput(NOT_A_DECISION(decision=decision, known=", ".join(DECISIONS)),
                           field="decision")
        note = note.strip()
        if len(note) > 1000:
            raise BadInput(NOTE_TOO_LONG(), field="note")
        self.store.write(lambda conn: self._decide(conn, seat_id, decision, note))
        return Changed(None, Changes.of(Entity.REVIEW, [seat_id])
                       | Changes.of(Entity.SEAT, [seat_id]))  # the seat's own audit trail

    def _decide(self, conn: Connection, seat_id: int, decision: str, note: str) -> None:
        if not stored.seat_exists(conn, seat_id):
            raise NotFound(SEAT_GONE())
        now = self.clock()
        before = stored.decision_of(conn, seat_id)
        stored.put_decision(conn, seat_id, decision, note, decided_at=now, actor=self.actor)
        audit.record(conn, audit.Change("review.decided", "seat", seat_id,
                                        f"Review decision: {decision}", before,
                                        {"decision": decision, "note": note}),
                     at=now, actor=self.actor)

    def clear(self, seat_id: int) -> Changed[None]:
        def work(conn: Connection) -> None:
            stored.clear_decision(conn, seat_id)
            audit.record(conn, audit.Change("review.decision_cleared", "seat", seat_id,
                                            "Review decision removed"),
                         at=self.clock(), actor=self.actor)
        self.store.write(work)
        return Changed(None, Changes.of(Entity.REVIEW, [seat_id])
                       | Changes.of(Entity.SEAT, [seat_id]))

    def decision_count(self) -> int:
        return self.store.read(stored.decision_count)

    def decisions(self) -> list[DecisionRow]:
        return self.store.read(lambda conn: [
            DecisionRow(r.seat_id, r.name, r.licence_id, r.holder, r.decision, r.note,
                        r.decided_at, r.applied_at) for r in stored.decision_rows(conn)])

    def pending(self) -> ApplyResult:
        """What apply_decisions would do now (for the confirmation), changing nothing."""
        return self.store.read(lambda conn: _plan(conn)[0])

    def apply_decisions(self) -> Changed[ApplyResult]:
        """Carry out the decisions that may be: their seats, decisions and old holders change."""
        result, changes = self.store.write(self._apply)
        if not changes:
            return Changed(result, Changes.nothing())
        return Changed(result, _seat_changes([c.seat_id for c in changes],
                                             [c.person_id for c in changes
                                              if c.decision == "reclaim"]))

    def _apply(self, conn: Connection) -> tuple[ApplyResult, list[_Change]]:
        summary, changes = _plan(conn)
        if not changes:
            return summary, changes
        now = self.clock().replace(microsecond=0)
        payload: list[dict[str, Any]] = []
        for c in changes:
            closed: list[int] = []
            if c.decision == "reclaim":
                closed = stored.reclaim_seat(conn, c.seat_id, c.version, now)
            else:
                stored.stop_renewing(conn, c.seat_id, c.version)
            payload.append({"seat_id": c.seat_id, "decision": c.decision,
                            "person_id": c.person_id, "renew": c.renew,
                            "version": c.version + 1, "closed": closed})
        token = secrets.token_hex(16)
        stored.save_undo(conn, token, now, payload)
        stored.mark_applied(conn, [c.seat_id for c in changes], now)
        audit.record(conn, audit.Change(
            "review.applied", "roster", None,
            f"Applied review: {summary.reclaimed} reclaimed, {summary.not_renewed} not renewing",
            after={"seats": [c.seat_id for c in changes], "undo": token}),
            at=now, actor=self.actor)
        return ApplyResult(summary.reclaimed, summary.not_renewed, summary.skipped,
                           token), changes

    def undo(self, token: str) -> Changed[int]:
        """Put back what one apply changed; the value is the number of seats restored."""
        payload = self.store.write(lambda conn: self._undo(conn, token))
        # An undo record made before it named its decisions counts every holder in.
        holders = [c["person_id"] for c in payload if c.get("decision", "reclaim") == "reclaim"]
        return Changed(len(payload), _seat_changes([c["seat_id"] for c in payload], holders))

    def _undo(self, conn: Connection, token: str) -> list[dict[str, Any]]:
        payload = stored.undo_record(conn, token)
        if payload is None:
            raise NotFound(NOTHING_TO_UNDO())
        versions = stored.seat_versions(conn, [c["seat_id"] for c in payload])
        moved = [c["seat_id"] for c in payload if versions.get(c["seat_id"]) != c["version"]]
        if moved:
            raise ConflictError(UNDO_CONFLICT(seats=len(moved)))
        now = self.clock().replace(microsecond=0)
        for change in payload:
            stored.restore_seat(conn, change["seat_id"], change["person_id"], change["renew"],
                                change["version"] + 1, change["closed"])
        stored.mark_applied(conn, [c["seat_id"] for c in payload], None)
        stored.forget_undo(conn, token)
        audit.record(conn, audit.Change("review.undone", "roster", None,
                                        f"Undid a review change of {len(payload)} seat(s)"),
                     at=now, actor=self.actor)
        return payload

    def sign_off(self, reviewer: str, on: date | None = None) -> Changed[SignOff]:
        name = reviewer.strip()
        if not name:
            raise BadInput(NO_REVIEWER(), field="reviewer")
        now = self.clock().replace(microsecond=0)
        day = on or now.date()

        def work(conn: Connection) -> None:
            stored.add_sign_off(conn, name, day, at=now, actor=self.actor)
            audit.record(conn, audit.Change("review.signed_off", "roster", None,
                                            f"Review signed off by {name} on {day}"),
                         at=now, actor=self.actor)
        self.store.write(work)
        # REVIEW's ids are seats (decisions); a sign-off names none of them.
        return Changed(SignOff(name, day, now), Changes.of(Entity.REVIEW))

    def sign_offs(self) -> list[SignOff]:
        return self.store.read(lambda conn: [
            SignOff(x["reviewer"], x["signed_on"], x["signed_at"])
            for x in stored.sign_off_rows(conn)])

    def costs(self) -> RenewalCosts:
        return self.store.read(renewal_costs)


def _plan(conn: Connection) -> tuple[ApplyResult, list[_Change]]:
    """Unapplied reclaim/do-not-renew decisions: the allowed changes and the refusals."""
    changes: list[_Change] = []
    skipped: list[Skipped] = []
    for r in stored.unapplied(conn):
        reason = _refusal(r.decision, r.person_id, bool(r.renew), r.channel)
        if reason:
            skipped.append(Skipped(r.seat_id, r.licence_id, r.decision, reason))
        else:
            changes.append(_Change(r.seat_id, r.decision, r.person_id, bool(r.renew),
                                   r.version))
    return ApplyResult(sum(1 for c in changes if c.decision == "reclaim"),
                       sum(1 for c in changes if c.decision == "do_not_renew"),
                       tuple(skipped), None), changes


def _refusal(decision: str, person_id: int | None, renew: bool, channel: str) -> str | None:
    if decision == "reclaim":
        return None if person_id is not None else "The seat has no holder to reclaim it from."
    if channel == BillingChannel.APP_STORE.value:
        return ("AS-7: an App Store subscription stops renewing only when cancelled in the "
                "App Store; cancel it there before its cancel-by time.")
    return None if renew else "The seat is already set not to renew."
