"""A generic roster CSV/XLSX row: one seat, its subscription, maybe one device.

Amounts and dates are read in the file's locale (``ctx.locale``). A price is
kept as stated: ``price`` with ``price_basis`` (per_seat or total) and
``price_months`` (default: the plan's months), or the older ``monthly_price``
(a seat's month). The currency is the row's ``currency``, else the one the
amount names (``kr 99,00`` in nb-NO: NOK), else the locale's. ``status`` takes
the subscription statuses and the words Seatkeeper's own export writes
("Lapses 2027-05-02", "Cancelled, active until ..."), so an export reads back.
"""

from __future__ import annotations

import functools
import hashlib
import operator
from collections.abc import Callable, Mapping
from enum import StrEnum

from seatkeeper.domain.enums import (
    BillingChannel,
    Platform,
    SeatStatus,
    SubscriptionKind,
)
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.price import MAX_PRICE_MONTHS, PriceBasis, parse_basis
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.vendor_terms import TermsProfile
from seatkeeper.domain.volume import normalise_email
from seatkeeper.services.importing import values as v
from seatkeeper.services.importing.context import UNKNOWN_VENDOR, ImportContext
from seatkeeper.services.importing.mapping import norm
from seatkeeper.services.importing.people import holder
from seatkeeper.services.importing.readers import EXTRA_CELLS
from seatkeeper.services.importing.records import (
    UNNUMBERED_SEAT,
    Cells,
    DeviceRecord,
    PlannedRow,
    SeatRecord,
    SubscriptionRecord,
)
from seatkeeper.store.imports import TEXT_LIMITS

NOT_ONE_OF = message("import.value.not_one_of", "“{text}” is not one of {allowed}.")
NO_SUBSCRIPTION = message("import.no_subscription", "Every row needs the subscription's name.")
BAD_REGION = message("import.bad_region", "A region is a two-letter country code.")


@functools.cache
def choice(enum: type[StrEnum], default: str | None = None) -> Callable[[str], str]:
    allowed = frozenset(m.value for m in enum)
    names = ", ".join(m.value for m in enum)

    def parse(text: str) -> str:
        value = text.strip().lower().replace(" ", "_").replace("-", "_")
        if not value and default is not None:
            return default
        if value not in allowed:
            raise BadInput(NOT_ONE_OF(text=text.strip()[:40], allowed=names))
        return value

    return parse


SUBSCRIPTION_CELLS = ("subscription", "subscription_key", "vendor", "owner_email", "kind",
                      "channel", "currency", "monthly_price", "price", "price_basis",
                      "price_months", "plan_months", "period_start", "renewal_date",
                      "auto_renew", "status", "seat_limit", "devices_per_seat", "notice_days")
NO_OWNER = message("import.no_owner",
                   "No account owner e-mail: map the column that holds it, or give the "
                   "owner's e-mail for rows without one.")
TWO_PRICES = message("import.two_prices",
                     "The row has both a price and a monthly price; give one of them.")
NOT_A_STATUS = message("import.value.not_a_status",
                       "“{text}” is not a status (active, cancelled, expired, payment_failed, "
                       "or the words of Seatkeeper's export).")
SEAT_ACTIVE, SEAT_CANCELLED = SeatStatus.ACTIVE.value, SeatStatus.CANCELLED.value
# The export's words (services.rows.seat_status_text): (subscription status, seat status).
_STATUS_WORDS = {
    "": ("active", SEAT_ACTIVE), "active": ("active", SEAT_ACTIVE),
    "expired": ("expired", SEAT_ACTIVE), "payment failed": ("payment_failed", SEAT_ACTIVE),
    "payment_failed": ("payment_failed", SEAT_ACTIVE),
}


@functools.cache
def status_words(text: str) -> tuple[str, str]:
    """(subscription status, seat status) of a status cell."""
    value = " ".join(text.split()).casefold()
    if value in _STATUS_WORDS:
        return _STATUS_WORDS[value]
    if value.startswith("lapses "):  # a seat that will not renew; the date is the renewal's
        return "active", SEAT_ACTIVE
    if value.startswith("cancelled, active until "):
        return "cancelled", SEAT_CANCELLED
    if value == "cancelled":  # the export's word for a cancelled seat of a running plan
        return "active", SEAT_CANCELLED
    raise BadInput(NOT_A_STATUS(text=text.strip()[:40]))


# A derived key must fit both key columns (subscriptions' and devices' external_key).
KEY_LIMIT = min(TEXT_LIMITS[("subscription", "key")], TEXT_LIMITS[("device", "key")])

