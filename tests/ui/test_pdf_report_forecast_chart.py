"""The PDF report ends with the forecast chart, drawn on the PDF's own painter."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from seatkeeper.services.bundle import Services
from seatkeeper.services.transfer import ExportRequest, export
from seatkeeper.ui.pdf_report import html_to_pdf

SHOTS = Path("/work/shots/i20-spend")


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", path.read_bytes()))


def test_the_chart_is_a_page_of_its_own_after_the_report(qapp: object, demo_services: Services,
                                                         tmp_path: Path) -> None:
    demo_services.rates.set(date(2026, 11, 20), "EUR", "USD", Decimal("1.0400"))
    plain = tmp_path / "plain.pdf"
    with_chart = tmp_path / "chart.pdf"
    result = export(demo_services, ExportRequest("pdf", with_chart), render_pdf=html_to_pdf)
    html = (tmp_path / "r.html")
    export(demo_services, ExportRequest("html", html))
    pages = html_to_pdf(html.read_text(encoding="utf-8"), plain)
    assert result.pages == pages + 1 == _pages(with_chart)
    assert _pages(plain) == pages
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "review-with-chart.pdf").write_bytes(with_chart.read_bytes())


def test_nothing_to_chart_leaves_the_report_as_it_was(qapp: object, tmp_path: Path,
                                                      demo_services: Services) -> None:
    forecast = demo_services.forecast.next_months("vendor", "ISK", date(2026, 11, 22))
    assert not any(m.charges for m in forecast.months)  # no ISK rates: nothing converted
    path = tmp_path / "r.pdf"
    assert html_to_pdf("<p>x</p>", path, forecast=forecast) == 1 == _pages(path)
