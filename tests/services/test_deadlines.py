"""DeadlineService over the demo roster: kinds, window, order, filter."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from seatkeeper.domain.deadlines import DeadlineKind, subscription_deadlines
from seatkeeper.domain.enums import SubscriptionStatus
from seatkeeper.domain.errors import BadInput
from seatkeeper.services import deadlines as deadlines_module
from seatkeeper.services.deadlines import DeadlineService, period_end_at
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests.services.helpers import STORE_PLAN, STORE_TRIAL, VOLUME, sub_id, update_sub


def _of(store: Store, name: str, days: int, now: datetime) -> dict[DeadlineKind, datetime]:
    sub = sub_id(store, name)
    return {e.kind: e.due_at for e in DeadlineService(store).within(days, now)
            if e.deadline.subscription_id == sub}


def test_as5_store_plan_cancel_by_is_24_hours_before_the_period_end(
        demo_store: Store, now: datetime) -> None:
    due = _of(demo_store, STORE_PLAN, 30, now)
    assert due[DeadlineKind.RENEWAL] == datetime(2026, 11, 26, tzinfo=UTC)
    assert due[DeadlineKind.CANCEL_BY] == datetime(2026, 11, 25, tzinfo=UTC)


def test_as5_trial_cancel_by_uses_the_exact_trial_end(demo_store: Store,
                                                      now: datetime) -> None:
    due = _of(demo_store, STORE_TRIAL, 30, now)
    assert due[DeadlineKind.CANCEL_BY] == now + timedelta(days=4)


def test_as4_trial_end_charges_the_12_month_price(demo_store: Store, now: datetime) -> None:
    (trial_end,) = [e for e in DeadlineService(demo_store).within(30, now)
                    if e.kind is DeadlineKind.TRIAL_END and e.subscription_name == STORE_TRIAL]
    assert trial_end.due_at == now + timedelta(days=5)
    assert trial_end.will_charge
    assert "12-month price" in trial_end.title


def test_within_keeps_the_window_and_sorts_by_date(demo_store: Store, now: datetime) -> None:
    service = DeadlineService(demo_store)
    soon = service.within(3, now)
    assert [(e.kind, e.subscription_name) for e in soon] == [
        (DeadlineKind.CANCEL_BY, STORE_PLAN)]
    month = service.within(30, now)
    assert [e.due_at for e in month] == sorted(e.due_at for e in month)
    assert len(month) == 5  # store plan x2, store trial x2, website trial end
    assert all(now <= e.due_at <= now + timedelta(days=30) for e in month)


def test_past_deadlines_are_not_within(demo_store: Store) -> None:
    later = datetime(2026, 11, 26, 12, tzinfo=UTC)
    kinds = {(e.subscription_name, e.kind) for e in DeadlineService(demo_store).within(2, later)}
    assert (STORE_PLAN, DeadlineKind.CANCEL_BY) not in kinds
    assert (STORE_TRIAL, DeadlineKind.TRIAL_END) in kinds


def test_as5_renew_off_store_plan_will_lapse_without_cancel_by(demo_store: Store,
                                                               now: datetime) -> None:
    update_sub(demo_store, STORE_PLAN, auto_renew=False)
    entries = [e for e in DeadlineService(demo_store).within(30, now)
               if e.subscription_name == STORE_PLAN]
    assert [(e.kind, e.will_charge) for e in entries] == [(DeadlineKind.RENEWAL, False)]
    assert entries[0].title.endswith("expires")


def test_vl14_seat_switched_off_lapses_at_the_renewal_date(demo_store: Store,
                                                           now: datetime) -> None:
    renewal = demo_store.read(lambda c: c.execute(
        sa.select(t.subscriptions.c.renewal_date)
        .where(t.subscriptions.c.name == VOLUME)).scalar_one())
    days = (renewal - now.date()).days
    lapses = [e for e in DeadlineService(demo_store).within(days, now)
              if e.kind is DeadlineKind.SEAT_LAPSE]
    assert [(e.seat_licence, e.holder, e.will_charge) for e in lapses] == [
        ("L-0005", "Sofie Nielsen", False)]
    assert lapses[0].due_at == period_end_at(renewal)
    assert lapses[0].uid != DeadlineService(demo_store).within(days, now)[0].uid


def test_vl14_no_seat_lapse_when_the_whole_subscription_is_cancelled(
        demo_store: Store, now: datetime) -> None:
    update_sub(demo_store, VOLUME, status=SubscriptionStatus.CANCELLED)
    entries = [e for e in DeadlineService(demo_store).within(400, now)
               if e.subscription_name == VOLUME]
    assert [(e.kind, e.will_charge) for e in entries] == [(DeadlineKind.RENEWAL, False)]


def test_expired_subscription_has_no_deadlines(demo_store: Store, now: datetime) -> None:
    update_sub(demo_store, STORE_PLAN, status=SubscriptionStatus.EXPIRED)
    assert _of(demo_store, STORE_PLAN, 30, now) == {}


def test_text_filter_is_applied_in_sql(demo_store: Store, now: datetime) -> None:
    service = DeadlineService(demo_store)
    assert {e.subscription_name for e in service.within(30, now, "sales IPAD")} == {STORE_PLAN}
    assert service.within(30, now, "no such thing") == []
    assert service.within(30, now, "100%") == []  # LIKE wildcards are literal
    seats = service.within(400, now, "sofie")
    assert [e.kind for e in seats] == [DeadlineKind.SEAT_LAPSE]


def test_kinds_filter(demo_store: Store, now: datetime) -> None:
    only = DeadlineService(demo_store).within(30, now, kinds=frozenset({DeadlineKind.CANCEL_BY}))
    assert {e.kind for e in only} == {DeadlineKind.CANCEL_BY}
    assert len(only) == 2


def test_only_candidate_rows_reach_python(demo_store: Store, now: datetime,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # Push every other subscription far out: SQL, not Python, must leave them behind.
    demo_store.write(lambda c: c.execute(
        t.subscriptions.update().where(t.subscriptions.c.name != STORE_PLAN)
        .values(renewal_date=date(2030, 1, 1), trial_ends_at=None)))
    seen: list[int] = []

    def counting(subscription_id: int, *args: Any, **kwargs: Any) -> Any:
        seen.append(subscription_id)
        return subscription_deadlines(subscription_id, *args, **kwargs)

    monkeypatch.setattr(deadlines_module, "subscription_deadlines", counting)
    entries = DeadlineService(demo_store).within(30, now)
    assert {e.subscription_name for e in entries} == {STORE_PLAN}
    assert seen == [sub_id(demo_store, STORE_PLAN)]


@pytest.mark.parametrize("days", [-1, 100_000])
def test_days_out_of_range_is_bad_input(demo_store: Store, now: datetime, days: int) -> None:
    with pytest.raises(BadInput):
        DeadlineService(demo_store).within(days, now)


def test_naive_now_is_refused(demo_store: Store) -> None:
    with pytest.raises(BadInput):
        DeadlineService(demo_store).within(30, datetime(2026, 11, 22))


def test_json_record_is_flat_and_utc(demo_store: Store, now: datetime) -> None:
    record = DeadlineService(demo_store).within(3, now)[0].as_json()
    assert record["due_at"] == "2026-11-25T00:00:00Z"
    assert record["kind"] == "cancel_by"
    assert record["will_charge"] is True
    assert record["subscription_name"] == STORE_PLAN
    assert record["uid"].endswith("@seatkeeper")
