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

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain import volume as vl
from seatkeeper.domain.enums import PaymentMethod, SeatStatus
from seatkeeper.domain.errors import BadInput, NotFound
from seatkeeper.domain.money import Money
from seatkeeper.services.clock import Clock
from seatkeeper.services.plans import (
    NewPlanTerms,
    SubscriptionState,
    cancel_subscription,
    start_new_plan,
)
from seatkeeper.store import audit
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.records import (
    check_version,
    insert,
    load_seat,
    load_subscription,
    require_owner,
    update_versioned,
)

__all__ = ["SeatService", "SeatState", "SubscriptionState"]


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
    device_limit: int
    version: int


class SeatService:
    """Change seats; every change is audited with before and after."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    def seat(self, seat_id: int) -> SeatState:
        return self.store.read(lambda conn: _state(conn, seat_id))

    # --- holders (VL-11, VL-13) ---------------------------------------------

    def assign(self, seat_id: int, name: str, email: str, *, actor_email: str | None = None,
               expected_version: int | None = None) -> SeatState:
        """VL-11: give a free seat to a person (name + e-mail)."""
        return self._holder(seat_id, name, email, actor_email, expected_version, free_only=True)

    def reassign(self, seat_id: int, name: str, email: str, *, actor_email: str | None = None,
                 expected_version: int | None = None) -> SeatState:
        """VL-13: hand the seat to someone else; the previous holder stays in its history."""
        return self._holder(seat_id, name, email, actor_email, expected_version, free_only=False)

    def unassign(self, seat_id: int, *, actor_email: str | None = None,
                 expected_version: int | None = None) -> SeatState:
        def work(conn: Connection) -> SeatState:
            seat, before = self._begin(conn, seat_id, actor_email, expected_version)
            if seat["person_id"] is None:
                raise BadInput(f"Seat {seat['licence_id']} has no holder.")
            self._close_assignment(conn, seat_id)
            update_versioned(conn, t.seats, seat_id, seat["version"], person_id=None)
            return self._done(conn, "seat.unassigned", seat_id,
                              f"{seat['licence_id']} freed (was {before.holder})", before)
        return self.store.write(work)

    def _holder(self, seat_id: int, name: str, email: str, actor_email: str | None,
                expected_version: int | None, *, free_only: bool) -> SeatState:
        person = vl.normalise_person(name, email)  # bad input refused before any lock

        def work(conn: Connection) -> SeatState:
            seat, before = self._begin(conn, seat_id, actor_email, expected_version)
            if free_only and seat["person_id"] is not None:
                raise BadInput(f"Seat {seat['licence_id']} is held by {before.holder}; "
                               "reassign it instead.")
            person_id = self._person(conn, person)
            if person_id == seat["person_id"]:
                raise BadInput(f"Seat {seat['licence_id']} is already held by {person.name}.")
            now = self.clock()
            self._close_assignment(conn, seat_id)
            insert(conn, t.seat_assignments, seat_id=seat_id, person_id=person_id,
                   assigned_at=now)
            update_versioned(conn, t.seats, seat_id, seat["version"], person_id=person_id)
            verb = "reassigned" if seat["person_id"] is not None else "assigned"
            return self._done(conn, f"seat.{verb}", seat_id,
                              f"{seat['licence_id']} {verb} to {person.name}", before)
        return self.store.write(work)

    def _person(self, conn: Connection, person: vl.Person) -> int:
        """Reuse the person with this e-mail (any case); keep their name up to date."""
        p = t.people
        row = conn.execute(sa.select(p).where(sa.func.lower(p.c.email) == person.email.lower())
                           ).mappings().first()
        if row is None:
            return insert(conn, p, name=person.name, email=person.email, created_at=self.clock(),
                          version=1)
        if row["name"] != person.name:
            update_versioned(conn, p, row["id"], row["version"], name=person.name)
            self._audit(conn, "person.renamed", "person", row["id"],
                        f"{row['name']} is now called {person.name}",
                        {"name": row["name"]}, {"name": person.name})
        return int(row["id"])

    def _close_assignment(self, conn: Connection, seat_id: int) -> None:
        a = t.seat_assignments
        conn.execute(a.update().where(a.c.seat_id == seat_id, a.c.unassigned_at.is_(None))
                     .values(unassigned_at=self.clock()))

    # --- renewal switches and cancellation (VL-14..VL-16) -------------------

    def set_renew(self, seat_ids: Iterable[int], renew: bool, *, actor_email: str | None = None,
                  expected_versions: Mapping[int, int] | None = None) -> tuple[SeatState, ...]:
        """VL-14: switch "renew at next billing period" for one or many seats, all or none."""
        word = "renews" if renew else "lapses at the renewal date"
        return self._many(seat_ids, actor_email, expected_versions, "seat.renew_set",
                          lambda s: f"{s['licence_id']} {word}", {"renew": renew})

    def cancel_seats(self, seat_ids: Iterable[int], *, actor_email: str | None = None,
                     expected_versions: Mapping[int, int] | None = None
                     ) -> tuple[SeatState, ...]:
        """Cancel seats: they will not renew (with all cancelled, VL-16 allows a new plan)."""
        return self._many(seat_ids, actor_email, expected_versions, "seat.cancelled",
                          lambda s: f"{s['licence_id']} cancelled",
                          {"status": SeatStatus.CANCELLED, "renew": False})

    def cancel_subscription(self, subscription_id: int, *, actor_email: str | None = None,
                            expected_version: int | None = None) -> SubscriptionState:
        """VL-15: cancelled now, usable to the end of the paid period, then not renewed."""
        return self.store.write(lambda conn: cancel_subscription(
            conn, subscription_id, actor_email, expected_version, self.clock(), self.actor))

    def start_new_plan(self, subscription_id: int, *, seats: int, plan_months: int,
                       method: PaymentMethod, card_brand: str, card_last4: str,
                       unit_monthly_price: Money | None = None, on: date | None = None,
                       actor_email: str | None = None) -> SubscriptionState:
        """VL-16: a new plan under the same subscription once every seat is cancelled."""
        terms = NewPlanTerms(seats, plan_months, method, card_brand, card_last4,
                             unit_monthly_price, on)
        return self.store.write(lambda conn: start_new_plan(
            conn, subscription_id, terms, actor_email, self.clock(), self.actor))

    def _many(self, seat_ids: Iterable[int], actor_email: str | None,
              expected_versions: Mapping[int, int] | None, action: str,
              summary: Callable[[RowMapping], str], values: dict[str, Any]
              ) -> tuple[SeatState, ...]:
        ids = list(dict.fromkeys(seat_ids))
        if not ids:
            raise BadInput("Select at least one seat.")
        versions = expected_versions or {}

        def work(conn: Connection) -> tuple[SeatState, ...]:
            done = []
            for seat_id in ids:
                seat, before = self._begin(conn, seat_id, actor_email, versions.get(seat_id))
                update_versioned(conn, t.seats, seat_id, seat["version"], **values)
                done.append(self._done(conn, action, seat_id, summary(seat), before))
            return tuple(done)
        return self.store.write(work)

    # --- devices (VL-19) ----------------------------------------------------

    def connect_device(self, seat_id: int, device_id: int, *, actor_email: str | None = None,
                       expected_version: int | None = None) -> SeatState:
        """VL-19: connect a device; the seat's limit (8 for volume) is never exceeded."""
        def work(conn: Connection) -> SeatState:
            seat, before = self._begin(conn, seat_id, actor_email, expected_version)
            device = _device(conn, device_id)
            sub = load_subscription(conn, seat["subscription_id"])
            if device["account_id"] != sub["account_id"]:
                raise BadInput(f"“{device['name']}” belongs to another vendor account.")
            current = conn.execute(sa.select(t.device_connections.c.seat_id).where(
                t.device_connections.c.device_id == device_id)).scalar_one_or_none()
            if current is not None:
                where = "this seat" if current == seat_id else "another seat"
                raise BadInput(f"“{device['name']}” is already connected to {where}; "
                               "disconnect it there first.")
            vl.check_can_connect(before.devices_connected, sub["devices_per_seat"])
            insert(conn, t.device_connections, device_id=device_id, seat_id=seat_id,
                   connected_at=self.clock())
            update_versioned(conn, t.seats, seat_id, seat["version"])
            return self._done(conn, "seat.device_connected", seat_id,
                              f"{device['name']} connected to {seat['licence_id']}", before)
        return self.store.write(work)

    def disconnect_device(self, seat_id: int, device_id: int, *,
                          actor_email: str | None = None,
                          expected_version: int | None = None) -> SeatState:
        def work(conn: Connection) -> SeatState:
            seat, before = self._begin(conn, seat_id, actor_email, expected_version)
            device = _device(conn, device_id)
            c = t.device_connections
            gone = conn.execute(c.delete().where(c.c.device_id == device_id,
                                                 c.c.seat_id == seat_id)).rowcount
            if gone != 1:
                raise BadInput(f"“{device['name']}” is not connected to {seat['licence_id']}.")
            update_versioned(conn, t.seats, seat_id, seat["version"])
            return self._done(conn, "seat.device_disconnected", seat_id,
                              f"{device['name']} disconnected from {seat['licence_id']}", before)
        return self.store.write(work)

    # --- shared steps -------------------------------------------------------

    def _begin(self, conn: Connection, seat_id: int, actor_email: str | None,
               expected_version: int | None) -> tuple[RowMapping, SeatState]:
        """Load the seat, check the owner (VL-18) and the version the caller read."""
        seat = load_seat(conn, seat_id)
        require_owner(load_subscription(conn, seat["subscription_id"])["owner_email"],
                      actor_email)
        check_version(f"Seat {seat['licence_id']}", seat["version"], expected_version)
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


