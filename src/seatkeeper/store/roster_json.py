"""The whole roster's rows for the JSON export, and loading a checked export back.

Reading: every table the export covers, as plain rows (``roster_tables``);
``services.roster_json`` turns them into id-free JSON. Loading
(``RosterLoader``): matching is by the export's natural keys, so loading the
same file twice updates instead of duplicating: subscriptions and devices by
external key (a subscription that had none gets the export's key as its
external key), people by e-mail, seats by (subscription, licence id);
history, deliveries and orders are added only when an identical one is not
already there. Every write is batched (``store.batches``), in the caller's
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row, RowMapping

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message, record_word
from seatkeeper.store import tables as t
from seatkeeper.store.batches import insert_returning_ids, lookup, update_many
from seatkeeper.store.prices import price_columns, price_of

SUB_COLUMNS = ["name", "kind", "channel", "currency", "price_minor", "price_basis",
               "price_months", "plan_months", "period_start", "renewal_date", "trial_ends_at",
               "auto_renew", "status",
               "seat_limit", "devices_per_seat", "limited", "regions", "admin_console_only",
               "min_app_version", "activation_code_status", "store_country", "cancelled_at",
               "registered_to_name", "registered_to_email", "created_at", "notice_days",
               "devices_known"]
DEVICE_COLUMNS = ["name", "platform", "os_version", "app_version", "region",
                  "account_connected", "created_at"]
UNLISTED_ACCOUNT = message("import.json.unlisted_account",
                           "The export names account {vendor} <{owner}> but does not list it.")
UNLISTED = message("import.json.unlisted",
                   "The export refers to {what} {key}, which it does not list.")


# -- reading ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RosterTables:
    """Every row the export holds, table by table (credentials: only their references)."""

    accounts: list[Row[Any]]
    subscriptions: list[RowMapping]
    people: list[Row[Any]]
    seats: list[Row[Any]]
    assignments: list[Row[Any]]
    devices: list[RowMapping]
    connections: list[Row[Any]]
    deliveries: list[RowMapping]
    orders: list[RowMapping]
    credentials: list[Row[Any]]


def roster_tables(conn: Connection) -> RosterTables:
    def rows(table: sa.Table) -> list[Row[Any]]:
        return list(conn.execute(sa.select(table)))

    def mappings(table: sa.Table) -> list[RowMapping]:
        return list(conn.execute(sa.select(table)).mappings())

    return RosterTables(
        accounts=rows(t.vendor_accounts), subscriptions=mappings(t.subscriptions),
        people=rows(t.people), seats=rows(t.seats), assignments=rows(t.seat_assignments),
        devices=mappings(t.devices), connections=rows(t.device_connections),
        deliveries=mappings(t.deliveries), orders=mappings(t.orders),
        credentials=rows(t.seat_credentials))


# -- loading ----------------------------------------------------------------------------
class RosterLoader:
    """One checked export's sections, written in order; ids found or made along the way."""

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
            raise BadInput(UNLISTED_ACCOUNT(vendor=pair[0], owner=pair[1]))
        return self.account[pair]

    def subscriptions(self) -> None:
        items = [(s["key"], {**{c: s[c] for c in SUB_COLUMNS},
                             **price_columns(price_of(s), s["seat_limit"]),
                             "external_key": s["key"],
                             "account_id": self._account_of(s["account"]), "version": 1})
                 for s in self.data["subscriptions"]]
        self.sub = self._upsert(t.subscriptions, t.subscriptions.c.external_key, items)

    def people(self) -> None:
        items = [(p["email"], {**p, "version": 1}) for p in self.data["people"]]
        self.person = self._upsert(t.people, t.people.c.email, items)

    def _ref(self, mapping: dict[Any, int], key: Any, what: str) -> int:
        if key not in mapping:
            raise BadInput(UNLISTED(what=record_word(what), key=repr(key)))
        return mapping[key]

    def seat_of(self, ref: tuple[str, str]) -> int:
        """The id of the seat the export calls [subscription, licence id]."""
        return self._ref(self.seat, ref, "seat")

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

    def credential(self, seat_id: int, platform: str, vault_key: str) -> None:
        """The seat's credential for ``platform`` is in the vault under ``vault_key``."""
        sc = t.seat_credentials
        self.conn.execute(sc.delete().where(sc.c.seat_id == seat_id, sc.c.platform == platform))
        self.conn.execute(sc.insert().values(seat_id=seat_id, platform=platform,
                                             vault_key=vault_key, updated_at=self.now))
