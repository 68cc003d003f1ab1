"""``seatkeeper deadlines``: JSON lines, text, ICS file, refusals."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from seatkeeper.cli import run
from seatkeeper.store.engine import Store
from tests.services.helpers import STORE_PLAN, update_sub

AS_OF = "2026-11-22T09:30:00Z"


def _db(store: Store) -> str:
    assert store.location.path is not None
    return str(store.location.path)


def test_json_lines_sorted_with_kind_due_and_charge(demo_store: Store,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["deadlines", "--db", _db(demo_store), "--days", "30", "--json",
                "--as-of", AS_OF])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    records = [json.loads(line) for line in out]
    assert len(records) == 5
    assert [r["due_at"] for r in records] == sorted(r["due_at"] for r in records)
    first = records[0]
    assert (first["kind"], first["due_at"], first["will_charge"]) == (
        "cancel_by", "2026-11-25T00:00:00Z", True)
    assert first["subscription_name"] == STORE_PLAN
    assert isinstance(first["subscription_id"], int)


def test_filter_and_text_output(demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["deadlines", "--db", _db(demo_store), "--days", "30", "--filter", "sales ipad",
                "--as-of", AS_OF])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines == [
        f"2026-11-25 00:00Z\tcancel_by\twill charge\tLast moment to cancel {STORE_PLAN} "
        "in the App Store without being charged",
        f"2026-11-26 00:00Z\trenewal\twill charge\t{STORE_PLAN} renews",
    ]


def _events(path: Path) -> dict[str, datetime]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}


def test_ics_round_trips_and_reimport_updates_by_uid(
        demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deadlines.ics"
    args = ["deadlines", "--db", _db(demo_store), "--days", "30", "--ics", str(path),
            "--json", "--as-of", AS_OF]
    assert run(args) == 0
    captured = capsys.readouterr()
    assert "Wrote 5 deadline(s)" in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    first = _events(path)
    assert set(first) == {r["uid"] for r in records}
    update_sub(demo_store, STORE_PLAN, renewal_date=date(2026, 11, 29))
    assert run(args) == 0
    second = _events(path)
    assert set(second) == set(first)  # same UIDs: a calendar updates, not duplicates
    moved = next(uid for uid in first if first[uid] != second[uid] and "cancel_by" in uid)
    assert second[moved] == datetime(2026, 11, 28, tzinfo=UTC)


@pytest.mark.parametrize(("argv", "words"), [
    (["--days", "-3"], "days"),
    (["--as-of", "yesterday"], "ISO 8601"),
])
def test_bad_input_is_one_line_and_exit_2(demo_store: Store, capsys: pytest.CaptureFixture[str],
                                          argv: list[str], words: str) -> None:
    code = run(["deadlines", "--db", _db(demo_store), *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert words in err
    assert "Traceback" not in err


def test_human_lines_follow_the_locale_and_time_zone_json_stays_iso(
        demo_store: Store, roster_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: a Norwegian admin's terminal reads 25.11.2026 01:00 CET; --json is ISO."""
    demo_store.dispose()
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        assert run(["deadlines", "--db", str(roster_path), "--days", "30",
                    "--as-of", "2026-11-20T00:00:00Z"]) == 0
        human = capsys.readouterr().out.splitlines()
        assert run(["deadlines", "--db", str(roster_path), "--days", "30",
                    "--as-of", "2026-11-20T00:00:00Z", "--json"]) == 0
        as_json = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert human
    assert len(human) == len(as_json)
    assert human[0].startswith("25.11.2026 01:00 CET\t")
    assert as_json[0]["due_at"] == "2026-11-25T00:00:00Z"


def test_json_has_the_amount_with_its_currency(demo_store: Store,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 17: "Will charge" said nothing of how much.
    assert run(["deadlines", "--db", _db(demo_store), "--days", "7", "--json",
                "--as-of", AS_OF]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    amounts = {(r["subscription_name"], r["kind"]): r["amount"] for r in records}
    assert amounts[(STORE_PLAN, "cancel_by")] == {"value": "99.96", "currency": "EUR"}
    assert amounts[(STORE_PLAN, "renewal")] == {"value": "99.96", "currency": "EUR"}
