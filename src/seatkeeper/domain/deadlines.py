"""Deadlines (cancel-by, trial end, renewal, seat lapse) and when to remind.

Pure: ``now`` is always a parameter. The reminder state the caller keeps is
a set of fired ``ReminderKey``s and a map of snoozes, so this module can say
which reminders to show without storing anything itself:

- a reminder fires once per (deadline, due date, lead time); the key holds the
  due date, so moving the date re-arms it;
- a reminder that came due while the app was closed is returned by the next
  call, and only once, because the caller adds its ``covers`` to ``fired``
  when it is shown or dismissed;
- a snoozed deadline is silent until its snooze ends (the caller does not
  mark a snoozed reminder fired).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.instants import require_utc
from seatkeeper.domain.messages import Message, message
from seatkeeper.domain.vendor_terms import cancel_by

DEFAULT_LEAD_TIMES = (timedelta(days=7), timedelta(days=1))

DAYS_NEGATIVE = message("deadlines.days_negative", "The number of days ahead cannot be negative.")
REMINDER_AFTER_DEADLINE = message("deadlines.reminder_after_deadline",
                                  "A reminder cannot come after its deadline.")

ReminderKey = tuple[str, str, timedelta]
"""(deadline key, due date as UTC ISO text, lead time)."""


class DeadlineKind(StrEnum):
    CANCEL_BY = "cancel_by"
    TRIAL_END = "trial_end"
    RENEWAL = "renewal"
    SEAT_LAPSE = "seat_lapse"


@dataclass(frozen=True)
class Deadline:
    """A moment that matters: ``will_charge`` if it is billed, else it lapses."""

    subscription_id: int
    kind: DeadlineKind
    due_at: datetime
    will_charge: bool
    # What happens, in words the window translates; not part of a deadline's identity
    # (a message's arguments are a mapping, which does not hash).
    words: Message = field(compare=False)
    seat_id: int | None = None  # only for SEAT_LAPSE: which seat lapses

    @property
    def title(self) -> str:
        """What happens, in English (the calendar file, the CLI, JSON, the audit log)."""
        return self.words.render()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", DeadlineKind(self.kind))
        object.__setattr__(self, "due_at", require_utc(self.due_at, "due date"))

    @property
    def key(self) -> str:
        """Identity that survives a change of date: subscription, kind, seat."""
        seat = "" if self.seat_id is None else f"-seat-{self.seat_id}"
        return f"sub-{self.subscription_id}{seat}-{self.kind.value}"


def uid(deadline: Deadline, domain: str = "seatkeeper") -> str:
    """ICS UID: stable when the date moves, so calendars update, not duplicate."""
    return f"{deadline.key}@{domain}"


def _sort_key(deadline: Deadline) -> tuple[datetime, int, str]:
    return (deadline.due_at, deadline.subscription_id, deadline.key)


def deadlines_within(items: Iterable[Deadline], now: datetime, days: int) -> tuple[Deadline, ...]:
    """Deadlines due from ``now`` to ``days`` days ahead (both ends included), soonest first."""
    if days < 0:
        raise BadInput(DAYS_NEGATIVE(), field="days")
    start = require_utc(now, "current time")
    end = start + timedelta(days=days)
    return tuple(sorted((d for d in items if start <= d.due_at <= end), key=_sort_key))


# Reminders ------------------------------------------------------------------

@dataclass(frozen=True)
class Reminder:
    """A reminder to show now; mark every key in ``covers`` fired once shown."""

    deadline: Deadline
    lead: timedelta
    overdue: bool
    covers: frozenset[ReminderKey]


def reminder_key(deadline: Deadline, lead: timedelta) -> ReminderKey:
    return (deadline.key, deadline.due_at.isoformat(), lead)


def _check_leads(lead_times: Iterable[timedelta]) -> tuple[timedelta, ...]:
    leads = tuple(sorted(set(lead_times)))
    if any(lead < timedelta(0) for lead in leads):
        raise BadInput(REMINDER_AFTER_DEADLINE(), field="lead_times")
    return leads


def _snoozed(deadline: Deadline, now: datetime, snoozed_until: Mapping[str, datetime]) -> bool:
    until = snoozed_until.get(deadline.key)
    return until is not None and now < require_utc(until, "snooze end")


def _reminder_for(deadline: Deadline, now: datetime, leads: tuple[timedelta, ...],
                  fired: AbstractSet[ReminderKey]) -> Reminder | None:
    # Leads already reached but not fired; if several are (the app was closed),
    # one reminder with the most urgent lead covers them all.
    pending = [lead for lead in leads
               if deadline.due_at - lead <= now and reminder_key(deadline, lead) not in fired]
    if not pending:
        return None
    covers = frozenset(reminder_key(deadline, lead) for lead in pending)
    return Reminder(deadline, min(pending), now >= deadline.due_at, covers)


def due_reminders(deadlines: Iterable[Deadline], now: datetime,
                  lead_times: Iterable[timedelta] = DEFAULT_LEAD_TIMES,
                  fired: AbstractSet[ReminderKey] = frozenset(),
                  snoozed_until: Mapping[str, datetime] | None = None) -> tuple[Reminder, ...]:
    """Reminders to show at ``now``, soonest deadline first.

    ``snoozed_until`` maps a deadline ``key`` to the end of its snooze.
    """
    moment = require_utc(now, "current time")
    leads = _check_leads(lead_times)
    snoozes = snoozed_until or {}
    found = []
    for deadline in sorted(deadlines, key=_sort_key):
        if _snoozed(deadline, moment, snoozes):
            continue
        reminder = _reminder_for(deadline, moment, leads, fired)
        if reminder is not None:
            found.append(reminder)
    return tuple(found)


def dismiss_keys(deadline: Deadline,
                 lead_times: Iterable[timedelta] = DEFAULT_LEAD_TIMES) -> frozenset[ReminderKey]:
    """Keys to add to ``fired`` so no reminder comes again for this due date."""
    return frozenset(reminder_key(deadline, lead) for lead in _check_leads(lead_times))


def prune_fired(fired: Iterable[ReminderKey],
                deadlines: Iterable[Deadline]) -> frozenset[ReminderKey]:
    """Drop keys of deadlines that are gone or have moved, so the set stays small."""
    current = {(d.key, d.due_at.isoformat()) for d in deadlines}
    return frozenset(k for k in fired if (k[0], k[1]) in current)


# Building deadlines for one subscription ------------------------------------

TRIAL_ENDS_STORE = message("deadlines.trial_ends_store",
                           "Free trial of {name} ends and the 12-month price is charged")
TRIAL_ENDS_CHARGED = message("deadlines.trial_ends_charged",
                             "Free trial of {name} ends and is charged")
TRIAL_ENDS = message("deadlines.trial_ends", "Free trial of {name} ends")
RENEWS = message("deadlines.renews", "{name} renews")
EXPIRES = message("deadlines.expires", "{name} expires")
LAST_CANCEL_STORE = message("deadlines.last_cancel_store",
                            "Last moment to cancel {name} in the App Store without being "
                            "charged")
LAST_CANCEL_NOTICE = message("deadlines.last_cancel_notice",
                             "Last moment to cancel {name} without being charged ({notice} "
                             "notice)")
SEAT_LAPSES = message("deadlines.seat_lapses", "Seat {seat} of {name} lapses")
SEAT_OF_LAPSES = message("deadlines.seat_of_lapses", "Seat {seat} ({holder}) of {name} lapses")

def subscription_deadlines(subscription_id: int, name: str, channel: BillingChannel,
                           period_ends_at: datetime, *, in_trial: bool,
                           auto_renew: bool, notice: timedelta | None = None,
                           in_store: bool | None = None) -> tuple[Deadline, ...]:
    """The deadlines of one subscription's current trial or period.

    An auto-renewing subscription with a notice period also gets its cancel-by
    deadline: the end minus the notice (AS-5's 24 h is the App Store profile's
    notice). With no notice period known there is only the end; with auto-renew
    off it simply lapses. ``in_store`` (default: the channel is the App Store)
    says the cancelling is done in the store.
    """
    store = channel is BillingChannel.APP_STORE if in_store is None else in_store
    end_kind = DeadlineKind.TRIAL_END if in_trial else DeadlineKind.RENEWAL
    if in_trial:  # AS-4: a store trial charges the 12-month price
        end_title = ((TRIAL_ENDS_STORE if store else TRIAL_ENDS_CHARGED) if auto_renew
                     else TRIAL_ENDS)(name=name)
    else:
        end_title = (RENEWS if auto_renew else EXPIRES)(name=name)
    end = Deadline(subscription_id, end_kind, period_ends_at, auto_renew, end_title)
    if notice is None or not auto_renew:
        return (end,)
    title = LAST_CANCEL_STORE(name=name) if store \
        else LAST_CANCEL_NOTICE(name=name, notice=notice_words(notice))
    last_cancel = Deadline(subscription_id, DeadlineKind.CANCEL_BY,
                           cancel_by(period_ends_at, notice), True, title)
    return (last_cancel, end)


NOTICE_HOURS = message("deadlines.notice_hours", "{n} h", "{n} h")
NOTICE_DAYS = message("deadlines.notice_days", "{n} day", "{n} days")


def notice_words(notice: timedelta) -> Message:
    """A notice period as a message the window translates: hours up to two days (AS-5's
    '24 h'), then days ('7 days', '30 days')."""
    if notice % timedelta(days=1) or notice < timedelta(days=2):
        return NOTICE_HOURS(n=int(notice / timedelta(hours=1)))
    return NOTICE_DAYS(n=notice.days)
