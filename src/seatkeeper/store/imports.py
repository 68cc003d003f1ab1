"""An import's writes: plain records in, matched on stable keys, batched, in ONE transaction.

A good import row (``services.importing`` checks it) names one subscription
by its stable key, the seats it should have and at most one device; these
records are named tuples, not dataclasses: a million-row plan makes millions
of them, and a tuple is built several times faster than a frozen dataclass.

Subscriptions match on ``external_key``, people on e-mail, seats on
(subscription, licence id), devices on ``external_key``; a re-import updates
in place. Lookups go in IN-chunks (skipped when the table is empty), inserts
and updates as executemany batches (``store.batches``), never a row at a
time. A big import into SQLite goes through ``store.bulk_load``: plain tuples
into the driver's executemany, the per-row triggers' work done set-based at
the end. On PostgreSQL the rows go in by COPY with ids reserved from the
sequences, and (where the role owns the tables) the holder-name and
device-count triggers are off around the COPYs, their work written in the
rows themselves, and a table the load at least doubles has its foreign keys
and secondary indexes off for its COPY (``store.bulk_load.PgBulkLoad``: other
sessions' reads of it wait until the commit); ``refresh_statistics`` ANALYZEs
the tables after the commit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import tables as t
from seatkeeper.store.batches import (
    BATCH,
    chunked,
    has_rows,
    insert_returning_ids,
    insert_tuples,
    lookup,
    update_many,
)
from seatkeeper.store.bulk_load import (
    PG_COUNT_TRIGGER,
    PG_HOLDER_TRIGGER,
    BulkLoad,
    PgBulkLoad,
    bulk_load,
    insert_rows,
    owns_tables,
    pg_bulk_load,
    pg_trigger_off,
    reserve_ids,
)
from seatkeeper.store.prices import price_columns, price_of
from seatkeeper.store.records import highest_licence_number

# A file that names no seat: the subscription's one seat, numbered on writing like a
# new purchase's (roster-wide L-nnnn, issue 16), so a seat id names one seat.
UNNUMBERED_SEAT = ""
_UNNUMBERED_MARK = "\x00"  # a CSV holding NUL is refused; a seat id starting with one is not real


def unnumbered_seat(position: int) -> str:
    """The ``position``-th seat (from 1) of a subscription whose file gives its seats no id
    (a Snipe-IT licence's seats): numbered on writing like ``UNNUMBERED_SEAT``."""
    return UNNUMBERED_SEAT if position == 1 else f"{_UNNUMBERED_MARK}{position}"


def unnumbered_position(licence: str) -> int | None:
    """The position ``unnumbered_seat`` stands for; None for a seat id of the file's own."""
    if licence == UNNUMBERED_SEAT:
        return 1
    rest = licence.removeprefix(_UNNUMBERED_MARK)
    return int(rest) if rest != licence and rest.isascii() and rest.isdigit() else None


class SubscriptionRecord(NamedTuple):
    key: str  # subscriptions.external_key
    vendor: str
    owner_email: str
    name: str
    kind: str
    channel: str
    currency: str
    price_minor: int  # the price as stated (store.prices): amount, basis, months
    price_basis: str
    price_months: int
    plan_months: int
    period_start: date
    renewal_date: date
    auto_renew: bool
    status: str
    seat_limit: int
    devices_per_seat: int
    registered_to_name: str | None = None  # the licence's registration, not a holder
    registered_to_email: str | None = None
    notice_days: int | None = None  # i16: the notice period the file states, in days
    devices_known: bool = True  # False: the file states no device limit


class SeatRecord(NamedTuple):
    licence_id: str
    holder_name: str | None  # None: the seat is unassigned
    holder_email: str | None
    renew: bool = True
    status: str = "active"  # the seat's own (a cancelled seat of a running plan)


class DeviceRecord(NamedTuple):
    key: str  # devices.external_key
    name: str
    platform: str
    region: str
    licence_id: str  # the seat of the row's subscription it is connected to


class PlannedRow(NamedTuple):
    line: int
    subscription: SubscriptionRecord
    seats: tuple[SeatRecord, ...]
    device: DeviceRecord | None = None
    product_key: str | None = None

    def __repr__(self) -> str:  # the product key never reaches a log or traceback
        return f"PlannedRow(line={self.line}, subscription={self.subscription.key!r})"


def _length(table: sa.Table, column: str) -> int:
    length = getattr(table.c[column].type, "length", None)
    assert isinstance(length, int), f"{table.name}.{column} has no length"
    return length


# The longest text each record field may hold: its column's length. PostgreSQL refuses a
# longer value (and SQLite keeps it, so the roster could no longer be moved to a server),
# so the dry run names the row instead. (record, field) -> characters.
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("subscription", "key"): _length(t.subscriptions, "external_key"),
    ("subscription", "vendor"): _length(t.vendor_accounts, "vendor"),
    ("subscription", "owner_email"): _length(t.vendor_accounts, "owner_email"),
    ("subscription", "name"): _length(t.subscriptions, "name"),
    ("subscription", "registered_to_name"): _length(t.subscriptions, "registered_to_name"),
    ("subscription", "registered_to_email"): _length(t.subscriptions, "registered_to_email"),
    ("seat", "licence_id"): _length(t.seats, "licence_id"),
    ("seat", "holder_name"): _length(t.people, "name"),
    ("seat", "holder_email"): _length(t.people, "email"),
    ("device", "key"): _length(t.devices, "external_key"),
    ("device", "name"): _length(t.devices, "name"),
}


