"""The whole roster as deterministic, id-free JSON (export side).

Rows refer to each other by natural keys, never by database ids: an account
is [vendor, owner e-mail], a subscription or device its external key (made
up from account and name when it has none), a person their e-mail, a seat
[subscription, licence id]. Every list is sorted, so the same roster always
gives the same bytes, whatever ids it happens to have.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from seatkeeper.credentials.vault import SERVICE, Vault
from seatkeeper.store.engine import Connection
from seatkeeper.store.roster_json import DEVICE_COLUMNS, SUB_COLUMNS, RosterTables, roster_tables

FORMAT = "seatkeeper-roster"
VERSION = 2  # 2: a price as stated (price_minor, price_basis, price_months), registration
READS = (1, 2)  # version 1 kept a seat's monthly price (unit_monthly_price_minor)
DELIVERY_COLUMNS = ["email", "method", "platform", "status", "sent_at", "resolved_at", "detail"]
ORDER_COLUMNS = ["kind", "status", "seats", "plan_months", "currency", "price_minor",
                 "credit_minor", "amount_due_minor", "card_brand", "card_last4", "requested_at",
                 "approved_at", "completed_at"]


def plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False))


def natural_keys(rows: list[tuple[int, str | None, str]]) -> dict[int, str]:
    """id -> key: the external key, else the base name, numbered when names repeat."""
    keys: dict[int, str] = {}
    used: dict[str, int] = {}
    for row_id, external, base in sorted(rows, key=lambda r: r[0]):
        if external:
            keys[row_id] = external
            continue
        used[base] = used.get(base, 0) + 1
        keys[row_id] = base if used[base] == 1 else f"{base}#{used[base]}"
    return keys


def dump_roster(conn: Connection, vault: Vault | None = None) -> dict[str, Any]:
    """Everything but secrets; with a ``vault``, the secrets too (admin confirmed)."""
    rows = roster_tables(conn)
    accounts = {r.id: [r.vendor, r.owner_email] for r in rows.accounts}
    subs = rows.subscriptions
    sub_key = natural_keys([(s["id"], s["external_key"],
                             "|".join([*accounts[s["account_id"]], s["name"]])) for s in subs])
    devices = rows.devices
    dev_key = natural_keys([(d["id"], d["external_key"],
                             "|".join([*accounts[d["account_id"]], d["name"]]))
                            for d in devices])
    email = {r.id: r.email for r in rows.people}
    seat_ref = {r.id: [sub_key[r.subscription_id], r.licence_id] for r in rows.seats}

    def cols(row: Any, names: list[str]) -> dict[str, Any]:
        return {n: plain(row[n]) for n in names}

    data: dict[str, Any] = {
        "format": FORMAT, "version": VERSION,
        "accounts": _sorted([{"vendor": r.vendor, "owner_email": r.owner_email,
                              "created_at": plain(r.created_at)} for r in rows.accounts]),
        "subscriptions": _sorted([{"key": sub_key[s["id"]], "account": accounts[s["account_id"]],
                                   **cols(s, SUB_COLUMNS)} for s in subs]),
        "people": _sorted([{"name": r.name, "email": r.email, "created_at": plain(r.created_at)}
                           for r in rows.people]),
        "seats": _sorted([{"seat": seat_ref[r.id], "holder": email.get(r.person_id),
                           "renew": r.renew, "status": r.status,
                           "created_at": plain(r.created_at)}
                          for r in rows.seats]),
        "assignments": _sorted([{"seat": seat_ref[r.seat_id], "person": email[r.person_id],
                                 "assigned_at": plain(r.assigned_at),
                                 "unassigned_at": plain(r.unassigned_at)}
                                for r in rows.assignments]),
        "devices": _sorted([{"key": dev_key[d["id"]], "account": accounts[d["account_id"]],
                             **cols(d, DEVICE_COLUMNS)} for d in devices]),
        "connections": _sorted([{"device": dev_key[r.device_id], "seat": seat_ref[r.seat_id],
                                 "connected_at": plain(r.connected_at)}
                                for r in rows.connections]),
        "deliveries": _sorted([{"subscription": sub_key[r["subscription_id"]],
                                "device": dev_key.get(r["device_id"]),
                                **cols(r, DELIVERY_COLUMNS)}
                               for r in rows.deliveries]),
        "orders": _sorted([{"account": accounts[r["account_id"]],
                            "subscription": sub_key.get(r["subscription_id"]),
                            **cols(r, ORDER_COLUMNS)}
                           for r in rows.orders]),
    }
    if vault is not None:
        data["secrets"] = _secrets(rows, vault, seat_ref)
    return data


def _secrets(rows: RosterTables, vault: Vault,
             seat_ref: dict[int, list[str]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for s in rows.subscriptions:
        if s["external_key"]:
            key = s["external_key"]
            value = vault.get(SERVICE, f"product-key/{key}")
            if value is not None:
                found.append({"kind": "product_key", "subscription": key, "value": value})
    for r in rows.credentials:
        value = vault.get(SERVICE, r.vault_key)
        if value is not None:
            found.append({"kind": "seat_credential", "seat": seat_ref[r.seat_id],
                          "platform": r.platform, "value": value})
    return _sorted(found)


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


