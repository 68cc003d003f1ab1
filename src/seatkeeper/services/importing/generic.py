"""A generic roster CSV/XLSX row: one seat, its subscription, maybe one device."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from enum import StrEnum

from seatkeeper.domain.enums import (
    BillingChannel,
    Platform,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.volume import normalise_email
from seatkeeper.services.importing import values as v
from seatkeeper.services.importing.context import UNKNOWN_VENDOR, ImportContext
from seatkeeper.services.importing.mapping import norm
from seatkeeper.services.importing.people import holder
from seatkeeper.services.importing.readers import EXTRA_CELLS
from seatkeeper.services.importing.records import (
    Cells,
    DeviceRecord,
    PlannedRow,
    SeatRecord,
    SubscriptionRecord,
)

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
                      "channel", "currency", "monthly_price", "plan_months", "period_start",
                      "renewal_date", "auto_renew", "status", "seat_limit", "devices_per_seat")


def convert(cells: Cells, ctx: ImportContext) -> PlannedRow:
    # A subscription's cells repeat on each of its seat rows: parse them once.
    raw = tuple(cells.text(f) for f in SUBSCRIPTION_CELLS)
    sub = ctx.memo.get(raw)
    if sub is None:
        before = len(cells.errors)
        sub = _subscription(cells, ctx)
        if len(cells.errors) == before:
            ctx.memo[raw] = sub
    licence = cells.text("licence_id").strip() or "seat-001"
    holder_name, holder_email = holder(cells, "holder_name", "holder_email")
    seat = SeatRecord(licence, holder_name, holder_email,
                      cells.parse("renew", lambda s: v.parse_bool(s, default=True), True))
    device = _device(cells, sub, licence)
    cells.check()
    return PlannedRow(cells.line, sub, (seat,), device)


def _subscription(cells: Cells, ctx: ImportContext) -> SubscriptionRecord:
    name = cells.text("subscription").strip()
    if not name:
        cells.fail("subscription", "", NO_SUBSCRIPTION())
    vendor = cells.text("vendor").strip() or UNKNOWN_VENDOR
    currency = cells.parse("currency", lambda s: v.parse_currency(s, "USD"), "USD")
    price = cells.parse("monthly_price", lambda s: v.parse_money(s, currency), 0)
    months = cells.parse("plan_months", lambda s: v.parse_count(s, default=12, minimum=1,
                                                                maximum=120), 12)
    start = cells.parse("period_start", v.parse_optional_date, None)
    renewal = cells.parse("renewal_date", v.parse_optional_date, None)
    if renewal is None:
        renewal = add_months(start or ctx.today, months)
    if start is None:
        start = add_months(renewal, -months)
    kind = cells.parse("kind", choice(SubscriptionKind, "individual"), "individual")
    limit = cells.parse("seat_limit", lambda s: v.parse_count(s, default=1, minimum=1), 1)
    owner = cells.text("owner_email").strip() or ctx.owner_email
    return SubscriptionRecord(
        key=cells.text("subscription_key").strip() or f"csv:{norm(vendor)}|{name.casefold()}",
        vendor=vendor, owner_email=owner, name=name, kind=kind,
        channel=cells.parse("channel", choice(BillingChannel, "website"), "website"),
        currency=currency, unit_monthly_price_minor=price, plan_months=months,
        period_start=start, renewal_date=renewal,
        auto_renew=cells.parse("auto_renew", lambda s: v.parse_bool(s, default=True), True),
        status=cells.parse("status", choice(SubscriptionStatus, "active"), "active"),
        seat_limit=limit,
        devices_per_seat=cells.parse(
            "devices_per_seat", lambda s: v.parse_count(
                s, default=8 if kind == "volume" else 5, minimum=1, maximum=1000), 5),
    )


def _device(cells: Cells, sub: SubscriptionRecord, licence: str) -> DeviceRecord | None:
    name = cells.text("device_name").strip()
    if not name:
        return None
    platform = cells.parse("device_platform", choice(Platform), "windows")
    region = cells.text("device_region").strip().upper() or "US"
    if len(region) != 2 or not region.isalpha():
        cells.fail("device_region", region, BAD_REGION())
    key = cells.text("device_key").strip() or f"csv:{norm(sub.vendor)}|{name.casefold()}"
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

    h_licence, h_name, h_email, h_renew = (header(f) for f in (
        "licence_id", "holder_name", "holder_email", "renew"))
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
            licence = (row[h_licence].strip() if h_licence else "") or "seat-001"
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
            device = None
            device_name = row[h_device].strip() if h_device else ""
            if device_name:
                region = (row[h_region].strip().upper() if h_region else "") or "US"
                if len(region) != 2 or not region.isalpha():
                    return None
                key = (row[h_device_key].strip() if h_device_key else "") \
                    or f"csv:{vendor_norms(sub.vendor)}|{device_name.casefold()}"
                device = DeviceRecord(key, device_name,
                                      platforms(row[h_platform] if h_platform else ""),
                                      region, licence)
        except (KeyError, KnownError):
            return None
        return PlannedRow(line, sub, (SeatRecord(licence, name or None, email or None, renew),),
                          device)

    return plain
