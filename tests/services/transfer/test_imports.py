"""services.transfer imports: which reader a file gets, the dry run, and the write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.bundle import Services
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.transfer import (
    IMPORT_FORMATS,
    ExportRequest,
    export,
    import_roster,
    is_json,
    read_headers,
    read_import,
    reader_format,
)
from seatkeeper.store.open import open_store
from tests.conftest import TEST_DATA

SNIPEIT = TEST_DATA / "snipeit_licences.csv"
CTX = ImportContext(date(2026, 11, 22), "it@example.com")


@pytest.fixture
def exported(tmp_path: Path, vault: MemoryVault, clock: Clock) -> dict[str, Path]:
    """The demo roster (a file of its own) as seats (csv, xlsx) and whole (json)."""
    source = open_store(str(tmp_path / "source.sqlite"))
    build_demo(source, vault, clock, "test-admin")
    services = Services(source, vault, clock, "test-admin")
    files = {fmt: tmp_path / f"demo.{fmt}" for fmt in ("csv", "xlsx", "json")}
    for fmt, path in files.items():
        export(services, ExportRequest(fmt, path))
    services.close()
    return files


@pytest.mark.parametrize(("name", "fmt", "reader", "as_json"), [
    ("a.csv", None, None, False),
    ("a.csv", "auto", None, False),
    ("a.xlsx", None, "xlsx", False),
    ("a.ODS", None, "xlsx", False),
    ("a.json", None, None, True),
    ("a.xlsx", "csv", "csv", False),  # a named format wins over the name
    ("a.xlsx", "snipeit", "csv", False),
    ("a.txt", "xlsx", "xlsx", False),
    ("a.csv", "json", None, True),
])
def test_the_reader_follows_the_named_format_then_the_file_name(
        name: str, fmt: str | None, reader: str | None, as_json: bool) -> None:
    assert is_json(Path(name), fmt) is as_json
    if not as_json:
        assert reader_format(Path(name), fmt) == reader


def test_every_import_format_reads_and_imports(exported: dict[str, Path],
                                               empty_services: Services) -> None:
    plans = {"csv": read_import(exported["csv"], "csv", CTX),
             "xlsx": read_import(exported["xlsx"], "xlsx", CTX),
             "snipeit": read_import(SNIPEIT, "snipeit", CTX),
             "json": read_import(exported["json"], "json", CTX)}
    assert set(plans) == set(IMPORT_FORMATS)
    for fmt in ("csv", "xlsx"):
        plan = plans[fmt]
        assert isinstance(plan, ImportPlan)
        assert (plan.fmt, plan.total) == ("generic", 29)
        # One lapsing seat's status ("Lapses 2027-04-22") does not read back (services.exporting).
        assert plan.good_rows >= 28
    snipeit = plans["snipeit"]
    assert isinstance(snipeit, ImportPlan)
    assert (snipeit.fmt, snipeit.total, snipeit.good_rows, snipeit.bad_rows) == (
        "snipeit", 6, 4, 2)
    roster = plans["json"]
    assert isinstance(roster, JsonPlan)
    assert roster.errors == []
    assert import_roster(empty_services, roster)["subscriptions"] == 8
    assert empty_services.roster.counts().seats == 29
    result = import_roster(empty_services, snipeit, mode="skip_bad")
    assert (result.imported, result.rejected) == (4, 2)
    assert empty_services.roster.counts().subscriptions == 8 + 4


def test_auto_goes_by_the_file_name_and_the_header_row(exported: dict[str, Path],
                                                       tmp_path: Path) -> None:
    assert read_headers(SNIPEIT, None)[0] == "snipeit"
    assert read_headers(SNIPEIT, "csv")[0] == "generic"  # named: no guessing
    kind, headers = read_headers(exported["xlsx"], None)
    assert kind == "generic"
    assert "licence_id" in headers
    assert isinstance(read_import(exported["json"], None, CTX), JsonPlan)
    misnamed = tmp_path / "seats.xlsx"
    misnamed.write_bytes(exported["csv"].read_bytes())
    with pytest.raises(BadInput):
        read_import(misnamed, None, CTX)  # by its name, a workbook: it is not one
    plan = read_import(misnamed, "csv", CTX)
    assert isinstance(plan, ImportPlan)
    assert plan.total == 29


def test_a_mapping_given_is_used_instead_of_the_guess(exported: dict[str, Path]) -> None:
    plan = read_import(exported["csv"], "csv", CTX, {"subscription": "subscription"})
    assert isinstance(plan, ImportPlan)
    assert plan.mapping == {"subscription": "subscription"}
    with pytest.raises(BadInput, match="No column is mapped to “subscription”"):
        read_import(exported["csv"], "csv", CTX, {})


@pytest.mark.parametrize("fmt", ["ods", "Snipe-IT", "html"])
def test_an_unknown_import_format_is_refused_in_plain_words(exported: dict[str, Path],
                                                            fmt: str) -> None:
    for call in (lambda: read_import(exported["csv"], fmt, CTX),
                 lambda: read_headers(exported["csv"], fmt)):
        with pytest.raises(BadInput) as refused:
            call()
        assert refused.value.msg.id == "transfer.import_format_unknown"
        assert refused.value.message == (f"“{fmt}” is not an import format (csv, xlsx, "
                                         "snipeit or json).")


def test_vl19_a_json_roster_claiming_ten_devices_a_volume_seat_is_refused(
        exported: dict[str, Path], tmp_path: Path) -> None:
    import json

    data = json.loads(exported["json"].read_text(encoding="utf-8"))
    volume = next(s for s in data["subscriptions"] if s["kind"] == "volume")
    volume["devices_per_seat"] = 10
    store_plan = next(s for s in data["subscriptions"] if s["channel"] == "app_store"
                      and s["kind"] != "trial")
    store_plan["devices_per_seat"] = 8
    store_plan["notice_days"] = 7  # accepted; the App Store's own 24 h still rules
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    plan = read_import(edited, "json", CTX)
    assert isinstance(plan, JsonPlan)
    reasons = sorted(e.reason for e in plan.errors)
    assert len(reasons) == 2
    assert "AS-3" in reasons[0]
    assert "VL-19" in reasons[1]


def test_a_json_roster_round_trips_notice_days_and_unknown_limits(
        exported: dict[str, Path]) -> None:
    import json

    data = json.loads(exported["json"].read_text(encoding="utf-8"))
    assert all("notice_days" in s and "devices_known" in s for s in data["subscriptions"])
    plan = read_import(exported["json"], "json", CTX)
    assert isinstance(plan, JsonPlan)
    assert plan.errors == []
