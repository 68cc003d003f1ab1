"""The Review table: findings with the decision recorded for their seat.

Findings are computed per kind in SQL with a limit (ReviewService.findings),
so they arrive as one snapshot (a ``SnapshotModel``): one worker call reads
the findings, the decisions and the renewal costs; the screen shows the
counts and costs beside the rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from seatkeeper.services.review import LISTED_PER_KIND, DecisionRow, ReviewService
from seatkeeper.services.review_costs import RenewalCosts
from seatkeeper.services.review_findings import KINDS, Finding, Findings
from seatkeeper.ui.i18n import render, tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.snapshot import Snapshot, SnapshotModel, SortKeys
from seatkeeper.ui.tasks import TaskRunner

CTX = "ReviewModel"


def decision_names() -> dict[str, str]:
    """The review decisions in words, in the order the decision box offers them."""
    return {"keep": tr(CTX, "Keep"), "reclaim": tr(CTX, "Reclaim"),
            "reassign": tr(CTX, "Reassign"), "do_not_renew": tr(CTX, "Do not renew")}


@dataclass(frozen=True)
class FindingRow:
    number: int
    finding: Finding
    decision: DecisionRow | None

    @property
    def decision_text(self) -> str:
        if self.decision is None:
            return ""
        text = decision_names().get(self.decision.decision, self.decision.decision)
        return text + (tr(CTX, " (applied)") if self.decision.applied_at else "")


@dataclass(frozen=True)
class ReviewSummary:
    """What the screen shows beside the rows: every kind's count, costs, decisions made."""

    findings: Findings
    costs: RenewalCosts
    decided: int
    undecided: int = 0  # findings without a decision (the sign-off says how many)


SORT_KEYS = {
    "kind": lambda r: (list(KINDS).index(r.finding.kind), r.finding.subscription or "",
                       r.finding.licence_id or ""),
    "subscription": lambda r: (r.finding.subscription or "", r.finding.licence_id or ""),
    "seat": lambda r: (r.finding.licence_id or "", r.finding.subscription or ""),
    "detail": lambda r: render(r.finding.detail),
    "decision": lambda r: (r.decision_text, r.finding.subscription or ""),
}


def review_columns() -> list[Column[FindingRow]]:
    return [
        Column("kind", tr(CTX, "Finding"), lambda r: render(r.finding.title),
               tooltip=lambda r: render(r.finding.title), words=True),
        Column("subscription", tr(CTX, "Subscription"), lambda r: r.finding.subscription or ""),
        Column("seat", tr(CTX, "Seat"), lambda r: r.finding.licence_id or "—",
               tone=lambda r: "muted" if r.finding.seat_id is None else None),
        Column("detail", tr(CTX, "Detail"), lambda r: render(r.finding.detail),
               tooltip=lambda r: render(r.finding.detail), words=True),
        Column("decision", tr(CTX, "Decision"), lambda r: r.decision_text,
               tooltip=lambda r: r.decision.note if r.decision and r.decision.note else None,
               tone=lambda r: "muted" if r.decision and r.decision.applied_at else None,
               words=True),
    ]


def review_query(review: ReviewService, days: int, kind: str, listed_per_kind: int,
                 text: str) -> Callable[[], Snapshot[FindingRow]]:
    """The work that reads one review snapshot (on a worker)."""
    needle = text.casefold()

    def work() -> Snapshot[FindingRow]:
        findings = review.findings(days, listed_per_kind)
        decisions = {d.seat_id: d for d in review.decisions()}
        costs = review.costs()
        rows = [FindingRow(n, f, decisions.get(f.seat_id) if f.seat_id is not None else None)
                for n, f in enumerate(findings.items) if not kind or f.kind == kind]
        if needle:
            rows = [r for r in rows if needle in " ".join(
                (render(r.finding.title), r.finding.subscription or "",
                 r.finding.licence_id or "", render(r.finding.detail),
                 r.decision_text)).casefold()]
        # A finding counts as decided when its seat has a decision; findings past the
        # listing limit are not read, so they count as undecided (the sign-off errs on
        # the side of saying more is open).
        decided_findings = sum(1 for f in findings.items
                               if f.seat_id is not None and f.seat_id in decisions)
        undecided = sum(findings.counts.values()) - decided_findings
        return Snapshot(rows, ReviewSummary(findings, costs, len(decisions), undecided))
    return work


class ReviewTableModel(SnapshotModel[FindingRow]):
    """Findings and their decisions; ``days`` and ``kind`` are set by the screen."""

    def __init__(self, runner: TaskRunner, review: ReviewService) -> None:
        self.review = review
        self.days = 14
        self.kind = ""  # "" = every kind
        self.listed_per_kind = LISTED_PER_KIND
        super().__init__(runner, lambda text: review_query(
            self.review, self.days, self.kind, self.listed_per_kind, text),
            review_columns(), lambda r: r.number, SortKeys(SORT_KEYS), default_sort="kind")

    @property
    def summary(self) -> ReviewSummary | None:
        extra = self.extra
        return extra if isinstance(extra, ReviewSummary) else None
