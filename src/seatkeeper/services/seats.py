"""Seats of a volume subscription: holders, renewal switches, devices, cancellation.

VL-11, VL-13..VL-16, VL-18, VL-19. Each call is one write transaction with
its audit event. Seat edits use optimistic concurrency: pass the ``version``
you read as ``expected_version`` and a change made meanwhile by someone else
is refused with ConflictError instead of being overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from seatkeeper.domain import volume as vl
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.enums import BillingChannel, PaymentMethod, SeatStatus
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.vendor_terms import by_key, check_can_connect, profile_for
from seatkeeper.services.clock import Clock
from seatkeeper.services.plans import (
    NewPlanTerms,
    SubscriptionState,
    cancel_subscription,
    start_new_plan,
)
from seatkeeper.store import audit, devices, seats
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.records import (
    Row,
    check_version,
    load_seat,
    load_subscription,
    require_owner,
)
from seatkeeper.store.vendor_terms import saved_profiles

__all__ = ["SeatService", "SeatState", "SubscriptionState"]

NO_HOLDER = message("seat.no_holder", "Seat {seat} has no holder.")
HELD = message("seat.held", "Seat {seat} is held by {holder}; reassign it instead.")
ALREADY_HELD = message("seat.already_held", "Seat {seat} is already held by {holder}.")
NONE_SELECTED = message("seat.none_selected", "Select at least one seat.")
OTHER_ACCOUNT = message("device.other_account", "“{device}” belongs to another vendor account.")
CONNECTED_HERE = message("device.connected_here", "“{device}” is already connected to this "
                         "seat; disconnect it there first.")
CONNECTED_ELSEWHERE = message("device.connected_elsewhere", "“{device}” is already connected to "
                              "another seat; disconnect it there first.")
NOT_CONNECTED = message("device.not_connected", "“{device}” is not connected to {seat}.")
CHANGED_MEANWHILE = message("seat.changed_meanwhile", "Seat {seat} was changed by someone else "
                            "since you opened it; reload it and try again.")


MAX_LICENCE_ID = 80  # seats.licence_id
BAD_LICENCE_ID = message("seat.bad_licence_id",
                         "A seat id is between 1 and {most} characters.")
LICENCE_ID_TAKEN = message("seat.licence_id_taken",
                           "Another seat of this subscription is already called {licence_id}.")


@dataclass(frozen=True)
class SeatState:
    """A seat after a change: who holds it, whether it renews, its devices."""

    seat_id: int
    subscription_id: int
    licence_id: str
    holder: str | None
    email: str | None
    renew: bool
    status: str
    devices_connected: int
    device_limit: int | None  # None: no one stated it
    version: int


def _seat_changes(seat_ids: Iterable[int], *people: int | None) -> Changes:
    """Seats changed; an assignment changes its holders' histories too."""
    changed = Changes.of(Entity.SEAT, seat_ids)
    held = [p for p in people if p is not None]
    return changed | Changes.of(Entity.PERSON, held) if held else changed


