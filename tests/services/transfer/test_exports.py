"""services.transfer.export: one dispatch by format for the window and the CLI."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar

from seatkeeper.domain.errors import BadInput
from seatkeeper.services import exporting
from seatkeeper.services.bundle import Services
from seatkeeper.services.forecast import Forecast
from seatkeeper.services.transfer import EXPORT_FORMATS, ExportRequest, export


class Renderer:
    """Stands in for Qt's PDF writer (in ui/): keeps the HTML it was handed."""

    def __init__(self) -> None:
        self.html: list[str] = []
        self.forecasts: list[Forecast | None] = []

    def __call__(self, html: str, path: Path, *, forecast: Forecast | None = None) -> int:
        self.html.append(html)
        self.forecasts.append(forecast)
        path.write_bytes(b"%PDF-1.4\n%%EOF\n")
        return 3


def test_every_export_format_writes_its_kind_of_file(demo_services: Services,
                                                     tmp_path: Path) -> None:
    renderer = Renderer()
    written = {fmt: export(demo_services, ExportRequest(fmt, tmp_path / f"out.{fmt}", days=60),
                           render_pdf=renderer) for fmt in EXPORT_FORMATS}
    assert set(written) == {"csv", "xlsx", "json", "html", "ics", "pdf"}
    assert all(result.fmt == fmt and result.path == tmp_path / f"out.{fmt}"
               for fmt, result in written.items())
    with (tmp_path / "out.csv").open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == exporting.SEAT_HEADERS
    assert written["csv"].rows == len(rows) - 1 == 29
    assert zipfile.is_zipfile(tmp_path / "out.xlsx")
    assert written["xlsx"].rows == 29
    roster = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(roster["subscriptions"]) == 8
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "<h1>Licence roster review</h1>" in html
    assert "deadlines within 60 days" in html
    events = Calendar.from_ical((tmp_path / "out.ics").read_bytes()).walk("VEVENT")
    assert written["ics"].deadlines == len(events) >= 4
    assert written["pdf"].pages == 3
    assert len(renderer.html) == 1
    assert "<h1>Licence roster review</h1>" in renderer.html[0]
    # The next 12 months' charges: a table in the report, and for the PDF the chart's data.
    assert "Charges in the next 12 months (USD)" in html
    (forecast,) = renderer.forecasts
    assert forecast is not None
    assert forecast.currency == "USD"
    assert len(forecast.months) == 12
    assert "The chart of these charges is on the last page." in renderer.html[0]


def test_json_export_holds_secrets_only_when_asked(demo_services: Services,
                                                   tmp_path: Path) -> None:
    plain, secret = tmp_path / "plain.json", tmp_path / "secret.json"
    export(demo_services, ExportRequest("json", plain))
    export(demo_services, ExportRequest("json", secret, include_secrets=True))
    assert json.loads(plain.read_text(encoding="utf-8")).get("secrets", []) == []
    assert json.loads(secret.read_text(encoding="utf-8"))["secrets"]


@pytest.mark.parametrize("fmt", ["docx", "", "CSV", "pdf "])
def test_an_unknown_export_format_is_refused_in_plain_words(
        demo_services: Services, tmp_path: Path, fmt: str) -> None:
    with pytest.raises(BadInput) as refused:
        export(demo_services, ExportRequest(fmt, tmp_path / "out"), render_pdf=Renderer())
    assert refused.value.msg.id == "transfer.export_format_unknown"
    assert refused.value.message == (f"“{fmt}” is not an export format (csv, xlsx, json, "
                                     "html, ics or pdf).")
    assert not (tmp_path / "out").exists()


def test_a_pdf_without_a_renderer_is_refused_before_anything_is_written(
        demo_services: Services, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="export the report as HTML instead"):
        export(demo_services, ExportRequest("pdf", tmp_path / "out.pdf"))
    assert not (tmp_path / "out.pdf").exists()


def test_a_report_to_an_unwritable_place_is_one_plain_sentence(
        demo_services: Services, tmp_path: Path) -> None:
    where = tmp_path / "missing-folder" / "review.html"
    with pytest.raises(BadInput) as refused:
        export(demo_services, ExportRequest("html", where))
    assert refused.value.message == (f"The report cannot be written to {where}: "
                                     "No such file or directory.")
