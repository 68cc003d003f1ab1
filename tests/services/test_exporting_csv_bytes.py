"""The CSV seat export is byte for byte what a plain row-by-row exporter writes.

The fast exporter reads with the driver's cursor and formats from per-subscription
lookups; ``reference_csv`` below is the original implementation, frozen here (its own
query, its own formatting) so that any drift in the fast path shows up as a byte diff.
The roster is the demo company made awkward on purpose: formula-looking cells, unicode,
quotes and line breaks, empty holders, cancelled and non-renewing seats, every
subscription status, currencies with 0, 2 and 3 decimals, prices per seat and for the
whole purchase, devices, and seats of one subscription scattered between other
subscriptions' seats. (Issue 15 moved the reference to the price as stated, the
vendor, owner, start, auto-renew columns, the BOM and OWASP's tab and CR starts.)
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from seatkeeper.domain.messages import plain_value
from seatkeeper.domain.money import Money, exponent
from seatkeeper.services import exporting
from seatkeeper.services.importing.mapping import norm
from seatkeeper.services.rows import seat_status_text
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

CREATED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def _reference_query(after: int, limit: int) -> sa.Select[Any]:
    s, sub, p, a = t.seats, t.subscriptions, t.people, t.vendor_accounts
    return (
        sa.select(s.c.id.label("seat_id"), sub.c.name.label("subscription"), s.c.licence_id,
                  a.c.vendor, a.c.owner_email, sub.c.period_start, sub.c.auto_renew,
                  sub.c.price_minor, sub.c.price_basis, sub.c.price_months, sub.c.seat_limit,
                  sub.c.plan_months,
                  p.c.name.label("holder"), p.c.email, s.c.renew,
                  s.c.status.label("seat_status"), sub.c.renewal_date,
                  sub.c.status.label("subscription_status"), sub.c.devices_per_seat,
                  s.c.devices_connected, sub.c.currency,
                  sub.c.kind, sub.c.channel, sub.c.external_key.label("subscription_key"))
        .select_from(s.join(sub, sub.c.id == s.c.subscription_id)
                     .join(a, a.c.id == sub.c.account_id)
                     .outerjoin(p, p.c.id == s.c.person_id))
        .where(s.c.id > after).order_by(s.c.id).limit(limit)
    )


def _reference_page(conn: sa.Connection, *, after: int, limit: int) -> list[Any]:
    return list(conn.execute(_reference_query(after, limit)).mappings())


def _reference_cells(r: Any) -> list[Any]:
    key = r["subscription_key"] or f"csv:{norm(r['vendor'])}|{r['subscription'].casefold()}"
    money = Money(int(r["price_minor"]), r["currency"])
    amount = f"{money.amount:.4f}" if exponent(money.currency) == 3 else money.decimal_string()
    return [
        r["subscription"], key, r["vendor"], r["owner_email"], r["kind"], r["channel"],
        r["licence_id"], r["holder"] or "", r["email"] or "",
        "true" if r["renew"] else "false", f"{r['period_start']:%m/%d/%Y}",
        f"{r['renewal_date']:%m/%d/%Y}", "true" if r["auto_renew"] else "false",
        r["currency"], amount, r["price_basis"], r["price_months"], r["plan_months"],
        r["seat_limit"], int(r["devices_connected"]), int(r["devices_per_seat"]),
        seat_status_text(r["seat_status"], r["subscription_status"], bool(r["renew"]),
                         r["renewal_date"]).render(_us),
    ]


def _us(value: object) -> str:
    return f"{value:%m/%d/%Y}" if isinstance(value, date) else plain_value(value)


def _reference_guard(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def reference_csv(store: Store, path: Path, page: int = 7) -> int:
    """The exporter as it was before it was made fast (pages of mappings, one row at a time)."""
    count, after = 0, 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(exporting.SEAT_HEADERS)
        while True:
            rows = store.read(partial(_reference_page, after=after, limit=page))
            if not rows:
                return count
            for row in rows:
                writer.writerow([_reference_guard(c) for c in _reference_cells(row)])
                count += 1
            after = int(rows[-1]["seat_id"])


ODD_NAMES = ["=HYPERLINK(\"http://x\",\"y\")", "+44 Sales", "-minus", "@at", "Zoë Ünïcødé 名前",
             "O'Brien, \"Jr\"\nsecond line", " leading space", "tab\there", "plain"]
ODD_EMAILS = ["=cmd@example.com", "+plus@example.com", "-dash@example.com", "@@example.com",
              "zoë@exämple.com", "quote\"comma,@example.com"]
SUBSCRIPTION_CHANGES: list[dict[str, Any]] = [
    {"name": "=SUM(A1:A9)", "external_key": "+key", "currency": "JPY",
     "price_minor": 1200, "status": "cancelled"},
    {"name": "-Minus plan", "external_key": None, "currency": "KWD",
     "price_minor": 12345, "status": "expired", "price_basis": "total", "price_months": 12},
    {"name": "@Home, \"quoted\"", "external_key": "=key", "currency": "EUR",
     "price_minor": 550, "status": "payment_failed"},
    {"name": "\tÜnïcødé 套餐", "external_key": "-key", "currency": "USD",
     "price_minor": 0, "status": "active"},
    {"name": "\r+Plus\nnewline", "external_key": "@key", "currency": "BHD",
     "price_minor": 7, "status": "active"},
]



def _make_awkward(conn: sa.Connection) -> None:
    s, sub, p = t.seats, t.subscriptions, t.people
    sub_ids = list(conn.execute(sa.select(sub.c.id).order_by(sub.c.id)).scalars())
    for sub_id, change in zip(sub_ids, SUBSCRIPTION_CHANGES, strict=False):
        conn.execute(sub.update().where(sub.c.id == sub_id).values(**change))
    person_ids = list(conn.execute(sa.select(p.c.id).order_by(p.c.id)).scalars())
    for n, person_id in enumerate(person_ids):
        values: dict[str, Any] = {"name": ODD_NAMES[n % len(ODD_NAMES)]}
        if n < len(ODD_EMAILS):
            values["email"] = ODD_EMAILS[n]
        conn.execute(p.update().where(p.c.id == person_id).values(**values))
    seat_ids = list(conn.execute(sa.select(s.c.id).order_by(s.c.id)).scalars())
    for n, seat_id in enumerate(seat_ids):
        values = {"renew": n % 3 != 1, "status": "cancelled" if n % 5 == 2 else "active"}
        if n % 4 == 3:
            values["person_id"] = None
        if n % 6 == 0:
            values["licence_id"] = ["=1+1", "-LIC", "+LIC", "@LIC", "LIC,\"q\"", "ü-1"][
                (n // 6) % 6] + f"-{seat_id}"
        conn.execute(s.update().where(s.c.id == seat_id).values(**values))
    # Seats of every subscription again, after all the others: a subscription's seats are
    # not always side by side in id order.
    for round_ in range(3):
        for n, sub_id in enumerate(sub_ids):
            conn.execute(s.insert().values(
                subscription_id=sub_id, licence_id=f"late-{round_}-{n}",
                person_id=person_ids[(n + round_) % len(person_ids)] if n % 3 else None,
                renew=bool((n + round_) % 2), status="active" if n % 4 else "cancelled",
                created_at=CREATED))


@pytest.fixture
def awkward_store(demo_store: Store) -> Store:
    demo_store.write(_make_awkward)
    return demo_store


def _device_count(store: Store) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(sa.func.count()).select_from(t.device_connections)).scalar_one()))


def test_csv_export_is_byte_identical_to_the_reference(awkward_store: Store,
                                                        tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected.csv", tmp_path / "actual.csv"
    count = reference_csv(awkward_store, expected)
    result = exporting.export_csv(awkward_store, actual)
    assert result.rows == count > 29
    assert actual.read_bytes() == expected.read_bytes()
    text = expected.read_bytes().decode("utf-8-sig")  # the roster is as awkward as it says
    assert _device_count(awkward_store) > 0
    for needle in ("'=SUM(A1:A9)", "'-Minus plan", "'@Home", "'\r+Plus", "'\tÜnïcødé",
                   "'=HYPERLINK", "JPY,1200,", "KWD,12.3450,total,12", "BHD,0.0070,",
                   "csv:expressvpn|", "Cancelled, active",
                   "Expired", "Payment failed", "Lapses ", "名前", "'=1+1"):
        assert needle in text, needle


@pytest.mark.parametrize("batch", [1, 2, 5])
def test_small_batches_and_a_small_subscription_cache_change_nothing(
        awkward_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        batch: int) -> None:
    monkeypatch.setattr(exporting, "BATCH", batch)
    monkeypatch.setattr(exporting, "SUBSCRIPTION_CACHE", 2)
    expected, actual = tmp_path / "expected.csv", tmp_path / "actual.csv"
    reference_csv(awkward_store, expected)
    exporting.export_csv(awkward_store, actual)
    assert actual.read_bytes() == expected.read_bytes()


def test_an_empty_roster_exports_the_header_alone(store: Store, tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected.csv", tmp_path / "actual.csv"
    assert reference_csv(store, expected) == 0
    assert exporting.export_csv(store, actual).rows == 0
    assert actual.read_bytes() == expected.read_bytes()
