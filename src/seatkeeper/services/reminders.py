"""Reminders of coming deadlines: open until each admin handles them (issue 17).

A deadline within its longest lead time (default 7 days and 1 day before) is
an open reminder for every admin until that admin answers it -- cancelled,
keep and renew, snoozed to a date, dismissed -- or the deadline passes
(``domain.open_reminders``). Putting it on screen is not an answer, so it is
listed again at every start. Answers are kept per admin (``actor``) with the
due date they answered (``store.reminders``): on a shared roster each admin
sees what is open for them, and a moved date reopens the reminder. Answers
and reopenings are the admin's decisions and are audited.

Notifications (desktop, e-mail digest) go once per lead time and channel:
``pending`` says which reached lead times were not notified yet, ``record_sent``
remembers those delivered. A delivery that failed is not recorded, so the
next run tries again; a machine that was off catches up once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.delivery import check_address
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.instants import require_utc
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.open_reminders import (
    Answer,
    GivenAnswer,
    ReminderState,
    pending_leads,
    reached_leads,
    state_of,
)
from seatkeeper.services.clock import Clock
from seatkeeper.services.deadlines import DeadlineEntry, entries_between, totals
from seatkeeper.store import audit
from seatkeeper.store import reminders as stored
from seatkeeper.store import settings as stored_settings
from seatkeeper.store.engine import Connection, Store

__all__ = ["MAX_LEAD", "Answer", "Reminder", "ReminderService", "ReminderState"]

MAX_LEAD = timedelta(days=366)
DESKTOP = "desktop"
EMAIL = "email"

LEAD_TIMES_OUT_OF_RANGE = message(
    "reminders.lead_out_of_range",
    "Each reminder comes between 0 and 366 days before its deadline.")
SNOOZE_IN_PAST = message("reminders.snooze_in_past", "A snooze must end in the future.")
SNOOZE_NEEDS_DATE = message("reminders.snooze_needs_date", "Choose the date to remind again.")
NOT_ANSWERED = message("reminders.not_answered",
                       "This reminder is already open: there is nothing to reopen.")

_SUMMARIES = {
    Answer.CANCELLED: "Reminder handled (cancelled): {title}",
    Answer.RENEWED: "Reminder handled (keep and renew): {title}",
    Answer.SNOOZED: "Reminder snoozed until {until}: {title}",
    Answer.DISMISSED: "Reminder dismissed: {title}",
}


@dataclass(frozen=True)
class Reminder:
    """One deadline's reminder for one admin: open, or answered for this due date."""

    entry: DeadlineEntry
    leads: tuple[timedelta, ...]  # lead times reached, longest first
    state: ReminderState
    snoozed_until: datetime | None = None

    @property
    def key(self) -> str:
        return self.entry.key

    @property
    def lead(self) -> timedelta:
        """The most urgent lead time reached."""
        return min(self.leads)

    @property
    def amount(self) -> Money | None:
        return self.entry.amount

    def time_left(self, now: datetime) -> timedelta:
        return max(self.entry.due_at - now, timedelta(0))

    @property
    def message(self) -> str:
        """English, for logs and the CLI's plain lines; the window words its own."""
        when = f"{self.entry.due_at:%Y-%m-%d %H:%M} UTC"
        if self.entry.will_charge:
            money = "will be charged" if self.amount is None else \
                f"{self.amount.currency} {self.amount.decimal_string()} will be charged"
        else:
            money = "will lapse"
        return f"{self.entry.title} on {when} ({money})."


@dataclass(frozen=True)
class ReminderList:
    """What the Reminders list shows: open ones, then answered ones (to find and reopen)."""

    open: list[Reminder]
    answered: list[Reminder]

    @property
    def totals(self) -> tuple[Money, ...]:
        return totals([r.entry for r in self.open])


@dataclass(frozen=True)
class Pending:
    """An open reminder with the lead times not yet notified on one channel."""

    reminder: Reminder
    leads: tuple[timedelta, ...]

    @property
    def sent_keys(self) -> list[stored.NoticeKey]:
        entry = self.reminder.entry
        return [(entry.key, entry.due_at, lead) for lead in self.leads]


def _given(answer: stored.Answer | None) -> GivenAnswer | None:
    if answer is None:
        return None
    return GivenAnswer(Answer(answer.answer), answer.due_at, answer.snoozed_until)


def _listing(conn: Connection, actor: str, now: datetime) -> ReminderList:
    leads = stored_settings.lead_times(conn)
    answers = stored.answers(conn, actor)
    opened: list[Reminder] = []
    answered: list[Reminder] = []
    for entry in entries_between(conn, now, now + max(leads, default=timedelta(0))):
        reached = reached_leads(entry.deadline, now, leads)
        if not reached or entry.due_at <= now:
            continue
        given = answers.get(entry.key)
        state = state_of(entry.deadline, now, _given(given))
        until = given.snoozed_until if given is not None else None
        reminder = Reminder(entry, reached, state,
                            until if state is ReminderState.SNOOZED else None)
        (opened if state is ReminderState.OPEN else answered).append(reminder)
    return ReminderList(opened, answered)


