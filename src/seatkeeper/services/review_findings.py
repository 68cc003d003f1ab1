"""Review findings: what in the roster needs a decision, in the admin's words.

Each kind is one query in ``store.review_findings`` (registered there with
``@finding_kind``); all of them are one table there, filtered, sorted, paged
and joined to the decisions in SQL. Here each kind gets its title (``KINDS``)
and the words of its detail (``DETAILS``, a template over the query's
columns, or a function in ``WORDS``). Adding a kind = its query there plus
its title and detail here. Only cancel_by_soon's deadlines are worked out in
Python (the vendor terms, ``domain.vendor_terms``), over the subscriptions
renewing soon, and handed to its query as (subscription, rank).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from seatkeeper.domain.deadlines import notice_words
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.messages import Message, MessageDef, message
from seatkeeper.domain.vendor_terms import (
    BUILT_IN_PROFILES,
    by_key,
    cancel_by,
    notice_of,
    profile_for,
)
from seatkeeper.store import review_findings as rows
from seatkeeper.store.deadlines import longest_notice
from seatkeeper.store.engine import Connection
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.vendor_terms import saved_profiles

# Each kind's title, said where the admin reads it (Review, the report, the CLI's words).
KINDS: dict[str, MessageDef] = {
    "unassigned_seat": message("review.kind.unassigned_seat", "Seat has no holder"),
    "no_device": message("review.kind.no_device", "Seat has no device connected"),
    "seat_over_device_limit": message("review.kind.seat_over_device_limit",
                                      "Seat has more devices connected than allowed"),
    "subscription_over_device_limit": message("review.kind.subscription_over_device_limit",
                                              "Subscription has more devices than its slots"),
    "subscription_over_seat_limit": message(
        "review.kind.subscription_over_seat_limit",
        "Subscription has more seats than it was bought with"),
    "person_holds_two_seats": message("review.kind.person_holds_two_seats",
                                      "One person holds two seats of one subscription"),
    "delivery_pending_over_24h": message("review.kind.delivery_pending_over_24h",
                                         "Delivery pending for over 24 hours"),
    "cancel_by_soon": message("review.kind.cancel_by_soon", "Cancel-by deadline soon"),
    "auto_renew_unassigned": message("review.kind.auto_renew_unassigned",
                                     "Unassigned seat will renew (and be paid for)"),
    "expired_still_assigned": message("review.kind.expired_still_assigned",
                                      "Expired subscription still assigned"),
    "holder_not_answered": message("review.kind.holder_not_answered",
                                   "Holder asked, no answer by the reply-by date"),
    # issue 20: what the company directory says (store.people)
    "seat_held_by_leaver": message("review.kind.seat_held_by_leaver",
                                   "Seat held by someone who left"),
    "holder_not_in_directory": message("review.kind.holder_not_in_directory",
                                       "Holder not in the directory"),
    "leaver_device_connected": message("review.kind.leaver_device_connected",
                                       "Device of someone who left still connected"),
}


def kind_title(kind: str) -> Message:
    """A finding kind's title, as a message the window translates."""
    return KINDS[kind]()


@dataclass(frozen=True)
class Finding:
    kind: str
    title: Message
    subscription_id: int | None
    subscription: str | None
    seat_id: int | None
    licence_id: str | None
    detail: Message
    holder: str | None = None  # the e-mail the finding names (a seat's holder), if any


@dataclass(frozen=True)
class Findings:
    counts: dict[str, int]  # every kind, with its true total
    items: tuple[Finding, ...]  # up to the limit per kind
    as_of: datetime
    days: int


# The text of each kind counted in SQL; it names the values of the kind's rows.
DETAILS: dict[str, MessageDef] = {
    "unassigned_seat": message("review.detail.unassigned_seat", "No holder"),
    "no_device": message("review.detail.no_device", "No device connected"),
    "seat_over_device_limit": message("review.detail.seat_over_device_limit",
                                      "{n} devices connected, limit {lim}"),
    "auto_renew_unassigned": message("review.detail.auto_renew_unassigned",
                                     "Renews on {renewal} although nobody holds it"),
    "expired_still_assigned": message("review.detail.expired_still_assigned",
                                      "Still assigned to {email}"),
    "subscription_over_device_limit": message("review.detail.subscription_over_device_limit",
                                              "{n} devices connected, {lim} slots"),
    "subscription_over_seat_limit": message("review.detail.subscription_over_seat_limit",
                                            "{n} seats, bought {lim}"),
    "person_holds_two_seats": message("review.detail.person_holds_two_seats",
                                      "{email} holds {n} seats"),
    "holder_not_answered": message("review.detail.holder_not_answered",
                                   "Asked {email}; no answer by {reply_by}"),
    "seat_held_by_leaver": message("review.detail.seat_held_by_leaver",
                                   "Held by {email}, who left on {left_on}"),
    "holder_not_in_directory": message("review.detail.holder_not_in_directory",
                                       "{email} is not in the directory file last imported"),
    "leaver_device_connected": message("review.detail.leaver_device_connected",
                                       "“{device}” is still connected; {email} left on "
                                       "{left_on}"),
}
PENDING_DETAIL = message("review.detail.delivery_pending", "To {target}, sent {sent}")
CANCEL_IN_STORE = message(
    "review.detail.cancel_by_store",
    "Cancel by {deadline} (in the App Store, {notice} before the {what})")
