"""Deadlines, the "due soon" list and reminder arming (AS-5 warns before it passes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seatkeeper.domain.deadlines import (
    RENEWS,
    Deadline,
    DeadlineKind,
    ReminderKey,
    deadlines_within,
    dismiss_keys,
    due_reminders,
    prune_fired,
    reminder_key,
    subscription_deadlines,
    uid,
)
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.vendor_terms import EXPRESSVPN_APP_STORE

T0 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def renewal(sub: int = 1, due: datetime = T0 + 10 * DAY) -> Deadline:
    return Deadline(sub, DeadlineKind.RENEWAL, due, True, RENEWS(name=f"Plan {sub}"))


def test_deadline_refuses_naive_due_date() -> None:
    with pytest.raises(BadInput):
        Deadline(1, DeadlineKind.RENEWAL, datetime(2024, 6, 1), True, RENEWS(name="x"))


def test_deadlines_within_filters_window_and_sorts_by_due_date() -> None:
    late, soon, past, far = (renewal(1, T0 + 5 * DAY), renewal(2, T0 + DAY),
                             renewal(3, T0 - DAY), renewal(4, T0 + 31 * DAY))
    edge = renewal(5, T0 + 30 * DAY)
    assert deadlines_within([late, soon, past, far, edge], T0, 30) == (soon, late, edge)


def test_deadlines_within_refuses_negative_days() -> None:
    with pytest.raises(BadInput):
        deadlines_within([], T0, -1)


@given(st.lists(st.integers(-100_000, 100_000), max_size=30), st.integers(0, 60))
def test_deadlines_within_is_sorted_and_inside_window(offsets: list[int], days: int) -> None:
    items = [renewal(i + 1, T0 + timedelta(hours=h)) for i, h in enumerate(offsets)]
    got = deadlines_within(items, T0, days)
    dues = [d.due_at for d in got]
    assert dues == sorted(dues)
    assert all(T0 <= due <= T0 + days * DAY for due in dues)
    assert len(got) == sum(0 <= h <= days * 24 for h in offsets)


def test_uid_does_not_change_when_the_date_moves() -> None:
    first = renewal(7, T0)
    moved = replace(first, due_at=T0 + 365 * DAY)
    assert uid(first) == uid(moved) == "sub-7-renewal@seatkeeper"
    assert uid(first) != uid(renewal(8, T0))
    cancel = Deadline(7, DeadlineKind.CANCEL_BY, T0, True, RENEWS(name="x"))
    assert uid(cancel) != uid(first)
    seat = Deadline(7, DeadlineKind.SEAT_LAPSE, T0, False, RENEWS(name="x"), seat_id=3)
    assert uid(seat) == "sub-7-seat-3-seat_lapse@seatkeeper"


# Reminders ------------------------------------------------------------------

def test_nothing_fires_before_the_first_lead_time() -> None:
    assert due_reminders([renewal()], T0) == ()


def test_reminder_fires_seven_days_before_then_one_day_before() -> None:
    deadline = renewal()
    week = due_reminders([deadline], deadline.due_at - 7 * DAY)
    assert [r.lead for r in week] == [7 * DAY]
    fired: set[ReminderKey] = set(week[0].covers)
    assert due_reminders([deadline], deadline.due_at - 2 * DAY, fired=fired) == ()
    day = due_reminders([deadline], deadline.due_at - DAY, fired=fired)
    assert [r.lead for r in day] == [DAY]
    assert not day[0].overdue


def test_each_reminder_fires_once_per_due_date() -> None:
    deadline = renewal()
    now = deadline.due_at - 3 * DAY
    first = due_reminders([deadline], now)
    fired = set().union(*(r.covers for r in first))
    assert due_reminders([deadline], now + timedelta(hours=1), fired=fired) == ()


def test_moving_the_due_date_rearms_the_reminder() -> None:
    deadline = renewal()
    now = deadline.due_at - 3 * DAY
    fired = set(due_reminders([deadline], now)[0].covers)
    moved = replace(deadline, due_at=deadline.due_at + 2 * DAY)
    again = due_reminders([moved], now, fired=fired)
    assert [r.deadline for r in again] == [moved]


def test_reminders_missed_while_closed_show_once_at_next_launch() -> None:
    deadline = renewal()
    launch = deadline.due_at + 2 * DAY  # app closed past both leads and the date itself
    shown = due_reminders([deadline], launch)
    assert len(shown) == 1
    assert shown[0].overdue
    assert shown[0].lead == DAY  # the most urgent lead speaks for both
    assert shown[0].covers == dismiss_keys(deadline)
    assert due_reminders([deadline], launch + DAY, fired=set(shown[0].covers)) == ()


def test_snoozed_deadline_is_silent_until_snooze_ends() -> None:
    deadline = renewal()
    now = deadline.due_at - 2 * DAY
    snooze = {deadline.key: now + timedelta(hours=4)}
    assert due_reminders([deadline], now, snoozed_until=snooze) == ()
    later = due_reminders([deadline], now + timedelta(hours=4), snoozed_until=snooze)
    assert [r.deadline for r in later] == [deadline]


def test_snooze_of_one_deadline_leaves_others_alone() -> None:
    a, b = renewal(1), renewal(2)
    now = a.due_at - 2 * DAY
    got = due_reminders([a, b], now, snoozed_until={a.key: now + DAY})
    assert [r.deadline for r in got] == [b]


def test_dismissing_silences_every_lead_for_that_due_date() -> None:
    deadline = renewal()
    fired = set(dismiss_keys(deadline))
    assert due_reminders([deadline], deadline.due_at - DAY, fired=fired) == ()
    assert due_reminders([deadline], deadline.due_at + DAY, fired=fired) == ()


def test_custom_lead_times_and_refusal_of_negative_ones() -> None:
    deadline = renewal()
    got = due_reminders([deadline], deadline.due_at - timedelta(hours=2),
                        lead_times=(timedelta(hours=3),))
    assert [r.lead for r in got] == [timedelta(hours=3)]
    with pytest.raises(BadInput):
        due_reminders([deadline], T0, lead_times=(-DAY,))


def test_reminders_come_soonest_deadline_first() -> None:
    later, sooner = renewal(1, T0 + 3 * DAY), renewal(2, T0 + DAY)
    got = due_reminders([later, sooner], T0)
    assert [r.deadline for r in got] == [sooner, later]


def test_prune_fired_drops_moved_and_removed_deadlines() -> None:
    kept, moved, gone = renewal(1), renewal(2), renewal(3)
    fired = {reminder_key(d, DAY) for d in (kept, moved, gone)}
    now_moved = replace(moved, due_at=moved.due_at + DAY)
    assert prune_fired(fired, [kept, now_moved]) == {reminder_key(kept, DAY)}


@given(st.lists(st.integers(0, 24 * 40), min_size=1, max_size=20))
def test_replaying_fired_keys_never_repeats_a_reminder(hours: list[int]) -> None:
    deadline = renewal()
    fired: set[ReminderKey] = set()
    seen: list[ReminderKey] = []
    for h in sorted(hours):
        for r in due_reminders([deadline], T0 + timedelta(hours=h), fired=fired):
            seen.extend(r.covers)
            fired |= r.covers
    assert len(seen) == len(set(seen))


# Building deadlines ---------------------------------------------------------

def test_as5_auto_renewing_store_subscription_gets_cancel_by_deadline() -> None:
    ends = T0 + 7 * DAY
    # AS-5 through the App Store profile: its notice period is the 24 h.
    cancel, end = subscription_deadlines(4, "Office", BillingChannel.APP_STORE, ends,
                                         in_trial=True, auto_renew=True,
                                         notice=EXPRESSVPN_APP_STORE.notice)
    assert (cancel.kind, cancel.due_at, cancel.will_charge) == (
        DeadlineKind.CANCEL_BY, ends - timedelta(hours=24), True)
    assert (end.kind, end.due_at, end.will_charge) == (DeadlineKind.TRIAL_END, ends, True)
    assert "App Store" in cancel.title


def test_cancelled_subscription_only_lapses() -> None:
    (end,) = subscription_deadlines(4, "Office", BillingChannel.APP_STORE, T0,
                                    in_trial=False, auto_renew=False)
    assert (end.kind, end.will_charge, end.title) == (DeadlineKind.RENEWAL, False,
                                                      "Office expires")


def test_no_notice_period_means_no_cancel_by_even_in_the_store() -> None:
    kinds = [d.kind for d in subscription_deadlines(4, "Office", BillingChannel.APP_STORE, T0,
                                                    in_trial=False, auto_renew=True)]
    assert kinds == [DeadlineKind.RENEWAL]


@pytest.mark.parametrize("days", [1, 7, 30, 90])
def test_notice_period_gives_cancel_by_for_any_vendor(days: int) -> None:
    cancel, _ = subscription_deadlines(4, "Adobe CC", BillingChannel.WEBSITE, T0,
                                       in_trial=False, auto_renew=True,
                                       notice=timedelta(days=days))
    assert (cancel.kind, cancel.due_at) == (DeadlineKind.CANCEL_BY, T0 - timedelta(days=days))
    assert "App Store" not in cancel.title


def test_website_subscription_has_no_store_cancel_by() -> None:
    kinds = [d.kind for d in subscription_deadlines(4, "Office", BillingChannel.WEBSITE, T0,
                                                    in_trial=False, auto_renew=True)]
    assert kinds == [DeadlineKind.RENEWAL]


def test_deadline_titles_are_messages_the_window_translates() -> None:
    """Issue 14: the strip, the Deadlines screen and the Reminders list showed English
    titles built as f-strings; each is a message now, and its English is the file's."""
    cancel, end = subscription_deadlines(3, "Office", BillingChannel.APP_STORE, T0 + 10 * DAY,
                                         in_trial=False, auto_renew=True,
                                         notice=timedelta(hours=24))
    assert (cancel.words.id, end.words.id) == ("deadlines.last_cancel_store", "deadlines.renews")
    assert end.title == "Office renews"
    (web_cancel, _end) = subscription_deadlines(
        4, "Adobe", BillingChannel.WEBSITE, T0 + 40 * DAY, in_trial=False, auto_renew=True,
        notice=timedelta(days=30))
    assert web_cancel.title == "Last moment to cancel Adobe without being charged (30 days notice)"
    assert web_cancel.words.args["notice"].id == "deadlines.notice_days"
