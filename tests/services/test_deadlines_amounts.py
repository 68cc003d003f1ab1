"""Issue 17, amounts: what a deadline charges if nothing is done, and totals per currency."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.domain.money import Money
from seatkeeper.services.deadlines import DeadlineService, totals
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests.services.helpers import STORE_PLAN, STORE_TRIAL, VOLUME, sub_id, update_sub


def _by(entries: list, name: str, kind: DeadlineKind):  # type: ignore[no-untyped-def]
    (found,) = [e for e in entries if (e.subscription_name, e.kind) == (name, kind)]
    return found


def test_amount_is_price_for_the_plan_times_renewing_seats(demo_store: Store,
                                                           now: datetime) -> None:
    entries = DeadlineService(demo_store).within(7, now)
    assert _by(entries, STORE_PLAN, DeadlineKind.CANCEL_BY).amount == Money(9996, "EUR")
    assert _by(entries, STORE_PLAN, DeadlineKind.RENEWAL).amount == Money(9996, "EUR")
    assert _by(entries, STORE_TRIAL, DeadlineKind.TRIAL_END).amount == Money(119004, "NOK")


def test_totals_count_a_cancel_by_and_its_renewal_once_per_currency(
        demo_store: Store, now: datetime) -> None:
    entries = DeadlineService(demo_store).within(7, now)
    assert totals(entries) == (Money(9996, "EUR"), Money(119004, "NOK"))
    only_cancel_by = [e for e in entries if e.kind is DeadlineKind.CANCEL_BY]
    assert totals(only_cancel_by) == (Money(9996, "EUR"), Money(119004, "NOK"))


def test_a_seat_switched_off_is_not_charged(demo_store: Store, now: datetime) -> None:
    volume = sub_id(demo_store, VOLUME)
    row = demo_store.read(lambda c: c.execute(sa.select(
        t.subscriptions.c.renewal_date, t.subscriptions.c.plan_months,
        t.subscriptions.c.price_minor).where(t.subscriptions.c.id == volume)).one())
    days = (row.renewal_date - now.date()).days + 1
    before = _by(DeadlineService(demo_store).within(days, now), VOLUME,
                 DeadlineKind.RENEWAL).amount
    seat = demo_store.read(lambda c: c.execute(sa.select(t.seats.c.id).where(
        t.seats.c.subscription_id == volume, t.seats.c.status == "active",
        t.seats.c.renew.is_(True)).limit(1)).scalar_one())
    demo_store.write(lambda c: c.execute(t.seats.update().where(t.seats.c.id == seat)
                                         .values(renew=False)))
    after = _by(DeadlineService(demo_store).within(days, now), VOLUME,
                DeadlineKind.RENEWAL).amount
    assert before is not None
    assert after is not None
    assert before - after == Money(row.price_minor * row.plan_months, before.currency)


def test_nothing_is_charged_when_it_lapses(demo_store: Store, now: datetime) -> None:
    update_sub(demo_store, STORE_PLAN, auto_renew=False)
    entry = _by(DeadlineService(demo_store).within(7, now), STORE_PLAN, DeadlineKind.RENEWAL)
    assert not entry.will_charge
    assert entry.amount is None
    assert entry.as_json()["amount"] is None
