"""The review report as one self-contained HTML page (the GUI/CLI print it to PDF).

Every value from the roster is HTML-escaped; the style is inline, with no
external fonts, images or scripts, so the file opens the same anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from seatkeeper.domain.money import Money
from seatkeeper.services.review import ReviewService
from seatkeeper.services.review_costs import RenewalCosts
from seatkeeper.services.review_findings import KINDS
from seatkeeper.services.roster import RosterService
from seatkeeper.store.engine import Store

STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #222; margin: 2em; }
h1 { font-size: 16pt; margin-bottom: 0; } h2 { font-size: 12pt; margin-top: 1.5em; }
.meta { color: #555; } table { border-collapse: collapse; width: 100%; margin-top: .5em; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; } td.num { text-align: right; }
"""


@dataclass(frozen=True)
class ReportOptions:
    days: int = 14
    findings_limit: int = 200  # per kind; the counts are always the true totals


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]],
           numeric: frozenset[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="num">{escape(_text(v))}</td>' if i in numeric
            else f"<td>{escape(_text(v))}</td>" for i, v in enumerate(row)) + "</tr>"
        for row in rows)
    if not body:
        body = f'<tr><td colspan="{len(headers)}">None.</td></tr>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _money(amounts: tuple[Money, ...]) -> str:
    return ", ".join(str(m) for m in amounts) or "0.00"


def _costs(costs: RenewalCosts) -> str:
    currencies = sorted({m.currency for m in (*costs.before, *costs.after)})
    before = {m.currency: m for m in costs.before}
    after = {m.currency: m for m in costs.after}
    rows = [(c, str(before.get(c, Money.zero(c))), str(after.get(c, Money.zero(c))),
             str(after.get(c, Money.zero(c)) - before.get(c, Money.zero(c))))
            for c in currencies]
    return _table(["Currency", "Before decisions", "After decisions", "Change"], rows,
                  frozenset({1, 2, 3}))


def review_html(store: Store, service: ReviewService,
                options: ReportOptions = ReportOptions()) -> str:
    """The whole report: summary counts, findings, decisions, renewal cost, sign-off."""
    counts = RosterService(store).counts()
    findings = service.findings(options.days, options.findings_limit)
    decisions = service.decisions()
    costs = service.costs()
    signoffs = service.sign_offs()
    as_of = findings.as_of.strftime("%Y-%m-%d %H:%M UTC")
    summary = _table(["Roster", "Count"], [
        ("Subscriptions", counts.subscriptions), ("Seats", counts.seats),
        ("Assigned seats", counts.assigned), ("Devices", counts.devices),
        ("Pending deliveries", counts.pending_deliveries),
        ("Decisions recorded", len(decisions)),
    ], frozenset({1}))
    finding_counts = _table(["Finding", "Count"],
                            [(KINDS[k], n) for k, n in findings.counts.items()], frozenset({1}))
    listed = _table(["Finding", "Subscription", "Seat", "Detail"],
                    [(f.title, f.subscription, f.licence_id, f.detail) for f in findings.items])
    decided = _table(["Subscription", "Seat", "Holder", "Decision", "Note", "Applied"],
                     [(d.subscription, d.licence_id, d.holder, d.decision.replace("_", " "),
                       d.note, d.applied_at.strftime("%Y-%m-%d") if d.applied_at else "no")
                      for d in decisions])
    signed = (f"Signed off by {escape(signoffs[0].reviewer)} on "
              f"{signoffs[0].signed_on.isoformat()}." if signoffs else "Not signed off yet.")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Seatkeeper review {escape(as_of)}</title><style>{STYLE}</style></head><body>"
        f"<h1>Licence roster review</h1><p class=\"meta\">{escape(store.location.label)} · "
        f"as of {escape(as_of)} · deadlines within {findings.days} days</p>"
        f"<h2>Summary</h2>{summary}"
        f"<h2>Next renewal cost</h2><p>Before decisions: {escape(_money(costs.before))}; "
        f"after: {escape(_money(costs.after))}.</p>{_costs(costs)}"
        f"<h2>Findings</h2>{finding_counts}<h2>Finding details</h2>{listed}"
        f"<h2>Decisions</h2>{decided}<h2>Sign-off</h2><p>{signed}</p>"
        "</body></html>\n"
    )
