"""Review: findings on the demo roster, decisions applied in one step, undo, sign-off, report."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from seatkeeper.domain.changes import Entity
from seatkeeper.domain.errors import BadInput, ConflictError, NotFound
from seatkeeper.domain.money import Money
from seatkeeper.services.clock import Clock, fixed_clock
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.report import review_html
from seatkeeper.services.review import ReviewService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store


def _seat(store: Store, licence: str) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(t.seats.c.id).where(t.seats.c.licence_id == licence)).scalar_one()))


@pytest.fixture
def review(demo_store: Store, clock: Clock) -> ReviewService:
    return ReviewService(demo_store, clock, "reviewer")


def test_findings_on_the_demo_roster(review: ReviewService) -> None:
    found = review.findings(days=14)
    assert found.counts["unassigned_seat"] == 11  # 7 volume seats + 4 single seats
    assert found.counts["auto_renew_unassigned"] == 10  # seat L-0005 is set not to renew
    assert found.counts["delivery_pending_over_24h"] == 1  # 30 h, not the 3 h one
    assert found.counts["person_holds_two_seats"] == 0
    cancel = [f for f in found.items if f.kind == "cancel_by_soon"]
    # AS-5: App Store plans must be cancelled 24 h before they end
    assert [f.subscription for f in cancel] == ["ExpressVPN via App Store (Sales iPad)",
                                                "ExpressVPN iOS trial (Reception iPhone)"]
    assert "2026-11-25 00:00 UTC" in str(cancel[0].detail)
    assert review.findings(days=1).counts["cancel_by_soon"] == 0


def test_two_seats_of_one_person_and_expired_still_assigned(
        demo_store: Store, review: ReviewService) -> None:
    def work(conn: sa.Connection) -> None:
        ingrid = conn.execute(sa.select(t.seats.c.person_id)
                              .where(t.seats.c.licence_id == "L-0001")).scalar()
        conn.execute(t.seats.update().where(t.seats.c.licence_id == "L-0020")
                     .values(person_id=ingrid))
        conn.execute(t.subscriptions.update().where(t.subscriptions.c.name.like("ExpressVPN Vol%"))
                     .values(status="expired"))
    demo_store.write(work)
    found = review.findings()
    assert found.counts["person_holds_two_seats"] == 1
    assert found.counts["expired_still_assigned"] == 19
    assert found.counts["unassigned_seat"] == 4  # seats of an expired plan need no holder


def test_finding_lists_are_limited_but_counts_are_true(review: ReviewService) -> None:
    found = review.findings(limit=2)
    assert found.counts["unassigned_seat"] == 11
    assert len([f for f in found.items if f.kind == "unassigned_seat"]) == 2


def test_apply_reclaims_and_stops_renewal_then_undo_restores(
        demo_store: Store, review: ReviewService) -> None:
    before = roster_json(demo_store)
    review.decide(_seat(demo_store, "L-0002"), "reclaim", "Left the company")
    review.decide(_seat(demo_store, "L-0021"), "do_not_renew", "Nobody needs it")
    review.decide(_seat(demo_store, "L-0003"), "keep")
    review.decide(_seat(demo_store, "L-0004"), "reassign", "to the new hire")
    assert review.pending().reclaimed == 1
    result = review.apply_decisions().value
    assert (result.reclaimed, result.not_renewed, result.skipped) == (1, 1, ())
    assert result.undo_token is not None
    seat2 = review.store.read(lambda c: c.execute(sa.select(t.seats).where(
        t.seats.c.licence_id == "L-0002")).mappings().one())
    assert seat2["person_id"] is None
    assert roster_json(demo_store) != before
    assert review.apply_decisions().value.undo_token is None  # not applied twice
    assert review.undo(result.undo_token).value == 2
    assert roster_json(demo_store) == before
    with pytest.raises(NotFound):
        review.undo(result.undo_token)


def test_undo_is_refused_after_the_seat_changed(demo_store: Store,
                                                review: ReviewService) -> None:
    seat = _seat(demo_store, "L-0021")
    review.decide(seat, "do_not_renew")
    token = review.apply_decisions().value.undo_token
    assert token is not None
    demo_store.write(lambda c: c.execute(t.seats.update().where(t.seats.c.id == seat)
                                         .values(version=t.seats.c.version + 1)))
    with pytest.raises(ConflictError):
        review.undo(token)


def test_as7_app_store_seat_cannot_be_set_not_to_renew_here(
        demo_store: Store, review: ReviewService) -> None:
    review.decide(_seat(demo_store, "S-0001"), "do_not_renew")
    review.decide(_seat(demo_store, "L-0020"), "reclaim")  # nobody holds it
    result = review.apply_decisions().value
    assert (result.reclaimed, result.not_renewed, result.undo_token) == (0, 0, None)
    assert sorted(s.reason[:4] for s in result.skipped) == ["AS-7", "The "]


def test_unknown_decision_is_refused(demo_store: Store, review: ReviewService) -> None:
    with pytest.raises(BadInput):
        review.decide(_seat(demo_store, "L-0002"), "sell")
    with pytest.raises(NotFound):
        review.decide(999_999, "keep")


def test_renewal_cost_before_and_after_decisions(demo_store: Store,
                                                 review: ReviewService) -> None:
    usd_before = next(m for m in review.costs().before if m.currency == "USD")
    review.decide(_seat(demo_store, "L-0021"), "do_not_renew")
    review.decide(_seat(demo_store, "L-0022"), "do_not_renew")
    costs = review.costs()
    usd_after = next(m for m in costs.after if m.currency == "USD")
    # two volume seats at 8.32 a month for 12 months drop out
    assert usd_before - usd_after == Money(832 * 12 * 2, "USD")
    assert {m.currency for m in costs.before} == {"EUR", "NOK", "USD"}


def test_sign_off_is_stored(review: ReviewService) -> None:
    signed = review.sign_off("  Ingrid Solberg ", date(2026, 11, 23)).value
    assert review.sign_offs() == [signed]
    assert signed.reviewer == "Ingrid Solberg"
    with pytest.raises(BadInput):
        review.sign_off(" ")


def test_report_html_is_escaped_and_complete(demo_store: Store, review: ReviewService) -> None:
    review.decide(_seat(demo_store, "L-0002"), "reclaim", "<script>alert(1)</script> & co")
    review.sign_off("Ada <Admin>")
    html = review_html(demo_store, review)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "Signed off by Ada &lt;Admin&gt;" in html
    for words in ("Summary", "Findings", "Decisions", "Next renewal cost", "USD", "EUR"):
        assert words in html
    assert "http" not in html  # self-contained: nothing fetched from anywhere


def test_deadline_findings_move_with_the_clock(demo_store: Store, now: datetime) -> None:
    later = ReviewService(demo_store, fixed_clock(now + timedelta(days=10)), "r")
    assert later.findings(days=14).counts["cancel_by_soon"] == 0  # both ended by then


def test_review_writes_name_the_seats_decisions_and_holders_they_touch(
        demo_store: Store, review: ReviewService) -> None:
    reclaimed, lapsing = _seat(demo_store, "L-0002"), _seat(demo_store, "L-0021")
    holder = review.store.read(lambda c: c.execute(sa.select(t.seats.c.person_id).where(
        t.seats.c.id == reclaimed)).scalar_one())
    decided = review.decide(reclaimed, "reclaim")
    assert decided.changes.ids(Entity.REVIEW) == {reclaimed}
    assert decided.changes.ids(Entity.SEAT) == {reclaimed}
    assert not decided.changes.touches(Entity.PERSON)
    review.decide(lapsing, "do_not_renew")
    applied = review.apply_decisions()
    assert applied.changes.ids(Entity.SEAT) == {reclaimed, lapsing}
    assert applied.changes.ids(Entity.REVIEW) == {reclaimed, lapsing}
    assert applied.changes.ids(Entity.PERSON) == {holder}  # the one who lost a seat
    assert applied.changes.touches(Entity.AUDIT)
    assert review.apply_decisions().changes.is_empty  # nothing left: nothing written
    token = applied.value.undo_token
    assert token is not None
    undone = review.undo(token)
    assert undone.changes.ids(Entity.SEAT) == {reclaimed, lapsing}
    assert undone.changes.ids(Entity.PERSON) == {holder}
    assert review.sign_off("Ingrid").changes.ids(Entity.REVIEW) is None