class ReminderService:
    """The reminders open for one admin (``actor``), their answers and notifications."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor

    def _now(self, now: datetime | None) -> datetime:
        return require_utc(now or self.clock(), "current time")

    # -- lead times -----------------------------------------------------------------
    def lead_times(self) -> tuple[timedelta, ...]:
        return self.store.read(stored_settings.lead_times)

    def set_lead_times(self, leads: Iterable[timedelta]) -> Changed[tuple[timedelta, ...]]:
        """Choose how long before each deadline to remind (e.g. 7 days and 1 day)."""
        chosen = tuple(sorted(set(leads), reverse=True))
        if any(lead < timedelta(0) or lead > MAX_LEAD for lead in chosen):
            raise BadInput(LEAD_TIMES_OUT_OF_RANGE(), field="lead_times")

        def work(conn: Connection) -> tuple[timedelta, ...]:
            before = stored_settings.lead_times(conn, lock=True)
            stored_settings.save_lead_times(conn, chosen)
            audit.record(conn, audit.Change(
                "reminders.lead_times_set", "settings", None,
                "Reminder lead times: " + (", ".join(map(str, chosen)) or "none"),
                before={"lead_seconds": [int(x.total_seconds()) for x in before]},
                after={"lead_seconds": [int(x.total_seconds()) for x in chosen]}),
                at=self.clock(), actor=self.actor)
            return chosen
        return Changed(self.store.write(work),
                       Changes.of(Entity.SETTINGS) | Changes.of(Entity.REMINDER))

    def digest_recipient(self) -> str | None:
        """Where the e-mail digest goes; None: the SMTP sender address."""
        return self.store.read(stored_settings.digest_recipient)

    def set_digest_recipient(self, address: str | None) -> Changed[str | None]:
        """Send the digest to ``address`` (None: back to the SMTP sender address)."""
        chosen = None if address is None or not address.strip() else check_address(address)

        def work(conn: Connection) -> str | None:
            before = stored_settings.digest_recipient(conn)
            stored_settings.save_digest_recipient(conn, chosen)
            audit.record(conn, audit.Change(
                "reminders.digest_to_set", "settings", None,
                f"Reminder digest goes to {chosen or 'the SMTP sender address'}",
                before={"digest_to": before}, after={"digest_to": chosen}),
                at=self.clock(), actor=self.actor)
            return chosen
        return Changed(self.store.write(work), Changes.of(Entity.SETTINGS))

    # -- reading --------------------------------------------------------------------
    def listing(self, now: datetime | None = None) -> ReminderList:
        """Open and answered reminders of this admin at ``now``, soonest deadline first."""
        moment = self._now(now)
        return self.store.read(lambda conn: _listing(conn, self.actor, moment))

    def open(self, now: datetime | None = None) -> list[Reminder]:
        """The reminders open for this admin: listed at every start until answered."""
        return self.listing(now).open

    # -- the admin's answers --------------------------------------------------------
    def answer(self, reminder: Reminder, answer: Answer,
               until: datetime | None = None) -> Changed[None]:
        """Handle a reminder for this admin and this due date (audited)."""
        now = self.clock()
        end = None
        if answer is Answer.SNOOZED:
            if until is None:
                raise BadInput(SNOOZE_NEEDS_DATE(), field="until")
            end = require_utc(until, "snooze end")
            if end <= now:
                raise BadInput(SNOOZE_IN_PAST(), field="until")
        entry = reminder.entry
        summary = _SUMMARIES[answer].format(
            title=entry.title, until=f"{end:%Y-%m-%d %H:%M} UTC" if end else "")

        def work(conn: Connection) -> None:
            before = stored.answers(conn, self.actor, lock=True).get(entry.key)
            stored.save_answer(conn, self.actor, stored.Answer(
                entry.key, entry.due_at, answer.value, end, now))
            audit.record(conn, audit.Change(
                f"reminders.{answer.value}", "subscription", entry.deadline.subscription_id,
                summary, before=None if before is None else {"answer": before.answer},
                after={"answer": answer.value, "deadline": entry.key,
                       "due_at": entry.due_at.isoformat(),
                       "snoozed_until": None if end is None else end.isoformat()}),
                at=now, actor=self.actor)
        self.store.write(work)
        return Changed(None, Changes.of(Entity.REMINDER))

    def snooze(self, reminder: Reminder, until: datetime) -> Changed[None]:
        return self.answer(reminder, Answer.SNOOZED, until)

    def dismiss(self, reminder: Reminder) -> Changed[None]:
        return self.answer(reminder, Answer.DISMISSED)

    def reopen(self, reminder: Reminder) -> Changed[None]:
        """Take back this admin's answer: the reminder is open again (audited)."""
        now = self.clock()
        entry = reminder.entry

        def work(conn: Connection) -> None:
            if not stored.delete_answer(conn, self.actor, entry.key):
                raise BadInput(NOT_ANSWERED(), field="reminder")
            audit.record(conn, audit.Change(
                "reminders.reopened", "subscription", entry.deadline.subscription_id,
                f"Reminder reopened: {entry.title}", after={"deadline": entry.key}),
                at=now, actor=self.actor)
        self.store.write(work)
        return Changed(None, Changes.of(Entity.REMINDER))

    # -- notifications --------------------------------------------------------------
    def pending(self, channel: str, recipient: str | None = None,
                now: datetime | None = None) -> list[Pending]:
        """Open reminders with lead times not yet notified to ``recipient`` on ``channel``.

        ``recipient`` defaults to this admin (desktop); the digest passes its address.
        """
        moment = self._now(now)
        who = recipient or self.actor

        def read(conn: Connection) -> list[Pending]:
            found = _listing(conn, self.actor, moment).open
            sent = stored.notices_sent(conn, who, channel, [r.key for r in found])
            pending = [Pending(r, pending_leads(r.entry.deadline, r.leads, sent))
                       for r in found]
            return [p for p in pending if p.leads]
        return self.store.read(read)

    def record_sent(self, channel: str, delivered: Iterable[Pending],
                    recipient: str | None = None) -> int:
        """These notifications went out: never again for the same lead time and due date."""
        keys = [key for p in delivered for key in p.sent_keys]
        now = self.clock()
        who = recipient or self.actor
        return self.store.write(lambda conn: stored.record_notices(conn, who, channel, keys,
                                                                   now))
