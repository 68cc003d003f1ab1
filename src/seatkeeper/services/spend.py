"""Spend in one currency: what the roster costs a year and a month, per group, converted.

Each subscription costs its price as stated (``domain.price``) for its active
seats (one unit when it has no seats, as ``review_costs`` counts), for 12
months and for one, each computed exactly and rounded once. A group (vendor,
subscription, holder, department) gets its share of a subscription: the seats
it holds, of all the subscription's seats; what no holder (or department)
holds goes to "No holder" ("No department"), so the groups add up to the
subscription.

Every amount is converted to the chosen currency at the latest rate published
on or before the date asked (``domain.rates``), and the unconverted amount
stays beside it. Where no rate exists the amount is *not* converted: it is
listed apart (``missing``) and the total says it is incomplete. Never 1:1.

With a period (``start``/``end``) the charges dated in it are added too: the
current period's start and each renewal that will charge, each converted at the
rate of its own date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import Message, message
from seatkeeper.domain.money import Money, check_currency
from seatkeeper.domain.price import Price
from seatkeeper.domain.rates import Converted, RateTable
from seatkeeper.domain.terms import add_months
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.prices import price_of
from seatkeeper.store.rates import all_rates
from seatkeeper.store.spend import seat_groups, spend_subscriptions

BY = ("vendor", "department", "person", "subscription")
MAX_PERIOD_DAYS = 3660

NOT_A_GROUPING = message("spend.not_a_grouping",
                         "“{by}” is not a grouping (vendor, department, person or subscription).")
PERIOD_BACKWARDS = message("spend.period_backwards", "The period ends ({end}) before it starts "
                           "({start}).")
PERIOD_TOO_LONG = message("spend.period_too_long", "A period can be at most ten years long.")
NO_HOLDER = message("spend.no_holder", "No holder")
NO_DEPARTMENT = message("spend.no_department", "No department")


@dataclass(frozen=True)
class Part:
    """One group's amounts in one stated currency, and what they are converted."""

    year: Money
    month: Money
    year_converted: Money | None  # None: no rate on or before the date (missing)
    month_converted: Money | None
    rate: Decimal | None
    rate_day: date | None  # None: the same currency, or missing
    rate_age_days: int | None


@dataclass(frozen=True)
class Charge:
    """One dated charge in the period, stated and converted at its date's rate."""

    day: date
    subscription: str
    amount: Money
    converted: Money | None