class SeatService:
    """Change seats; every change is audited with before and after."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    def seat(self, seat_id: int) -> SeatState:
        return self.store.read(lambda conn: _state(conn, seat_id))

    # --- holders (VL-11, VL-13) ---------------------------------------------

    def assign(self, seat_id: int, name: str, email: str, *, actor_email: str | None = None,
               expected_version: int | None = None) -> Changed[SeatState]:
        """VL-11: give a free seat to a person (name + e-mail)."""
        return self._holder(seat_id, name, email, actor_email, expected_version, free_only=True)

    def reassign(self, seat_id: int, name: str, email: str, *, actor_email: str | None = None,
                 expected_version: int | None = None,
                 keep_devices: bool = True) -> Changed[SeatState]:
        """VL-13: hand the seat to someone else; the previous holder stays in its history.

        With ``keep_devices`` False the previous holder's devices are disconnected in the
        same change, so the new holder does not silently inherit them.
        """
        return self._holder(seat_id, name, email, actor_email, expected_version, free_only=False,
                            keep_devices=keep_devices)

    def seats_held_by(self, subscription_id: int, email: str) -> list[str]:
        """Licence ids of the subscription's seats ``email`` already holds (a duplicate
        holder the reassign dialog warns about)."""
        return self.store.read(lambda conn: seats.seats_held_by(conn, subscription_id,
                                                                email.strip()))

    def unassign(self, seat_id: int, *, actor_email: str | None = None,
                 expected_version: int | None = None) -> Changed[SeatState]:
        return self.store.write(lambda conn: self.unassign_in(conn, seat_id, actor_email,
                                                              expected_version))

    def unassign_in(self, conn: Connection, seat_id: int, actor_email: str | None = None,
                    expected_version: int | None = None) -> Changed[SeatState]:
        """``unassign`` inside the caller's transaction (a leaver's seats, all at once)."""
        seat, before = self._begin(conn, seat_id, actor_email, expected_version)
        if seat["person_id"] is None:
            raise BadInput(NO_HOLDER(seat=seat["licence_id"]))
        seats.close_assignment(conn, seat_id, self.clock())
        seats.update_seat(conn, seat_id, seat["version"], person_id=None)
        after = self._done(conn, "seat.unassigned", seat_id,
                           f"{seat['licence_id']} freed (was {before.holder})", before)
        return Changed(after, _seat_changes([seat_id], seat["person_id"]))

    def _holder(self, seat_id: int, name: str, email: str, actor_email: str | None,
                expected_version: int | None, *, free_only: bool,
                keep_devices: bool = True) -> Changed[SeatState]:
        person = vl.normalise_person(name, email)  # bad input refused before any lock
        return self.store.write(lambda conn: self.holder_in(
            conn, seat_id, person, actor_email, expected_version, free_only=free_only,
            keep_devices=keep_devices))

    def holder_in(self, conn: Connection, seat_id: int, person: vl.Person,
                  actor_email: str | None = None, expected_version: int | None = None, *,
                  free_only: bool = True, keep_devices: bool = True) -> Changed[SeatState]:
        """Assign (``free_only``) or reassign inside the caller's transaction."""
        seat, before = self._begin(conn, seat_id, actor_email, expected_version)
        if free_only and seat["person_id"] is not None:
            raise BadInput(HELD(seat=seat["licence_id"], holder=str(before.holder)))
        person_id = self._person(conn, person)
        if person_id == seat["person_id"]:
            raise BadInput(ALREADY_HELD(seat=seat["licence_id"], holder=person.name))
        now = self.clock()
        seats.close_assignment(conn, seat_id, now)
        seats.open_assignment(conn, seat_id, person_id, now)
        dropped = 0 if keep_devices or seat["person_id"] is None \
            else devices.disconnect_all(conn, seat_id)
        seats.update_seat(conn, seat_id, seat["version"], person_id=person_id)
        verb = "reassigned" if seat["person_id"] is not None else "assigned"
        summary = f"{seat['licence_id']} {verb} to {person.name}" + (
            f"; {dropped} device(s) of the previous holder disconnected" if dropped else "")
        after = self._done(conn, f"seat.{verb}", seat_id, summary, before)
        changes = _seat_changes([seat_id], person_id, seat["person_id"])
        return Changed(after, changes | Changes.of(Entity.DEVICE) if dropped else changes)

    def _person(self, conn: Connection, person: vl.Person) -> int:
        """Reuse the person with this e-mail (any case); keep their name up to date."""
        row = seats.person_by_email(conn, person.email)
        if row is None:
            return seats.add_person(conn, person.name, person.email, self.clock())
        if row["name"] != person.name:
            seats.rename_person(conn, row["id"], row["version"], person.name)
            self._audit(conn, "person.renamed", "person", row["id"],
                        f"{row['name']} is now called {person.name}",
                        {"name": row["name"]}, {"name": person.name})
        return int(row["id"])

    # --- renewal switches and cancellation (VL-14..VL-16) -------------------

    def set_renew(self, seat_ids: Iterable[int], renew: bool, *, actor_email: str | None = None,
                  expected_versions: Mapping[int, int] | None = None
                  ) -> Changed[tuple[SeatState, ...]]:
        """VL-14: switch "renew at next billing period" for one or many seats, all or none."""
        word = "renews" if renew else "lapses at the renewal date"
        return self._many(seat_ids, actor_email, expected_versions, "seat.renew_set",
                          lambda s: f"{s['licence_id']} {word}", {"renew": renew})

    def rename_seat(self, seat_id: int, licence_id: str, *, actor_email: str | None = None,
                    expected_version: int | None = None) -> Changed[SeatState]:
        """Give a seat the vendor's own licence id (issue 16); unique in its subscription."""
        new = " ".join(licence_id.split())
        if not new or len(new) > MAX_LICENCE_ID:
            raise BadInput(BAD_LICENCE_ID(most=MAX_LICENCE_ID), field="licence_id")

        def work(conn: Connection) -> Changed[SeatState]:
            seat, before = self._begin(conn, seat_id, actor_email, expected_version)
            if new != seat["licence_id"] and seats.licence_in_use(
                    conn, seat["subscription_id"], new):
                raise BadInput(LICENCE_ID_TAKEN(licence_id=new), field="licence_id")
            seats.update_seat(conn, seat_id, seat["version"], licence_id=new)
            after = self._done(conn, "seat.renamed", seat_id,
                               f"{seat['licence_id']} renamed to {new}", before)
            return Changed(after, Changes.of(Entity.SEAT, [seat_id]))
        return self.store.write(work)

    def cancel_seats(self, seat_ids: Iterable[int], *, actor_email: str | None = None,
                     expected_versions: Mapping[int, int] | None = None
                     ) -> Changed[tuple[SeatState, ...]]:
        """Cancel seats: they will not renew (with all cancelled, VL-16 allows a new plan)."""
        return self._many(seat_ids, actor_email, expected_versions, "seat.cancelled",
                          lambda s: f"{s['licence_id']} cancelled",
                          {"status": SeatStatus.CANCELLED, "renew": False})

    def cancel_subscription(self, subscription_id: int, *, actor_email: str | None = None,
                            expected_version: int | None = None
                            ) -> Changed[SubscriptionState]:
        """VL-15: cancelled now, usable to the end of the paid period, then not renewed."""
        return self.store.write(lambda conn: cancel_subscription(
            conn, subscription_id, actor_email, expected_version, self.clock(), self.actor))

    def start_new_plan(self, subscription_id: int, *, seats: int, plan_months: int,
                       method: PaymentMethod, card_brand: str, card_last4: str,
                       unit_monthly_price: Money | None = None, on: date | None = None,
                       actor_email: str | None = None) -> Changed[SubscriptionState]:
        """VL-16: a new plan under the same subscription once every seat is cancelled."""
        terms = NewPlanTerms(seats, plan_months, method, card_brand, card_last4,
                             unit_monthly_price, on)
        return self.store.write(lambda conn: start_new_plan(
            conn, subscription_id, terms, actor_email, self.clock(), self.actor))

    def _many(self, seat_ids: Iterable[int], actor_email: str | None,
              expected_versions: Mapping[int, int] | None, action: str,
              summary: Callable[[Row], str], values: dict[str, Any]
              ) -> Changed[tuple[SeatState, ...]]:
        ids = list(dict.fromkeys(seat_ids))
        if not ids:
            raise BadInput(NONE_SELECTED())
        versions = expected_versions or {}

        def work(conn: Connection) -> Changed[tuple[SeatState, ...]]:
            done = []
            for seat_id in ids:
                seat, before = self._begin(conn, seat_id, actor_email, versions.get(seat_id))
                seats.update_seat(conn, seat_id, seat["version"], **values)
                done.append(self._done(conn, action, seat_id, summary(seat), before))
            return Changed(tuple(done), _seat_changes(ids))
        return self.store.write(work)

    # --- devices (VL-19) ----------------------------------------------------

    def connect_device(self, seat_id: int, device_id: int, *, actor_email: str | None = None,
                       expected_version: int | None = None) -> Changed[SeatState]:
        """VL-19: connect a device; the seat's limit (its vendor's terms, else the stated one)
        is never exceeded."""
        return self.store.write(lambda conn: self.connect_device_in(
            conn, seat_id, device_id, actor_email, expected_version))

    def connect_device_in(self, conn: Connection, seat_id: int, device_id: int,
                          actor_email: str | None = None,
                          expected_version: int | None = None) -> Changed[SeatState]:
        """``connect_device`` inside the caller's transaction."""
        seat, before = self._begin(conn, seat_id, actor_email, expected_version)
        device = devices.load_device(conn, device_id)
        sub = load_subscription(conn, seat["subscription_id"])
        if device["account_id"] != sub["account_id"]:
            raise BadInput(OTHER_ACCOUNT(device=device["name"]))
        current = devices.seat_in_use(conn, device_id)
        if current is not None:
            taken = CONNECTED_HERE if current == seat_id else CONNECTED_ELSEWHERE
            raise BadInput(taken(device=device["name"]))
        profile = profile_for(sub["vendor"], BillingChannel(sub["channel"]),
                              by_key(saved_profiles(conn)))
        check_can_connect(profile, before.devices_connected,
                          sub["devices_per_seat"] if sub["devices_known"] else None)
        devices.connect(conn, device_id, seat_id, self.clock())
        seats.update_seat(conn, seat_id, seat["version"])
        after = self._done(conn, "seat.device_connected", seat_id,
                           f"{device['name']} connected to {seat['licence_id']}", before)
        return Changed(after, _device_changes(seat_id, device_id))

    def disconnect_device(self, seat_id: int, device_id: int, *,
                          actor_email: str | None = None,
                          expected_version: int | None = None) -> Changed[SeatState]:
        return self.store.write(lambda conn: self.disconnect_device_in(
            conn, seat_id, device_id, actor_email, expected_version))

    def disconnect_device_in(self, conn: Connection, seat_id: int, device_id: int,
                             actor_email: str | None = None,
                             expected_version: int | None = None) -> Changed[SeatState]:
        """``disconnect_device`` inside the caller's transaction."""
        seat, before = self._begin(conn, seat_id, actor_email, expected_version)
        device = devices.load_device(conn, device_id)
        if not devices.disconnect(conn, device_id, seat_id):
            raise BadInput(NOT_CONNECTED(device=device["name"], seat=seat["licence_id"]))
        seats.update_seat(conn, seat_id, seat["version"])
        after = self._done(conn, "seat.device_disconnected", seat_id,
                           f"{device['name']} disconnected from {seat['licence_id']}",
                           before)
        return Changed(after, _device_changes(seat_id, device_id))

    # --- shared steps -------------------------------------------------------

    def _begin(self, conn: Connection, seat_id: int, actor_email: str | None,
               expected_version: int | None) -> tuple[Row, SeatState]:
        """Load the seat, check the owner (VL-18) and the version the caller read."""
        seat = load_seat(conn, seat_id)
        require_owner(load_subscription(conn, seat["subscription_id"])["owner_email"],
                      actor_email)
        check_version(CHANGED_MEANWHILE(seat=seat["licence_id"]), seat["version"],
                      expected_version)
        return seat, _state(conn, seat_id)

    def _done(self, conn: Connection, action: str, seat_id: int, summary: str,
              before: SeatState) -> SeatState:
        after = _state(conn, seat_id)
        self._audit(conn, action, "seat", seat_id, summary, _audit_view(before),
                    _audit_view(after))
        return after

    def _audit(self, conn: Connection, action: str, entity: str, entity_id: int, summary: str,
               before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
        audit.record(conn, audit.Change(action, entity, entity_id, summary, before, after),
                     at=self.clock(), actor=self.actor)


def _device_changes(seat_id: int, device_id: int) -> Changes:
    return Changes.of(Entity.SEAT, [seat_id]) | Changes.of(Entity.DEVICE, [device_id])


def _audit_view(state: SeatState) -> dict[str, Any]:
    return {"holder": state.holder, "email": state.email, "renew": state.renew,
            "status": state.status, "devices_connected": state.devices_connected,
            "version": state.version}


def _state(conn: Connection, seat_id: int) -> SeatState:
    r = seats.seat_state(conn, seat_id)
    return SeatState(seat_id=r["id"], subscription_id=r["subscription_id"],
                     licence_id=r["licence_id"], holder=r["name"], email=r["email"],
                     renew=bool(r["renew"]), status=str(r["status"]),
                     devices_connected=int(r["connected"]),
                     device_limit=r["devices_per_seat"] if r["devices_known"] else None,
                     version=r["version"])
