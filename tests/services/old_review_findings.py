"""The review findings as computed before issue 21 (kept as the oracle the SQL is compared
to): each kind counted and listed up to a limit, then merged and ordered in Python.

Was services/review_findings.py (and store/review_findings.py); what moved on is imported.

Every kind is counted in the database and listed up to a limit
(``store.review_findings``), so a review of a million seats returns at once
with true totals and a readable sample.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, time, timedelta
from typing import Any

from seatkeeper.domain.deadlines import notice_words
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.messages import Message
from seatkeeper.domain.vendor_terms import (
    BUILT_IN_PROFILES,
    by_key,
    cancel_by,
    notice_of,
    profile_for,
)
from seatkeeper.services.review_findings import (
    CANCEL_BEFORE,
    CANCEL_IN_STORE,
    CANCEL_NOTICE,
    DETAILS,
    KINDS,
    PENDING_DETAIL,
    RENEWAL,
    TRIAL_END,
    Finding,
    Findings,
    kind_title,
)
from seatkeeper.store.deadlines import longest_notice
from seatkeeper.store.engine import Connection
from seatkeeper.store.vendor_terms import saved_profiles
from tests.services import old_review_store as rows


def _detail(kind: str, row: Mapping[Any, Any]) -> Message:
    definition = DETAILS[kind]
    return definition(**{name: row[name] for name in definition.names})


def compute(conn: Connection, now: datetime, days: int, limit: int | None) -> Findings:
    counts: dict[str, int] = {}
    items: list[Finding] = []
    counted = rows.counted_findings(conn, now.date(), limit, vendor_limits(conn))
    for kind in KINDS:
        if kind in counted:
            counts[kind], listed = counted[kind]
            items.extend(Finding(kind, kind_title(kind), r["sub_id"], r["sub_name"],
                                 r["seat_id"], r["licence_id"], _detail(kind, r))
                         for r in listed)
    pending = _pending(conn, now)
    deadlines = _cancel_by(conn, now, days)
    for kind, found in (("delivery_pending_over_24h", pending), ("cancel_by_soon", deadlines)):
        counts[kind] = len(found)
        items.extend(found[:limit] if limit is not None else found)
    # The kinds this computation knew; the later ones (issue 20's questions and leavers)
    # were only ever SQL queries, tested with their features.
    order = [kind for kind in KINDS if kind in counts]
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
