"""Snipe-IT licence CSV rows, read as Snipe-IT's own licence importer reads them.

A licence is its item name and serial: rows naming the same pair are one
licence. It becomes a website subscription (volume from 5 seats) with
``seats`` seats, renewing on its expiration date or a year after purchase.
Snipe-IT gives a licence's seats no ids: they are numbered on writing as the generic
import and a purchase number theirs (L-nnnn, roster-wide: issue 16), so a seat id
names one seat, and a re-import finds the same seats again.
Each row checks the licence's next free seat out to the row's user, found as
Snipe-IT's importer finds a checkout target: Full Name, else First Name + Last
Name, else Username; their e-mail is Email (or a Username that is an
address). "Licensed To Name/Email" are the licence's registration and stay on
the subscription; they are not a seat holder. The purchase cost is what was
paid for the whole licence: it is kept as that total (``domain.price``), so
the licence's cost for its period is the amount paid, to the minor unit.
The serial number is a product key: it travels to the vault, never the roster.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.price import PriceBasis
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.volume import normalise_person
from seatkeeper.services.importing import values as v
from seatkeeper.services.importing.context import UNKNOWN_VENDOR, ImportContext
from seatkeeper.services.importing.generic import NO_OWNER, devices_of
from seatkeeper.services.importing.mapping import norm
from seatkeeper.services.importing.people import NO_HOLDER_EMAIL
from seatkeeper.services.importing.records import (
    Cells,
    PlannedRow,
    SeatRecord,
    SubscriptionRecord,
    unnumbered_seat,
)

SECRET_FIELDS = frozenset({"serial"})
VOLUME_FROM = 5  # VL-2: fewer than five seats is not a volume licence
MAX_SEATS = 100_000
NO_ITEM_NAME = message("import.snipeit.no_item_name", "Every licence needs its item name.")
SERIAL_TOO_LONG = message("import.snipeit.serial_too_long",
                          "The serial number is too long to be a product key.")
NO_FREE_SEAT = message("import.snipeit.no_free_seat",
                       "“{licence}” has {seats} seat(s), all checked out by earlier rows "
                       "(from row {first}); this row's user gets none.")
PURCHASE_COST = message("import.snipeit.purchase_cost", "purchase cost")
SEAT_COUNT = message("import.snipeit.seat_count", "seat count")
DIFFERS = message("import.snipeit.differs",
                  "This row's {what} differs from row {first}, which names the same licence.")


def external_key(cells: Cells) -> str:
    """Stable across re-imports without the serial: the key must not leak it."""
    parts = [cells.text(f).strip().casefold() for f in
             ("item_name", "order_number", "purchase_order", "licensed_to_email")]
    return "snipeit:" + "|".join(parts)


@dataclass
class _Licence:
    """One licence while its rows are read: the record, and whose rows took which seat."""

    record: SubscriptionRecord
    first: int  # the row that defined it
    cost_text: str
    seats_text: str
    taken: int = 0
    holders: dict[str, str] = field(default_factory=dict)


def convert(cells: Cells, ctx: ImportContext) -> PlannedRow:
    name = cells.text("item_name").strip()
    if not name:
        cells.fail("item_name", "", NO_ITEM_NAME())
    serial = cells.text("serial").strip()
    if len(serial) > 4000:
        cells.fail("serial", serial, SERIAL_TOO_LONG())
    for flag in ("maintained", "reassignable"):
        # Parsed only to reject nonsense like "sometimes"; the roster has no column for them.
        # (every Seatkeeper seat can be reassigned, VL-13, so "reassignable" changes nothing).
        cells.parse(flag, lambda s: v.parse_bool(s, default=False), False)
    user = _user(cells)
    identity = ("snipeit-licence", name.casefold(), serial)
    licence: _Licence | None = ctx.memo.get(identity)
    if licence is None:
        record = _licence(cells, ctx, name, serial)
        cells.check()
        licence = _Licence(record, cells.line, cells.text("purchase_cost").strip(),
                           cells.text("seats").strip())
        ctx.memo[identity] = licence
        seats = tuple(SeatRecord(unnumbered_seat(n), None, None)
                      for n in range(1, record.seat_limit + 1))
        product_key = serial or None
    else:
        for what, column, first_text in ((PURCHASE_COST(), "purchase_cost", licence.cost_text),
                                         (SEAT_COUNT(), "seats", licence.seats_text)):
            text = cells.text(column).strip()
            if text and text != first_text:
                cells.fail(column, text, DIFFERS(what=what, first=licence.first))
        seats, product_key = (), None
    if user is not None and licence.taken >= licence.record.seat_limit:
        cells.fail("full_name", user[0], NO_FREE_SEAT(licence=name, seats=licence.record.seat_limit,
                                                      first=licence.first))
    cells.check()
    if user is not None:  # Snipe-IT's freeSeat(): the lowest seat nobody holds
        licence.taken += 1
        held = SeatRecord(unnumbered_seat(licence.taken), user[0], user[1])
        seats = (held, *seats[1:]) if seats else (held,)
    return PlannedRow(cells.line, licence.record, seats, None, product_key)


def _user(cells: Cells) -> tuple[str, str] | None:
    """The checkout target: (name, e-mail), or None when the row names nobody."""
    full = cells.text("full_name").strip()
    first_last = " ".join(p for p in (cells.text("first_name").strip(),
                                      cells.text("last_name").strip()) if p)
    username = cells.text("username").strip()
    email = cells.text("email").strip() or (username if "@" in username else "")
    name = full or first_last or (username if "@" not in username else "") \
        or email.split("@")[0]
    if not name and not email:
        return None
    if not email:
        cells.fail("email", "", NO_HOLDER_EMAIL())
        return None
    try:
        person = normalise_person(name, email)
    except KnownError as error:
        cells.fail("email", email, error.msg)
        return None
    return person.name, person.email


def _licence(cells: Cells, ctx: ImportContext, name: str, serial: str) -> SubscriptionRecord:
    loc = ctx.locale
    named = cells.parse("purchase_cost", lambda s: v.amount_currency(s, loc), None)
    currency = cells.parse("currency", lambda s: v.parse_currency(s, named or "USD"),
                           named or "USD")
    cost = cells.parse("purchase_cost", lambda s: v.parse_money(s, currency, loc), 0)
    purchased = cells.parse("purchase_date", lambda s: v.parse_optional_date(s, loc), None)
    expires = cells.parse("expiration_date", lambda s: v.parse_optional_date(s, loc), None)
    seats = cells.parse("seats", lambda s: v.parse_count(s, default=1, minimum=1,
                                                         maximum=MAX_SEATS), 1)
    renewal = expires or add_months(purchased or ctx.today, 12)
    start = purchased if purchased is not None and purchased < renewal \
        else add_months(renewal, -12)
    months = _months(start, renewal)
    kind = "volume" if seats >= VOLUME_FROM else "individual"
    registered_name = cells.text("licensed_to_name").strip() or None
    registered_email = cells.text("licensed_to_email").strip() or None
    vendor = cells.text("manufacturer").strip() or UNKNOWN_VENDOR
    if not ctx.owner_email:  # Snipe-IT's export names no vendor account owner
        cells.fail("email", "", NO_OWNER())
    profile = ctx.profile(vendor, "website")
    per_seat, known = devices_of(profile, None, seats)
    return SubscriptionRecord(
        key=_key(cells, ctx, name, serial),
        vendor=vendor,
        owner_email=ctx.owner_email, name=name, kind=kind, channel="website",
        currency=currency, price_minor=cost, price_basis=PriceBasis.TOTAL.value,
        price_months=months, plan_months=months, period_start=start, renewal_date=renewal,
        auto_renew=True, status="active" if renewal >= ctx.today else "expired",
        seat_limit=seats, devices_per_seat=per_seat, devices_known=known,
        notice_days=None if profile.builtin else profile.notice_days,
        registered_to_name=registered_name and registered_name[:200],
        registered_to_email=registered_email and registered_email[:320],
    )


def _months(start: date, renewal: date) -> int:
    """The whole months from purchase to expiry when they are that (1..120), else 12."""
    for months in range(1, 121):
        if add_months(start, months) == renewal:
            return months
    return 12


def _key(cells: Cells, ctx: ImportContext, name: str, serial: str) -> str:
    """The external key; two licences of one file that would share it get the serial's
    digest too (a digest, so the key still does not carry the product key)."""
    key = external_key(cells)
    owner = ctx.memo.setdefault(("snipeit-key", key), (name.casefold(), serial))
    if owner != (name.casefold(), serial):
        key += "|" + hashlib.sha256(serial.encode("utf-8")).hexdigest()[:16]
    return key


def looks_like(headers: list[str]) -> bool:
    names = {norm(h) for h in headers}
    return "itemname" in names
