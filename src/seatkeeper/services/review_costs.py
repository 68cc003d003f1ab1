"""The next renewal's cost, before and after the review's decisions, per currency.

A subscription that renews automatically charges its monthly price x plan
months for every seat that renews (VL-14); one with no seats charges for one
unit. "After" also drops the seats with an unapplied do-not-renew decision
that can be applied (website subscriptions; App Store ones renew until
cancelled in the store, AS-7).
"""

from __future__ import annotations

from dataclasses import dataclass

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.money import Money
from seatkeeper.store.engine import Connection
from seatkeeper.store.review_findings import renewal_rows


@dataclass(frozen=True)
class RenewalCosts:
    before: tuple[Money, ...]  # one amount per currency, sorted by currency
    after: tuple[Money, ...]


def renewal_costs(conn: Connection) -> RenewalCosts:
    before: dict[str, Money] = {}
    after: dict[str, Money] = {}
    for r in renewal_rows(conn):
        unit = Money(int(r.unit_monthly_price_minor), r.currency).times(int(r.plan_months))
        units = int(r.renewing) if r.seats else 1
        dropped = 0 if r.channel == BillingChannel.APP_STORE.value else int(r.dropping)
        zero = Money.zero(r.currency)
        before[r.currency] = before.get(r.currency, zero) + unit.times(units)
        after[r.currency] = after.get(r.currency, zero) + unit.times(max(units - dropped, 0))
    return RenewalCosts(tuple(before[c] for c in sorted(before)),
                        tuple(after[c] for c in sorted(after)))
