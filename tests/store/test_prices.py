"""Every reader of a price gives the figures it gave before prices were kept as stated.

The figures are the demo roster's on the code before issue 15 (a seat's monthly price
in ``unit_monthly_price_minor``): Review's next renewal, the subscriptions list, the
add-seats picker and quote, and the seats export. A whole-purchase price then gives
back exactly what was paid.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price, PriceBasis
from seatkeeper.services.clock import Clock
from seatkeeper.services.lookups import LookupService
from seatkeeper.services.purchasing import PurchasingService
from seatkeeper.services.review_costs import renewal_costs
from seatkeeper.services.roster import RosterService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.prices import price_columns, price_of

DEMO_MONTHLY = {
    "ExpressVPN Volume (Office)": "8.32", "ExpressVPN iOS trial (Reception iPhone)": "99.17",
    "ExpressVPN via App Store (Sales iPad)": "8.33",
    "Kaspersky Password Manager (per user)": "1.25", "Kaspersky Plus (5 devices)": "3.75",
    "Kaspersky Premium (3 devices)": "5.50",
    "Kaspersky Small Office Security (10 devices)": "12.00", "Kaspersky Standard trial": "0.00"}


def test_the_demo_rosters_figures_are_as_before(demo_store: Store, clock: Clock) -> None:
    costs = demo_store.read(renewal_costs)
    assert [str(m) for m in costs.before] == ["99.96 EUR", "1190.04 NOK", "2621.16 USD"]
    assert [str(m) for m in costs.after] == ["99.96 EUR", "1190.04 NOK", "2621.16 USD"]
    rows = RosterService(demo_store).subscriptions()
    assert {r.name: r.unit_monthly_price for r in rows} == DEMO_MONTHLY
    volume = LookupService(demo_store).volume_subscriptions()
    assert [(v.name, str(v.unit_monthly_price)) for v in volume] == [
        ("ExpressVPN Volume (Office)", "8.32 USD")]
    quote = PurchasingService(demo_store, clock, "t").quote_add_seats(
        volume[0].subscription_id, 3, on=date(2026, 12, 1))
    assert (quote.months, quote.total) == (5, Money(12480, "USD"))


def test_a_whole_purchase_price_is_what_review_and_the_quote_show(
        demo_store: Store, clock: Clock) -> None:
    # USD 100.00 for the 25-seat volume licence, a year: the renewal costs exactly that.
    s = t.subscriptions
    price = Price(Money(10000, "USD"), PriceBasis.TOTAL, 12)

    def work(conn: sa.Connection) -> None:
        conn.execute(s.update().where(s.c.name == "ExpressVPN Volume (Office)")
                     .values(**price_columns(price, 25)))
    demo_store.write(work)
    row = demo_store.read(lambda c: c.execute(sa.select(s).where(
        s.c.name == "ExpressVPN Volume (Office)")).mappings().one())
    assert price_of(row) == price
    assert row["unit_monthly_price_minor"] == 33  # the retired figure, derived
    # Before: 2621.16 USD, of which the volume plan's 24 renewing seats x 8.32 x 12 were
    # 2396.16. Now 24 of its 25 seats renew: 96.00 of the 100.00 paid.
    costs = demo_store.read(renewal_costs)
    assert costs.before[2] == Money(262116 - 239616 + 9600, "USD")
    volume = LookupService(demo_store).volume_subscriptions()[0]
    assert volume.price == price
    quote = PurchasingService(demo_store, clock, "t").quote_add_seats(
        volume.subscription_id, 25, on=date(2026, 12, 1))
    # 25 more seats for 5 of the 12 months: 100.00 x 5 / 12, rounded once.
    assert quote.total == Money(4167, "USD")
