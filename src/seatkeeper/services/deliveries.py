"""Sending subscriptions and following their deliveries (SD-1, SD-2, SD-4 to SD-8).

Whether a send is allowed is decided by ``domain.eligibility`` on facts read
here (``send_facts``); a batch is judged device by device with the free slots
counted down, and either every device gets a pending delivery or none does.
Every change writes an audit event in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from seatkeeper.domain import delivery as rules
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.delivery import DeliveryDisplayStatus
from seatkeeper.domain.eligibility import (
    Refusal,
    SendRefused,
    check_can_send_link,
    email_link_refusals,
    send_refusals,
)
from seatkeeper.domain.enums import DeliveryMethod, DeliveryStatus, Platform
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.messages import Message, message
from seatkeeper.services.clock import Clock
from seatkeeper.services.send_facts import (
    account_devices,
    load_device,
    load_devices,
    load_subscription,
)
from seatkeeper.store import audit
from seatkeeper.store import deliveries as dq
from seatkeeper.store.deliveries import DeliveryFilter
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.paging import TableQuery

__all__ = ["Candidate", "DeliveryFilter", "DeliveryRow", "DeliveryService", "DevicesRefused",
           "SendCheck", "SendResult", "TableQuery"]

MAX_DETAIL = 400  # the column's width
NO_DEVICE_CHOSEN = message("delivery.no_device_chosen",
                           "Choose at least one device to send the subscription to.")
DEVICES_REFUSED = message(
    "delivery.devices_refused",
    "Nothing was sent: “{subscription}” cannot be sent to {refused} of the {chosen} chosen "
    "devices.\n{reasons}")
NO_FAIL_REASON = message("delivery.no_fail_reason", "Say why the delivery failed.")
ONLY_PENDING_FAILS = message(
    "delivery.only_pending_fails",
    "Only a pending delivery can be marked failed; this one is already {status}.")


@dataclass(frozen=True)
class SendCheck:
    """SD-8's answer for one subscription and one device."""

    allowed: bool
    reasons: tuple[Refusal, ...]


