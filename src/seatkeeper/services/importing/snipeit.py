"""Snipe-IT licence CSV rows: one row is one licence with ``seats`` seats.

The licence becomes a website subscription (volume from 5 seats), renewing on
its expiration date or a year after purchase. Where a person is named
(Licensed To Name/Email, else Full Name/Email) the first seat is theirs.
The serial number is a product key: it travels to the vault, never the roster.
"""

from __future__ import annotations

from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money, to_minor
from seatkeeper.domain.terms import add_months
from seatkeeper.services.importing import values as v
from seatkeeper.services.importing.context import UNKNOWN_VENDOR, ImportContext
from seatkeeper.services.importing.mapping import norm
from seatkeeper.services.importing.people import holder
from seatkeeper.services.importing.records import (
    Cells,
    PlannedRow,
    SeatRecord,
    SubscriptionRecord,
)

SECRET_FIELDS = frozenset({"serial"})
VOLUME_FROM = 5  # VL-2: fewer than five seats is not a volume licence
MAX_SEATS = 100_000
NO_ITEM_NAME = message("import.snipeit.no_item_name", "Every licence needs its item name.")
SERIAL_TOO_LONG = message("import.snipeit.serial_too_long",
                          "The serial number is too long to be a product key.")


def seat_licence_id(number: int) -> str:
    return f"seat-{number:03d}"


def external_key(cells: Cells) -> str:
    """Stable across re-imports without the serial: the key must not leak it."""
    parts = [cells.text(f).strip().casefold() for f in
             ("item_name", "order_number", "purchase_order", "licensed_to_email")]
    return "snipeit:" + "|".join(parts)


def convert(cells: Cells, ctx: ImportContext) -> PlannedRow:
    name = cells.text("item_name").strip()
    if not name:
        cells.fail("item_name", "", NO_ITEM_NAME())
    currency = cells.parse("currency", lambda s: v.parse_currency(s, "USD"), "USD")
    cost = cells.parse("purchase_cost", lambda s: v.parse_money(s, currency), 0)
    purchased = cells.parse("purchase_date", v.parse_optional_date, None)
    expires = cells.parse("expiration_date", v.parse_optional_date, None)
    seats = cells.parse("seats", lambda s: v.parse_count(s, default=1, minimum=1,
                                                         maximum=MAX_SEATS), 1)
    # Parsed only to reject nonsense like "sometimes"; the roster has no column for them.
    # (every Seatkeeper seat can be reassigned, VL-13, so "reassignable" changes nothing).
    for flag in ("maintained", "reassignable"):
        cells.parse(flag, lambda s: v.parse_bool(s, default=False), False)
    holder_name, holder_email = holder(cells, "licensed_to_name", "licensed_to_email",
                                       fallback=("full_name", "email"))
    renewal = expires or add_months(purchased or ctx.today, 12)
    start = purchased if purchased is not None and purchased < renewal \
        else add_months(renewal, -12)
    kind = "volume" if seats >= VOLUME_FROM else "individual"
    sub = SubscriptionRecord(
        key=external_key(cells), vendor=cells.text("manufacturer").strip() or UNKNOWN_VENDOR,
        owner_email=ctx.owner_email, name=name, kind=kind, channel="website",
        currency=currency,
        # Snipe-IT's cost is for the whole purchase; the roster keeps a per-seat month.
        unit_monthly_price_minor=to_minor(Money(cost, currency).amount / (12 * seats),
                                          currency),
        plan_months=12, period_start=start, renewal_date=renewal,
        auto_renew=True, status="active" if renewal >= ctx.today else "expired",
        seat_limit=seats, devices_per_seat=8 if kind == "volume" else 5,
    )
    seat_rows = tuple(
        SeatRecord(seat_licence_id(n), holder_name if n == 1 else None,
                   holder_email if n == 1 else None)
        for n in range(1, seats + 1)
    )
    serial = cells.text("serial").strip()
    if len(serial) > 4000:
        cells.fail("serial", serial, SERIAL_TOO_LONG())
    cells.check()
    return PlannedRow(cells.line, sub, seat_rows, None, serial or None)


def looks_like(headers: list[str]) -> bool:
    names = {norm(h) for h in headers}
    return "itemname" in names
