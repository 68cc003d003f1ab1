"""ReminderService: once per due date, re-armed on a move, missed ones caught up."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from seatkeeper.domain.changes import Entity
from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.reminders import FIRED_KEY, DueReminder, ReminderService
from seatkeeper.store import tables as t
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
    return ReminderService(demo_store, moving, "tester")


def _keys(reminders: list[DueReminder]) -> list[tuple[str, DeadlineKind]]:
    return [(r.entry.subscription_name, r.entry.kind) for r in reminders]


def _store_cancel_by(reminders: list[DueReminder]) -> list[DueReminder]:
    return [r for r in reminders
            if (r.entry.subscription_name, r.entry.kind) == (STORE_PLAN, DeadlineKind.CANCEL_BY)]


def test_default_lead_times_are_seven_days_and_one_day(service: ReminderService) -> None:
    assert service.lead_times() == (timedelta(days=7), timedelta(days=1))


def test_as5_due_at_launch_lists_deadlines_within_seven_days(service: ReminderService) -> None:
    due = service.due()
    assert _keys(due) == [(STORE_PLAN, DeadlineKind.CANCEL_BY), (STORE_PLAN, DeadlineKind.RENEWAL),
                          (STORE_TRIAL, DeadlineKind.CANCEL_BY),
                          (STORE_TRIAL, DeadlineKind.TRIAL_END)]
    assert all(r.lead == 7 * DAY and not r.overdue for r in due)
    assert "will be charged" in due[0].message


def test_each_reminder_fires_once_per_due_date(service: ReminderService) -> None:
    service.mark_shown(service.due())
    assert service.due() == []


def test_missed_while_closed_appears_exactly_once_then_again_after_date_moves(
        demo_store: Store, service: ReminderService, moving: MovableClock) -> None:
    service.mark_shown(service.due())  # launch on 2026-11-22
    # The app stays closed past the store plan's 1-day lead and its cancel-by itself.
    moving.now = datetime(2026, 11, 26, 6, tzinfo=UTC)
    relaunch = service.due()
    (missed,) = _store_cancel_by(relaunch)
    assert missed.overdue
    assert missed.lead == DAY
    service.mark_shown(relaunch)
    assert _store_cancel_by(service.due()) == []
    # The admin corrects the renewal date: the reminder is re-armed, once.
    update_sub(demo_store, STORE_PLAN, renewal_date=date(2026, 11, 28))
    (again,) = _store_cancel_by(service.due())
    assert again.entry.due_at == datetime(2026, 11, 27, tzinfo=UTC)
    assert not again.overdue
    service.mark_shown([again])
    assert _store_cancel_by(service.due()) == []


def test_take_returns_a_reminder_only_once(service: ReminderService) -> None:
    first = service.take().value
    assert len(first) == 4
    assert service.take().value == []


def test_reminder_state_survives_closing_the_roster(
        demo_store: Store, service: ReminderService, moving: MovableClock) -> None:
    service.mark_shown(service.due())
    demo_store.dispose()
    reopened = open_store(demo_store.location.url)
    try:
        assert ReminderService(reopened, moving, "tester").due() == []
    finally:
        reopened.dispose()


def test_snoozed_reminder_returns_when_the_snooze_ends(
        demo_store: Store, service: ReminderService, moving: MovableClock) -> None:
    (reminder,) = _store_cancel_by(service.due())
    service.snooze(reminder, moving.now + timedelta(hours=3))
    assert _store_cancel_by(service.due()) == []
    assert len(service.due()) == 3  # the others are not snoozed
    moving.now += timedelta(hours=4)
    assert len(_store_cancel_by(service.due())) == 1
    assert audit_actions(demo_store)[-1] == "reminders.snoozed"


def test_snooze_must_end_in_the_future(service: ReminderService,
                                       moving: MovableClock) -> None:
    (reminder,) = _store_cancel_by(service.due())
    with pytest.raises(BadInput):
        service.snooze(reminder, moving.now)


def test_dismiss_silences_every_lead_for_that_due_date(
        demo_store: Store, service: ReminderService, moving: MovableClock) -> None:
    (reminder,) = _store_cancel_by(service.due())
    service.dismiss(reminder)
    moving.now = datetime(2026, 11, 24, 12, tzinfo=UTC)  # the 1-day lead has come
    assert _store_cancel_by(service.due()) == []
    assert audit_actions(demo_store)[-1] == "reminders.dismissed"


def test_lead_times_are_configurable(demo_store: Store, service: ReminderService,
                                     moving: MovableClock) -> None:
    service.set_lead_times([timedelta(days=2)])
    assert service.lead_times() == (timedelta(days=2),)
    assert service.due() == []  # the nearest deadline is 2 days 14 h away
    moving.now = datetime(2026, 11, 23, 1, tzinfo=UTC)
    assert _keys(service.due()) == [(STORE_PLAN, DeadlineKind.CANCEL_BY)]
    assert audit_actions(demo_store)[-1] == "reminders.lead_times_set"
    with pytest.raises(BadInput):
        service.set_lead_times([timedelta(days=-1)])


def test_fired_state_forgets_moved_deadlines(demo_store: Store,
                                             service: ReminderService) -> None:
    service.mark_shown(service.due())
    update_sub(demo_store, STORE_PLAN, renewal_date=date(2027, 11, 26))
    service.mark_shown([])  # any write prunes

    def fired(conn: sa.Connection) -> list[list[object]]:
        text = conn.execute(sa.select(t.settings.c.value)
                            .where(t.settings.c.key == FIRED_KEY)).scalar_one()
        return list(json.loads(text))
    keys = {entry[0] for entry in demo_store.read(fired)}
    assert all("sub-" in k for k in keys)
    assert len(keys) == 2  # only the trial's two deadlines are left


def test_snooze_after_take_returns_when_the_snooze_ends(
        service: ReminderService, moving: MovableClock) -> None:
    (taken,) = _store_cancel_by(service.take().value)  # shown on screen, then snoozed a day
    service.snooze(taken, moving.now + DAY)
    assert _store_cancel_by(service.due()) == []
    moving.now += DAY + timedelta(minutes=1)
    (again,) = _store_cancel_by(service.take().value)
    assert again.entry.deadline == taken.entry.deadline
    assert _store_cancel_by(service.take().value) == []


def test_reminder_writes_say_what_they_changed(service: ReminderService,
                                               moving: MovableClock) -> None:
    taken = service.take()
    assert taken.changes.touches(Entity.REMINDER)
    assert not taken.changes.touches(Entity.AUDIT)  # showing one is not audited
    (reminder,) = _store_cancel_by(taken.value)
    snoozed = service.snooze(reminder, moving.now + DAY)
    assert snoozed.changes.touches(Entity.REMINDER, Entity.AUDIT)
    assert not snoozed.changes.touches(Entity.SUBSCRIPTION)
    leads = service.set_lead_times([timedelta(days=3)])
    assert leads.value == (timedelta(days=3),)
    assert leads.changes.touches(Entity.SETTINGS)
    assert leads.changes.touches(Entity.REMINDER)
