"""The offline review: findings, a decision per seat, applying them, undo, sign-off.

Decisions are stored (``review_decisions``) before anything changes. Applying
them is one transaction: reclaim unassigns the seat (its history closed,
VL-13), do-not-renew switches the seat's renewal off (VL-14). What was
changed is kept under an undo token, usable once, refused if a seat has been
edited since. Keep and reassign are recorded but change nothing here.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.errors import BadInput, ConflictError, NotFound
from seatkeeper.services.clock import Clock
from seatkeeper.services.review_costs import RenewalCosts, renewal_costs
from seatkeeper.services.review_findings import Findings, compute
from seatkeeper.store import audit
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

DECISIONS = ("keep", "reclaim", "reassign", "do_not_renew")
__all__ = ["DECISIONS", "ApplyResult", "DecisionRow", "Findings", "RenewalCosts",
           "ReviewService", "SignOff", "Skipped"]


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


LISTED_PER_KIND = 500  # findings listed of each kind; the counts are always exact


class ReviewService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    def findings(self, days: int = 14, limit: int | None = LISTED_PER_KIND) -> Findings:
        if days < 0:
            raise BadInput("The number of days ahead cannot be negative.", field="days")
        now = self.clock()
        return self.store.read(lambda conn: compute(conn, now, days, limit))

    def decide(self, seat_id: int, decision: str, note: str = "") -> None:
        if decision not in DECISIONS:
            raise BadInput(f"“{decision}” is not a decision ({', '.join(DECISIONS)}).",
                           field="decision")
        note = note.strip()
        if len(note) > 1000:
            raise BadInput("A note can be at most 1000 characters.", field="note")
        self.store.write(lambda conn: self._decide(conn, seat_id, decision, note))

    def _decide(self, conn: Connection, seat_id: int, decision: str, note: str) -> None:
        _require_seat(conn, seat_id)
        now = self.clock()
        rd = t.review_decisions
        before = conn.execute(sa.select(rd.c.decision, rd.c.note)
                              .where(rd.c.seat_id == seat_id)).mappings().first()
        conn.execute(rd.delete().where(rd.c.seat_id == seat_id))
        conn.execute(rd.insert().values(seat_id=seat_id, decision=decision, note=note,
                                        decided_at=now, actor=self.actor))
        audit.record(conn, audit.Change("review.decided", "seat", seat_id,
                                        f"Review decision: {decision}",
                                        dict(before) if before else None,
                                        {"decision": decision, "note": note}),
                     at=now, actor=self.actor)

    def clear(self, seat_id: int) -> None:
        def work(conn: Connection) -> None:
            conn.execute(t.review_decisions.delete().where(
                t.review_decisions.c.seat_id == seat_id))
            audit.record(conn, audit.Change("review.decision_cleared", "seat", seat_id,
                                            "Review decision removed"),
                         at=self.clock(), actor=self.actor)
        self.store.write(work)

    def decisions(self) -> list[DecisionRow]:
        rd, st, s, p = t.review_decisions, t.seats, t.subscriptions, t.people
        stmt = (sa.select(rd, s.c.name, st.c.licence_id, p.c.name.label("holder"))
                .join(st, st.c.id == rd.c.seat_id).join(s, s.c.id == st.c.subscription_id)
                .outerjoin(p, p.c.id == st.c.person_id)
                .order_by(s.c.name, st.c.licence_id, st.c.id))
        return self.store.read(lambda conn: [
            DecisionRow(r.seat_id, r.name, r.licence_id, r.holder, r.decision, r.note,
                        r.decided_at, r.applied_at) for r in conn.execute(stmt)])

    def pending(self) -> ApplyResult:
        """What apply_decisions would do now (for the confirmation), changing nothing."""
        return self.store.read(lambda conn: _plan(conn)[0])

    def apply_decisions(self) -> ApplyResult:
        return self.store.write(self._apply)

    def _apply(self, conn: Connection) -> ApplyResult:
        summary, changes = _plan(conn)
        if not changes:
            return summary
        now = self.clock().replace(microsecond=0)
        st, sa_ = t.seats, t.seat_assignments
        payload: list[dict[str, Any]] = []
        for seat_id, decision, person_id, renew, version in changes:
            values: dict[str, Any] = {"version": version + 1}
            closed: list[int] = []
            if decision == "reclaim":
                values["person_id"] = None
                closed = list(conn.execute(sa.select(sa_.c.id).where(
                    sa_.c.seat_id == seat_id, sa_.c.unassigned_at.is_(None))).scalars())
                conn.execute(sa_.update().where(sa_.c.id.in_(closed)).values(unassigned_at=now))
            else:
                values["renew"] = False
            conn.execute(st.update().where(st.c.id == seat_id).values(**values))
            payload.append({"seat_id": seat_id, "person_id": person_id, "renew": renew,
                            "version": version + 1, "closed": closed})
        token = secrets.token_hex(16)
        conn.execute(t.review_undo.insert().values(token=token, created_at=now,
                                                   payload_json=json.dumps(payload)))
        conn.execute(t.review_decisions.update().where(
            t.review_decisions.c.seat_id.in_([c[0] for c in changes])).values(applied_at=now))
        audit.record(conn, audit.Change(
            "review.applied", "roster", None,
            f"Applied review: {summary.reclaimed} reclaimed, {summary.not_renewed} not renewing",
            after={"seats": [c[0] for c in changes], "undo": token}), at=now, actor=self.actor)
        return ApplyResult(summary.reclaimed, summary.not_renewed, summary.skipped, token)

    def undo(self, token: str) -> int:
        """Put back what one apply changed; returns the number of seats restored."""
        return self.store.write(lambda conn: self._undo(conn, token))

    def _undo(self, conn: Connection, token: str) -> int:
        u, st, sa_ = t.review_undo, t.seats, t.seat_assignments
        raw = conn.execute(sa.select(u.c.payload_json).where(u.c.token == token)).scalar()
        if raw is None:
            raise NotFound("That review change was already undone, or never made.")
        payload = json.loads(raw)
        versions = dict(conn.execute(sa.select(st.c.id, st.c.version).where(
            st.c.id.in_([c["seat_id"] for c in payload]))).all())
        moved = [c["seat_id"] for c in payload if versions.get(c["seat_id"]) != c["version"]]
        if moved:
            raise ConflictError(f"{len(moved)} seat(s) were changed or removed after the review "
                                "was applied, so it cannot be undone; nothing was changed.")
        now = self.clock().replace(microsecond=0)
        for change in payload:
            conn.execute(st.update().where(st.c.id == change["seat_id"]).values(
                person_id=change["person_id"], renew=change["renew"],
                version=change["version"] + 1))
            if change["closed"]:
                conn.execute(sa_.update().where(sa_.c.id.in_(change["closed"]))
                             .values(unassigned_at=None))
        conn.execute(t.review_decisions.update().where(
            t.review_decisions.c.seat_id.in_([c["seat_id"] for c in payload]))
            .values(applied_at=None))
        conn.execute(u.delete().where(u.c.token == token))
        audit.record(conn, audit.Change("review.undone", "roster", None,
                                        f"Undid a review change of {len(payload)} seat(s)"),
                     at=now, actor=self.actor)
        return len(payload)

    def sign_off(self, reviewer: str, on: date | None = None) -> SignOff:
        name = reviewer.strip()
        if not name:
            raise BadInput("Enter the reviewer's name to sign off.", field="reviewer")
        now = self.clock().replace(microsecond=0)
        day = on or now.date()

        def work(conn: Connection) -> None:
            conn.execute(t.review_signoffs.insert().values(reviewer=name, signed_on=day,
                                                           signed_at=now, actor=self.actor))
            audit.record(conn, audit.Change("review.signed_off", "roster", None,
                                            f"Review signed off by {name} on {day}"),
                         at=now, actor=self.actor)
        self.store.write(work)
        return SignOff(name, day, now)

    def sign_offs(self) -> list[SignOff]:
        r = t.review_signoffs
        return self.store.read(lambda conn: [
            SignOff(x.reviewer, x.signed_on, x.signed_at) for x in conn.execute(
                sa.select(r).order_by(r.c.signed_at.desc(), r.c.id.desc()))])

    def costs(self) -> RenewalCosts:
        return self.store.read(renewal_costs)


def _require_seat(conn: Connection, seat_id: int) -> None:
    if conn.execute(sa.select(t.seats.c.id).where(t.seats.c.id == seat_id)).first() is None:
        raise NotFound("That seat is no longer in the roster.")


def _plan(conn: Connection) -> tuple[ApplyResult, list[tuple[int, str, int | None, bool, int]]]:
    """Unapplied reclaim/do-not-renew decisions: the allowed changes and the refusals."""
    rd, st, s = t.review_decisions, t.seats, t.subscriptions
    rows = conn.execute(
        sa.select(rd.c.seat_id, rd.c.decision, st.c.licence_id, st.c.person_id, st.c.renew,
                  st.c.version, s.c.channel)
        .join(st, st.c.id == rd.c.seat_id).join(s, s.c.id == st.c.subscription_id)
        .where(rd.c.applied_at.is_(None), rd.c.decision.in_(["reclaim", "do_not_renew"]))
        .order_by(rd.c.seat_id)).all()
    changes: list[tuple[int, str, int | None, bool, int]] = []
    skipped: list[Skipped] = []
    for r in rows:
        reason = _refusal(r.decision, r.person_id, bool(r.renew), r.channel)
        if reason:
            skipped.append(Skipped(r.seat_id, r.licence_id, r.decision, reason))
        else:
            changes.append((r.seat_id, r.decision, r.person_id, bool(r.renew), r.version))
    return ApplyResult(sum(1 for c in changes if c[1] == "reclaim"),
                       sum(1 for c in changes if c[1] == "do_not_renew"),
                       tuple(skipped), None), changes


def _refusal(decision: str, person_id: int | None, renew: bool, channel: str) -> str | None:
    if decision == "reclaim":
        return None if person_id is not None else "The seat has no holder to reclaim it from."
    if channel == BillingChannel.APP_STORE.value:
        return ("AS-7: an App Store subscription stops renewing only when cancelled in the "
                "App Store; cancel it there before its cancel-by time.")
    return None if renew else "The seat is already set not to renew."
