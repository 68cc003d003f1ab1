"""People: the People screen's rows, a directory sync, and releasing a leaver's seats.

A sync (issue 20) compares a directory file with the roster: people it names are
added or brought up to date (department, directory id), those it says are
disabled are marked as left on today's date in the admin's time zone, and those
who hold seats but are not in the file are listed, never deleted. A dry run says
all of it and writes nothing.

Releasing a leaver disconnects each device from their seats and frees each seat,
in one transaction, through ``SeatService`` (so each change is audited as it is
when made by hand). ``restore`` puts a release back the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.errors import BadInput, NotFound
from seatkeeper.domain.messages import message
from seatkeeper.domain.volume import Person, normalise_email
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing.directory import (
    LEFT,
    DirectoryFile,
    DirectoryPerson,
    read_directory,
)
from seatkeeper.services.importing.records import RowError
from seatkeeper.services.seats import SeatService
from seatkeeper.store import audit
from seatkeeper.store import people as stored
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.paging import TableQuery

NOBODY = message("people.nobody", "The roster holds nobody with the e-mail address {email}.")
NOTHING_HELD = message("people.nothing_held",
                       "{email} holds no seat and no device; there is nothing to release.")
BAD_ROWS = message("people.bad_rows",
                   "{n} row(s) of the file cannot be read, so nothing was synced "
                   "(first: row {line}, {column}: {reason}).")


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    name: str
    email: str
    department: str | None
    status: str  # active | left
    left_on: date | None
    directory_id: str | None
    in_directory: bool | None
    seats: int
    devices: int


@dataclass(frozen=True)
class HeldSeat:
    seat_id: int
    licence_id: str
    subscription_id: int
    subscription: str
    status: str
    devices_connected: int


@dataclass(frozen=True)
class HeldDevice:
    device_id: int
    name: str
    platform: str
    seat_id: int
    licence_id: str
    subscription: str


@dataclass(frozen=True)
class PersonDetail:
    row: PersonRow
    seats: tuple[HeldSeat, ...]
    devices: tuple[HeldDevice, ...]


@dataclass(frozen=True)
class Listed:
    """A person a sync names: who, and what they hold."""

    name: str
    email: str
    seats: int

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "seats": self.seats}


@dataclass(frozen=True)
class SyncResult:
    """What a directory sync did (or, in a dry run, would do)."""

    fmt: str
    dry_run: bool
    people: int  # rows read as people
    added: tuple[Listed, ...]
    updated: tuple[Listed, ...]
    marked_left: tuple[Listed, ...]
    back: tuple[Listed, ...]  # left before, active again in the file
    not_in_file: tuple[Listed, ...]  # seat holders the file does not hold: listed, kept
    errors: tuple[RowError, ...]
    left_on: date

    def as_json(self) -> dict[str, Any]:
        return {"format": self.fmt, "dry_run": self.dry_run, "people": self.people,
                "added": [x.as_json() for x in self.added],
                "updated": [x.as_json() for x in self.updated],
                "marked_left": [x.as_json() for x in self.marked_left],
                "active_again": [x.as_json() for x in self.back],
                "holders_not_in_file": [x.as_json() for x in self.not_in_file],
                "rejected": [e.as_json() for e in self.errors],
                "left_on": self.left_on.isoformat()}


@dataclass(frozen=True)
class Released:
    """What releasing a leaver freed: enough to put it back (``restore``)."""

    name: str
    email: str
    seats: tuple[tuple[int, str], ...]  # (seat id, licence id)
    devices: tuple[tuple[int, int, str], ...]  # (device id, seat id, device name)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email,
                "seats": [licence for _, licence in self.seats],
                "devices": [name for _, _, name in self.devices]}


def _row(r: Any) -> PersonRow:
    return PersonRow(int(r["person_id"]), r["name"], r["email"], r["department"], r["status"],
                     r["left_on"], r["directory_id"], r["in_directory"], int(r["seats"]),
                     int(r["devices"]))


class PeopleService:
    """The roster's people and what the directory says about them."""

    def __init__(self, store: Store, clock: Clock, actor: str, seats: SeatService,
                 zone: tzinfo | None = None) -> None:
        self.store, self.clock, self.actor, self.seat_service = store, clock, actor, seats
        self.zone = zone  # None: the system's (the admin's) zone

    def today(self) -> date:
        """Today in the admin's time zone: the day someone is marked as left."""
        now = self.clock()
        return (now.astimezone(self.zone) if self.zone is not None else now.astimezone()).date()

    # -- the People screen ------------------------------------------------------
    def count(self, filter_text: str = "") -> int:
        return self.store.read(lambda conn: stored.count_people(conn, filter_text))

    def page(self, query: TableQuery) -> list[PersonRow]:
        return [_row(r) for r in self.store.read(lambda conn: stored.people_page(conn, query))]

    def detail(self, person_id: int) -> PersonDetail:
        def work(conn: Connection) -> PersonDetail:
            row = _row(stored.person_row(conn, person_id))
            seats = tuple(HeldSeat(r["seat_id"], r["licence_id"], r["subscription_id"],
                                   r["subscription"], str(r["status"]),
                                   int(r["devices_connected"]))
                          for r in stored.seats_of(conn, person_id))
            devices = tuple(HeldDevice(r["device_id"], r["name"], str(r["platform"]),
                                       r["seat_id"], r["licence_id"], r["subscription"])
                            for r in stored.devices_of(conn, person_id))
            return PersonDetail(row, seats, devices)
        return self.store.read(work)

    def by_email(self, email: str) -> PersonDetail:
        address = normalise_email(email)
        found = self.store.read(lambda conn: stored.person_by_email(conn, address))
        if found is None:
            raise NotFound(NOBODY(email=address))
        return self.detail(int(found["person_id"]))

    # -- a directory sync -------------------------------------------------------
    def read(self, path: Path, fmt: str, *, encoding: str | None = None,
             changes: dict[str, str | None] | None = None,
             mapping: dict[str, str] | None = None) -> DirectoryFile:
        """The file's people and bad rows (slow: a worker's job in the GUI)."""
        return read_directory(path, fmt, encoding=encoding, changes=changes, mapping=mapping)

    def sync(self, directory: DirectoryFile, *, dry_run: bool = False) -> Changed[SyncResult]:
        """Bring the roster's people in line with the file; a dry run only says how.

        A file with a bad row syncs nothing (a half-read directory would list its
        unread people as missing); the dry run lists every bad row.
        """
        if directory.errors and not dry_run:
            first = directory.errors[0]
            raise BadInput(BAD_ROWS(n=len(directory.errors), line=first.line,
                                    column=first.column, reason=first.problem))
        left_on = self.today()

        def work(conn: Connection) -> SyncResult:
            return self._sync(conn, directory, left_on, dry_run)
        result = self.store.read(work) if dry_run else self.store.write(work)
        return Changed(result, Changes() if dry_run else Changes.of(Entity.PERSON)
                       | Changes.of(Entity.REVIEW))

    def _sync(self, conn: Connection, directory: DirectoryFile, left_on: date,
              dry_run: bool) -> SyncResult:
        known = stored.people_by_emails(conn, [p.email for p in directory.people])
        now = self.clock()
        added, updated, marked_left, back = [], [], [], []
        seen: list[int] = []
        for person in directory.people:
            row = known.get(person.email.lower())
            if row is None:
                added.append(Listed(person.name, person.email, 0))
                if not dry_run:
                    seen.append(stored.add_person(
                        conn, now, name=person.name, email=person.email,
                        department=person.department, directory_id=person.directory_id,
                        status=person.status, left_on=left_on if person.status == LEFT
                        else None))
                continue
            seen.append(int(row["id"]))
            values = _changes(row, person, left_on)
            if not values:
                continue
            listed = Listed(person.name, row["email"], 0)
            if values.get("status") == LEFT:
                marked_left.append(listed)
            elif "status" in values:
                back.append(listed)
            else:
                updated.append(listed)
            if not dry_run:
                stored.update_person(conn, int(row["id"]), int(row["version"]), **values)
                if "status" in values:  # the rest is counted in the sync's own event
                    self._audit_person(conn, int(row["id"]), row, values)
        missing = tuple(Listed(r["name"], r["email"], int(r["seats"]))
                        for r in stored.holders_not_in(conn, [p.email for p in
                                                              directory.people]))
        result = SyncResult(directory.fmt, dry_run, len(directory.people), tuple(added),
                            tuple(updated), tuple(marked_left), tuple(back), missing,
                            tuple(directory.errors), left_on)
        if not dry_run:
            stored.mark_seen(conn, seen)
            stored.record_import(conn, now, directory.fmt, len(directory.people))
            audit.record(conn, audit.Change(
                "directory.synced", "roster", None,
                f"Directory ({directory.fmt}) synced: {len(added)} added, {len(updated)} "
                f"updated, {len(marked_left)} marked as left, {len(back)} active again, "
                f"{len(missing)} holder(s) not in the file",
                None, {"not_in_file": [m.email for m in missing]}), at=now, actor=self.actor)
        return result

    def _audit_person(self, conn: Connection, person_id: int, row: Any,
                      values: dict[str, Any]) -> None:
        before = {k: _plain(row[k]) for k in values}
        after = {k: _plain(v) for k, v in values.items()}
        if values.get("status") == LEFT:
            action, summary = "person.left", f"{row['name']} left on {values['left_on']}"
        else:
            action, summary = "person.active_again", f"{row['name']} is active again"
        audit.record(conn, audit.Change(action, "person", person_id, summary, before, after),
                     at=self.clock(), actor=self.actor)

    # -- a leaver's seats ----------------------------------------------------------
    def release(self, email: str) -> Changed[Released]:
        """Free every seat of the person and disconnect its devices: one transaction,
        each change audited by ``SeatService``."""
        address = normalise_email(email)

        def work(conn: Connection) -> Changed[Released]:
            person = stored.person_by_email(conn, address)
            if person is None:
                raise NotFound(NOBODY(email=address))
            pid = int(person["person_id"])
            held = stored.seats_of(conn, pid)
            connected = stored.devices_of(conn, pid)
            if not held:
                raise BadInput(NOTHING_HELD(email=person["email"]))
            changes = Changes.of(Entity.PERSON, [pid])
            for device in connected:
                changes |= self.seat_service.disconnect_device_in(
                    conn, device["seat_id"], device["device_id"]).changes
            for seat in held:
                changes |= self.seat_service.unassign_in(conn, seat["seat_id"]).changes
            released = Released(person["name"], person["email"],
                                tuple((r["seat_id"], r["licence_id"]) for r in held),
                                tuple((r["device_id"], r["seat_id"], r["name"])
                                      for r in connected))
            return Changed(released, changes | Changes.of(Entity.REVIEW))
        return self.store.write(work)

    def restore(self, released: Released) -> Changed[Released]:
        """Put a release back: the seats to the person again, then their devices."""
        person = Person(released.name, released.email)

        def work(conn: Connection) -> Changed[Released]:
            changes = Changes.of(Entity.REVIEW)
            for seat_id, _ in released.seats:
                changes |= self.seat_service.holder_in(conn, seat_id, person).changes
            for device_id, seat_id, _ in released.devices:
                changes |= self.seat_service.connect_device_in(conn, seat_id,
                                                               device_id).changes
            return Changed(released, changes)
        return self.store.write(work)


def _changes(row: Any, person: DirectoryPerson, left_on: date) -> dict[str, Any]:
    """The columns the file changes for a person already in the roster."""
    values: dict[str, Any] = {}
    if person.name != row["name"]:  # the directory's display name (seats show it too)
        values["name"] = person.name
    if person.department is not None and person.department != row["department"]:
        values["department"] = person.department
    if person.directory_id is not None and person.directory_id != row["directory_id"]:
        values["directory_id"] = person.directory_id
    if person.status != row["status"]:
        values["status"] = person.status
        values["left_on"] = left_on if person.status == LEFT else None
    return values


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value
