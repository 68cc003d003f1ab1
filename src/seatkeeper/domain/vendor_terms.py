"""Vendor terms profiles: what is known about a vendor's terms, per billing channel.

A seed vendor's rule (RULES.md VL, AS, SD) applies to a subscription only
because that subscription's profile says so: the three built-in profiles
below carry the seeds' facts and cite their rule IDs. Any other vendor gets
the admin's own saved profile, or a profile where everything is ``None``:
not known. Nothing here falls back to another vendor's value.

Pure: no I/O. The store keeps the admin's profiles (``store.vendor_terms``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta

from seatkeeper.domain import volume
from seatkeeper.domain.enums import BillingChannel, PaymentMethod
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.instants import require_utc
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import check_currency

MAX_NOTICE_DAYS = 366  # a notice period longer than a year is a typo
MAX_DEVICES = 1000

TOO_MANY_DEVICES_PER_SEAT = message(
    "terms.too_many_devices_per_seat",
    "{vendor}'s terms allow at most {limit} devices connected to a seat at once "
    "({rule}); this row claims {claimed}.")
TOO_MANY_DEVICES_PER_SUBSCRIPTION = message(
    "terms.too_many_devices_per_subscription",
    "{vendor}'s terms allow at most {limit} devices connected to one subscription at once "
    "({rule}); this row claims {claimed}.")
WRONG_CURRENCY = message(
    "terms.wrong_currency",
    "{vendor} bills {channel} subscriptions in {currency} ({rule}); {given} is not accepted.")
NOTICE_OUT_OF_RANGE = message("terms.notice_out_of_range",
                              "A notice period is between 0 and {most} days.")
DEVICES_OUT_OF_RANGE = message("terms.devices_out_of_range",
                               "A device limit is between 1 and {most}.")
PLAN_OUT_OF_RANGE = message("terms.plan_out_of_range",
                            "A billing period is between 1 and 120 months.")
BUILT_IN = message("terms.built_in",
                   "{vendor}'s {channel} terms are built in from its published rules "
                   "({rules}); they cannot be changed here.")
STATED_BY_ADMIN = "stated by the admin"


@dataclass(frozen=True)
class TermsProfile:
    """What is known about one vendor's terms in one billing channel.

    Every fact is ``None`` when not known. ``cites`` maps a field name to the
    rule ID it comes from (built-in profiles); a profile with ``builtin``
    False holds what the admin stated.
    """

    vendor: str
    channel: BillingChannel
    builtin: bool = False
    devices_per_seat: int | None = None
    devices_per_subscription: int | None = None
    currency: str | None = None  # one fixed billing currency (AS-1: website USD)
    local_currency: bool | None = None  # AS-1: the store bills in the buyer's currency
    payment_methods: tuple[PaymentMethod, ...] | None = None
    volume_payment_methods: tuple[PaymentMethod, ...] | None = None  # VL-3
    money_back_days: int | None = None  # 0: no money-back guarantee
    referral_reward: bool | None = None
    trial_days: int | None = None
    notice: timedelta | None = None  # cancel this long before the period ends
    min_volume_seats: int | None = None  # VL-2
    plan_months: int | None = None  # the billing period, when the vendor fixes it
    plan_can_shorten: bool | None = None  # VL-10
    acts_here: bool | None = None  # AS-11: False: only steps to take elsewhere
    auto_renew: bool | None = None
    billed_by: str | None = None
    refunds_via: str | None = None
    cites: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> tuple[str, BillingChannel]:
        return vendor_key(self.vendor), self.channel

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule IDs this profile cites, in order, once each."""
        return tuple(dict.fromkeys(rule for _, rule in self.cites))

    def rule_for(self, name: str) -> str | None:
        """The rule a field comes from; None for the admin's own facts."""
        return dict(self.cites).get(name)

    @property
    def notice_days(self) -> int | None:
        if self.notice is None:
            return None
        return self.notice // timedelta(days=1)

    def known(self) -> dict[str, object]:
        """The facts, by field name (None: not known), for lists and JSON."""
        skip = {"vendor", "channel", "builtin", "cites"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}


def vendor_key(vendor: str) -> str:
    """Vendor names compare case- and space-insensitively."""
    return " ".join(vendor.split()).casefold()


_WEB_METHODS = (PaymentMethod.CREDIT_CARD, PaymentMethod.PAYPAL, PaymentMethod.BITCOIN)

