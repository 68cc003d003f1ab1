"""Our JSON export checked before loading: versions, ranges, references (issue 15)."""

from __future__ import annotations

import json
from typing import Any

from seatkeeper.domain.messages import Message
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing.json_check import check_roster
from seatkeeper.store.engine import Store


def _export(store: Store) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(roster_json(store))
    return data


def test_a_version_1_export_reads_its_seat_month_as_the_price(demo_store: Store) -> None:
    data = _export(demo_store)
    data["version"] = 1
    for sub in data["subscriptions"]:
        sub["unit_monthly_price_minor"] = sub.pop("price_minor")
        for key in ("price_basis", "price_months", "registered_to_name",
                    "registered_to_email"):
            sub.pop(key)
    clean, errors = check_roster(data)
    assert errors == []
    volume = next(s for s in clean["subscriptions"] if s["name"].startswith("ExpressVPN Vol"))
    assert (volume["price_minor"], volume["price_basis"], volume["price_months"]) == \
        (832, "per_seat", 1)


def test_every_problem_is_listed_with_its_place(demo_store: Store) -> None:
    data = _export(demo_store)
    data["subscriptions"][0]["seat_limit"] = 0
    data["subscriptions"][1]["renewal_date"] = "9999-01-01"
    _, errors = check_roster(data)
    assert [(e.line, e.column) for e in errors] == [
        (1, "subscriptions.seat_limit"), (2, "subscriptions.renewal_date")]


def test_a_missing_reference_names_the_record_in_words_the_window_translates(
        demo_store: Store) -> None:
    """Issue 14: "names {what} …" was filled with English ("the subscription") inside a
    translated sentence, so Danish read "kontakt the subscription"; the word is a message."""
    data = _export(demo_store)
    data["seats"][0]["seat"] = ["nowhere", "L-1"]
    _, errors = check_roster(data)
    what = errors[0].problem.args["what"]
    assert isinstance(what, Message)
    assert what.id == "record.the_subscription"
    assert errors[0].reason == "names the subscription nowhere, which the file does not list"
