"""Ask the holders through a real SMTP server (aiosmtpd) on 127.0.0.1 (issue 20, item 6).

On the spend roster at 01.12.2026: Figma Pro renews 15.12 (no notice period known:
the renewal is the deadline; reply by 08.12, seven days before), Slack Pro 20.12
(reply by 13.12); Visma (10.01.2027) is beyond 30 days.
"""

from __future__ import annotations

from datetime import date, timedelta

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.holder_asks import reply_by
from seatkeeper.services.holder_asks import HolderAskService
from seatkeeper.services.review import ReviewService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests import spend_roster
from tests.integration.test_smtp import REFUSED_RECIPIENT, Mailbox, mail_service, mailbox
from tests.services.helpers import MovableClock

__all__ = ["mailbox"]  # the fixture, used by name


def service(store: Store, clock: MovableClock, port: int) -> HolderAskService:
    mail = mail_service(store, MemoryVault(), clock, port)
    return HolderAskService(store, mail, ReviewService(store, clock, "t"), clock, "t")


def test_the_reply_by_date_comes_before_the_deadline_with_room_to_act() -> None:
    today = date(2026, 12, 1)
    assert reply_by(date(2026, 12, 15), today) == date(2026, 12, 8)  # 7 days before
    assert reply_by(date(2026, 12, 7), today) == date(2026, 12, 4)  # half of 6 days
    assert reply_by(date(2026, 12, 3), today) is None  # 2 days: too late to ask


def test_holders_are_asked_answers_become_decisions_silence_a_finding(
        store: Store, mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    ids = spend_roster.build(store, departments=False)
    clock = MovableClock(spend_roster.AT)
    asks = service(store, clock, port)
    questions = asks.questions(30)
    assert [(q.subscription, q.email, q.reply_by) for q in questions] == [
        ("Figma Pro", "ann@example.com", date(2026, 12, 8)),
        ("Figma Pro", "bob@example.com", date(2026, 12, 8)),
        ("Slack Pro", "bob@example.com", date(2026, 12, 13))]
    drafts = asks.drafts(questions)  # the mail-merge preview: nothing sent yet
    assert box.received == []
    assert drafts[0].email.subject == "Do you still need Figma Pro?"
    assert "Hello Ann Berg" in drafts[0].email.body
    assert "by 2026-12-08 with “keep” or “release”" in drafts[0].email.body
    result = asks.send(drafts).value
    assert (len(result.sent), result.failed) == (3, ())
    assert [(to, m["Subject"]) for to, m in box.received] == [
        (["ann@example.com"], "Do you still need Figma Pro?"),
        (["bob@example.com"], "Do you still need Figma Pro?"),
        (["bob@example.com"], "Do you still need Slack Pro?")]
    assert asks.questions(30) == []  # asked: not offered again while unanswered

    asks.answer(ids["Figma Pro#1"], "release")
    asks.answer(ids["Figma Pro#2"], "Keep")
    decided = {d.licence_id: (d.decision, d.note) for d in ReviewService(
        store, clock, "t").decisions()}
    assert decided["FIG-1"] == ("reclaim", "ann@example.com answered “release” (reply-by date "
                                "2026-12-08).")
    assert decided["FIG-2"][0] == "keep"

    review = ReviewService(store, clock, "t")
    assert review.findings().counts["holder_not_answered"] == 0
    clock.now = spend_roster.AT + timedelta(days=12)  # 13.12: Slack's reply-by has come
    found = [f for f in review.findings().items if f.kind == "holder_not_answered"]
    assert [(f.subscription, f.licence_id, f.detail.render()) for f in found] == [
        ("Slack Pro", "SLA-1", "Asked bob@example.com; no answer by 2026-12-13")]


def test_a_refused_address_fails_alone(store: Store, mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    spend_roster.build(store, departments=False)
    store.write(lambda c: c.execute(t.people.update().where(
        t.people.c.email == "ann@example.com").values(email=REFUSED_RECIPIENT)))
    asks = service(store, MovableClock(spend_roster.AT), port)
    result = asks.send(asks.drafts(asks.questions(30))).value
    assert len(result.sent) == 2
    [(_seat, why)] = result.failed
    assert REFUSED_RECIPIENT in why.render()
    assert [q.email for q in asks.questions(30)] == [REFUSED_RECIPIENT]  # may be asked again
    assert len(box.received) == 2
