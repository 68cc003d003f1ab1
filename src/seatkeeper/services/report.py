"""The review report as one self-contained HTML page (the GUI/CLI print it to PDF).

Every value from the roster is HTML-escaped; the style is inline, with no
external fonts, images or scripts, so the file opens the same anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from seatkeeper.domain.messages import ENGLISH, Message, MessageDef, Wording, message
from seatkeeper.domain.money import Money
from seatkeeper.services.audit_log import AuditHead, AuditLog
from seatkeeper.services.forecast import Forecast
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



TITLE = message("report.title", "Licence roster review")
DOC_TITLE = message("report.doc_title", "Seatkeeper review {as_of}")
META = message("report.meta", "{roster} · as of {as_of} · deadlines within {n} day",
         "{roster} · as of {as_of} · deadlines within {n} days")
SUMMARY = message("report.summary", "Summary")
ROSTER = message("report.roster", "Roster")
COUNT = message("report.count", "Count")
SUBSCRIPTIONS = message("report.subscriptions", "Subscriptions")
SEATS = message("report.seats", "Seats")
ASSIGNED = message("report.assigned_seats", "Assigned seats")
DEVICES = message("report.devices", "Devices")
PENDING = message("report.pending_deliveries", "Pending deliveries")
DECISIONS_RECORDED = message("report.decisions_recorded", "Decisions recorded")
NEXT_RENEWAL = message("report.next_renewal", "Next renewal cost")
BEFORE_AFTER = message("report.before_after", "Before decisions: {before}; after: {after}.")
CURRENCY = message("report.currency", "Currency")
BEFORE = message("report.before", "Before decisions")
AFTER = message("report.after", "After decisions")
CHANGE = message("report.change", "Change")
FINDINGS = message("report.findings", "Findings")
FINDING = message("report.finding", "Finding")
FINDING_DETAILS = message("report.finding_details", "Finding details")
SUBSCRIPTION = message("report.subscription", "Subscription")
SEAT = message("report.seat", "Seat")
DETAIL = message("report.detail", "Detail")
DECISIONS = message("report.decisions", "Decisions")
HOLDER = message("report.holder", "Holder")
DECISION = message("report.decision", "Decision")
NOTE = message("report.note", "Note")
APPLIED = message("report.applied", "Applied")
NOT_APPLIED = message("report.not_applied", "no")
NONE = message("report.none", "None.")
SIGN_OFF = message("report.sign_off", "Sign-off")
SIGNED = message("report.signed", "Signed off by {reviewer} on {on}.")
NOT_SIGNED = message("report.not_signed", "Not signed off yet.")
FORECAST = message("report.forecast", "Charges in the next 12 months ({currency})")
MONTH = message("report.month", "Month (from)")
CHARGES = message("report.charges", "Will charge")
LAPSES = message("report.lapses", "Lapses (not charged)")
DECIDED_AGAINST = message("report.decided_against", "Decided against in review (saved)")
FORECAST_MISSING = message("report.forecast_missing",
                           "Not counted, no exchange rate: {amounts}.")
FORECAST_CHART = message("report.forecast_chart",
                         "The chart of these charges is on the last page.")
AUDIT_HEAD = message("report.audit_head", "The audit log held {count} events when this report "
                     "was made; the newest is event {event}, whose hash begins {hash}. Check "
                     "later that none was removed or rewritten with: seatkeeper audit verify "
                     "--head {event}:{hash}")
AUDIT_EMPTY = message("report.audit_empty", "The audit log held no events when this report was "
                      "made.")
DECISION_WORDS = {
    "keep": message("report.decision.keep", "Keep"),
    "reclaim": message("report.decision.reclaim", "Reclaim"),
    "reassign": message("report.decision.reassign", "Reassign"),
    "do_not_renew": message("report.decision.do_not_renew", "Do not renew"),
}


class _Page:
    """The report's pieces in one wording: tables of escaped cells, words, values."""

    def __init__(self, wording: Wording) -> None:
        self.w = wording

    def say(self, definition: MessageDef, **args: object) -> str:
        return escape(self.w.say(definition(**args)))

    def cell(self, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, Message):
            return escape(self.w.say(value))
        return escape(value if isinstance(value, str) else self.w.value(value))

    def table(self, headers: Sequence[MessageDef], rows: Iterable[Sequence[object]],
              numeric: frozenset[int] = frozenset()) -> str:
        head = "".join(f"<th>{self.say(h)}</th>" for h in headers)
        body = "".join(
            "<tr>" + "".join(
                f'<td class="num">{self.cell(v)}</td>' if i in numeric
                else f"<td>{self.cell(v)}</td>" for i, v in enumerate(row)) + "</tr>"
            for row in rows)
        if not body:
            body = f'<tr><td colspan="{len(headers)}">{self.say(NONE)}</td></tr>'
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def money(self, amounts: tuple[Money, ...]) -> str:
        return ", ".join(self.w.value(m) for m in amounts) or self.w.value(0)

    def costs(self, costs: RenewalCosts) -> str:
        currencies = sorted({m.currency for m in (*costs.before, *costs.after)})
        before = {m.currency: m for m in costs.before}
        after = {m.currency: m for m in costs.after}
        rows = [(c, before.get(c, Money.zero(c)), after.get(c, Money.zero(c)),
                 after.get(c, Money.zero(c)) - before.get(c, Money.zero(c)))
                for c in currencies]
        return self.table([CURRENCY, BEFORE, AFTER, CHANGE], rows, frozenset({1, 2, 3}))


