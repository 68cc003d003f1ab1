"""``seatkeeper terms list|show|set`` and the terms fields of ``list subscriptions --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatkeeper.cli import run
from seatkeeper.store.engine import Store


def _db(store: Store) -> str:
    assert store.location.path is not None
    return str(store.location.path)


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_list_shows_the_built_in_profiles_with_their_rules(
        demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["terms", "list", "--db", _db(demo_store), "--json"]) == 0
    profiles = {(p["vendor"], p["channel"]): p for p in _lines(capsys)}
    store = profiles[("ExpressVPN", "app_store")]
    assert (store["source"], store["devices_per_subscription"], store["notice_days"]) == (
        "built_in", 5, 1)
    assert store["rules"]["notice"] == "AS-5"  # type: ignore[index]
    assert profiles[("ExpressVPN", "website")]["devices_per_seat"] == 8


def test_set_saves_the_admins_terms_and_show_reads_them_back(
        demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["terms", "set", "Adobe", "--notice-days", "30", "--plan-months", "12",
                "--currency", "eur", "--db", _db(demo_store)]) == 0
    capsys.readouterr()
    assert run(["terms", "show", "adobe", "--json", "--db", _db(demo_store)]) == 0
    (adobe,) = _lines(capsys)
    assert (adobe["source"], adobe["notice_days"], adobe["plan_months"], adobe["currency"]) \
        == ("admin", 30, 12, "EUR")
    assert adobe["money_back_days"] is None  # not known, not ExpressVPN's 30 days


def test_show_of_an_unknown_vendor_is_all_not_known(
        demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["terms", "show", "Microsoft 365", "--db", _db(demo_store)]) == 0
    out = capsys.readouterr().out
    assert "not known" in out
    for seed_value in ("30", "USD", "8"):
        assert seed_value not in out


@pytest.mark.parametrize("argv", [["expressvpn", "--notice-days", "3"],
                                  ["Adobe", "--notice-days", "soon"],
                                  ["Adobe", "--notice-days", "999"],
                                  ["Adobe"]])
def test_set_refusals_are_one_line_and_exit_2(
        demo_store: Store, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run(["terms", "set", *argv, "--db", _db(demo_store)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("seatkeeper: ")


def test_list_subscriptions_json_carries_the_terms_fields(
        demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["list", "subscriptions", "--json", "--db", _db(demo_store)]) == 0
    subs = {s["name"]: s for s in _lines(capsys)}
    store = subs["ExpressVPN via App Store (Sales iPad)"]
    assert (store["notice_days"], store["device_limit"], store["device_limit_per"],
            store["terms"]) == (1, 5, "subscription", "built_in")
    volume = subs["ExpressVPN Volume (Office)"]
    assert (volume["device_limit"], volume["notice_days"]) == (8, None)
    assert "VL-19" in volume["terms_rules"]  # type: ignore[operator]


def test_import_uses_the_saved_terms_for_what_the_file_leaves_out(
        demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["terms", "set", "Adobe", "--notice-days", "30", "--currency", "EUR",
                "--db", _db(demo_store)]) == 0
    source = tmp_path / "adobe.csv"
    source.write_text("Product,Vendor,Seat,Renewal\nCreative Cloud,Adobe,A-1,2027-01-15\n",
                      encoding="utf-8")
    assert run(["import", str(source), "--db", _db(demo_store), "--owner", "it@corp.example",
                "--locale", "en-US"]) == 0
    capsys.readouterr()
    assert run(["list", "subscriptions", "--json", "--db", _db(demo_store)]) == 0
    adobe = next(s for s in _lines(capsys) if s["name"] == "Creative Cloud")
    assert (adobe["currency"], adobe["notice_days"], adobe["terms"]) == ("EUR", 30, "admin")
