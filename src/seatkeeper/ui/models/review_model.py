"""The Review table: findings with the decision recorded for their seat, paged from SQL.

Every finding kind is a query (``store.review_findings``); together they are
one table there, filtered, sorted, paged and joined to the decisions in SQL,
so this is a ``SqlPagedModel`` like Licences: the count of the filter's
matches is capped first and made exact afterwards, and only the pages in view
are read. Beside the rows the screen shows the summary (each kind's count,
the renewal costs, the decisions recorded), read after each load: capped
counts first, then the exact ones in the background.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer, Signal

from seatkeeper.services.review import (
    FindingFilter,
    ReviewedFinding,
    ReviewService,
    SeatDecision,
)
from seatkeeper.services.review_costs import RenewalCosts
from seatkeeper.services.review_findings import DETAILS, KINDS, Finding, Findings
from seatkeeper.store.paging import FILTER_COUNT_CAP, TableQuery
from seatkeeper.ui.i18n import render, template_words, tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import EXACT_COUNT_DELAY_MS, SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner

CTX = "ReviewModel"


def decision_names() -> dict[str, str]:
    """The review decisions in words, in the order the decision box offers them."""
    return {"keep": tr(CTX, "Keep"), "reclaim": tr(CTX, "Reclaim"),
            "reassign": tr(CTX, "Reassign"), "do_not_renew": tr(CTX, "Do not renew")}


@dataclass(frozen=True)
class FindingRow:
    number: int  # stable for the finding (kind, subscription, row): selection follows it
    finding: Finding
    decision: SeatDecision | None

    @property
    def decision_text(self) -> str:
        if self.decision is None:
            return ""
        text = decision_names().get(self.decision.decision, self.decision.decision)
        return text + (tr(CTX, " (applied)") if self.decision.applied_at else "")


@dataclass(frozen=True)
class ReviewSummary:
    """What the screen shows beside the rows: every kind's count, costs, decisions made."""

    findings: Findings  # counts only (the rows are the table's)
    costs: RenewalCosts
    decided: int  # decisions recorded
    undecided: int = 0  # findings without a decision (the sign-off says how many)
    exact: bool = True  # False: a count above the cap is the cap + 1


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


def finding_filter(kind: str, text: str) -> FindingFilter:
    """The filter for ``text``: values in SQL, and the kinds and decisions whose words (in
    the admin's language: title, detail's words, decision) hold it."""
    needle = text.strip().casefold()
    if not needle:
        return FindingFilter(kind=kind)
    worded = set()
    for name, title in KINDS.items():
        words = [render(title())]
        if name in DETAILS:
            words.append(template_words(DETAILS[name]))
        if any(needle in w.casefold() for w in words):
            worded.add(name)
    decisions = {d for d, words in decision_names().items() if needle in words.casefold()}
    return FindingFilter(kind=kind, text=text.strip(), kinds_worded=frozenset(worded),
                         decisions_worded=frozenset(decisions))


def _row(found: ReviewedFinding) -> FindingRow:
    return FindingRow(hash(found.key), found.finding, found.decision)


class ReviewTableModel(SqlPagedModel[FindingRow]):
    """Findings and their decisions; ``days`` and ``kind`` are set by the screen."""

    summary_changed = Signal()

    def __init__(self, runner: TaskRunner, review: ReviewService) -> None:
        self.review = review
        self.days = 14
        self.kind = ""  # "" = every kind
        self.summary_cap = FILTER_COUNT_CAP  # each kind counted up to this first
        self._summary: ReviewSummary | None = None
        self._summary_generation = 0
        super().__init__(
            runner, lambda text, at_most: review.count_findings(
                self.days, finding_filter(self.kind, text), at_most),
            lambda query: [_row(f) for f in review.finding_page(
                self.days, finding_filter(self.kind, query.filter_text), query)],
            review_columns(), lambda r: r.number, default_sort="kind",
            count_cap=FILTER_COUNT_CAP, cap_unfiltered=True)
        self.loaded.connect(self._read_summary)
        self.reloaded.connect(self._read_summary)

    @property
    def summary(self) -> ReviewSummary | None:
        return self._summary

    def page(self, query: TableQuery) -> list[FindingRow]:
        """One page as the table reads it (tests, the benchmark)."""
        return [_row(f) for f in self.review.finding_page(
            self.days, finding_filter(self.kind, query.filter_text), query)]

    def _read_summary(self) -> None:
        self._summary_generation += 1
        generation, days, review = self._summary_generation, self.days, self.review
        cap = self.summary_cap

        def work(exact: bool) -> ReviewSummary:
            counted = review.kind_counts(days, None if exact else cap)
            total = sum(counted.counts.values())
            undecided = total - counted.decided if counted.decided is not None else total
            return ReviewSummary(Findings(counted.counts, (), review.clock(), days),
                                 review.costs(), review.decision_count(), undecided,
                                 counted.exact)

        def arrived(summary: ReviewSummary) -> None:
            if generation != self._summary_generation:
                return
            self._summary = summary
            self.summary_changed.emit()
            if not summary.exact:
                QTimer.singleShot(EXACT_COUNT_DELAY_MS, exactly)

        def exactly() -> None:
            if generation != self._summary_generation:
                return
            self._runner.run(lambda: work(True), exact_arrived,
                             self._runner.report, background=True,
                             owner=self)

        def exact_arrived(summary: ReviewSummary) -> None:
            if generation == self._summary_generation:
                self._summary = replace(summary, exact=True)
                self.summary_changed.emit()

        self._runner.run(lambda: work(False), arrived, self._runner.report,
                         owner=self)
