"""A seeded, messy roster written straight into the tables, for comparing queries.

Unlike the demo it is random (one ``random.Random(seed)``) and made to hit every
corner a query could get wrong: ties on every sortable column, NULL holders and
trial ends, every status and channel, seats over their device limit, people
holding two seats of one subscription, pending deliveries, review decisions
applied and not. Rows go in with plain INSERTs (the triggers keep the derived
columns), so a few thousand seats take a second or two on either database.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
VENDORS = ["Microsoft", "Apple", "JetBrains", "Adobe", "Kaspersky", "acme tools"]
NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Ola Nordmann", "Kari Nordmann",
         "Ingrid Solberg", "Jens Hansen", "Mette Holm"]


def fill(store: Store, seats: int, seed: int = 1) -> None:
    """Write about ``seats`` seats (with subscriptions, people, devices, decisions)."""
    store.write(lambda conn: _fill(conn, random.Random(seed), seats))


def _fill(conn: Connection, rng: random.Random, seats: int) -> None:
    accounts = []
    for n, vendor in enumerate(VENDORS):
        accounts.append(conn.execute(t.vendor_accounts.insert().values(
            vendor=vendor, owner_email=f"owner{n}@example.com", created_at=NOW)
        ).inserted_primary_key[0])
    people = []
    for n in range(max(seats // 3, 5)):
        people.append({"name": rng.choice(NAMES), "email": f"p{n}.{rng.randint(0, 9)}@ex.com",
                       "created_at": NOW})
    conn.execute(t.people.insert(), people)
    person_ids = list(conn.execute(sa.select(t.people.c.id)).scalars())
    subs: list[dict[str, Any]] = []
    made = 0
    n = 0
    while made < seats:
        size = rng.choice([1, 2, 3, 5, 8, 20])
        renewal = NOW.date() + timedelta(days=rng.randint(-40, 60))
        subs.append({
            "account_id": rng.choice(accounts),
            "name": rng.choice(["Office", "Xcode", "IDE", "Creative", "AV"])
            + rng.choice(["", " Pro", " Team"]),  # many ties on the name
            "kind": rng.choice(["individual", "volume", "trial", "per_user_service"]),
            "channel": rng.choice(["website", "website", "app_store"]),
            "currency": rng.choice(["EUR", "NOK"]),
            "price_minor": rng.choice([0, 999, 12000]),
            "price_basis": rng.choice(["per_seat", "total"]),
            "price_months": 1, "unit_monthly_price_minor": 0,
            "plan_months": rng.choice([1, 12]),
            "period_start": date(2026, 1, 1), "renewal_date": renewal,
            "trial_ends_at": (NOW + timedelta(hours=rng.randint(-48, 400)))
            if rng.random() < 0.15 else None,
            "auto_renew": rng.random() < 0.8,
            "status": rng.choice(["active", "active", "active", "cancelled", "expired",
                                  "payment_failed"]),
            "seat_limit": max(1, size + rng.choice([-1, 0, 0, 1])),
            "devices_per_seat": rng.choice([1, 2, 3]),
            "devices_known": rng.random() < 0.9,
            "notice_days": rng.choice([None, None, 1, 7, 30]),
            "external_key": f"sub-{n}", "created_at": NOW,
            "activation_code_status": "valid",
            "_size": size,
        })
        made += size
        n += 1
    sizes = [s.pop("_size") for s in subs]
    conn.execute(t.subscriptions.insert(), subs)
    sub_ids = list(conn.execute(sa.select(t.subscriptions.c.id)
                                .order_by(t.subscriptions.c.id)).scalars())
    rows = []
    for sub_id, size in zip(sub_ids, sizes, strict=True):
        holders = rng.sample(person_ids, min(size, len(person_ids)))
        for k in range(size):
            person = None if rng.random() < 0.2 else holders[k]
            if person is not None and k and rng.random() < 0.1:
                person = holders[0]  # one person, two seats of one subscription
            rows.append({"subscription_id": sub_id,
                         "licence_id": f"L-{rng.randint(0, seats // 2):05d}-{k}",
                         "person_id": person, "renew": rng.random() < 0.8,
                         "status": "active" if rng.random() < 0.9 else "cancelled",
                         "created_at": NOW})
    conn.execute(t.seats.insert(), rows)
    seat_ids = list(conn.execute(sa.select(t.seats.c.id)).scalars())
    devices = [{"account_id": rng.choice(accounts), "name": f"dev-{n % 50}",
                "platform": rng.choice(["windows", "macos", "ios"]), "os_version": "",
                "app_version": "", "region": "NO", "account_connected": True,
                "created_at": NOW} for n in range(int(len(seat_ids) * 1.2))]
    conn.execute(t.devices.insert(), devices)
    device_ids = list(conn.execute(sa.select(t.devices.c.id)).scalars())
    seat_pool = rng.choices(seat_ids, k=len(device_ids))  # some seats get 3+ devices
    conn.execute(t.device_connections.insert(), [
        {"device_id": d, "seat_id": s, "connected_at": NOW}
        for d, s in zip(device_ids, seat_pool, strict=True) if rng.random() < 0.8])
    deliveries = [{"subscription_id": rng.choice(sub_ids),
                   "device_id": rng.choice(device_ids) if rng.random() < 0.5 else None,
                   "email": f"to{n}@ex.com", "method": "email_link",
                   "status": rng.choice(["pending", "pending", "delivered", "failed"]),
                   "sent_at": NOW - timedelta(hours=rng.randint(1, 100))}
                  for n in range(max(len(sub_ids) // 3, 3))]
    conn.execute(t.deliveries.insert(), deliveries)
    decided = rng.sample(seat_ids, len(seat_ids) // 6)
    conn.execute(t.review_decisions.insert(), [
        {"seat_id": s, "decision": rng.choice(["keep", "reclaim", "reassign", "do_not_renew"]),
         "note": rng.choice(["", "asked", "left"]), "decided_at": NOW, "actor": "test",
         "applied_at": NOW if rng.random() < 0.3 else None} for s in decided])