EXPRESSVPN_WEBSITE = TermsProfile(
    vendor="ExpressVPN", channel=BillingChannel.WEBSITE, builtin=True,
    devices_per_seat=8, currency="USD", local_currency=False,
    payment_methods=_WEB_METHODS, volume_payment_methods=(PaymentMethod.CREDIT_CARD,),
    money_back_days=30, referral_reward=True, min_volume_seats=5, plan_can_shorten=False,
    acts_here=True, billed_by="the vendor", refunds_via="the vendor",
    cites=(("devices_per_seat", "VL-19"), ("currency", "AS-1"), ("local_currency", "AS-1"),
           ("payment_methods", "AS-8"), ("volume_payment_methods", "VL-3"),
           ("money_back_days", "AS-3"), ("referral_reward", "AS-3"),
           ("min_volume_seats", "VL-2"), ("plan_can_shorten", "VL-10"),
           ("acts_here", "AS-6"), ("billed_by", "AS-1"), ("refunds_via", "AS-3")),
)

EXPRESSVPN_APP_STORE = TermsProfile(
    vendor="ExpressVPN", channel=BillingChannel.APP_STORE, builtin=True,
    devices_per_subscription=5, local_currency=True, money_back_days=0,
    referral_reward=False, trial_days=7, notice=timedelta(hours=24), plan_months=12,
    plan_can_shorten=False, acts_here=False, billed_by="the App Store",
    refunds_via="the App Store (Apple support)",
    cites=(("devices_per_subscription", "AS-3"), ("local_currency", "AS-1"),
           ("money_back_days", "AS-3"), ("referral_reward", "AS-3"), ("trial_days", "AS-4"),
           ("notice", "AS-5"), ("plan_months", "AS-1"), ("plan_can_shorten", "AS-6"),
           ("acts_here", "AS-11"), ("billed_by", "AS-1"), ("refunds_via", "AS-11")),
)

# The antivirus vendor's device-slot subscriptions: each plan states its own device
# count, so the limit is the subscription's; the seed (002) is about sending (SD-1..SD-8)
# and says nothing of currency, refunds or notice.
KASPERSKY_WEBSITE = TermsProfile(
    vendor="Kaspersky", channel=BillingChannel.WEBSITE, builtin=True,
    acts_here=True,
    cites=(("acts_here", "SD-2"),),
)

BUILT_IN_PROFILES = (EXPRESSVPN_WEBSITE, EXPRESSVPN_APP_STORE, KASPERSKY_WEBSITE)
_BUILT_IN = {p.key: p for p in BUILT_IN_PROFILES}


def unknown(vendor: str, channel: BillingChannel) -> TermsProfile:
    """A vendor no one has described: every fact not known."""
    return TermsProfile(vendor=vendor, channel=channel)


def built_in(vendor: str, channel: BillingChannel) -> TermsProfile | None:
    return _BUILT_IN.get((vendor_key(vendor), channel))


def profile_for(vendor: str, channel: BillingChannel,
                saved: Mapping[tuple[str, BillingChannel], TermsProfile] | None = None
                ) -> TermsProfile:
    """The profile a subscription follows: built in, else the admin's, else unknown."""
    found = built_in(vendor, channel)
    if found is not None:
        return found
    if saved:
        own = saved.get((vendor_key(vendor), channel))
        if own is not None:
            return own
    return unknown(vendor, channel)


def by_key(profiles: Iterable[TermsProfile]) -> dict[tuple[str, BillingChannel], TermsProfile]:
    return {p.key: p for p in profiles}


def own_profile(vendor: str, channel: BillingChannel, *, currency: str | None = None,
                plan_months: int | None = None, notice_days: int | None = None,
                devices_per_seat: int | None = None,
                devices_per_subscription: int | None = None,
                auto_renew: bool | None = None) -> TermsProfile:
    """The admin's own terms for a vendor ("Adobe: 30 days notice, annual, EUR").

    Refused for a vendor whose terms are built in: those come from its rules.
    """
    seeded = built_in(vendor, channel)
    if seeded is not None:
        raise BadInput(BUILT_IN(vendor=seeded.vendor, channel=channel.value,
                                rules=", ".join(seeded.rules)), field="vendor")
    if plan_months is not None and not 1 <= plan_months <= 120:
        raise BadInput(PLAN_OUT_OF_RANGE(), field="plan_months")
    for limit in (devices_per_seat, devices_per_subscription):
        if limit is not None and not 1 <= limit <= MAX_DEVICES:
            raise BadInput(DEVICES_OUT_OF_RANGE(most=MAX_DEVICES), field="devices")
    return TermsProfile(
        vendor=" ".join(vendor.split()), channel=channel,
        currency=None if currency is None else check_currency(currency),
        plan_months=plan_months, notice=check_notice_days(notice_days),
        devices_per_seat=devices_per_seat, devices_per_subscription=devices_per_subscription,
        auto_renew=auto_renew)


def volume_payment_methods(profile: TermsProfile) -> tuple[PaymentMethod, ...] | None:
    """The methods a volume purchase from this vendor may be paid with; None: not known.

    The volume terms where the profile states them (VL-3: card only for ExpressVPN's
    website), else the methods the vendor accepts at all.
    """
    if profile.volume_payment_methods is not None:
        return profile.volume_payment_methods
    return profile.payment_methods


