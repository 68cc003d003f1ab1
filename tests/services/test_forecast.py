"""The 12-month forecast: renewals that charge, per month, with lapses and decisions apart.

On the spend roster (tests/spend_roster.py) from 01.12.2026: Figma renews monthly
on the 15th for 3 seats (45.00 USD at 12.0 = 540.00 NOK), Visma on 10.01.2027
(1 490.00 NOK), Creative Cloud on 01.03.2027 (600.00 EUR at 11.7 = 7 020.00 NOK),
Slack monthly in GBP, for which there is no rate.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa

from seatkeeper.domain.money import Money
from seatkeeper.services.forecast import ForecastService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests import spend_roster
from tests.spend_roster import ON


def nok(text: str) -> Money:
    return Money.of(text, "NOK")


def test_twelve_months_stacked_by_vendor_with_the_missing_rate_apart(store: Store) -> None:
    spend_roster.build(store, departments=False)
    forecast = ForecastService(store).next_months("vendor", "NOK", ON)
    assert [m.month for m in forecast.months][:2] == [date(2026, 12, 1), date(2027, 1, 1)]
    assert len(forecast.months) == 12
    dec, jan, mar = forecast.months[0], forecast.months[1], forecast.months[3]
    assert [(s.group, s.amount) for s in dec.charges] == [("Figma", nok("540.00"))]
    assert {s.group: s.amount for s in jan.charges} == {"Figma": nok("540.00"),
                                                         "Visma": nok("1490.00")}
    assert {s.group: s.amount for s in mar.charges}["Adobe"] == nok("7020.00")
    assert dec.missing == (Money.of("8.75", "GBP"),)  # Slack: no GBP rate, not 1:1
    assert forecast.total == nok("14990.00")  # 12 x 540 + 1 490 + 7 020
    assert forecast.missing == (Money.of("105.00", "GBP"),)


def _decide(store: Store, seat_id: int) -> None:
    store.write(lambda c: c.execute(t.review_decisions.insert().values(
        seat_id=seat_id, decision="do_not_renew", note="", actor="t",
        decided_at=datetime(2026, 12, 1, tzinfo=UTC))))


def test_seats_decided_against_and_seats_switched_off_are_shown_apart(store: Store) -> None:
    ids = spend_roster.build(store, departments=True)
    _decide(store, ids["Figma Pro#3"])  # the unassigned seat: do not renew
    store.write(lambda c: c.execute(t.seats.update().where(
        t.seats.c.id == ids["Figma Pro#2"]).values(renew=False)))  # Bob's: lapses
    forecast = ForecastService(store).next_months("department", "NOK", ON)
    dec, jan = forecast.months[0], forecast.months[1]
    # Only Ann's seat charges: 15.00 USD x 12.0; Bob's lapses once; the decided one is saved
    # at every renewal.
    assert [(s.group, s.amount) for s in dec.charges] == [("Design", nok("180.00"))]
    assert (dec.lapsing, dec.decided) == (nok("180.00"), nok("180.00"))
    assert (jan.lapsing, jan.decided) == (nok("0"), nok("180.00"))
    assert forecast.decided == nok("2160.00")


def test_a_subscription_that_does_not_renew_lapses_instead_of_charging(store: Store) -> None:
    spend_roster.build(store, departments=False)
    store.write(lambda c: c.execute(t.subscriptions.update().where(
        t.subscriptions.c.name == "Visma eAccounting").values(auto_renew=False)))
    forecast = ForecastService(store).next_months("vendor", "NOK", ON)
    jan = forecast.months[1]
    assert "Visma" not in {s.group for s in jan.charges}
    assert jan.lapsing == nok("1490.00")
    assert store.read(lambda c: c.execute(sa.select(sa.func.count()).select_from(
        t.exchange_rates)).scalar_one()) == 3


def test_the_spend_screen_reads_the_subscriptions_once_for_report_and_forecast(
        store: Store) -> None:
    """Their seat counts take 0.8 s at a million seats; the Spend screen read them once for
    its report and again for its forecast, at each opening of the window."""
    from seatkeeper.services.spend import SpendService

    spend_roster.build(store, departments=True)
    sent: list[str] = []

    def keep(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        sent.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", keep)
    try:
        report, forecast = ForecastService(store).with_spend("department", "vendor", "NOK", ON)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", keep)
    assert sum(" AS renewing" in s and "subscriptions" in s for s in sent) == 1
    assert report == SpendService(store).report("department", "NOK", ON)
    assert forecast == ForecastService(store).next_months("vendor", "NOK", ON)
    assert forecast.months
    assert report.groups