@dataclass(frozen=True)
class SpendGroup:
    key: str
    label: str | Message
    parts: tuple[Part, ...]  # one per stated currency, by currency
    year: Money  # the converted parts' sum (incomplete when ``missing``)
    month: Money
    missing_year: tuple[Money, ...]  # stated amounts with no rate, per currency
    missing_month: tuple[Money, ...]
    period: Money | None = None  # the period's charges converted (None: no period asked)
    period_missing: tuple[Money, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing_year and not self.period_missing


@dataclass(frozen=True)
class RateUsed:
    base: str
    quote: str
    day: date
    rate: Decimal
    age_days: int


@dataclass(frozen=True)
class SpendReport:
    by: str
    currency: str
    on: date  # the run rate's conversion date
    groups: tuple[SpendGroup, ...]
    year: Money
    month: Money
    missing_year: tuple[Money, ...]
    missing_month: tuple[Money, ...]
    rates: tuple[RateUsed, ...]
    start: date | None = None
    end: date | None = None
    period: Money | None = None
    period_missing: tuple[Money, ...] = ()
    charges: tuple[Charge, ...] = field(default=(), compare=False)

    @property
    def complete(self) -> bool:
        return not self.missing_year and not self.period_missing


# -- shares -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Share:
    key: str
    label: str | Message
    units: int  # seats of the subscription this group holds
    renewing: int


def units_of(row: Mapping[Any, Any]) -> tuple[int, int]:
    """(units charged now, of how many): active seats of all seat rows; 1 of 1 with none."""
    seats = int(row["seats"])
    return (int(row["active"]) if seats else 1), (seats or 1)


def shares_of(row: Mapping[Any, Any], by: str, groups: list[Mapping[Any, Any]]) -> list[Share]:
    if by == "vendor":
        return [Share(str(row["vendor"]).strip().casefold(), str(row["vendor"]), *_all(row))]
    if by == "subscription":
        return [Share(str(row["id"]), str(row["name"]), *_all(row))]
    units, _of = units_of(row)
    renewing = int(row["renewing"]) if int(row["seats"]) else 1
    shares: list[Share] = []
    for g in groups:
        if g["key"] is None:
            continue
        label = g["label"] or ""
        if by == "person" and g["email"]:
            label = f"{label} <{g['email']}>" if label else str(g["email"])
        shares.append(Share(str(g["key"]), label, int(g["active"]), int(g["renewing"] or 0)))
    held, held_renewing = sum(x.units for x in shares), sum(x.renewing for x in shares)
    if units - held > 0 or not shares:
        none = NO_HOLDER() if by == "person" else NO_DEPARTMENT()
        shares.append(Share("", none, units - held, max(renewing - held_renewing, 0)))
    return shares


def _all(row: Mapping[Any, Any]) -> tuple[int, int]:
    units, _of = units_of(row)
    return units, int(row["renewing"]) if int(row["seats"]) else 1


def split(price: Price, months: int, of_seats: int, total_units: int,
           shares: list[Share]) -> list[Money]:
    """Each share's amount for ``months``; the last takes the rounding, so they add up."""
    total = price.cost(total_units, months, of_seats)
    amounts = [price.cost(x.units, months, of_seats) for x in shares[:-1]]
    return [*amounts, total - sum(amounts, Money.zero(total.currency))]


# -- the report ---------------------------------------------------------------------------
def _sum(amounts: Iterable[Money], currency: str) -> Money:
    return sum(amounts, Money.zero(currency))


def _by_currency(amounts: Iterable[Money]) -> tuple[Money, ...]:
    sums: dict[str, Money] = {}
    for m in amounts:
        sums[m.currency] = sums.get(m.currency, Money.zero(m.currency)) + m
    return tuple(sums[c] for c in sorted(sums) if sums[c].minor)


def check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None:
        if end < start:
            raise BadInput(PERIOD_BACKWARDS(start=start, end=end), field="to")
        if (end - start).days > MAX_PERIOD_DAYS:
            raise BadInput(PERIOD_TOO_LONG(), field="to")


def charge_days(row: Mapping[Any, Any], start: date, end: date) -> list[date]:
    """The days in [start, end] the subscription charges: its period's start, and each
    renewal while it renews by itself (a cancelled one runs out, VL-15)."""
    days = [row["period_start"]] if start <= row["period_start"] <= end else []
    if row["auto_renew"] and row["status"] != "cancelled":
        months, k = int(row["plan_months"]), 0
        while (day := add_months(row["renewal_date"], months * k)) <= end:
            if day >= start and day not in days:
                days.append(day)
            k += 1
    return days


def compute(conn: Connection, by: str, currency: str, on: date,
            start: date | None = None, end: date | None = None,
            rows: Sequence[Mapping[Any, Any]] | None = None) -> SpendReport:
    """The report; ``rows`` are ``spend_subscriptions`` if the caller has read them."""
    rows = spend_subscriptions(conn) if rows is None else rows
    groups_of: dict[int, list[Mapping[Any, Any]]] = {}
    if by in ("person", "department"):
        for g in seat_groups(conn, by):
            groups_of.setdefault(int(g["subscription_id"]), []).append(g)
    table = RateTable(all_rates(conn))
    acc: dict[str, dict[str, Any]] = {}
    used: dict[tuple[str, str, date], RateUsed] = {}
    charges: list[Charge] = []

    def convert(amount: Money, day: date) -> Converted | None:
        done = table.convert(amount, currency, day)
        if done is not None and done.rate_day is not None:
            used[(amount.currency, currency, done.rate_day)] = RateUsed(
                amount.currency, currency, done.rate_day, done.rate, (on - done.rate_day).days)
        return done

    for row in rows:
        price, (units, of_seats) = price_of(row), units_of(row)
        shares = shares_of(row, by, groups_of.get(int(row["id"]), []))
        years = split(price, 12, of_seats, units, shares)
        months = split(price, 1, of_seats, units, shares)
        for share, year, month in zip(shares, years, months, strict=True):
            slot = acc.setdefault(share.key, {"label": share.label, "year": {}, "month": {},
                                              "period": [], "period_missing": []})
            slot["year"][year.currency] = slot["year"].get(year.currency, Money.zero(
                year.currency)) + year
            slot["month"][month.currency] = slot["month"].get(month.currency, Money.zero(
                month.currency)) + month
        if start is not None and end is not None:
            plan = int(row["plan_months"])
            for day in charge_days(row, start, end):
                charged = units if day == row["period_start"] else (
                    int(row["renewing"]) if int(row["seats"]) else 1)
                renew_shares = [Share(x.key, x.label, x.units if day == row["period_start"]
                                       else x.renewing, 0) for x in shares]
                for share, amount in zip(renew_shares, split(price, plan, of_seats, charged,
                                                              renew_shares), strict=True):
                    if not amount.minor:
                        continue
                    done = convert(amount, day)
                    slot = acc[share.key]
                    if done is None:
                        slot["period_missing"].append(amount)
                    else:
                        slot["period"].append(done.amount)
                    charges.append(Charge(day, str(row["name"]), amount,
                                          None if done is None else done.amount))
    groups = [_group(key, slot, currency, on, convert, start is not None)
              for key, slot in acc.items()]
    groups.sort(key=lambda g: (g.key == "", -g.year.minor, str(g.label).casefold()))
    period = _sum((g.period for g in groups if g.period is not None), currency) \
        if start is not None else None
    return SpendReport(
        by, currency, on, tuple(groups), _sum((g.year for g in groups), currency),
        _sum((g.month for g in groups), currency),
        _by_currency(m for g in groups for m in g.missing_year),
        _by_currency(m for g in groups for m in g.missing_month),
        tuple(sorted(used.values(), key=lambda r: (r.base, r.day))), start, end, period,
        _by_currency(m for g in groups for m in g.period_missing),
        tuple(sorted(charges, key=lambda c: (c.day, c.subscription))))


def _group(key: str, slot: dict[str, Any], currency: str, on: date,
           convert: Any, with_period: bool) -> SpendGroup:
    parts: list[Part] = []
    for code in sorted(slot["year"]):
        year, month = slot["year"][code], slot["month"][code]
        y, m = convert(year, on), convert(month, on)
        parts.append(Part(year, month, None if y is None else y.amount,
                          None if m is None else m.amount, None if y is None else y.rate,
                          None if y is None else y.rate_day,
                          None if y is None or y.rate_day is None else y.age_days))
    return SpendGroup(
        key, slot["label"], tuple(parts),
        _sum((p.year_converted for p in parts if p.year_converted is not None), currency),
        _sum((p.month_converted for p in parts if p.month_converted is not None), currency),
        _by_currency(p.year for p in parts if p.year_converted is None),
        _by_currency(p.month for p in parts if p.month_converted is None),
        _sum(slot["period"], currency) if with_period else None,
        _by_currency(slot["period_missing"]))


class SpendService:
    """The Spend screen and ``seatkeeper spend``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def report(self, by: str, currency: str, on: date, start: date | None = None,
               end: date | None = None) -> SpendReport:
        """Spend by ``by`` in ``currency`` at the rates of ``on``; with ``start``, also the
        charges from ``start`` to ``end`` (default: a year)."""
        if by not in BY:
            raise BadInput(NOT_A_GROUPING(by=by), field="by")
        code = check_currency(currency)
        if start is None:  # no period: the run rate only, as of ``on``
            end = None
        elif end is None:
            end = add_months(start, 12) - timedelta(days=1)
        check_period(start, end)
        return self.store.read(lambda conn: compute(conn, by, code, on, start, end))

    def currencies(self) -> list[str]:
        """The currencies the roster's prices are stated in."""
        return sorted({str(r["currency"]) for r in self.store.read(spend_subscriptions)})

    def main_currency(self, default: str = "EUR") -> str:
        """The currency most subscriptions are priced in (the report's forecast uses it)."""
        counts: dict[str, int] = {}
        for row in self.store.read(spend_subscriptions):
            counts[str(row["currency"])] = counts.get(str(row["currency"]), 0) + 1
        return min(counts, key=lambda c: (-counts[c], c)) if counts else default


def _money(value: Money | None) -> dict[str, str] | None:
    return None if value is None else {"amount": value.decimal_string(),
                                       "currency": value.currency}


def spend_json(report: SpendReport) -> dict[str, Any]:
    """The report for ``--json``: ISO dates, "."-decimal amounts, null where a rate is missing."""
    def group(g: SpendGroup) -> dict[str, Any]:
        label = g.label.render() if isinstance(g.label, Message) else g.label
        return {
            "key": g.key, "label": label, "complete": g.complete,
            "per_year": _money(g.year), "per_month": _money(g.month),
            "missing_per_year": [_money(m) for m in g.missing_year],
            "missing_per_month": [_money(m) for m in g.missing_month],
            "period": _money(g.period),
            "period_missing": [_money(m) for m in g.period_missing],
            "stated": [{"per_year": _money(p.year), "per_month": _money(p.month),
                        "per_year_converted": _money(p.year_converted),
                        "per_month_converted": _money(p.month_converted),
                        "rate": None if p.rate is None else format(p.rate, "f"),
                        "rate_date": None if p.rate_day is None else p.rate_day.isoformat(),
                        "rate_age_days": p.rate_age_days,
                        "rate_missing": p.year_converted is None} for p in g.parts],
        }
    return {
        "by": report.by, "currency": report.currency, "as_of": report.on.isoformat(),
        "from": report.start.isoformat() if report.start else None,
        "to": report.end.isoformat() if report.end else None,
        "complete": report.complete,
        "total": {"per_year": _money(report.year), "per_month": _money(report.month),
                  "period": _money(report.period),
                  "missing_per_year": [_money(m) for m in report.missing_year],
                  "missing_per_month": [_money(m) for m in report.missing_month],
                  "period_missing": [_money(m) for m in report.period_missing]},
        "groups": [group(g) for g in report.groups],
        "rates": [{"from": r.base, "to": r.quote, "date": r.day.isoformat(),
                   "rate": format(r.rate, "f"), "age_days": r.age_days} for r in report.rates],
    }