def _audit_view(state: SeatState) -> dict[str, Any]:
    return {"holder": state.holder, "email": state.email, "renew": state.renew,
            "status": state.status, "devices_connected": state.devices_connected,
            "version": state.version}


def _device(conn: Connection, device_id: int) -> RowMapping:
    row = conn.execute(sa.select(t.devices).where(t.devices.c.id == device_id)
                       ).mappings().one_or_none()
    if row is None:
        raise NotFound("That device is no longer in the roster.")
    return row


def _state(conn: Connection, seat_id: int) -> SeatState:
    connected = sa.select(sa.func.count()).where(
        t.device_connections.c.seat_id == t.seats.c.id).scalar_subquery()
    r = conn.execute(
        sa.select(t.seats, t.people.c.name, t.people.c.email,
                  t.subscriptions.c.devices_per_seat, connected.label("connected"))
        .join(t.subscriptions, t.subscriptions.c.id == t.seats.c.subscription_id)
        .outerjoin(t.people, t.people.c.id == t.seats.c.person_id)
        .where(t.seats.c.id == seat_id)).mappings().one_or_none()
    if r is None:
        raise NotFound("That seat is no longer in the roster.")
    return SeatState(seat_id=r["id"], subscription_id=r["subscription_id"],
                     licence_id=r["licence_id"], holder=r["name"], email=r["email"],
                     renew=bool(r["renew"]), status=str(r["status"]),
                     devices_connected=int(r["connected"]), device_limit=r["devices_per_seat"],
                     version=r["version"])

