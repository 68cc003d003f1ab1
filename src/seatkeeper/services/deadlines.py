"""Every deadline in the roster that costs or saves money, from the database.

The rules come from the domain: ``domain.deadlines.subscription_deadlines``
gives a subscription's cancel-by (AS-5), trial end (AS-4) and renewal or
expiry; a seat whose "renew" switch is off lapses at the renewal date (VL-14).
This module only reads rows and hands them to those rules.

SQL (``store.deadlines``) picks the candidates: only subscriptions whose trial
or period ends inside the window (plus the longest notice period, since a
cancel-by inside the window can belong to an end after it) are read, and
only the non-renewing seats of those. Python then applies the exact window
and sorts.

When does a period end? The roster keeps ``renewal_date`` as a calendar date
with no time of day or zone, so the period is taken to end at 00:00 UTC of
that date (``period_end_at``). That is the start of the date as every stored
instant reads it, and the cancel-by 24 h earlier is then 00:00 UTC of the day
before: an admin west of UTC is warned early, never late. East of UTC (up to
UTC+14) the real end may come up to 14 h sooner; the reminders' 7- and 1-day
lead times cover that, and a trial's exact ``trial_ends_at`` is always used
when it is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from seatkeeper.domain.deadlines import (
    SEAT_LAPSES,
    SEAT_OF_LAPSES,
    Deadline,
    DeadlineKind,
    deadlines_within,
    subscription_deadlines,
    uid,
)
from seatkeeper.domain.enums import BillingChannel, SubscriptionKind, SubscriptionStatus
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.instants import require_utc
from seatkeeper.domain.messages import Message, message
from seatkeeper.domain.money import Money
from seatkeeper.domain.vendor_terms import by_key, notice_of, profile_for
from seatkeeper.store import deadlines as store_deadlines
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.prices import price_of
from seatkeeper.store.vendor_terms import saved_profiles

DEFAULT_DAYS = 30
MAX_DAYS = 3660  # ten years: enough for any plan, small enough to stay a date
DAYS_OUT_OF_RANGE = message("deadlines.days_out_of_range",
                            "Choose between 0 and {most} days ahead.")


def period_end_at(renewal_date: date) -> datetime:
    """The instant a period ends: 00:00 UTC of its renewal date (see module docstring)."""
    return datetime.combine(renewal_date, time(0), tzinfo=UTC)


@dataclass(frozen=True)
class DeadlineEntry:
    """One deadline with what the admin needs to recognise it."""

    deadline: Deadline
    subscription_name: str
    vendor: str
    channel: BillingChannel
    seat_licence: str | None = None
    holder: str | None = None
    notice: timedelta | None = None  # the subscription's notice period, when one is known
    # What is charged if nothing is done (issue 17); None when nothing is charged.
    amount: Money | None = None

    @property
    def kind(self) -> DeadlineKind:
        return self.deadline.kind

    @property
    def due_at(self) -> datetime:
        return self.deadline.due_at

    @property
    def will_charge(self) -> bool:
        return self.deadline.will_charge

    @property
    def title(self) -> str:
        return self.deadline.title

    @property
    def words(self) -> Message:
        """What happens, as a message the window translates."""
        return self.deadline.words

    @property
    def key(self) -> str:
        return self.deadline.key

    @property
    def uid(self) -> str:
        return uid(self.deadline)

    def as_json(self) -> dict[str, Any]:
        """A flat, JSON-ready record (the CLI's line format)."""
        return {
            "kind": self.kind.value,
            "due_at": self.due_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "will_charge": self.will_charge,
            "title": self.title,
            "subscription_id": self.deadline.subscription_id,
            "subscription_name": self.subscription_name,
            "vendor": self.vendor,
            "channel": self.channel.value,
            "seat_id": self.deadline.seat_id,
            "seat_licence": self.seat_licence,
            "notice_days": None if self.notice is None else _days(self.notice),
            "uid": self.uid,
            "amount": None if self.amount is None else
            {"value": self.amount.decimal_string(), "currency": self.amount.currency},
        }


def _days(notice: timedelta) -> int | float:
    days = notice / timedelta(days=1)
    return int(days) if days == int(days) else days


def _renews(row: Mapping[Any, Any]) -> bool:
    # VL-15 / AS-7: a cancelled subscription runs to its end and is not renewed.
    return bool(row["auto_renew"]) and row["status"] != SubscriptionStatus.CANCELLED


def current_end(kind: str, trial_ends_at: datetime | None,
                renewal_date: date) -> tuple[datetime, bool]:
    """(when the current trial or period ends, whether it is a trial).

    A trial with a known end (AS-4) ends then; anything else at its renewal date.
    """
    if kind == SubscriptionKind.TRIAL and trial_ends_at is not None:
        return require_utc(trial_ends_at, "trial end"), True
    return period_end_at(renewal_date), kind == SubscriptionKind.TRIAL


def charge_of(row: Mapping[Any, Any]) -> Money:
    """What the next period charges: the price as stated for the plan's months and the
    seats that renew (VL-14), computed exactly and rounded once (``domain.price``).

    A subscription with no seats charges for one unit, as ``review_costs`` does.
    """
    seats = int(row["seats"])
    units = int(row["renewing"]) if seats else 1
    return price_of(row).cost(units, int(row["plan_months"]), seats or 1)


def totals(entries: list[DeadlineEntry]) -> tuple[Money, ...]:
    """What the listed deadlines charge, one amount per currency, sorted by currency.

    A subscription's cancel-by and its renewal are one charge: counted once.
    """
    charged: dict[tuple[int, datetime], Money] = {}
    for entry in entries:
        if entry.amount is not None and entry.kind is not DeadlineKind.CANCEL_BY:
            charged[(entry.deadline.subscription_id, entry.due_at)] = entry.amount
    for entry in entries:  # a cancel-by whose renewal is outside the list still counts
        if entry.amount is not None and entry.kind is DeadlineKind.CANCEL_BY and not any(
                sub == entry.deadline.subscription_id for sub, _at in charged):
            charged[(entry.deadline.subscription_id, entry.due_at)] = entry.amount
    sums: dict[str, Money] = {}
    for money in charged.values():
        sums[money.currency] = sums.get(money.currency, Money.zero(money.currency)) + money
    return tuple(sums[c] for c in sorted(sums))


def _subscription_entries(conn: Connection, start: datetime, end: datetime,
                          text: str) -> list[DeadlineEntry]:
    entries = []
    saved = by_key(saved_profiles(conn))
    for row in store_deadlines.subscriptions_ending(conn, start, end, text):
        ends, in_trial = current_end(row["kind"], row["trial_ends_at"], row["renewal_date"])
        channel = BillingChannel(row["channel"])
        profile = profile_for(row["vendor"], channel, saved)
        notice = notice_of(profile, row["notice_days"])
        for deadline in subscription_deadlines(
                row["id"], row["name"], channel, ends, in_trial=in_trial,
                auto_renew=_renews(row), notice=notice,
                in_store=None if profile.acts_here is None else not profile.acts_here):
            amount = charge_of(row) if deadline.will_charge else None
            entries.append(DeadlineEntry(deadline, row["name"], row["vendor"], channel,
                                         notice=notice, amount=amount))
    return entries


@dataclass(frozen=True)
class CancelBy:
    """One subscription's cancel-by deadline and the notice period it comes from."""

    subscription_id: int
    notice: timedelta
    cancel_by: datetime
    period_ends_at: datetime


def cancel_by_deadlines(conn: Connection, start: datetime, end: datetime) -> list[CancelBy]:
    """Every cancel-by instant due in [start, end], soonest first, with its notice period.

    For reminders and anything else that needs "when must this be cancelled":
    one per auto-renewing subscription that has a notice period (its profile's
    or the admin's).
    """
    found = []
    for entry in entries_between(conn, start, end):
        if entry.kind is DeadlineKind.CANCEL_BY and entry.notice is not None:
            found.append(CancelBy(entry.deadline.subscription_id, entry.notice, entry.due_at,
                                  entry.due_at + entry.notice))
    return found


def _seat_lapse_entries(conn: Connection, start: datetime, end: datetime,
                        text: str) -> list[DeadlineEntry]:
    """VL-14: a seat switched off lapses at the renewal date while the rest renew."""
    entries = []
    for row in store_deadlines.lapsing_seats(conn, start, end, text):
        words = SEAT_OF_LAPSES(seat=row["licence_id"], holder=row["holder"],
                               name=row["name"]) if row["holder"] \
            else SEAT_LAPSES(seat=row["licence_id"], name=row["name"])
        deadline = Deadline(row["id"], DeadlineKind.SEAT_LAPSE,
                            period_end_at(row["renewal_date"]), False, words,
                            seat_id=row["seat_id"])
        entries.append(DeadlineEntry(deadline, row["name"], row["vendor"],
                                     BillingChannel(row["channel"]), row["licence_id"],
                                     row["holder"]))
    return entries


def entries_between(conn: Connection, start: datetime, end: datetime,
                    text: str = "") -> list[DeadlineEntry]:
    """Every deadline due in [start, end], soonest first (also used by reminders)."""
    found = _subscription_entries(conn, start, end, text) \
        + _seat_lapse_entries(conn, start, end, text)
    by_deadline = {entry.deadline: entry for entry in found}
    days = (end - start) / timedelta(days=1)
    # The domain owns the window and the order; its window is whole days from start.
    kept = deadlines_within(by_deadline, start, int(days) + 1)
    return [by_deadline[d] for d in kept if d.due_at <= end]


class DeadlineService:
    """The Deadlines view and the CLI: what is due in the next N days."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def within(self, days: int, now: datetime, text: str = "",
               kinds: frozenset[DeadlineKind] | None = None) -> list[DeadlineEntry]:
        """Deadlines from ``now`` to ``days`` days ahead, sorted by date.

        ``text`` keeps deadlines whose subscription, vendor, seat or holder
        contains every word; ``kinds`` keeps only those kinds.
        """
        if not 0 <= days <= MAX_DAYS:
            raise BadInput(DAYS_OUT_OF_RANGE(most=MAX_DAYS), field="days")
        start = require_utc(now, "current time")
        end = start + timedelta(days=days)
        entries = self.store.read(lambda conn: entries_between(conn, start, end, text))
        if kinds is not None:
            entries = [e for e in entries if e.kind in kinds]
        return entries

    def cancel_by(self, now: datetime, days: int = MAX_DAYS) -> list[CancelBy]:
        """Each subscription's cancel-by instant and notice period, from ``now`` on."""
        start = require_utc(now, "current time")
        end = start + timedelta(days=days)
        return self.store.read(lambda conn: cancel_by_deadlines(conn, start, end))