def forecast_html(page: _Page, forecast: Forecast, *, chart_follows: bool) -> str:
    """The 12 months' charges as a table (the PDF adds the chart on a page of its own)."""
    rows = [(m.month, m.total, m.lapsing, m.decided) for m in forecast.months]
    table = page.table([MONTH, CHARGES, LAPSES, DECIDED_AGAINST], rows, frozenset({1, 2, 3}))
    notes = ""
    if forecast.missing:
        notes += f"<p>{page.say(FORECAST_MISSING, amounts=page.money(forecast.missing))}</p>"
    if chart_follows:
        notes += f"<p>{page.say(FORECAST_CHART)}</p>"
    return f"<h2>{page.say(FORECAST, currency=forecast.currency)}</h2>{table}{notes}"


def audit_head_text(page: _Page, head: AuditHead | None) -> str:
    if head is None:
        return page.say(AUDIT_EMPTY)
    # The id and the hash stand bare: grouping digits would break the command to type.
    return page.say(AUDIT_HEAD, count=head.count, event=str(head.event_id), hash=head.short)


def review_html(store: Store, service: ReviewService,
                options: ReportOptions = ReportOptions(), wording: Wording = ENGLISH,
                forecast: Forecast | None = None, *, chart_follows: bool = False) -> str:
    """The whole report: summary counts, findings, decisions, renewal cost, the next 12
    months' charges (with ``forecast``), sign-off, in ``wording``'s language and formats
    (instants in the reader's time zone)."""
    page = _Page(wording)
    counts = RosterService(store).counts()
    findings = service.findings(options.days, options.findings_limit)
    decisions = service.decisions()
    costs = service.costs()
    signoffs = service.sign_offs()
    as_of = wording.value(findings.as_of)  # with its time zone named
    summary = page.table([ROSTER, COUNT], [
        (SUBSCRIPTIONS(), counts.subscriptions), (SEATS(), counts.seats),
        (ASSIGNED(), counts.assigned), (DEVICES(), counts.devices),
        (PENDING(), counts.pending_deliveries), (DECISIONS_RECORDED(), len(decisions)),
    ], frozenset({1}))
    finding_counts = page.table([FINDING, COUNT],
                                [(KINDS[k](), n) for k, n in findings.counts.items()],
                                frozenset({1}))
    listed = page.table([FINDING, SUBSCRIPTION, SEAT, DETAIL],
                        [(f.title, f.subscription, f.licence_id, f.detail)
                         for f in findings.items])
    decided = page.table(
        [SUBSCRIPTION, SEAT, HOLDER, DECISION, NOTE, APPLIED],
        [(d.subscription, d.licence_id, d.holder,
          DECISION_WORDS[d.decision]() if d.decision in DECISION_WORDS else d.decision,
          d.note, d.applied_at.date() if d.applied_at else NOT_APPLIED())
         for d in decisions])
    signed = (page.say(SIGNED, reviewer=signoffs[0].reviewer, on=signoffs[0].signed_on)
              if signoffs else page.say(NOT_SIGNED))
    head = AuditLog(store).head()  # printed beside the sign-off: checkable on paper later
    signed += f'</p><p class="meta">{audit_head_text(page, head)}'

    return (
        f"<!DOCTYPE html>\n<html lang=\"{escape(wording.lang)}\"><head><meta charset=\"utf-8\">"
        f"<title>{page.say(DOC_TITLE, as_of=as_of)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{page.say(TITLE)}</h1><p class=\"meta\">"
        f"{page.say(META, roster=store.location.label, as_of=as_of, n=findings.days)}</p>"
        f"<h2>{page.say(SUMMARY)}</h2>{summary}"
        f"<h2>{page.say(NEXT_RENEWAL)}</h2><p>"
        f"{page.say(BEFORE_AFTER, before=page.money(costs.before), after=page.money(costs.after))}"
        f"</p>{page.costs(costs)}"
        f"{forecast_html(page, forecast, chart_follows=chart_follows) if forecast else ''}"
        f"<h2>{page.say(FINDINGS)}</h2>{finding_counts}"
        f"<h2>{page.say(FINDING_DETAILS)}</h2>{listed}"
        f"<h2>{page.say(DECISIONS)}</h2>{decided}<h2>{page.say(SIGN_OFF)}</h2><p>{signed}</p>"
        "</body></html>\n"
    )
