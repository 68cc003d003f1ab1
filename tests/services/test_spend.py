"""Spend in one currency matches a hand computation, and a missing rate is never taken 1:1.

The roster (tests/spend_roster.py), per year:
  Figma Pro      15.00 USD a seat a month, 3 seats (Ann, Bob: Design; one unassigned)
                 = 180.00 USD a seat a year; USD/NOK of 27.11 (11.0; the 12.0 of 03.12 is
                 after the date) -> 1 980.00 NOK a seat
  Creative Cloud 600.00 EUR a year for both seats (Ann: Design, Cid: Sales)
                 = 300.00 EUR a seat; EUR/NOK of 30.11 (11.7) -> 3 510.00 NOK
  Visma          1 490.00 NOK a seat a year (Cid: Sales): no conversion
  Slack Pro      8.75 GBP a seat a month (Bob: Design) = 105.00 GBP: NO GBP rate
Design = 3 960.00 + 3 510.00 = 7 470.00 NOK, and 105.00 GBP not converted
Sales  = 3 510.00 + 1 490.00 = 5 000.00 NOK
No department (the unassigned Figma seat) = 1 980.00 NOK
Total  = 14 450.00 NOK, incomplete (105.00 GBP missing)
Per month: Design 330.00 + 292.50 = 622.50; Sales 292.50 + 124.17 (1 490 / 12) = 416.67;
no department 165.00; total 1 204.17 NOK, 8.75 GBP missing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.money import Money
from seatkeeper.services.rates import RateService
from seatkeeper.services.spend import SpendService, spend_json
from seatkeeper.store.engine import Store
from tests import spend_roster
from tests.spend_roster import ON


def nok(text: str) -> Money:
    return Money.of(text, "NOK")


def test_by_department_in_nok_matches_the_hand_computation(store: Store) -> None:
    spend_roster.build(store, departments=True)
    report = SpendService(store).report("department", "NOK", ON)
    groups = {str(g.label): g for g in report.groups}
    assert set(groups) == {"Design", "Sales", "No department"}
    design, sales, none = groups["Design"], groups["Sales"], groups["No department"]
    assert (design.year, design.month) == (nok("7470.00"), nok("622.50"))
    assert design.missing_year == (Money.of("105.00", "GBP"),)
    assert design.missing_month == (Money.of("8.75", "GBP"),)
    assert not design.complete
    assert (sales.year, sales.month, sales.complete) == (nok("5000.00"), nok("416.67"), True)
    assert (none.year, none.month) == (nok("1980.00"), nok("165.00"))
    assert (report.year, report.month) == (nok("14450.00"), nok("1204.17"))
    assert report.missing_year == (Money.of("105.00", "GBP"),)
    assert not report.complete
    # The stated amounts stay beside the converted ones, with the rate's date and age.
    usd = next(p for p in design.parts if p.year.currency == "USD")
    assert (usd.year, usd.year_converted, usd.rate, usd.rate_day, usd.rate_age_days) == (
        Money.of("360.00", "USD"), nok("3960.00"), Decimal("11.0"), date(2026, 11, 27), 4)
    gbp = next(p for p in design.parts if p.year.currency == "GBP")
    assert (gbp.year_converted, gbp.rate) == (None, None)  # missing: not 1:1


def test_the_json_marks_the_missing_rate_and_the_incomplete_total(store: Store) -> None:
    spend_roster.build(store, departments=True)
    data = spend_json(SpendService(store).report("department", "NOK", ON))
    assert data["complete"] is False
    assert data["total"]["per_year"] == {"amount": "14450.00", "currency": "NOK"}
    assert data["total"]["missing_per_year"] == [{"amount": "105.00", "currency": "GBP"}]
    design = next(g for g in data["groups"] if g["label"] == "Design")
    gbp = next(s for s in design["stated"] if s["per_year"]["currency"] == "GBP")
    assert (gbp["rate_missing"], gbp["per_year_converted"]) == (True, None)
    assert {(r["from"], r["date"], r["age_days"]) for r in data["rates"]} == {
        ("USD", "2026-11-27", 4), ("EUR", "2026-11-30", 1)}


def test_without_the_directorys_departments_every_seat_has_none(store: Store) -> None:
    spend_roster.build(store, departments=False)
    report = SpendService(store).report("department", "NOK", ON)
    assert [str(g.label) for g in report.groups] == ["No department"]
    assert report.year == nok("14450.00")


def test_a_rate_entered_for_the_missing_currency_completes_the_total(
        store: Store, clock: object) -> None:
    spend_roster.build(store, departments=True)
    RateService(store, clock, "t").set(date(2026, 12, 1), "NOK", "GBP",  # type: ignore[arg-type]
                                       Decimal("0.0700"))  # only the other way round
    report = SpendService(store).report("vendor", "NOK", ON)
    slack = next(g for g in report.groups if g.label == "Slack")
    # 105.00 GBP / 0.07 = 1 500.00 NOK
    assert (slack.year, slack.complete, report.complete) == (nok("1500.00"), True, True)
    assert report.year == nok("15950.00")


def test_by_person_shares_add_up_to_the_subscriptions(store: Store) -> None:
    spend_roster.build(store, departments=False)
    report = SpendService(store).report("person", "NOK", ON)
    groups = {str(g.label): g.year for g in report.groups}
    assert groups["Cid Eng <cid@example.com>"] == nok("5000.00")
    assert groups["Ann Berg <ann@example.com>"] == nok("5490.00")  # 1 980 + 3 510
    assert groups["No holder"] == nok("1980.00")
    assert sum(groups.values(), nok("0")) == report.year


def test_the_periods_charges_are_converted_at_each_charges_own_date(store: Store) -> None:
    spend_roster.build(store, departments=False)
    report = SpendService(store).report("subscription", "NOK", ON, date(2026, 12, 1),
                                        date(2026, 12, 31))
    figma = [c for c in report.charges if c.subscription == "Figma Pro"]
    # Renews 15.12 for 3 seats (45.00 USD) at the 03.12 rate of 12.0: 540.00 NOK.
    assert [(c.day, c.amount, c.converted) for c in figma] == [
        (date(2026, 12, 15), Money.of("45.00", "USD"), nok("540.00"))]
    assert report.period_missing == (Money.of("8.75", "GBP"),)  # Slack renews 20.12


@pytest.mark.parametrize(("by", "currency"), [("team", "NOK"), ("vendor", "KRONER")])
def test_bad_input_is_refused_in_words(store: Store, by: str, currency: str) -> None:
    with pytest.raises(BadInput):
        SpendService(store).report(by, currency, ON)