def derived_key(vendor: str, name: str) -> str:
    """The matching key of a row that gives none: vendor and name, or their digest where
    that would not fit the key's column (a 200-character name is a valid name)."""
    key = f"csv:{vendor}|{name.casefold()}"
    if len(key) <= KEY_LIMIT:
        return key
    return "csv:sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def convert(cells: Cells, ctx: ImportContext) -> PlannedRow:
    # A subscription's cells repeat on each of its seat rows: parse them once.
    raw = tuple(cells.text(f) for f in SUBSCRIPTION_CELLS)
    sub = ctx.memo.get(raw)
    if sub is None:
        before = len(cells.errors)
        sub = _subscription(cells, ctx)
        if len(cells.errors) == before:
            ctx.memo[raw] = sub
    licence = cells.text("licence_id").strip() or UNNUMBERED_SEAT
    holder_name, holder_email = holder(cells, "holder_name", "holder_email")
    _, seat_status = cells.parse("status", status_words, ("active", SEAT_ACTIVE))
    seat = SeatRecord(licence, holder_name, holder_email,
                      cells.parse("renew", lambda s: v.parse_bool(s, default=True), True),
                      seat_status)
    device = _device(cells, sub, licence)
    cells.check()
    return PlannedRow(cells.line, sub, (seat,), device)


def _subscription(cells: Cells, ctx: ImportContext) -> SubscriptionRecord:
    name = cells.text("subscription").strip()
    if not name:
        cells.fail("subscription", "", NO_SUBSCRIPTION())
    vendor = cells.text("vendor").strip() or UNKNOWN_VENDOR
    loc = ctx.locale
    months = cells.parse("plan_months", lambda s: v.parse_count(s, default=12, minimum=1,
                                                                maximum=120), 12)
    price_field, basis, price_months = "monthly_price", PriceBasis.PER_SEAT, 1
    if cells.text("price").strip():
        if cells.text("monthly_price").strip():
            cells.fail("price", cells.text("price"), TWO_PRICES())
        price_field = "price"
        basis = cells.parse("price_basis", parse_basis, PriceBasis.PER_SEAT)
        price_months = cells.parse("price_months", lambda s: v.parse_count(
            s, default=months, minimum=1, maximum=MAX_PRICE_MONTHS), months)
    named = cells.parse(price_field, lambda s: v.amount_currency(s, loc), None)
    currency = cells.parse("currency", lambda s: v.parse_currency(s, named or loc.currency),
                           named or loc.currency)
    price = cells.parse(price_field, lambda s: v.parse_money(s, currency, loc), 0)
    start = cells.parse("period_start", lambda s: v.parse_optional_date(s, loc), None)
    renewal = cells.parse("renewal_date", lambda s: v.parse_optional_date(s, loc), None)
    if renewal is None:
        renewal = add_months(start or ctx.today, months)
    if start is None:
        start = add_months(renewal, -months)
    kind = cells.parse("kind", choice(SubscriptionKind, "individual"), "individual")
    limit = cells.parse("seat_limit", lambda s: v.parse_count(s, default=1, minimum=1), 1)
    owner = cells.text("owner_email").strip() or ctx.owner_email
    if not owner:
        cells.fail("owner_email", "", NO_OWNER())
    channel = cells.parse("channel", choice(BillingChannel, "website"), "website")
    profile = ctx.profile(vendor, channel)
    if not cells.text("currency").strip() and named is None and profile.currency:
        currency = profile.currency  # the admin's saved terms: "Adobe: EUR"
    stated = cells.parse("devices_per_seat", lambda s: v.parse_count(
        s, default=0, minimum=1, maximum=1000) or None, None)
    per_seat, known = devices_of(profile, stated, limit)
    notice = cells.parse("notice_days", v.parse_notice_days, None)
    if notice is None:
        notice = profile.notice_days
    return SubscriptionRecord(
        key=cells.text("subscription_key").strip() or derived_key(norm(vendor), name),
        vendor=vendor, owner_email=owner, name=name, kind=kind,
        channel=channel,
        currency=currency, price_minor=price, price_basis=basis.value,
        price_months=price_months, plan_months=months,
        period_start=start, renewal_date=renewal,
        auto_renew=cells.parse("auto_renew", lambda s: v.parse_bool(
            s, default=True if profile.auto_renew is None else profile.auto_renew), True),
        status=cells.parse("status", status_words, ("active", SEAT_ACTIVE))[0],
        seat_limit=limit, devices_per_seat=per_seat, devices_known=known,
        notice_days=None if profile.builtin else notice,
    )


