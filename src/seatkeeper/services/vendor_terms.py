"""Vendor terms profiles as the admin sees them: list, show, and save their own.

The built-in profiles (the seed vendors' rules, ``domain.vendor_terms``) are
listed beside the admin's saved ones and cannot be changed; saving the
admin's own terms for a vendor is audited. ``subscription_cancel_by`` is the
plain answer other features (reminders) build on: each subscription's
notice period and cancel-by instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.messages import message
from seatkeeper.domain.vendor_terms import (
    BUILT_IN_PROFILES,
    TermsProfile,
    by_key,
    own_profile,
    profile_for,
)
from seatkeeper.services.clock import Clock
from seatkeeper.services.deadlines import CancelBy, DeadlineService
from seatkeeper.store import audit
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.vendor_terms import save_profile, saved_profiles

SAVED = message("terms.saved", "Terms for {vendor} ({channel}) saved.")

Profiles = dict[tuple[str, BillingChannel], TermsProfile]


def profile_json(profile: TermsProfile) -> dict[str, Any]:
    """A profile for ``--json``: every fact, null when not known, and its rules."""
    facts: dict[str, Any] = {}
    for name, value in profile.known().items():
        if name == "notice":
            days = value / timedelta(days=1) if isinstance(value, timedelta) else None
            facts["notice_days"] = int(days) if days is not None and days == int(days) \
                else days
        elif isinstance(value, tuple):
            facts[name] = [str(v) for v in value]
        else:
            facts[name] = value
    stated = any(value is not None for value in profile.known().values())
    return {"vendor": profile.vendor, "channel": profile.channel.value,
            "source": "built_in" if profile.builtin else "admin" if stated else "not_known",
            "rules": dict(profile.cites), **facts}


@dataclass(frozen=True)
class OwnTerms:
    """What the admin states about a vendor; None: not known."""

    currency: str | None = None
    plan_months: int | None = None
    notice_days: int | None = None
    devices_per_seat: int | None = None
    devices_per_subscription: int | None = None
    auto_renew: bool | None = None


class VendorTermsService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    def profiles(self) -> list[TermsProfile]:
        """The built-in profiles, then the admin's, by vendor."""
        saved = self.store.read(saved_profiles)
        return [*BUILT_IN_PROFILES, *saved]

    def saved(self) -> Profiles:
        return by_key(self.store.read(saved_profiles))

    def show(self, vendor: str, channel: BillingChannel) -> TermsProfile:
        """The profile a subscription of ``vendor`` in ``channel`` follows (maybe all unknown)."""
        return profile_for(vendor, channel, self.saved())

    def set(self, vendor: str, channel: BillingChannel, terms: OwnTerms) -> TermsProfile:
        """Save the admin's own terms for a vendor (refused for a built-in vendor)."""
        profile = own_profile(vendor, channel, currency=terms.currency,
                              plan_months=terms.plan_months, notice_days=terms.notice_days,
                              devices_per_seat=terms.devices_per_seat,
                              devices_per_subscription=terms.devices_per_subscription,
                              auto_renew=terms.auto_renew)

        def work(conn: Connection) -> None:
            before = profile_for(vendor, channel, by_key(saved_profiles(conn)))
            now = self.clock()
            save_profile(conn, profile, now)
            audit.record(conn, audit.Change(
                "terms.saved", "vendor_terms", None,
                SAVED(vendor=profile.vendor, channel=channel.value).render(),
                before=profile_json(before), after=profile_json(profile)),
                at=now, actor=self.actor)
        self.store.write(work)
        return profile

    def subscription_cancel_by(self, now: datetime, days: int = 3660) -> list[CancelBy]:
        """Each auto-renewing subscription's notice period and cancel-by instant from ``now``."""
        return DeadlineService(self.store).cancel_by(now, days)