CANCEL_NOTICE = message("review.detail.cancel_by_notice",
                        "Cancel by {deadline} ({notice} before the {what})")
CANCEL_BEFORE = message("review.detail.cancel_by", "Cancel by {deadline} (before the {what})")
TRIAL_END = message("review.detail.trial_end", "trial end")
RENEWAL = message("review.detail.renewal", "renewal")


def _detail(kind: str, row: Mapping[Any, Any]) -> Message:
    definition = DETAILS[kind]
    return definition(**{name: row[name] for name in definition.names})


def _pending_detail(row: Mapping[Any, Any]) -> Message:
    return PENDING_DETAIL(target=row["target"], sent=row["sent_at"])


@dataclass(frozen=True)
class Deadline:
    """A cancel_by_soon finding worked out from the vendor terms (not in SQL)."""

    sub_id: int
    deadline: datetime
    detail: Message


@dataclass(frozen=True)
class Review:
    """What the findings' queries depend on, read once per question."""

    context: rows.Context
    deadlines: dict[int, Deadline]  # subscription id -> its cancel-by finding

    def finding(self, row: Mapping[Any, Any]) -> Finding:
        """A store row (``store.review_findings``) in the admin's words."""
        kind = row["kind"]
        if kind == "cancel_by_soon":
            detail = self.deadlines[row["sub_id"]].detail
        elif kind == "delivery_pending_over_24h":
            detail = _pending_detail(row)
        else:
            detail = WORDS.get(kind, _detail)(kind, row)
        return Finding(kind, kind_title(kind), row["sub_id"], row["sub_name"], row["seat_id"],
                       row["licence_id"], detail, row["email"])


# A kind whose detail is not one of DETAILS' templates over its columns says it here.
WORDS: dict[str, Callable[[str, Mapping[Any, Any]], Message]] = {}


def review_of(conn: Connection, now: datetime, days: int) -> Review:
    deadlines = _cancel_by(conn, now, days)
    ranked = [(d.sub_id, rank) for rank, d in enumerate(deadlines)]
    return Review(rows.Context(now.date(), now, vendor_limits(conn), ranked,
                               conn.dialect.name, rows.has_directory(conn)),
                  {d.sub_id: d for d in deadlines})


def compute(conn: Connection, now: datetime, days: int, limit: int | None) -> Findings:
    """Every kind's true count and up to ``limit`` findings of each, in Review's order
    (the offline report and the CLI; the window pages them instead)."""
    review = review_of(conn, now, days)
    counts = rows.kind_counts(conn, review.context)
    items: list[Finding] = []
    for kind in KINDS:
        if not counts[kind]:
            continue
        page = TableQuery(sort_key="kind", limit=limit if limit is not None else counts[kind])
        items.extend(review.finding(r) for r in rows.finding_page(
            conn, review.context, rows.FindingFilter(kind=kind), page))
    return Findings({k: counts[k] for k in KINDS}, tuple(items), now, days)


def vendor_limits(conn: Connection) -> list[rows.VendorLimit]:
    """Every profile that sets a device limit: built in (VL-19, AS-3) and the admin's."""
    profiles = [*BUILT_IN_PROFILES, *saved_profiles(conn)]
    return [(p.key[0], p.channel.value, p.devices_per_seat, p.devices_per_subscription)
            for p in profiles
            if p.devices_per_seat is not None or p.devices_per_subscription is not None]


def _cancel_by(conn: Connection, now: datetime, days: int) -> list[Deadline]:
    """Cancel-by = the end minus the profile's notice (AS-5: 24 h in the App Store), or the
    admin's; with no notice period known, the renewal day itself. Soonest first."""
    horizon = now + timedelta(days=days)
    saved = by_key(saved_profiles(conn))
    found: list[Deadline] = []
    for r in rows.renewing_by(conn, horizon + longest_notice(conn) + timedelta(days=2)):
        ends = r.trial_ends_at or datetime.combine(r.renewal_date, time(0), tzinfo=UTC)
        channel = BillingChannel(r.channel)
        profile = profile_for(r.vendor, channel, saved)
        notice = notice_of(profile, r.notice_days)
        deadline = ends if notice is None else cancel_by(ends, notice)
        if ends <= now or deadline > horizon:
            continue
        what = TRIAL_END() if r.trial_ends_at else RENEWAL()
        store = channel is BillingChannel.APP_STORE if profile.acts_here is None \
            else not profile.acts_here
        if notice is None:
            detail = CANCEL_BEFORE(deadline=deadline, what=what)
        else:
            detail = (CANCEL_IN_STORE if store else CANCEL_NOTICE)(
                deadline=deadline, notice=notice_words(notice), what=what)
        found.append(Deadline(r.id, deadline, detail))
    return sorted(found, key=lambda d: d.deadline)  # stable: by name and id within a time