def check_notice_days(days: int | None) -> timedelta | None:
    if days is None:
        return None
    if not 0 <= days <= MAX_NOTICE_DAYS:
        raise BadInput(NOTICE_OUT_OF_RANGE(most=MAX_NOTICE_DAYS), field="notice_days")
    return timedelta(days=days)


# What a subscription gets from its profile -----------------------------------

def notice_of(profile: TermsProfile, stated_days: int | None) -> timedelta | None:
    """The notice period of one subscription.

    A built-in profile's notice is the vendor's rule (AS-5's 24 h) and wins; for
    any other vendor what the admin stated on the subscription, else on the profile.
    """
    if profile.builtin and profile.notice is not None:
        return profile.notice
    if stated_days is not None:
        return timedelta(days=stated_days)
    return profile.notice


def cancel_by(period_ends_at: datetime, notice: timedelta) -> datetime:
    """Cancel-by = end of the period minus the notice period (RULES: Decisions)."""
    return require_utc(period_ends_at, "end date") - notice


def devices_per_seat(profile: TermsProfile, stated: int | None) -> int | None:
    """The vendor's per-seat limit when its profile sets one (VL-19), else the stated one."""
    return profile.devices_per_seat if profile.devices_per_seat is not None else stated


def device_capacity(profile: TermsProfile, seat_limit: int, stated_per_seat: int | None
                    ) -> int | None:
    """How many devices may be connected to the whole subscription at once; None: no limit known.

    AS-3's five for a store subscription; else seats x the per-seat limit.
    """
    if profile.devices_per_subscription is not None:
        return profile.devices_per_subscription
    per_seat = devices_per_seat(profile, stated_per_seat)
    return None if per_seat is None else seat_limit * per_seat


def check_claims(profile: TermsProfile, *, devices_per_seat: int | None, seat_limit: int,
                 currency: str | None) -> None:
    """Refuse a row or purchase that claims more than its vendor's terms allow.

    Only what the profile knows is judged: devices per seat (VL-19), devices
    per subscription (AS-3), the billing currency (AS-1).
    """
    check_devices(profile, devices_per_seat=devices_per_seat, seat_limit=seat_limit)
    check_billing_currency(profile, currency)


SEAT_FULL = message("terms.seat_full",
                    "{vendor}'s terms allow {limit} devices connected to a seat at once "
                    "({rule}); disconnect one first.")


def check_can_connect(profile: TermsProfile, connected_now: int,
                      stated_per_seat: int | None) -> None:
    """One more device on a seat: VL-19 where the profile says so, else the stated limit;
    with no limit known, nothing to refuse."""
    limit = devices_per_seat(profile, stated_per_seat)
    if limit is None:
        return
    rule = profile.rule_for("devices_per_seat")
    if rule == "VL-19":
        volume.check_can_connect(connected_now, limit)
        return
    if connected_now >= limit:
        shown = rule or STATED_BY_ADMIN
        raise RuleRefused(shown, SEAT_FULL(vendor=profile.vendor, limit=limit, rule=shown))


def check_devices(profile: TermsProfile, *, devices_per_seat: int | None,
                  seat_limit: int) -> None:
    """VL-19 per seat, AS-3 per subscription: a claim over the profile's limit is refused."""
    name = profile.vendor
    if devices_per_seat is not None:
        cap = profile.devices_per_seat
        if cap is not None and devices_per_seat > cap:
            rule = profile.rule_for("devices_per_seat") or STATED_BY_ADMIN
            raise RuleRefused(rule, TOO_MANY_DEVICES_PER_SEAT(
                vendor=name, limit=cap, rule=rule, claimed=devices_per_seat))
        cap = profile.devices_per_subscription
        if cap is not None and devices_per_seat * seat_limit > cap:
            rule = profile.rule_for("devices_per_subscription") or STATED_BY_ADMIN
            raise RuleRefused(rule, TOO_MANY_DEVICES_PER_SUBSCRIPTION(
                vendor=name, limit=cap, rule=rule, claimed=devices_per_seat * seat_limit))


def check_billing_currency(profile: TermsProfile, currency: str | None) -> None:
    """AS-1: a seed vendor's fixed billing currency; the admin's own vendors record theirs."""
    name = profile.vendor
    if currency is not None and profile.builtin and profile.currency is not None \
            and currency.upper() != profile.currency:
        rule = profile.rule_for("currency") or STATED_BY_ADMIN
        raise RuleRefused(rule, WRONG_CURRENCY(vendor=name, channel=profile.channel.value,
                                                currency=profile.currency, rule=rule,
                                                given=currency.upper()))


def with_vendor(profile: TermsProfile, vendor: str) -> TermsProfile:
    return replace(profile, vendor=vendor)
