"""A small roster with USD, EUR, NOK and GBP prices, its holders in two departments.

Shared by the spend service, CLI and screen tests; the hand computation of its
spend is written out in tests/services/test_spend.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import sqlalchemy as sa

from seatkeeper.domain.rates import Rate
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.rates import save_rates

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ON = date(2026, 12, 1)
PEOPLE = {"ann@example.com": ("Ann Berg", "Design"), "bob@example.com": ("Bob Dahl", "Design"),
          "cid@example.com": ("Cid Eng", "Sales")}
# name, vendor, currency, price minor, basis, price months, plan months, renewal, holders
SUBSCRIPTIONS = [
    ("Figma Pro", "Figma", "USD", 1500, "per_seat", 1, 1, date(2026, 12, 15),
     ["ann@example.com", "bob@example.com", None]),
    ("Creative Cloud", "Adobe", "EUR", 60000, "total", 12, 12, date(2027, 3, 1),
     ["ann@example.com", "cid@example.com"]),
    ("Visma eAccounting", "Visma", "NOK", 149000, "per_seat", 12, 12, date(2027, 1, 10),
     ["cid@example.com"]),
    ("Slack Pro", "Slack", "GBP", 875, "per_seat", 1, 1, date(2026, 12, 20),
     ["bob@example.com"]),
]
RATES = [Rate(date(2026, 11, 27), "USD", "NOK", Decimal("11.0"), "norges-bank"),
         Rate(date(2026, 12, 3), "USD", "NOK", Decimal("12.0"), "norges-bank"),  # after ON
         Rate(date(2026, 11, 30), "EUR", "NOK", Decimal("11.7"), "norges-bank")]


def build(store: Store, *, departments: bool) -> dict[str, int]:
    """The roster; with ``departments``, ``people.department`` as the directory adds it."""
    ids: dict[str, int] = {}

    def work(conn: sa.Connection) -> None:
        people = {}
        for email, (name, dept) in PEOPLE.items():
            people[email] = conn.execute(t.people.insert().values(
                name=name, email=email, created_at=AT)).inserted_primary_key[0]
            if departments:
                conn.execute(sa.text("UPDATE people SET department = :d WHERE email = :e"),
                             {"d": dept, "e": email})
        for (name, vendor, cur, minor, basis, pm, plan, renewal, holders) in SUBSCRIPTIONS:
            account = conn.execute(t.vendor_accounts.insert().values(
                vendor=vendor, owner_email="it@example.com", created_at=AT)
            ).inserted_primary_key[0]
            sub = conn.execute(t.subscriptions.insert().values(
                account_id=account, name=name, kind="per_user_service", channel="website",
                currency=cur, price_minor=minor, price_basis=basis, price_months=pm,
                unit_monthly_price_minor=0, plan_months=plan, period_start=date(2026, 1, 1)
                if plan == 12 else date(2026, 11, 15), renewal_date=renewal, auto_renew=True,
                status="active", seat_limit=len(holders), devices_per_seat=1,
                created_at=AT)).inserted_primary_key[0]
            ids[name] = int(sub)
            for n, email in enumerate(holders, start=1):
                seat = conn.execute(t.seats.insert().values(
                    subscription_id=sub, licence_id=f"{name[:3].upper()}-{n}",
                    person_id=people[email] if email else None, renew=True, status="active",
                    created_at=AT)).inserted_primary_key[0]
                ids[f"{name}#{n}"] = int(seat)
        save_rates(conn, RATES, AT)
    store.write(work)
    return ids
