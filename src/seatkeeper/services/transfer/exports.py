"""Exports by format: seats, the roster, the review report and the deadlines calendar.

One table says which writer makes which format, so the window's File → Export
and ``seatkeeper export`` cannot drift apart. The report is HTML made here;
as PDF it goes through the caller's renderer (Qt's PDF writer, in ``ui``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.locale_values import file_locale
from seatkeeper.domain.messages import ENGLISH, Wording, message
from seatkeeper.services import exporting
from seatkeeper.services.calendar_export import write_ics
from seatkeeper.services.deadlines import DeadlineEntry
from seatkeeper.services.forecast import Forecast
from seatkeeper.services.report import ReportOptions, review_html

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services

# Seats (csv, xlsx), the whole roster (json), the review report (html, pdf), deadlines (ics).
EXPORT_FORMATS = ("csv", "xlsx", "json", "html", "ics", "pdf")
_TABLES = frozenset({"csv", "xlsx", "json"})  # services.exporting writes these
REPORT_DAYS = 14

UNKNOWN_FORMAT = message("transfer.export_format_unknown",
                         "“{fmt}” is not an export format (csv, xlsx, json, html, ics or pdf).")
REPORT_UNWRITABLE = message("transfer.report_unwritable",
                            "The report cannot be written to {path}: {reason}.")
NO_PDF_WRITER = message("transfer.no_pdf_writer",
                        "A PDF needs the window's PDF writer, which is not loaded here; "
                        "export the report as HTML instead.")

class PdfRenderer(Protocol):
    """Writes the review report's HTML to the file, with the forecast chart on a page of its
    own when ``forecast`` has charges; returns the number of pages."""

    def __call__(self, html: str, path: Path, *, forecast: Forecast | None = None) -> int: ...


@dataclass(frozen=True)
class ExportRequest:
    """What to export where; ``days`` is how far ahead the report and calendar look."""

    fmt: str
    path: Path
    include_secrets: bool = False
    days: int = REPORT_DAYS
    locale: str = "en-US"  # a CSV's: how its numbers and dates are written (issue 15)
    wording: Wording = ENGLISH  # the report's language and formats (issue 14)


@dataclass(frozen=True)
class ExportResult:
    """What was written: rows for seats and roster, pages for a PDF, events for a calendar."""

    fmt: str
    path: Path
    rows: int = 0
    pages: int = 0
    deadlines: int = 0


def export(services: Services, request: ExportRequest, *,
           render_pdf: PdfRenderer | None = None) -> ExportResult:
    """Write ``request.fmt`` to ``request.path``; an unknown format is refused in words."""
    fmt, path = request.fmt, request.path
    if fmt not in EXPORT_FORMATS:
        raise BadInput(UNKNOWN_FORMAT(fmt=fmt), field="format")
    if fmt in _TABLES:
        options: dict[str, Any] = {}
        if fmt == "json":
            options = {"include_secrets": request.include_secrets, "vault": services.vault}
        elif fmt == "csv":
            options = {"locale": file_locale(request.locale)}
        written = exporting.export(services.store, fmt, path, **options)
        return ExportResult(fmt, Path(written.path), rows=written.rows)
    if fmt == "ics":
        now = services.clock()
        entries = services.deadlines.within(request.days, now)
        return ExportResult(fmt, path, deadlines=write_calendar(services, path, entries, now))
    if fmt == "pdf" and render_pdf is None:
        raise BadInput(NO_PDF_WRITER(), field="format")
    forecast = services.forecast.next_months(
        "vendor", services.spend.main_currency(), services.clock().date())
    charted = fmt == "pdf" and any(m.charges for m in forecast.months)
    html = review_html(services.store, services.review, ReportOptions(days=request.days),
                       request.wording, forecast, chart_follows=charted)
    if render_pdf is not None and fmt == "pdf":
        return ExportResult(fmt, path, pages=render_pdf(html, path, forecast=forecast))
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as error:
        raise BadInput(REPORT_UNWRITABLE(path=path, reason=error.strerror)) from None
    return ExportResult(fmt, path)


def write_calendar(services: Services, path: Path, entries: list[DeadlineEntry],
                   now: datetime) -> int:
    """The deadlines as an ICS file, with the admin's reminder lead times as alarms."""
    return write_ics(path, entries, now, services.reminders.lead_times())
