"""Review findings: what in the roster needs a decision, in the admin's words.

Every kind is counted in the database and listed up to a limit
(``store.review_findings``), so a review of a million seats returns at once
with true totals and a readable sample.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from seatkeeper.store import leaver_findings
from seatkeeper.store import review_findings as rows
from seatkeeper.store.deadlines import longest_notice
from seatkeeper.store.engine import Connection
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
    # issue 20: what the company directory says (store.leaver_findings)
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
    holder: str | None = None  # the seat holder's e-mail, where the kind names one


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
    "holder_not_answered": message("review.detail.holder_not_answered",
                                   "Asked {email}; no answer by {reply_by}"),
    "subscription_over_device_limit": message("review.detail.subscription_over_device_limit",
                                              "{n} devices connected, {lim} slots"),
    "subscription_over_seat_limit": message("review.detail.subscription_over_seat_limit",
                                            "{n} seats, bought {lim}"),
    "person_holds_two_seats": message("review.detail.person_holds_two_seats",
                                      "{email} holds {n} seats"),
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


def compute(conn: Connection, now: datetime, days: int, limit: int | None) -> Findings:
    counts: dict[str, int] = {}
    items: list[Finding] = []
    counted = rows.counted_findings(conn, now.date(), limit, vendor_limits(conn))
    counted.update(leaver_findings.counted(conn, limit))  # issue 20: leavers, the directory
    for kind in KINDS:
        if kind in counted:
            counts[kind], listed = counted[kind]
            items.extend(Finding(kind, kind_title(kind), r["sub_id"], r["sub_name"],
                                 r["seat_id"], r["licence_id"], _detail(kind, r),
                                 r.get("email"))
                         for r in listed)
    pending = _pending(conn, now)
    deadlines = _cancel_by(conn, now, days)
    for kind, found in (("delivery_pending_over_24h", pending), ("cancel_by_soon", deadlines)):
        counts[kind] = len(found)
        items.extend(found[:limit] if limit is not None else found)
    order = list(KINDS)
    items.sort(key=lambda f: order.index(f.kind))
    return Findings({k: counts[k] for k in order}, tuple(items), now, days)


def _pending(conn: Connection, now: datetime) -> list[Finding]:
    return [Finding("delivery_pending_over_24h", kind_title("delivery_pending_over_24h"),
                    r.sub_id, r.name, None, None,
                    PENDING_DETAIL(target=r.device or r.email, sent=r.sent_at))
            for r in rows.pending_since(conn, now - timedelta(hours=24))]


def vendor_limits(conn: Connection) -> list[rows.VendorLimit]:
    """Every profile that sets a device limit: built in (VL-19, AS-3) and the admin's."""
    profiles = [*BUILT_IN_PROFILES, *saved_profiles(conn)]
    return [(p.key[0], p.channel.value, p.devices_per_seat, p.devices_per_subscription)
            for p in profiles
            if p.devices_per_seat is not None or p.devices_per_subscription is not None]


def _cancel_by(conn: Connection, now: datetime, days: int) -> list[Finding]:
    """Cancel-by = the end minus the profile's notice (AS-5: 24 h in the App Store), or the
    admin's; with no notice period known, the renewal day itself."""
    horizon = now + timedelta(days=days)
    saved = by_key(saved_profiles(conn))
    found: list[tuple[datetime, Finding]] = []
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
        found.append((deadline, Finding("cancel_by_soon", kind_title("cancel_by_soon"), r.id,
                                        r.name, None, None, detail)))
    return [f for _, f in sorted(found, key=lambda x: x[0])]
