"""Five vendors, four notice periods: each cancel-by in ``deadlines --json``, ICS and the
Deadlines service (issue 16). Cancel-by = end of the period minus the notice period."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from seatkeeper.cli import run
from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.services.deadlines import DeadlineService
from seatkeeper.store.open import open_store

AS_OF = "2026-11-22T09:30:00Z"
ROSTER = """Product,Vendor,Channel,Seat,Currency,Renewal,Notice period
Creative Cloud,Adobe,website,A-1,EUR,2027-01-15,30 days
All Products Pack,JetBrains,website,J-1,EUR,2026-12-10,7
Zoom Pro,Zoom,website,Z-1,USD,2026-12-01,1 day
Microsoft 365 E3,Microsoft,website,M-1,NOK,2027-02-25,90
ExpressVPN (Reception iPad),ExpressVPN,app_store,E-1,NOK,2026-12-20,
Slack Pro,Slack,website,S-1,USD,2026-12-05,
"""
# subscription -> (cancel-by, notice days): AS-5's 24 h for the App Store profile.
EXPECTED = {
    "Creative Cloud": ("2026-12-16T00:00:00Z", 30),
    "All Products Pack": ("2026-12-03T00:00:00Z", 7),
    "Zoom Pro": ("2026-11-30T00:00:00Z", 1),
    "Microsoft 365 E3": ("2026-11-27T00:00:00Z", 90),
    "ExpressVPN (Reception iPad)": ("2026-12-19T00:00:00Z", 1),
}


@pytest.fixture
def five_vendors(tmp_path: Path, roster_path: Path) -> Path:
    source = tmp_path / "roster.csv"
    source.write_text(ROSTER, encoding="utf-8")
    assert run(["import", str(source), "--db", str(roster_path), "--owner",
                "it@corp.example", "--locale", "en-US"]) == 0
    return roster_path


def test_deadlines_json_lists_each_vendors_cancel_by(
        five_vendors: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(["deadlines", "--db", str(five_vendors), "--days", "120", "--json",
                "--as-of", AS_OF]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    cancel = {r["subscription_name"]: (r["due_at"], r["notice_days"])
              for r in records if r["kind"] == "cancel_by"}
    assert cancel == EXPECTED
    # No notice period stated: only the renewal, no made-up deadline.
    assert [r["kind"] for r in records if r["subscription_name"] == "Slack Pro"] == ["renewal"]


def test_ics_has_each_cancel_by(five_vendors: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deadlines.ics"
    assert run(["deadlines", "--db", str(five_vendors), "--days", "120", "--ics", str(path),
                "--as-of", AS_OF]) == 0
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    starts = {str(e["UID"]): e.decoded("DTSTART") for e in events if "cancel_by" in e["UID"]}
    assert sorted(starts.values()) == sorted(
        datetime.fromisoformat(due.replace("Z", "+00:00")) for due, _ in EXPECTED.values())


def test_the_deadlines_service_gives_each_cancel_by_and_its_notice(five_vendors: Path) -> None:
    store = open_store(str(five_vendors))
    try:
        now = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
        entries = DeadlineService(store).within(120, now,
                                                kinds=frozenset({DeadlineKind.CANCEL_BY}))
        assert {e.subscription_name for e in entries} == set(EXPECTED)
        facts = DeadlineService(store).cancel_by(now)
        assert sorted(f.notice / timedelta(days=1) for f in facts) == [1, 1, 7, 30, 90]
        assert all(f.period_ends_at - f.notice == f.cancel_by for f in facts)
    finally:
        store.dispose()