def devices_of(profile: TermsProfile, stated: int | None, seats: int) -> tuple[int, bool]:
    """(devices per seat, whether known): the file's, else its profile's, else not known.

    Not known is stored as 1 with ``devices_known`` False: shown as not known, never judged.
    """
    if stated is not None:
        return stated, True
    if profile.devices_per_seat is not None:
        return profile.devices_per_seat, True
    if profile.devices_per_subscription is not None:
        return max(1, profile.devices_per_subscription // max(seats, 1)), True
    return 1, False


def _device(cells: Cells, sub: SubscriptionRecord, licence: str) -> DeviceRecord | None:
    name = cells.text("device_name").strip()
    if not name:
        return None
    platform = cells.parse("device_platform", choice(Platform), "windows")
    region = cells.text("device_region").strip().upper() or "US"
    if len(region) != 2 or not region.isalpha():
        cells.fail("device_region", region, BAD_REGION())
    key = cells.text("device_key").strip() or derived_key(norm(sub.vendor), name)
    return DeviceRecord(key, name, platform, region, licence)


PlainConverter = Callable[[int, Mapping[str, str]], PlannedRow | None]


def plain_converter(mapping: Mapping[str, str], ctx: ImportContext) -> PlainConverter:
    """``convert`` for plain rows, a few times faster; None for any row it is unsure of.

    A plain row is one whose subscription was already parsed (its cells repeat
    on every seat row) and whose own cells parse without a problem. For such a
    row this gives exactly what ``convert`` gives: every value comes from the
    same parsers, remembered by the cell's text. Anything else (a new
    subscription, a bad cell, a cell the row lacks, surplus cells) answers
    None, and the caller converts the row the general way, which reports the
    problems. A hypothesis test holds the two paths to the same plan.
    """
    sub_headers = [mapping[f] for f in SUBSCRIPTION_CELLS if mapping.get(f)]
    sub_cells = operator.itemgetter(*sub_headers) if sub_headers else lambda _row: ()
    subs: dict[object, SubscriptionRecord] = {}

    def header(name: str) -> str | None:
        return mapping.get(name) or None

    h_licence, h_name, h_email, h_renew, h_status = (header(f) for f in (
        "licence_id", "holder_name", "holder_email", "renew", "status"))
    h_device, h_platform, h_region, h_device_key = (header(f) for f in (
        "device_name", "device_platform", "device_region", "device_key"))
    # Parsed once per distinct text (a failing text is not kept: it raises again).
    renews = functools.cache(lambda s: v.parse_bool(s, default=True))
    platforms = functools.cache(choice(Platform))
    vendor_norms = functools.cache(norm)

    def subscription(row: Mapping[str, str]) -> SubscriptionRecord | None:
        key = sub_cells(row)
        sub = subs.get(key)
        if sub is None:  # parsed by convert on an earlier row? (ctx.memo's key)
            raw = tuple(row.get(mapping[f], "") if mapping.get(f) else ""
                        for f in SUBSCRIPTION_CELLS)
            sub = ctx.memo.get(raw)
            if sub is not None:
                subs[key] = sub
        return sub

    def plain(line: int, row: Mapping[str, str]) -> PlannedRow | None:
        if EXTRA_CELLS in row:
            return None
        try:
            sub = subscription(row)
            if sub is None:
                return None
            licence = (row[h_licence].strip() if h_licence else "") or UNNUMBERED_SEAT
            name = row[h_name].strip() if h_name else ""
            email = row[h_email].strip() if h_email else ""
            if email:
                name = name or email.split("@")[0].strip()
                if not name:
                    return None
                email = normalise_email(email)
            elif name:
                return None  # a holder without an e-mail: the general path says so
            renew = renews(row[h_renew]) if h_renew else True
            seat_status = status_words(row[h_status])[1] if h_status else SEAT_ACTIVE
            device = None
            device_name = row[h_device].strip() if h_device else ""
            if device_name:
                region = (row[h_region].strip().upper() if h_region else "") or "US"
                if len(region) != 2 or not region.isalpha():
                    return None
                key = (row[h_device_key].strip() if h_device_key else "") \
                    or derived_key(vendor_norms(sub.vendor), device_name)
                device = DeviceRecord(key, device_name,
                                      platforms(row[h_platform] if h_platform else ""),
                                      region, licence)
        except (KeyError, KnownError):
            return None
        return PlannedRow(line, sub, (SeatRecord(licence, name or None, email or None, renew,
                                                 seat_status),), device)

    return plain
