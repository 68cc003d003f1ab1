"""Reminders of coming deadlines: which to show now, and what was shown.

The domain (``domain.deadlines.due_reminders``) decides; this service keeps
its state in the roster's ``settings`` table (``store.settings``): the lead
times, the reminders already shown or dismissed (each with its due date, so
a moved date re-arms it) and the snoozes.

The state lives with the roster, not the machine: on a shared roster a
reminder one admin has seen is not repeated to the next. ``due`` only reads,
so the GUI may call it at launch and hourly; ``mark_shown`` records what was
put on screen. A reminder whose lead time passed while the app was closed is
returned by the next ``due`` (deadlines up to ``MISSED_LOOKBACK`` old count),
once, because marking it shown fires every lead it covers.

Dismissals, snoozes and lead-time changes are the admin's decisions and are
audited; ``mark_shown`` is automatic and hourly, so it is not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType

from seatkeeper.domain.changes import ALL_IDS, Changed, Changes, Entity
from seatkeeper.domain.deadlines import (
    ReminderKey,
    dismiss_keys,
    due_reminders,
    prune_fired,
)
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.instants import require_utc
from seatkeeper.domain.messages import message
from seatkeeper.services.clock import Clock
from seatkeeper.services.deadlines import DeadlineEntry, entries_between
from seatkeeper.store import audit
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.settings import (
    FIRED_KEY,
    LEADS_KEY,
    SNOOZED_KEY,
    ReminderState,
    reminder_state,
    save_lead_times,
    save_reminder_progress,
)

__all__ = ["FIRED_KEY", "LEADS_KEY", "MAX_LEAD", "MISSED_LOOKBACK", "SNOOZED_KEY",
           "DueReminder", "ReminderService"]

MISSED_LOOKBACK = timedelta(days=30)
MAX_LEAD = timedelta(days=366)


@dataclass(frozen=True)
class DueReminder:
    """A reminder to show now; hand it back to ``mark_shown`` once shown."""

    entry: DeadlineEntry
    lead: timedelta
    overdue: bool  # the deadline itself passed (e.g. while the app was closed)
    covers: frozenset[ReminderKey]

    @property
    def message(self) -> str:
        when = f"{self.entry.due_at:%Y-%m-%d %H:%M} UTC"
        if self.overdue:
            return f"Passed on {when}: {self.entry.title}."
        money = "will be charged" if self.entry.will_charge else "will lapse"
        return f"{self.entry.title} on {when} ({money})."


_Change = Callable[[ReminderState], tuple[frozenset[ReminderKey], dict[str, datetime]]]
# Showing a reminder is automatic and hourly: it changes the reminder state, not the audit.
_SHOWN = Changes(MappingProxyType({Entity.REMINDER: ALL_IDS}))
_ANSWERED = Changes.of(Entity.REMINDER)
LEAD_TIMES_OUT_OF_RANGE = message(
    "reminders.lead_out_of_range",
    "Each reminder comes between 0 and 366 days before its deadline.")
SNOOZE_IN_PAST = message("reminders.snooze_in_past", "A snooze must end in the future.")


def _window(conn: Connection, now: datetime, leads: tuple[timedelta, ...]) -> list[DeadlineEntry]:
    return entries_between(conn, now - MISSED_LOOKBACK, now + max(leads, default=timedelta(0)))


def _due(conn: Connection, now: datetime, state: ReminderState) -> list[DueReminder]:
    entries = {e.deadline: e for e in _window(conn, now, state.leads)}
    found = due_reminders(entries, now, state.leads, state.fired, state.snoozed)
    return [DueReminder(entries[r.deadline], r.lead, r.overdue, r.covers) for r in found]


def _pruned(conn: Connection, now: datetime, leads: tuple[timedelta, ...],
            fired: frozenset[ReminderKey]) -> frozenset[ReminderKey]:
    """Forget keys of deadlines that moved or left the window, so the state stays small.

    Safe for any later ``now``: a key is only consulted while its deadline is in
    the window, and the window only moves forward.
    """
    return prune_fired(fired, [e.deadline for e in _window(conn, now, leads)])


class ReminderService:
    """Which deadline reminders to show, and the admin's answers to them."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor

    def lead_times(self) -> tuple[timedelta, ...]:
        return self.store.read(lambda conn: reminder_state(conn).leads)

    def set_lead_times(self, leads: Iterable[timedelta]) -> Changed[tuple[timedelta, ...]]:
        """Choose how long before each deadline to remind (e.g. 7 days and 1 day)."""
        chosen = tuple(sorted(set(leads), reverse=True))
        if any(lead < timedelta(0) or lead > MAX_LEAD for lead in chosen):
            raise BadInput(LEAD_TIMES_OUT_OF_RANGE(), field="lead_times")

        def work(conn: Connection) -> tuple[timedelta, ...]:
            before = reminder_state(conn, lock=True).leads
            save_lead_times(conn, chosen)
            audit.record(conn, audit.Change(
                "reminders.lead_times_set", "settings", None,
                "Reminder lead times: " + (", ".join(map(str, chosen)) or "none"),
                before={"lead_seconds": [int(x.total_seconds()) for x in before]},
                after={"lead_seconds": [int(x.total_seconds()) for x in chosen]}),
                at=self.clock(), actor=self.actor)
            return chosen
        return Changed(self.store.write(work),
                       Changes.of(Entity.SETTINGS) | Changes.of(Entity.REMINDER))

    def due(self, now: datetime | None = None) -> list[DueReminder]:
        """Reminders to show at ``now`` (default: the clock), soonest deadline first.

        Only reads: call ``mark_shown`` with what was put on screen.
        """
        moment = require_utc(now or self.clock(), "current time")
        return self.store.read(lambda conn: _due(conn, moment, reminder_state(conn)))

    def take(self, now: datetime | None = None) -> Changed[list[DueReminder]]:
        """``due`` and ``mark_shown`` in one transaction: two launches never both get one."""
        moment = require_utc(now or self.clock(), "current time")

        def work(conn: Connection) -> list[DueReminder]:
            state = reminder_state(conn, lock=True)
            found = _due(conn, moment, state)
            fired = state.fired.union(*(r.covers for r in found))
            save_reminder_progress(conn, _pruned(conn, moment, state.leads, fired),
                                   state.snoozed)
            return found
        return Changed(self.store.write(work), _SHOWN)

    def mark_shown(self, reminders: Iterable[DueReminder]) -> Changed[None]:
        """These were put on screen: never show them again for the same due date."""
        covers = frozenset().union(*(r.covers for r in reminders))
        return self._progress(lambda state: (state.fired | covers, state.snoozed))

    def dismiss(self, reminder: DueReminder) -> Changed[None]:
        """No more reminders of this deadline until its date moves."""
        deadline = reminder.entry.deadline
        return self._progress(
            lambda state: (state.fired | dismiss_keys(deadline, state.leads), state.snoozed),
            audit.Change("reminders.dismissed", "subscription",
                         reminder.entry.deadline.subscription_id,
                         f"Dismissed reminder: {reminder.entry.title}"))

    def snooze(self, reminder: DueReminder, until: datetime) -> Changed[None]:
        """Silence this deadline until ``until``; then it is reminded again."""
        end = require_utc(until, "snooze end")
        if end <= self.clock():
            raise BadInput(SNOOZE_IN_PAST(), field="until")
        key = reminder.entry.key
        # Un-fire what this reminder covered, so it comes back when the snooze
        # ends even if it was already taken (shown) -- the GUI's usual case.
        return self._progress(
            lambda state: (state.fired - reminder.covers, {**state.snoozed, key: end}),
            audit.Change("reminders.snoozed", "subscription",
                         reminder.entry.deadline.subscription_id,
                         f"Snoozed until {end:%Y-%m-%d %H:%M} UTC: {reminder.entry.title}"))

    def _progress(self, change: _Change, event: audit.Change | None = None) -> Changed[None]:
        now = self.clock()

        def work(conn: Connection) -> None:
            state = reminder_state(conn, lock=True)
            fired, snoozed = change(state)
            fired = _pruned(conn, now, state.leads, fired)
            snoozed = {k: v for k, v in snoozed.items() if v > now}
            save_reminder_progress(conn, fired, snoozed)
            if event is not None:
                audit.record(conn, event, at=now, actor=self.actor)
        self.store.write(work)
        return Changed(None, _SHOWN if event is None else _ANSWERED)
