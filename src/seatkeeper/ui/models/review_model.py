"""The Review table: findings with the decision recorded for their seat.

Findings are computed per kind in SQL with a limit (ReviewService.findings),
so they arrive as one snapshot: one worker call computes the findings, the
decisions and the renewal costs; the model's pages are slices of it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from seatkeeper.services.review import LISTED_PER_KIND, DecisionRow, ReviewService
from seatkeeper.services.review_costs import RenewalCosts
from seatkeeper.services.review_findings import KINDS, Finding, Findings
from seatkeeper.store.paging import TableQuery
from seatkeeper.ui.models.paged_table_model import Column, PagedTableModel
from seatkeeper.ui.tasks import TaskRunner

DECISION_NAMES = {"keep": "Keep", "reclaim": "Reclaim", "reassign": "Reassign",
                  "do_not_renew": "Do not renew"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewModel", text)


@dataclass(frozen=True)
class FindingRow:
    number: int
    finding: Finding
    decision: DecisionRow | None

    @property
    def decision_text(self) -> str:
        if self.decision is None:
            return ""
        text = _tr(DECISION_NAMES.get(self.decision.decision, self.decision.decision))
        return text + (_tr(" (applied)") if self.decision.applied_at else "")


@dataclass(frozen=True)
class Snapshot:
    findings: Findings
    costs: RenewalCosts
    decided: int
    rows: tuple[FindingRow, ...]  # after the kind and text filters, sorted


SORT_KEYS = {
    "kind": lambda r: (list(KINDS).index(r.finding.kind), r.finding.subscription or "",
                       r.finding.licence_id or ""),
    "subscription": lambda r: (r.finding.subscription or "", r.finding.licence_id or ""),
    "seat": lambda r: (r.finding.licence_id or "", r.finding.subscription or ""),
    "detail": lambda r: r.finding.detail,
    "decision": lambda r: (r.decision_text, r.finding.subscription or ""),
}


def review_columns() -> list[Column[FindingRow]]:
    return [
        Column("kind", _tr("Finding"), lambda r: r.finding.title,
               tooltip=lambda r: r.finding.title),
        Column("subscription", _tr("Subscription"), lambda r: r.finding.subscription or ""),
        Column("seat", _tr("Seat"), lambda r: r.finding.licence_id or "—",
               tone=lambda r: "muted" if r.finding.seat_id is None else None),
        Column("detail", _tr("Detail"), lambda r: r.finding.detail,
               tooltip=lambda r: r.finding.detail),
        Column("decision", _tr("Decision"), lambda r: r.decision_text,
               tooltip=lambda r: r.decision.note if r.decision and r.decision.note else None,
               tone=lambda r: "muted" if r.decision and r.decision.applied_at else None),
    ]


class ReviewSource:
    """The findings query and its last snapshot; ``days`` and ``kind`` set by the screen."""

    def __init__(self, review: ReviewService) -> None:
        self.review = review
        self.days = 14
        self.kind = ""  # "" = every kind
        self.listed_per_kind = LISTED_PER_KIND
        self._lock = threading.Lock()
        self.snapshot: Snapshot | None = None

    def count(self, filter_text: str) -> int:
        """Runs on a worker: computes the snapshot that the pages then slice."""
        findings = self.review.findings(self.days, self.listed_per_kind)
        decisions = {d.seat_id: d for d in self.review.decisions()}
        costs = self.review.costs()
        needle = filter_text.casefold()
        rows = [FindingRow(n, f, decisions.get(f.seat_id) if f.seat_id is not None else None)
                for n, f in enumerate(findings.items)
                if (not self.kind or f.kind == self.kind)]
        if needle:
            rows = [r for r in rows if needle in " ".join(
                (r.finding.title, r.finding.subscription or "", r.finding.licence_id or "",
                 r.finding.detail, r.decision_text)).casefold()]
        snapshot = Snapshot(findings, costs, len(decisions), tuple(rows))
        with self._lock:
            self.snapshot = snapshot
        return len(rows)

    def page(self, query: TableQuery) -> list[FindingRow]:
        with self._lock:
            snapshot = self.snapshot
        if snapshot is None:
            return []
        rows = sorted(snapshot.rows, key=SORT_KEYS.get(query.sort_key, SORT_KEYS["kind"]),
                      reverse=query.descending)
        return rows[query.offset:query.offset + query.limit]


class ReviewTableModel(PagedTableModel[FindingRow]):
    def __init__(self, runner: TaskRunner, source: ReviewSource) -> None:
        self.source = source
        super().__init__(runner, source.count, source.page, review_columns(),
                         lambda r: r.number, default_sort="kind")