@dataclass(frozen=True)
class Candidate:
    """A device of the account, as the wizard's target list shows it."""

    device_id: int
    name: str
    platform: str
    reasons: tuple[Refusal, ...]

    @property
    def allowed(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class DeliveryRow:
    """One delivery as the Deliveries table and "My devices" show it (SD-5)."""

    delivery_id: int
    subscription_id: int
    subscription: str
    device_id: int | None
    device: str | None
    email: str | None
    method: str
    platform: str | None
    status: str  # pending, overdue, delivered, undone or failed (SD-4)
    sent_at: datetime
    resolved_at: datetime | None
    detail: str | None
    hint: Message  # SD-7


@dataclass(frozen=True)
class SendResult:
    """What the wizard's last page says: what went, how long, what to do (SD-4, SD-7)."""

    deliveries: tuple[DeliveryRow, ...]
    window_note: Message
    hint: Message


class DevicesRefused(SendRefused):
    """SD-8 refused a batch: ``by_device`` maps each refused device to its reasons."""

    def __init__(self, message: Message, by_device: dict[int, tuple[Refusal, ...]]) -> None:
        super().__init__(message, [r for reasons in by_device.values() for r in reasons])
        self.by_device = by_device


_Step = Callable[[DeliveryStatus], DeliveryStatus]

WINDOW_NOTE = message(
    "delivery.window_note", "A delivery can take up to 24 hours. It shows as pending until "
    "it is confirmed delivered, and as overdue after 24 hours.")


class DeliveryService:
    """Send a subscription, undo or confirm a delivery, and list deliveries."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    # -- SD-8: may it be sent? -------------------------------------------------
    def check_send(self, subscription_id: int, device_id: int) -> SendCheck:
        today = self.clock().date()

        def work(conn: Connection) -> SendCheck:
            sub = load_subscription(conn, subscription_id)
            device = load_device(conn, device_id, sub.account_id, today)
            reasons = tuple(send_refusals(sub.facts, device.target))
            return SendCheck(not reasons, reasons)
        return self.store.read(work)

    def link_check(self, subscription_id: int) -> SendCheck:
        """SD-1/SD-8: may a download link for it be e-mailed? (asked before typing one)"""
        def work(conn: Connection) -> SendCheck:
            reasons = tuple(email_link_refusals(load_subscription(conn, subscription_id).facts))
            return SendCheck(not reasons, reasons)
        return self.store.read(work)

    def candidates(self, subscription_id: int) -> list[Candidate]:
        """Every device of the subscription's account, each with its SD-8 reasons."""
        today = self.clock().date()

        def work(conn: Connection) -> list[Candidate]:
            sub = load_subscription(conn, subscription_id)
            return [Candidate(d.target.id, d.name, d.platform.value,
                              tuple(send_refusals(sub.facts, d.target)))
                    for d in account_devices(conn, sub.account_id, today)]
        return self.store.read(work)

    # -- SD-2: send to devices ---------------------------------------------------
    def send_to_devices(self, subscription_id: int,
                        device_ids: list[int]) -> Changed[SendResult]:
        """Pending deliveries to every device, or none and ``DevicesRefused``.

        Touches the deliveries and the devices (each now has one pending).
        """
        wanted = list(dict.fromkeys(device_ids))  # a device chosen twice is sent once
        if not wanted:
            raise BadInput(NO_DEVICE_CHOSEN(), field="devices")
        now = self.clock()
        ids = self.store.write(lambda conn: self._send(conn, subscription_id, wanted, now))
        rows = self.store.read(lambda conn: _rows_by_id(conn, ids, now))
        result = SendResult(tuple(rows), WINDOW_NOTE(),
                            rules.sending_device_hint(DeliveryMethod.DEVICE))
        return Changed(result,
                       Changes.of(Entity.DELIVERY, ids) | Changes.of(Entity.DEVICE, wanted))

    def _send(self, conn: Connection, subscription_id: int, device_ids: list[int],
              now: datetime) -> list[int]:
        sub = load_subscription(conn, subscription_id)
        devices = load_devices(conn, device_ids, sub.account_id, now.date())
        refused: dict[int, tuple[Refusal, ...]] = {}
        lines: list[str] = []
        for taken, device in enumerate(devices):
            # The domain judges one device at a time; earlier devices of this
            # batch take their slots first, so the slot count goes down.
            facts = replace(sub.facts, free_slots=sub.facts.free_slots - taken)
            reasons = tuple(send_refusals(facts, device.target))
            if reasons:
                refused[device.target.id] = reasons
                lines += [f"{device.name}:"] + [f"- {r.message}" for r in reasons]
        if refused:
            raise DevicesRefused(DEVICES_REFUSED(subscription=sub.name, refused=len(refused),
                                                 chosen=len(devices),
                                                 reasons="\n".join(lines)), refused)
        ids = []
        for device in devices:
            ids.append(dq.add_delivery(conn, subscription_id=subscription_id,
                                       device_id=device.target.id,
                                       method=DeliveryMethod.DEVICE,
                                       status=DeliveryStatus.PENDING, sent_at=now))
            audit.record(conn, audit.Change(
                "delivery.sent", "delivery", ids[-1],
                f"Sent “{sub.name}” to device “{device.name}”",
                after={"subscription_id": subscription_id, "device_id": device.target.id,
                       "status": DeliveryStatus.PENDING.value}), at=now, actor=self.actor)
        return ids

    # -- SD-1: a download link went out --------------------------------------------
    def record_link_sent(self, subscription_id: int, email: str, platform: Platform, *,
                         confirmed: bool = True) -> Changed[DeliveryRow]:
        """Record an e-mailed download link.

        ``confirmed``: an SMTP server accepted the message, so it is recorded
        ``delivered``. A message only handed to the mail client may never have
        been sent, so it stays ``pending`` until the admin confirms or undoes it.
        """
        now = self.clock()

        def work(conn: Connection) -> int:
            sub = load_subscription(conn, subscription_id)
            check_can_send_link(sub.facts)
            draft = rules.download_link_message(email, sub.name, platform)  # checks the address
            status = DeliveryStatus.DELIVERED if confirmed else DeliveryStatus.PENDING
            delivery_id = dq.add_delivery(
                conn, subscription_id=subscription_id, email=draft.to,
                method=DeliveryMethod.EMAIL_LINK, platform=platform, status=status,
                sent_at=now, resolved_at=now if confirmed else None,
                detail="Accepted by the SMTP server" if confirmed
                else "Written in the mail client; not confirmed sent")
            audit.record(conn, audit.Change(
                "delivery.link_sent", "delivery", delivery_id,
                f"E-mailed a {platform.value} download link for “{sub.name}” to {draft.to}",
                after={"subscription_id": subscription_id, "email": draft.to,
                       "platform": platform.value, "status": status.value}),
                at=now, actor=self.actor)
            return delivery_id
        delivery_id = self.store.write(work)
        row = self.store.read(lambda conn: _rows_by_id(conn, [delivery_id], now))[0]
        return Changed(row, Changes.of(Entity.DELIVERY, [delivery_id]))

    # -- SD-4, SD-6: a pending delivery ends -------------------------------------------
    def undo(self, delivery_id: int) -> Changed[DeliveryRow]:
        """SD-6: "Undo send" turns a pending (or overdue) delivery into ``undone``."""
        return self._resolve(delivery_id, rules.undo, "delivery.undone", "Undid", None)

    def mark_delivered(self, delivery_id: int) -> Changed[DeliveryRow]:
        """SD-4: the admin confirms the delivery arrived."""
        return self._resolve(delivery_id, rules.mark_delivered, "delivery.delivered",
                             "Marked delivered", None)

    def mark_failed(self, delivery_id: int, reason: str) -> Changed[DeliveryRow]:
        """A pending delivery did not arrive; ``reason`` is kept in its detail."""
        text = " ".join(reason.split())
        if not text:
            raise BadInput(NO_FAIL_REASON(), field="reason")
        return self._resolve(delivery_id, _fail, "delivery.failed", "Marked failed",
                             text[:MAX_DETAIL])

    def _resolve(self, delivery_id: int, step: _Step, action: str, verb: str,
                 detail: str | None) -> Changed[DeliveryRow]:
        """A pending delivery ends: the delivery, and its device's pending flag, change."""
        now = self.clock()

        def work(conn: Connection) -> None:
            row = dq.load_delivery(conn, delivery_id)
            before = DeliveryStatus(row["status"])
            after = step(before)
            values: dict[str, object] = {"status": after.value, "resolved_at": now}
            if detail is not None:
                values["detail"] = detail
            dq.update_delivery(conn, delivery_id, **values)
            audit.record(conn, audit.Change(
                action, "delivery", delivery_id, f"{verb} delivery {delivery_id}"
                + (f": {detail}" if detail else ""),
                before={"status": before.value}, after={"status": after.value}),
                at=now, actor=self.actor)
        self.store.write(work)
        row = self.store.read(lambda conn: _rows_by_id(conn, [delivery_id], now))[0]
        changes = Changes.of(Entity.DELIVERY, [delivery_id])
        if row.device_id is not None:  # an e-mailed link has no device
            changes |= Changes.of(Entity.DEVICE, [row.device_id])
        return Changed(row, changes)

    # -- SD-5: listing -----------------------------------------------------------------
    def count(self, filter_text: str = "", narrow: DeliveryFilter | None = None) -> int:
        now = self.clock()
        return self.store.read(lambda conn: dq.count_deliveries(
            conn, filter_text, narrow or DeliveryFilter(), now))

    def page(self, query: TableQuery, narrow: DeliveryFilter | None = None
             ) -> list[DeliveryRow]:
        now = self.clock()
        rows = self.store.read(lambda conn: dq.delivery_page(
            conn, query, narrow or DeliveryFilter(), now))
        return [_row(r) for r in rows]

    def for_device(self, device_id: int) -> list[DeliveryRow]:
        """SD-5: the deliveries under a device in "My devices", newest first."""
        return self.page(TableQuery(sort_key="sent_at", descending=True, limit=500),
                         DeliveryFilter(device_id=device_id))

    def for_subscription(self, subscription_id: int) -> list[DeliveryRow]:
        """SD-5: the deliveries shown on a subscription, newest first."""
        return self.page(TableQuery(sort_key="sent_at", descending=True, limit=500),
                         DeliveryFilter(subscription_id=subscription_id))


def _fail(status: DeliveryStatus) -> DeliveryStatus:
    # Like SD-4's confirmation: only a delivery still on its way can end as failed.
    if status is not DeliveryStatus.PENDING:
        raise RuleRefused("SD-4", ONLY_PENDING_FAILS(status=status.value))
    return DeliveryStatus.FAILED


def _rows_by_id(conn: Connection, ids: list[int], now: datetime) -> list[DeliveryRow]:
    return [_row(r) for r in dq.deliveries_by_id(conn, ids, now)]


def _row(r: Mapping[Any, Any]) -> DeliveryRow:
    method = DeliveryMethod(r["method"])
    status = DeliveryDisplayStatus(r["status"]).value
    return DeliveryRow(
        delivery_id=r["delivery_id"], subscription_id=r["subscription_id"],
        subscription=r["subscription"], device_id=r["device_id"], device=r["device"],
        email=r["email"], method=method.value,
        platform=None if r["platform"] is None else str(r["platform"]),
        status=status, sent_at=r["sent_at"],
        resolved_at=r["resolved_at"], detail=r["detail"],
        hint=rules.sending_device_hint(method, status),
    )
