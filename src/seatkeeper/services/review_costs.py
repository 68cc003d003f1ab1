"""The next renewal's cost, before and after the review's decisions, per currency.

A subscription that renews automatically charges its price for the plan's
months for every seat that renews (VL-14); one with no seats charges for one
unit. The price is kept as stated (``domain.price``): a per-seat price times
the seats, a whole-purchase price for the share of its seats that renew,
computed exactly and rounded once. "After" also drops the seats with an
unapplied do-not-renew decision that can be applied (website subscriptions;
App Store ones renew until cancelled in the store, AS-7).
"""

from __future__ import annotations

from dataclasses import dataclass

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.money import Money
from seatkeeper.store.engine import Connection
from seatkeeper.store.prices import price_of
from seatkeeper.store.review_findings import renewal_rows


@dataclass(frozen=True)
class RenewalCosts:
    before: tuple[Money, ...]  # one amount per currency, sorted by currency
    after: tuple[Money, ...]


def renewal_costs(conn: Connection) -> RenewalCosts:
    before: dict[str, Money] = {}
    after: dict[str, Money] = {}
    for r in renewal_rows(conn):
        price, months = price_of(r._mapping), int(r.plan_months)
        units = int(r.renewing) if r.seats else 1
        of_seats = int(r.seats) or 1
        dropped = 0 if r.channel == BillingChannel.APP_STORE.value else int(r.dropping)
        zero = Money.zero(r.currency)
        before[r.currency] = before.get(r.currency, zero) + price.cost(units, months, of_seats)
        after[r.currency] = after.get(r.currency, zero) + price.cost(
            max(units - dropped, 0), months, of_seats)
    return RenewalCosts(tuple(before[c] for c in sorted(before)),
                        tuple(after[c] for c in sorted(after)))