DEVICE_COLUMNS = ("account_id", "name", "platform", "region")  # what a device row sets
SUB_FIELDS = [f for f in SubscriptionRecord._fields if f not in {"key", "vendor", "owner_email"}]


@dataclass
class Counts:
    subscriptions_added: int = 0
    subscriptions_updated: int = 0
    seats_added: int = 0
    seats_updated: int = 0
    people_added: int = 0
    devices_added: int = 0
    devices_updated: int = 0


class RosterWriter:
    """One import's writes, inside the caller's transaction."""

    def __init__(self, conn: Connection, now: datetime, tick: Callable[[int], None]) -> None:
        self.conn, self.now, self.tick = conn, now, tick
        self.counts = Counts()
        self.load: BulkLoad | None = None
        self.pg_load: PgBulkLoad | None = None  # PostgreSQL, the role owns the tables
        self.holder_names: dict[int | None, str] = {}
        self.holder_emails: dict[int, str] = {}  # people.email of each holder
        self.sub_names: dict[int, str] = {}  # subscriptions.name, as this import leaves it
        # PostgreSQL: the holder-name and device-count triggers' work done here, set-based,
        # with the triggers off around the COPYs (bulk_load.pg_trigger_off), if we may.
        self.pg_bulk = conn.dialect.name == "postgresql" and owns_tables(conn)
        self.pending_seats: tuple[tuple[str, ...], list[tuple[Any, ...]], list[int]] | None = None
        self.pending_history: list[tuple[int, int | None]] = []

    def _lookup(self, table: sa.Table, columns: Sequence[sa.ColumnElement[Any]],
                where_column: sa.ColumnElement[Any], keys: Sequence[Any]
                ) -> list[tuple[Any, ...]]:
        if not keys or not has_rows(self.conn, table):  # a first import finds nothing
            return []
        return lookup(self.conn, columns, where_column, keys)

    def run(self, rows: Sequence[PlannedRow]) -> Counts:
        accounts = self.accounts({(r.subscription.vendor, r.subscription.owner_email)
                                  for r in rows})
        subs = self.subscriptions(rows, accounts)
        with bulk_load(self.conn, len(rows)) as self.load, \
                pg_bulk_load(self.conn, self.pg_bulk) as self.pg_load:
            people = self.people(rows)
            seats = self.seats(rows, subs, people)
            self.devices(rows, accounts, subs, seats)
            self._flush_seats(Counter())  # a file with no device connection
        return self.counts

    def accounts(self, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
        a = t.vendor_accounts
        found: dict[tuple[str, str], int] = {}
        if has_rows(self.conn, a):  # a first import finds nothing
            for vendor, owner in sorted(wanted):
                existing = self.conn.execute(sa.select(a.c.id).where(
                    a.c.vendor == vendor, a.c.owner_email == owner)).scalar_one_or_none()
                if existing is not None:
                    found[(vendor, owner)] = int(existing)
        # The new ones in one insert (one COPY on PostgreSQL), not one each: the bench's
        # 1M roster names 800 accounts, each was a lock, an id and a COPY of one row.
        new = sorted(k for k in wanted if k not in found)
        ids = insert_returning_ids(self.conn, a, [
            {"vendor": vendor, "owner_email": owner, "created_at": self.now}
            for vendor, owner in new])
        found.update(zip(new, (int(i) for i in ids), strict=True))
        return found

    def subscriptions(self, rows: Sequence[PlannedRow], accounts: dict[tuple[str, str], int]
                      ) -> dict[str, int]:
        s = t.subscriptions
        merged: dict[str, dict[str, Any]] = {}
        seat_names: dict[str, set[str]] = {}
        merged_from: dict[str, SubscriptionRecord] = {}
        for row in rows:
            rec = row.subscription
            if merged_from.get(rec.key) is not rec:  # rows of one subscription share rec
                values = {f: getattr(rec, f) for f in SUB_FIELDS}
                values["account_id"] = accounts[(rec.vendor, rec.owner_email)]
                merged[rec.key] = values  # later rows win for shared subscription columns
                merged_from[rec.key] = rec
            seat_names.setdefault(rec.key, set()).update(x.licence_id for x in row.seats)
        for key, values in merged.items():
            values["seat_limit"] = max(values["seat_limit"], len(seat_names[key]))
            values.update(price_columns(price_of(values), values["seat_limit"]))
        ids = {k: int(i) for i, k in lookup(self.conn, [s.c.id, s.c.external_key],
                                            s.c.external_key, list(merged))}
        updates = [{"id": ids[k], **v} for k, v in merged.items() if k in ids]
        new_keys = [k for k in merged if k not in ids]
        update_many(self.conn, s, "id", updates, bump_version=True)
        new_ids = insert_returning_ids(self.conn, s, [
            {**merged[k], "external_key": k, "created_at": self.now, "version": 1,
             "limited": False, "admin_console_only": False, "activation_code_status": "valid"}
            for k in new_keys])
        ids.update(zip(new_keys, new_ids, strict=True))
        self.sub_names = {ids[k]: v["name"] for k, v in merged.items()}
        self.counts.subscriptions_added += len(new_keys)
        self.counts.subscriptions_updated += len(updates)
        self.tick(len(rows))
        return ids

    def people(self, rows: Sequence[PlannedRow]) -> dict[str, int]:
        p = t.people
        names: dict[str, str] = {}
        for row in rows:
            for seat in row.seats:
                if seat.holder_email and seat.holder_name:
                    names[seat.holder_email] = seat.holder_name
        ids: dict[str, int] = {}
        renamed: list[dict[str, Any]] = []
        for pid, email, name in self._lookup(p, [p.c.id, p.c.email, p.c.name], p.c.email,
                                             list(names)):
            ids[email] = int(pid)
            if names[email] != name:
                renamed.append({"id": pid, "name": names[email]})
        update_many(self.conn, p, "id", renamed, bump_version=True)
        new = [e for e in names if e not in ids]
        new_ids = insert_tuples(self.conn, p, ("name", "email", "created_at", "version"),
                                [(names[e], e, self.now, 1) for e in new],
                                self.load or self.pg_load)
        ids.update(zip(new, new_ids, strict=True))
        self.holder_names = {ids[e]: name for e, name in names.items()}  # people.name now
        self.holder_emails = {ids[e]: e for e in names}
        self.counts.people_added += len(new)
        return ids

    def seats(self, rows: Sequence[PlannedRow], subs: dict[str, int], people: dict[str, int]
              ) -> dict[tuple[int, str], int]:
        st = t.seats
        wanted: dict[tuple[int, str], tuple[int | None, bool, str]] = {}
        for row in rows:
            sub_id = subs[row.subscription.key]
            for seat in row.seats:
                person = people[seat.holder_email] if seat.holder_email else None
                wanted[(sub_id, seat.licence_id)] = (person, seat.renew, seat.status)
        existing: dict[tuple[int, str], tuple[int, int | None, bool, str]] = {
            (sub, lic): (int(sid), person, bool(renew), str(status))
            for sid, sub, lic, person, renew, status in self._lookup(
                st, [st.c.id, st.c.subscription_id, st.c.licence_id, st.c.person_id,
                     st.c.renew, st.c.status], st.c.subscription_id,
                sorted(set(subs.values())))
        }
        aliases = self._number_unnamed(wanted, existing)
        ids = {k: v[0] for k, v in existing.items()}
        changed: list[dict[str, Any]] = []
        moved: list[tuple[int, int | None]] = []
        for key, (person, renew, status) in wanted.items():
            if key in existing:
                sid, old_person, old_renew, old_status = existing[key]
                if (old_person, old_renew, old_status) != (person, renew, status):
                    changed.append({"id": sid, "person_id": person, "renew": renew,
                                    "status": status})
                if old_person != person:
                    moved.append((sid, person))
        update_many(self.conn, st, "id", changed, bump_version=True)
        new = [k for k in wanted if k not in existing]
        new_ids = self._insert_seats(new, wanted)
        ids.update(zip(new, new_ids, strict=True))
        self._history(moved, close=True)
        opened = [(sid, wanted[k][0]) for k, sid in zip(new, new_ids, strict=True)]
        if self.deferred:
            self.pending_history = opened
        else:
            self._history(opened, close=False)
        self.counts.seats_added += len(new)
        self.counts.seats_updated += len(changed)
        ids.update({unnamed: ids[real] for unnamed, real in aliases.items()})
        self.tick(len(rows))
        return ids

    def _insert_seats(self, new: list[tuple[int, str]],
                      wanted: dict[tuple[int, str], tuple[int | None, bool, str]]) -> list[int]:
        st = t.seats
        columns: tuple[str, ...] = ("subscription_id", "licence_id", "person_id", "renew",
                                    "status", "created_at", "version")
        new_rows: list[tuple[Any, ...]]
        if self.load is None and not self.pg_bulk:
            new_rows = [(k[0], k[1], *wanted[k], self.now, 1) for k in new]
        else:  # the holder-name copy the dropped insert trigger would make, made here
            names = self.holder_names
            columns = (*columns, "holder_name")
            new_rows = [(k[0], k[1], *wanted[k], self.now, 1, names.get(wanted[k][0]))
                        for k in new]
            if self.load is not None:
                self.load.holder_names_written = True
        if not self.deferred:
            return insert_tuples(self.conn, st, columns, new_rows, self.load)
        if self.load is not None:  # SQLite: the write lock makes the ids after max ours
            new_ids = list(range(self.load.seat_max + 1, self.load.seat_max + 1 + len(new)))
        else:
            held = False
            if self.pg_load is not None:
                self.pg_load.before_insert(st.name, len(new))
                held = self.pg_load.holds(st.name)
            new_ids = reserve_ids(self.conn, st, len(new), block=held)
        self.pending_seats = (columns, new_rows, new_ids)  # written by _flush_seats, once
        if self.load is not None and new_ids:
            self.load.index_aside("seat_search", new_ids[0], self._seat_texts(new_rows))
        return new_ids  # their device counts are known

    def _seat_texts(self, rows: list[tuple[Any, ...]]) -> Iterator[str]:
        """search_bulk.SEAT_TEXT of each new seat (rows as ``_insert_seats`` makes them,
        holder name last), read on the index's own thread: nothing here changes later."""
        subs, emails = self.sub_names, self.holder_emails
        for row in rows:
            person = row[2]
            yield (f"{subs[row[0]]} {row[1]} {row[-1] or ''} "
                   f"{emails[person] if person is not None else ''}")

    @property
    def deferred(self) -> bool:
        """Whether new seats wait for ``_flush_seats`` (a bulk load, either database)."""
        return self.pg_bulk or self.load is not None

    def _flush_seats(self, connected: Counter[int]) -> None:
        """Write the new seats (ids handed out, holder name and device count written,
        their triggers off: COPY on PostgreSQL, one executemany on SQLite) and their
        assignment history; ``connected`` loses the counts of the seats it wrote.
        Setting the count in the insert spares an UPDATE of every new seat with a device
        (a new version of each row and of its indexes)."""
        if self.pending_seats is None:
            return
        columns, rows, ids = self.pending_seats
        self.pending_seats = None
        if rows:
            counts = [connected.pop(i, 0) for i in ids]
            if self.load is not None:
                self.load.before_insert(t.seats.name, len(rows))
            with pg_trigger_off(self.conn, PG_HOLDER_TRIGGER, self.pg_bulk):
                insert_rows(self.conn, t.seats, (*columns, "devices_connected"),
                            [(*row, n) for row, n in zip(rows, counts, strict=True)], ids=ids)
        self._history(self.pending_history, close=False)
        self.pending_history = []

    def _number_unnamed(self, wanted: dict[tuple[int, str], tuple[int | None, bool, str]],
                        existing: dict[tuple[int, str], tuple[int, int | None, bool, str]]
                        ) -> dict[tuple[int, str], tuple[int, str]]:
        """Give each subscription's unnamed seats real ids, in ``wanted``, in place.

        A re-import finds the seats the first import numbered (the subscription's
        n-th seat for the n-th unnamed one); a new one gets the next L-nnnn of the
        whole roster. Returns unnamed key -> real key, for the devices that name the seat.
        """
        unnamed = [(k, position) for k in wanted
                   if (position := unnumbered_position(k[1])) is not None]
        if not unnamed:
            return {}
        seats_of: dict[int, list[tuple[int, str]]] = {}
        for key, _ in sorted(existing.items(), key=lambda kv: kv[1][0]):
            seats_of.setdefault(key[0], []).append(key)
        number = highest_licence_number(self.conn)
        aliases: dict[tuple[int, str], tuple[int, str]] = {}
        for key, position in unnamed:
            had = seats_of.get(key[0], [])
            real = had[position - 1] if position <= len(had) else None
            if real is None:
                number += 1
                real = (key[0], f"L-{number:04d}")
            aliases[key] = real
            value = wanted.pop(key)
            wanted.setdefault(real, value)
        return aliases

    def _history(self, moved: list[tuple[int, int | None]], *, close: bool) -> None:
        """VL-13: close the open assignment of every seat that changed hands, open the new."""
        sa_ = t.seat_assignments
        closing = sa_.update().where(sa_.c.seat_id == sa.bindparam("p_seat"),
                                   sa_.c.unassigned_at.is_(None)).values(unassigned_at=self.now)
        if not close:  # new seats: nothing to close; one executemany (SQLite) or COPY
            opened = [(sid, person, self.now) for sid, person in moved if person is not None]
            if opened:
                if self.load is not None:
                    self.load.before_insert(sa_.name, len(opened))
                if self.pg_load is not None:
                    self.pg_load.before_insert(sa_.name, len(opened))
                insert_rows(self.conn, sa_, ("seat_id", "person_id", "assigned_at"), opened)
            return
        for batch in chunked(moved, BATCH):
            if close:
                self.conn.execute(closing, [{"p_seat": sid} for sid, _ in batch])
            opened_rows = [{"seat_id": sid, "person_id": person, "assigned_at": self.now}
                           for sid, person in batch if person is not None]
            if opened_rows:
                self.conn.execute(sa_.insert(), opened_rows)

    def devices(self, rows: Sequence[PlannedRow], accounts: dict[tuple[str, str], int],
                subs: dict[str, int], seats: dict[tuple[int, str], int]) -> None:
        d, dc = t.devices, t.device_connections
        wanted: dict[str, tuple[int, str, str, str]] = {}  # in DEVICE_COLUMNS order
        seat_of: dict[str, int] = {}
        last: SubscriptionRecord | None = None
        account = sub_id = 0
        for row in rows:
            dev = row.device
            if dev is None:
                continue
            rec = row.subscription
            if rec is not last:  # a subscription's rows come together and share rec
                last, account, sub_id = rec, accounts[(rec.vendor, rec.owner_email)], \
                    subs[rec.key]
            wanted[dev.key] = (account, dev.name, dev.platform, dev.region)
            seat_of[dev.key] = seats[(sub_id, dev.licence_id)]
        ids = {k: int(i) for i, k in self._lookup(d, [d.c.id, d.c.external_key],
                                                  d.c.external_key, list(wanted))}
        updates = [{"id": ids[k], **dict(zip(DEVICE_COLUMNS, v, strict=True))}
                   for k, v in wanted.items() if k in ids]
        update_many(self.conn, d, "id", updates, bump_version=True)
        new = [k for k in wanted if k not in ids]
        new_ids = insert_tuples(
            self.conn, d, (*DEVICE_COLUMNS, "external_key", "os_version", "app_version",
                           "account_connected", "created_at", "version"),
            [(*wanted[k], k, "", "", True, self.now, 1) for k in new],
            self.load or self.pg_load)
        if self.load is not None and new_ids:  # search_bulk.DEVICE_TEXT; versions are ""
            self.load.index_aside("device_search", new_ids[0], (
                f"{name} {platform} {region}  " for _, name, platform, region in
                map(wanted.__getitem__, new)))
        ids.update(zip(new, new_ids, strict=True))
        connected = {int(dev): int(seat) for dev, seat in self._lookup(
            dc, [dc.c.device_id, dc.c.seat_id], dc.c.device_id, list(ids.values()))}
        moves = [(ids[k], seat) for k, seat in seat_of.items() if connected.get(ids[k]) != seat]
        if self.load is not None or self.conn.dialect.name == "postgresql":
            self._connect_in_bulk(moves, connected, self.load)
        for batch in chunked([] if self.load is not None or self.conn.dialect.name ==
                             "postgresql" else moves, BATCH):
            self.conn.execute(dc.delete().where(dc.c.device_id == sa.bindparam("p_dev")),
                              [{"p_dev": dev} for dev, _ in batch])
            self.conn.execute(dc.insert(), [{"device_id": dev, "seat_id": seat,
                                             "connected_at": self.now} for dev, seat in batch])
        self.counts.devices_added += len(new)
        self.counts.devices_updated += len(updates)
        self.tick(len(rows))

    def _connect_in_bulk(self, moves: list[tuple[int, int]], connected: dict[int, int],
                         load: BulkLoad | None) -> None:
        """The moves as one delete (of connections that exist) and one plain insert.

        Without a ``load`` (PostgreSQL) the insert is a COPY and the count trigger stays.
        """
        dc = t.device_connections
        gone = [{"p_dev": dev} for dev, _ in moves if dev in connected]
        if gone:
            self.conn.execute(dc.delete().where(dc.c.device_id == sa.bindparam("p_dev")), gone)
        if not moves:
            return
        if load is not None:
            load.before_insert(dc.name, len(moves))
        added = Counter(seat for _, seat in moves)
        self._flush_seats(added)  # new seats go in with their count; the rest below
        if self.pg_load is not None:
            self.pg_load.before_insert(dc.name, len(moves))
        with pg_trigger_off(self.conn, PG_COUNT_TRIGGER, self.pg_bulk) as counted_here:
            insert_rows(self.conn, dc, ("device_id", "seat_id", "connected_at"),
                        [(dev, seat, self.now) for dev, seat in moves])
        if load is not None:  # the seats _flush_seats did not count (they were there)
            load.connected.extend(dev for dev, seat in moves if seat in added)
        if counted_here and added:  # what seat_devices_count adds per row, in one UPDATE
            self.conn.exec_driver_sql(
                "UPDATE seats SET devices_connected = devices_connected + added.n "
                "FROM unnest(%(seats)s::bigint[], %(counts)s::integer[]) AS added(id, n) "
                "WHERE seats.id = added.id",
                {"seats": list(added), "counts": list(added.values())})


LOADED_TABLES = ("subscriptions", "people", "seats", "seat_assignments", "devices",
                 "device_connections")


def refresh_statistics(conn: Connection) -> None:
    """PostgreSQL: ANALYZE the tables an import loaded, after its commit.

    Autovacuum would get there in its own time; until then the planner knows the
    tables as they were (often empty) and may pick nested loops over a million rows.
    SQLite keeps no statistics the roster's queries rely on: nothing to do.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ANALYZE {', '.join(LOADED_TABLES)}")

