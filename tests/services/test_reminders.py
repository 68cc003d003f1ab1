"""ReminderService: open until each admin handles it (issue 17), with an injected clock.

Every test here runs on SQLite and on PostgreSQL (tests/services/conftest.py).
"Restart" is a new service over a freshly opened store on the same roster.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from seatkeeper.domain.changes import Entity
from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.money import Money
from seatkeeper.services.reminders import (
    DESKTOP,
    EMAIL,
    Answer,
    Reminder,
    ReminderService,
    ReminderState,
)
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.services.helpers import (
    STORE_PLAN,
    STORE_TRIAL,
    MovableClock,
    audit_actions,
    update_sub,
)

DAY = timedelta(days=1)


@pytest.fixture
def moving(now: datetime) -> MovableClock:
    return MovableClock(now)


@pytest.fixture
def service(demo_store: Store, moving: MovableClock) -> ReminderService:
    return ReminderService(demo_store, moving, "anna")


@pytest.fixture
def restart(demo_store: Store, moving: MovableClock) -> Iterator[object]:
    """Open the roster again, as a relaunch does, and return a fresh service on it."""
    opened: list[Store] = []

    def again(actor: str = "anna") -> ReminderService:
        store = open_store(demo_store.location.url)
        opened.append(store)
        return ReminderService(store, moving, actor)
    yield again
    for store in opened:
        store.dispose()


def _keys(reminders: list[Reminder]) -> list[tuple[str, DeadlineKind]]:
    return [(r.entry.subscription_name, r.entry.kind) for r in reminders]


def _cancel_by(reminders: list[Reminder]) -> Reminder:
    (found,) = [r for r in reminders
                if (r.entry.subscription_name, r.entry.kind) == (STORE_PLAN,
                                                                  DeadlineKind.CANCEL_BY)]
    return found


def _has_cancel_by(reminders: list[Reminder]) -> bool:
    return any((r.entry.subscription_name, r.entry.kind) == (STORE_PLAN, DeadlineKind.CANCEL_BY)
               for r in reminders)


def test_default_lead_times_are_seven_days_and_one_day(service: ReminderService) -> None:
    assert service.lead_times() == (timedelta(days=7), timedelta(days=1))


def test_as5_open_at_launch_lists_deadlines_within_seven_days(service: ReminderService) -> None:
    found = service.open()
    assert _keys(found) == [(STORE_PLAN, DeadlineKind.CANCEL_BY),
                            (STORE_PLAN, DeadlineKind.RENEWAL),
                            (STORE_TRIAL, DeadlineKind.CANCEL_BY),
                            (STORE_TRIAL, DeadlineKind.TRIAL_END)]
    assert all(r.state is ReminderState.OPEN and r.lead == 7 * DAY for r in found)


def test_shown_then_restarted_is_still_open(service: ReminderService, restart: object) -> None:
    # The defect: a reminder was marked done the moment it was put on screen.
    shown = service.open()
    assert _has_cancel_by(shown)
    relaunched = restart()  # type: ignore[operator]
    assert _keys(relaunched.open()) == _keys(shown)


def test_handled_stays_closed_across_a_restart(
        demo_store: Store, service: ReminderService, restart: object,
        moving: MovableClock) -> None:
    service.answer(_cancel_by(service.open()), Answer.RENEWED)
    moving.now = datetime(2026, 11, 24, 6, tzinfo=UTC)  # the 1-day lead has come
    relaunched = restart()  # type: ignore[operator]
    assert not _has_cancel_by(relaunched.open())
    (answered,) = [r for r in relaunched.listing().answered
                   if r.entry.kind is DeadlineKind.CANCEL_BY
                   and r.entry.subscription_name == STORE_PLAN]
    assert answered.state is ReminderState.RENEWED
    assert audit_actions(demo_store)[-1] == "reminders.renewed"


@pytest.mark.parametrize("answer", [Answer.CANCELLED, Answer.RENEWED, Answer.DISMISSED])
def test_each_answer_closes_it_for_this_due_date(service: ReminderService,
                                                 answer: Answer) -> None:
    service.answer(_cancel_by(service.open()), answer)
    assert not _has_cancel_by(service.open())
    assert len(service.open()) == 3  # the other deadlines stay open


def test_date_moved_reopens_it(demo_store: Store, service: ReminderService) -> None:
    service.dismiss(_cancel_by(service.open()))
    assert not _has_cancel_by(service.open())
    update_sub(demo_store, STORE_PLAN, renewal_date=date(2026, 11, 28))
    again = _cancel_by(service.open())
    assert again.state is ReminderState.OPEN
    assert again.entry.due_at == datetime(2026, 11, 27, tzinfo=UTC)


def test_two_admins_each_see_it_until_each_handles_it(
        demo_store: Store, moving: MovableClock) -> None:
    anna = ReminderService(demo_store, moving, "anna")
    bo = ReminderService(demo_store, moving, "bo")
    anna.answer(_cancel_by(anna.open()), Answer.CANCELLED)
    assert not _has_cancel_by(anna.open())
    assert _cancel_by(bo.open()).state is ReminderState.OPEN  # Bo has not answered
    bo.snooze(_cancel_by(bo.open()), moving.now + DAY)
    assert not _has_cancel_by(bo.open())
    assert not _has_cancel_by(anna.open())


def test_snoozed_to_a_date_reopens_then(demo_store: Store, service: ReminderService,
                                        moving: MovableClock) -> None:
    service.snooze(_cancel_by(service.open()), moving.now + timedelta(hours=3))
    assert not _has_cancel_by(service.open())
    snoozed = _cancel_by(service.listing().answered)
    assert snoozed.state is ReminderState.SNOOZED
    assert snoozed.snoozed_until == moving.now + timedelta(hours=3)
    moving.now += timedelta(hours=4)
    assert _cancel_by(service.open()).state is ReminderState.OPEN
    assert audit_actions(demo_store)[-1] == "reminders.snoozed"


def test_dismissed_can_be_found_and_reopened(demo_store: Store,
                                             service: ReminderService) -> None:
    service.dismiss(_cancel_by(service.open()))
    dismissed = _cancel_by(service.listing().answered)
    assert dismissed.state is ReminderState.DISMISSED
    reopened = service.reopen(dismissed)
    assert reopened.changes.touches(Entity.REMINDER, Entity.AUDIT)
    assert _cancel_by(service.open()).state is ReminderState.OPEN
    assert audit_actions(demo_store)[-2:] == ["reminders.dismissed", "reminders.reopened"]
    with pytest.raises(BadInput):
        service.reopen(dismissed)  # already open


def test_passed_is_closed(service: ReminderService, moving: MovableClock) -> None:
    moving.now = datetime(2026, 11, 25, 0, 1, tzinfo=UTC)  # a minute after the cancel-by
    assert not _has_cancel_by(service.open())


def test_snooze_must_end_in_the_future(service: ReminderService,
                                       moving: MovableClock) -> None:
    with pytest.raises(BadInput):
        service.snooze(_cancel_by(service.open()), moving.now)
    with pytest.raises(BadInput):
        service.answer(_cancel_by(service.open()), Answer.SNOOZED)  # no date


def test_lead_times_are_configurable(demo_store: Store, service: ReminderService,
                                     moving: MovableClock) -> None:
    service.set_lead_times([timedelta(days=2)])
    assert service.lead_times() == (timedelta(days=2),)
    assert service.open() == []  # the nearest deadline is 2 days 14 h away
    moving.now = datetime(2026, 11, 23, 1, tzinfo=UTC)
    assert _keys(service.open()) == [(STORE_PLAN, DeadlineKind.CANCEL_BY)]
    assert audit_actions(demo_store)[-1] == "reminders.lead_times_set"
    with pytest.raises(BadInput):
        service.set_lead_times([timedelta(days=-1)])


def test_notifications_once_per_lead_time(service: ReminderService,
                                          moving: MovableClock) -> None:
    first = service.pending(DESKTOP)
    assert [p.leads for p in first] == [(7 * DAY,)] * 4
    service.record_sent(DESKTOP, first)
    assert service.pending(DESKTOP) == []  # sent once ...
    assert len(service.open()) == 4  # ... and still open
    assert len(service.pending(EMAIL, recipient="it@example.com")) == 4  # another channel
    moving.now = datetime(2026, 11, 24, 1, tzinfo=UTC)  # the 1-day lead of the cancel-by
    (second,) = service.pending(DESKTOP)
    assert second.leads == (DAY,)


def test_machine_off_over_both_leads_catches_up_once(demo_store: Store,
                                                     moving: MovableClock) -> None:
    service = ReminderService(demo_store, moving, "anna")
    moving.now = datetime(2026, 11, 24, 6, tzinfo=UTC)  # first run after being off
    caught = [p for p in service.pending(DESKTOP) if p.reminder.entry.kind
              is DeadlineKind.CANCEL_BY and p.reminder.entry.subscription_name == STORE_PLAN]
    assert caught[0].leads == (7 * DAY, DAY)  # both lead times, in one notification
    service.record_sent(DESKTOP, caught)
    moving.now += timedelta(hours=1)
    assert not [p for p in service.pending(DESKTOP) if p.reminder.key == caught[0].reminder.key]


def test_amount_is_price_times_renewing_seats(service: ReminderService) -> None:
    # EUR 8.33 a seat a month, a 12-month plan, one seat that renews.
    assert _cancel_by(service.open()).amount == Money(9996, "EUR")
