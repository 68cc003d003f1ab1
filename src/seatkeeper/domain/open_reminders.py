"""Open until handled: when a deadline's reminder is open, and for whom (issue 17).

Pure: ``now`` and the admin's answer are parameters. A deadline's reminder is
open from its longest lead time until the deadline passes, unless the admin
answered it for this due date: cancelled, keep and renew, dismissed (closed
until the date moves) or snoozed (closed until the snooze ends). Showing a
reminder is not an answer, so a relaunch shows it again.

Notifications go once per lead time: ``pending_leads`` says which reached
lead times of a due date have not been notified yet; if the machine was off
over several, they are delivered together, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from seatkeeper.domain.deadlines import Deadline
from seatkeeper.domain.instants import require_utc


class Answer(StrEnum):
    CANCELLED = "cancelled"  # the admin cancelled it (in the store, AS-11, or at the vendor)
    RENEWED = "renewed"  # keep it and let it renew
    SNOOZED = "snoozed"  # ask again at a chosen date
    DISMISSED = "dismissed"  # no more reminders for this due date


class ReminderState(StrEnum):
    OPEN = "open"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    CANCELLED = "cancelled"
    RENEWED = "renewed"


@dataclass(frozen=True)
class GivenAnswer:
    """What one admin answered, for which due date."""

    answer: Answer
    due_at: datetime
    snoozed_until: datetime | None = None


def reached_leads(deadline: Deadline, now: datetime,
                  leads: Iterable[timedelta]) -> tuple[timedelta, ...]:
    """Lead times already reached at ``now``, longest first (empty: not yet remindable)."""
    moment = require_utc(now, "current time")
    return tuple(sorted((lead for lead in set(leads) if deadline.due_at - lead <= moment),
                        reverse=True))


def state_of(deadline: Deadline, now: datetime, given: GivenAnswer | None) -> ReminderState:
    """The reminder's state for one admin; an answer for another due date does not count."""
    if given is None or given.due_at != deadline.due_at:
        return ReminderState.OPEN
    if given.answer is Answer.SNOOZED:
        until = given.snoozed_until
        return ReminderState.SNOOZED if until is not None and now < until \
            else ReminderState.OPEN
    return ReminderState(given.answer.value)


def pending_leads(deadline: Deadline, reached: Iterable[timedelta],
                  sent: AbstractSet[tuple[str, datetime, timedelta]]) -> tuple[timedelta, ...]:
    """Reached lead times not notified yet for this due date."""
    return tuple(lead for lead in reached if (deadline.key, deadline.due_at, lead) not in sent)
