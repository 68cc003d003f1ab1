"""The next 12 months of charges, per month, stacked by vendor or department, in one currency.

A subscription that renews by itself charges at each renewal in the window
(its price as stated, for its plan's months, for the seats that renew, VL-14).
Shown apart, because they will *not* be charged:

- ``lapsing``: seats switched off at the renewal (VL-14), and subscriptions
  that do not renew (auto-renew off, or cancelled: VL-15);
- ``decided``: the seats the review decided not to renew (an unapplied
  do-not-renew decision; App Store ones renew until cancelled there, AS-7), at
  every renewal in the window: the saving of the recorded review decisions.

Every amount is converted at the latest rate on or before its charge day; an
amount with no rate is kept apart (``missing``), never converted 1:1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import Message
from seatkeeper.domain.money import Money, check_currency
from seatkeeper.domain.rates import RateTable
from seatkeeper.domain.terms import add_months
from seatkeeper.services.spend import (
    BY,
    NOT_A_GROUPING,
    Share,
    SpendReport,
    shares_of,
    split,
    units_of,
)
from seatkeeper.services.spend import compute as spend_compute
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.prices import price_of
from seatkeeper.store.rates import all_rates
from seatkeeper.store.spend import seat_groups, spend_subscriptions

MONTHS = 12
STACKS = ("vendor", "department")


@dataclass(frozen=True)
class Segment:
    group: str | Message
    amount: Money  # converted
    stated: tuple[Money, ...]  # what it is before conversion, per currency


@dataclass(frozen=True)
class ForecastMonth:
    month: date  # its first day
    charges: tuple[Segment, ...]  # stacked, in the forecast's group order
    lapsing: Money
    decided: Money
    missing: tuple[Money, ...]  # stated amounts charged this month with no rate

    @property
    def total(self) -> Money:
        return sum((s.amount for s in self.charges), Money.zero(self.lapsing.currency))


@dataclass(frozen=True)
class Forecast:
    by: str
    currency: str
    start: date
    months: tuple[ForecastMonth, ...]
    groups: tuple[str | Message, ...]  # stack order: the largest first

    @property
    def total(self) -> Money:
        return sum((m.total for m in self.months), Money.zero(self.currency))

    @property
    def decided(self) -> Money:
        return sum((m.decided for m in self.months), Money.zero(self.currency))

    @property
    def lapsing(self) -> Money:
        return sum((m.lapsing for m in self.months), Money.zero(self.currency))

    @property
    def missing(self) -> tuple[Money, ...]:
        sums: dict[str, Money] = {}
        for m in self.months:
            for x in m.missing:
                sums[x.currency] = sums.get(x.currency, Money.zero(x.currency)) + x
        return tuple(sums[c] for c in sorted(sums))


def _renewals(row: Mapping[Any, Any], first: date, last: date) -> list[date]:
    months, k, days = int(row["plan_months"]), 0, []
    while (day := add_months(row["renewal_date"], months * k)) < last:
        if day >= first:
            days.append(day)
        k += 1
    return days


class _Months:
    def __init__(self, currency: str, start: date, table: RateTable) -> None:
        self.currency, self.start, self.table = currency, start, table
        self.charges: dict[int, dict[str, tuple[str | Message, Money, dict[str, Money]]]] = {}
        self.lapsing: dict[int, Money] = {}
        self.decided: dict[int, Money] = {}
        self.missing: dict[int, dict[str, Money]] = {}

    def index(self, day: date) -> int:
        return (day.year - self.start.year) * 12 + day.month - self.start.month

    def _convert(self, amount: Money, day: date, at: int) -> Money | None:
        done = self.table.convert(amount, self.currency, day)
        if done is None:
            slot = self.missing.setdefault(at, {})
            slot[amount.currency] = slot.get(amount.currency, Money.zero(amount.currency)) \
                + amount
            return None
        return done.amount

    def charge(self, day: date, key: str, label: str | Message, amount: Money) -> None:
        at = self.index(day)
        converted = self._convert(amount, day, at)
        if converted is None or not amount.minor:
            return
        slot = self.charges.setdefault(at, {})
        _label, total, stated = slot.get(key, (label, Money.zero(self.currency), {}))
        stated = dict(stated)
        stated[amount.currency] = stated.get(amount.currency, Money.zero(amount.currency)) \
            + amount
        slot[key] = (label, total + converted, stated)

    def apart(self, kind: dict[int, Money], day: date, amount: Money) -> None:
        if not amount.minor:
            return
        at = self.index(day)
        converted = self._convert(amount, day, at)
        if converted is not None:
            kind[at] = kind.get(at, Money.zero(self.currency)) + converted


def compute(conn: Connection, by: str, currency: str, today: date,
            rows: Sequence[Mapping[Any, Any]] | None = None) -> Forecast:
    """The forecast; ``rows`` are ``spend_subscriptions`` if the caller has read them."""
    start = today.replace(day=1)
    last = add_months(start, MONTHS)
    months = _Months(currency, start, RateTable(all_rates(conn)))
    groups_of: dict[int, list[Mapping[Any, Any]]] = {}
    if by == "department":
        for g in seat_groups(conn, by):
            groups_of.setdefault(int(g["subscription_id"]), []).append(g)
    for row in spend_subscriptions(conn) if rows is None else rows:
        price, (units, of_seats) = price_of(row), units_of(row)
        plan = int(row["plan_months"])
        renews = bool(row["auto_renew"]) and row["status"] != "cancelled"
        if not renews:
            if today <= row["renewal_date"] < last:
                months.apart(months.lapsing, row["renewal_date"],
                             price.cost(units, plan, of_seats))
            continue
        renewing = int(row["renewing"]) if int(row["seats"]) else 1
        dropping = 0 if row["channel"] == BillingChannel.APP_STORE.value \
            else min(int(row["dropping"]), renewing)
        shares = shares_of(row, by, groups_of.get(int(row["id"]), []))
        # Who pays the renewing seats: each group's renewing seats, less its share of the
        # seats decided against, which the last group (no holder) absorbs first.
        paying = renewing - dropping
        for n, day in enumerate(_renewals(row, today, last)):
            if n == 0 and units > renewing:
                months.apart(months.lapsing, day, price.cost(units, plan, of_seats)
                             - price.cost(renewing, plan, of_seats))
            if dropping:
                months.apart(months.decided, day, price.cost(renewing, plan, of_seats)
                             - price.cost(paying, plan, of_seats))
            charged = _scaled(shares, renewing, paying)
            for share, amount in zip(charged, split(price, plan, of_seats, paying, charged),
                                     strict=True):
                months.charge(day, share.key, share.label, amount)
    return _forecast(by, currency, start, months)


def _scaled(shares: list[Share], renewing: int, paying: int) -> list[Share]:
    """The shares with the seats that pay at a renewal (seats decided against taken off
    from the last group first, then from the others in turn)."""
    left = renewing - paying
    out = []
    for share in reversed(shares):
        take = min(left, share.renewing)
        left -= take
        out.append(Share(share.key, share.label, share.renewing - take, 0))
    return list(reversed(out))


def _forecast(by: str, currency: str, start: date, months: _Months) -> Forecast:
    totals: dict[str, tuple[str | Message, int]] = {}
    for slot in months.charges.values():
        for key, (label, amount, _stated) in slot.items():
            totals[key] = (label, totals.get(key, (label, 0))[1] + amount.minor)
    order = sorted(totals, key=lambda k: (k == "", -totals[k][1], str(totals[k][0])))
    zero = Money.zero(currency)
    out = []
    for at in range(MONTHS):
        slot = months.charges.get(at, {})
        out.append(ForecastMonth(
            add_months(start, at),
            tuple(Segment(slot[k][0], slot[k][1], tuple(slot[k][2][c] for c in sorted(
                slot[k][2]))) for k in order if k in slot),
            months.lapsing.get(at, zero), months.decided.get(at, zero),
            tuple(v for _c, v in sorted(months.missing.get(at, {}).items()))))
    return Forecast(by, currency, start, tuple(out), tuple(totals[k][0] for k in order))


class ForecastService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def next_months(self, by: str, currency: str, today: date) -> Forecast:
        """The 12 months from ``today``'s month, stacked by vendor or department."""
        if by not in STACKS:
            raise BadInput(NOT_A_GROUPING(by=by), field="by")
        code = check_currency(currency)
        return self.store.read(lambda conn: compute(conn, by, code, today))

    def with_spend(self, by: str, stack: str, currency: str, today: date
                   ) -> tuple[SpendReport, Forecast]:
        """The Spend screen's report by ``by`` and its forecast stacked by ``stack``, from
        one read of the subscriptions (their seat counts take 0.8 s at a million seats;
        each computed on its own read them twice) in one snapshot."""
        if by not in BY:
            raise BadInput(NOT_A_GROUPING(by=by), field="by")
        if stack not in STACKS:
            raise BadInput(NOT_A_GROUPING(by=stack), field="by")
        code = check_currency(currency)

        def read(conn: Connection) -> tuple[SpendReport, Forecast]:
            rows = spend_subscriptions(conn)
            return (spend_compute(conn, by, code, today, rows=rows),
                    compute(conn, stack, code, today, rows=rows))
        return self.store.read(read)

