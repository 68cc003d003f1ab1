"""Loading our own JSON export: the whole roster in one transaction.

Matching is by the export's natural keys, so loading the same file twice
updates instead of duplicating: subscriptions and devices by external key
(a subscription that had none gets the export's key as its external key),
people by e-mail, seats by (subscription, licence id); history, deliveries
and orders are added only when an identical one is not already there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.credentials.vault import SERVICE, Vault
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.clock import Clock
from seatkeeper.services.credentials import seat_vault_key
from seatkeeper.services.importing.json_check import check_roster
from seatkeeper.services.importing.records import RowError
from seatkeeper.services.importing.sql import insert_returning_ids, lookup, update_many
from seatkeeper.services.importing.writer import ImportCancelled, product_key_vault_key
from seatkeeper.services.roster_json import DEVICE_COLUMNS, SUB_COLUMNS
from seatkeeper.store import audit
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

SECTIONS = ["accounts", "subscriptions", "people", "seats", "assignments", "devices",
            "connections", "deliveries", "orders"]


@dataclass
class JsonPlan:
    data: dict[str, list[dict[str, Any]]]
    errors: list[RowError]

    def counts(self) -> dict[str, int]:
        return {s: len(self.data.get(s, [])) for s in [*SECTIONS, "secrets"]}


def read_json(path: Path) -> JsonPlan:
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise BadInput(f"Seatkeeper cannot read {path}: {error.strerror}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BadInput(f"{path.name} is not valid JSON.") from None
    return JsonPlan(*check_roster(raw))


def load(store: Store, plan: JsonPlan, *, vault: Vault | None, clock: Clock, actor: str,
         progress: Callable[[int, int], bool] | None = None) -> dict[str, int]:
    """Load a checked export; any problem in it means nothing is loaded."""
    if plan.errors:
        first = plan.errors[0]
        raise BadInput(f"The roster file has {len(plan.errors)} problem(s), so nothing was "
                       f"imported; first: item {first.line}, {first.column}: {first.reason}")
    secrets: list[tuple[str, str]] = []

    def work(conn: Connection) -> dict[str, int]:
        secrets.clear()
        now = clock().replace(microsecond=0)
        loader = _Loader(conn, plan.data, now)
        for number, section in enumerate(SECTIONS, start=1):
            getattr(loader, section)()
            if progress is not None and progress(number, len(SECTIONS)) is False:
                raise ImportCancelled
        secrets.extend(loader.secrets())
        audit.record(conn, audit.Change("roster.imported", "roster", None,
                                        "Imported a Seatkeeper roster export (JSON)",
                                        after=plan.counts()), at=now, actor=actor)
        return plan.counts()

    counts = store.write(work)
    if vault is not None:
        for key, value in secrets:
            vault.set(SERVICE, key, value)
    return counts


class _Loader:
    def __init__(self, conn: Connection, data: dict[str, list[dict[str, Any]]],
                 now: datetime) -> None:
        self.conn, self.data, self.now = conn, data, now
        self.account: dict[tuple[str, str], int] = {}
        self.sub: dict[str, int] = {}
        self.person: dict[str, int] = {}
        self.seat: dict[tuple[str, str], int] = {}
        self.device: dict[str, int] = {}

    def _upsert(self, table: sa.Table, key_column: sa.Column[Any],
                items: list[tuple[Any, dict[str, Any]]]) -> dict[Any, int]:
        """Insert or update by ``key_column``; key -> id."""
        ids = {k: int(i) for i, k in lookup(self.conn, [table.c.id, key_column], key_column,
                                            [k for k, _ in items])}
        update_many(self.conn, table, "id", [{"id": ids[k], **v} for k, v in items if k in ids])
        new = [(k, v) for k, v in items if k not in ids]
        ids.update(zip([k for k, _ in new],
                       insert_returning_ids(self.conn, table, [v for _, v in new]), strict=True))
        return ids

    def accounts(self) -> None:
        a = t.vendor_accounts
        for item in self.data["accounts"]:
            found = self.conn.execute(sa.select(a.c.id).where(
                a.c.vendor == item["vendor"], a.c.owner_email == item["owner_email"])
            ).scalar_one_or_none()
            if found is None:
                found = insert_returning_ids(self.conn, a, [item])[0]
            self.account[(item["vendor"], item["owner_email"])] = int(found)

    def _account_of(self, pair: tuple[str, str]) -> int:
        if pair not in self.account:
            raise BadInput(f"The export names account {pair[0]} <{pair[1]}> "
                           "but does not list it.")
        return self.account[pair]

    def subscriptions(self) -> None:
        items = [(s["key"], {**{c: s[c] for c in SUB_COLUMNS}, "external_key": s["key"],
                             "account_id": self._account_of(s["account"]), "version": 1})
                 for s in self.data["subscriptions"]]
        self.sub = self._upsert(t.subscriptions, t.subscriptions.c.external_key, items)

    def people(self) -> None:
        items = [(p["email"], {**p, "version": 1}) for p in self.data["people"]]
        self.person = self._upsert(t.people, t.people.c.email, items)

    def _ref(self, mapping: dict[Any, int], key: Any, what: str) -> int:
        if key not in mapping:
            raise BadInput(f"The export refers to {what} {key!r}, which it does not list.")
        return mapping[key]

    def seats(self) -> None:
        st = t.seats
        existing = {(sub, lic): int(i) for i, sub, lic in self.conn.execute(
            sa.select(st.c.id, st.c.subscription_id, st.c.licence_id))}
        updates, new, new_refs = [], [], []
        for s in self.data["seats"]:
            ref = tuple(s["seat"])
            sub_id = self._ref(self.sub, ref[0], "subscription")
            values = {"subscription_id": sub_id, "licence_id": ref[1],
                      "person_id": self._ref(self.person, s["holder"], "person")
                      if s["holder"] else None,
                      "renew": s["renew"], "status": s["status"], "created_at": s["created_at"]}
            if (sub_id, ref[1]) in existing:
                self.seat[ref] = existing[(sub_id, ref[1])]
                updates.append({"id": self.seat[ref], **values})
            else:
                new.append({**values, "version": 1})
                new_refs.append(ref)
        update_many(self.conn, st, "id", updates, bump_version=True)
        self.seat.update(zip(new_refs, insert_returning_ids(self.conn, st, new), strict=True))

    def _add_missing(self, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        """Insert the rows that are not already there, identical in every column given."""
        if not rows:
            return
        columns = list(rows[0])
        present = {tuple(r) for r in self.conn.execute(
            sa.select(*[table.c[c] for c in columns]))}
        missing = [r for r in rows if tuple(r[c] for c in columns) not in present]
        if missing:
            self.conn.execute(table.insert(), missing)

    def assignments(self) -> None:
        self._add_missing(t.seat_assignments, [
            {"seat_id": self._ref(self.seat, tuple(a["seat"]), "seat"),
             "person_id": self._ref(self.person, a["person"], "person"),
             "assigned_at": a["assigned_at"], "unassigned_at": a["unassigned_at"]}
            for a in self.data["assignments"]])

    def devices(self) -> None:
        items = [(d["key"], {**{c: d[c] for c in DEVICE_COLUMNS}, "external_key": d["key"],
                             "account_id": self._account_of(d["account"]), "version": 1})
                 for d in self.data["devices"]]
        self.device = self._upsert(t.devices, t.devices.c.external_key, items)

    def connections(self) -> None:
        dc = t.device_connections
        rows = [{"device_id": self._ref(self.device, c["device"], "device"),
                 "seat_id": self._ref(self.seat, tuple(c["seat"]), "seat"),
                 "connected_at": c["connected_at"]} for c in self.data["connections"]]
        if rows:
            self.conn.execute(dc.delete().where(dc.c.device_id.in_([r["device_id"]
                                                                    for r in rows])))
            self.conn.execute(dc.insert(), rows)

    def deliveries(self) -> None:
        self._add_missing(t.deliveries, [
            {**{k: v for k, v in d.items() if k not in {"subscription", "device"}},
             "subscription_id": self._ref(self.sub, d["subscription"], "subscription"),
             "device_id": self._ref(self.device, d["device"], "device") if d["device"] else None}
            for d in self.data["deliveries"]])

    def orders(self) -> None:
        self._add_missing(t.orders, [
            {**{k: v for k, v in o.items() if k not in {"account", "subscription"}},
             "account_id": self._account_of(o["account"]),
             "subscription_id": self._ref(self.sub, o["subscription"], "subscription")
             if o["subscription"] else None}
            for o in self.data["orders"]])

    def secrets(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for s in self.data.get("secrets", []):
            if s["kind"] == "product_key":
                found.append((product_key_vault_key(s["subscription"]), s["value"]))
                continue
            seat_id = self._ref(self.seat, tuple(s["seat"]), "seat")
            key = seat_vault_key(seat_id, Platform(s["platform"]))
            self.conn.execute(t.seat_credentials.delete().where(
                t.seat_credentials.c.seat_id == seat_id,
                t.seat_credentials.c.platform == s["platform"]))
            self.conn.execute(t.seat_credentials.insert().values(
                seat_id=seat_id, platform=s["platform"], vault_key=key,
                updated_at=self.now))
            found.append((key, s["value"]))
        return found
