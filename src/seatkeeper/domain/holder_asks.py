"""Asking a seat's holder, before the renewal, whether they still need the seat.

The question carries a reply-by date that falls before the cancel-by deadline
(``domain.deadlines``/``vendor_terms``: the renewal less the notice period), so
the admin still has time to act on the answer: half the days left, at least two
days before the deadline and at most seven. A seat whose deadline is too close
for that is not asked (the admin decides alone). An answer is ``keep`` or
``release``; none by the reply-by date becomes a Review finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from seatkeeper.domain.delivery import EmailDraft, download_link_message
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import Message, message

ANSWERS = ("keep", "release")
MIN_MARGIN_DAYS, MAX_MARGIN_DAYS = 2, 7

ASK_SUBJECT = message("ask.subject", "Do you still need {subscription}?")
ASK_BODY = message(
    "ask.body",
    "Hello {name},\n\nYou hold a seat of {subscription} ({seat}). It renews on {renewal} "
    "and is paid for again unless it is cancelled by {deadline}.\n\nDo you still need it? "
    "Please answer this message by {reply_by} with “keep” or “release”.\n\nIf there is no "
    "answer by then, the seat is reviewed without you.\n\nThank you,\n{sender}\n")
# No notice period known: the cancel-by day is the renewal itself, said once.
ASK_BODY_ON_RENEWAL = message(
    "ask.body_on_renewal",
    "Hello {name},\n\nYou hold a seat of {subscription} ({seat}). It renews and is paid for "
    "again on {renewal}.\n\nDo you still need it? Please answer this message by {reply_by} "
    "with “keep” or “release”.\n\nIf there is no answer by then, the seat is reviewed "
    "without you.\n\nThank you,\n{sender}\n")
NOT_AN_ANSWER = message("ask.not_an_answer", "“{answer}” is not an answer (keep or release).")
TOO_LATE = message("ask.too_late", "The cancel-by deadline ({deadline}) is too close to ask "
                   "{email} and still act on the answer.")


def reply_by(deadline: date, today: date) -> date | None:
    """The last day to answer: before ``deadline`` by half the days left (2 to 7), after
    ``today``; None when there is no such day."""
    left = (deadline - today).days
    margin = max(MIN_MARGIN_DAYS, min(MAX_MARGIN_DAYS, left // 2))
    day = deadline - timedelta(days=margin)
    return day if day > today else None


def check_answer(answer: str) -> str:
    value = answer.strip().casefold()
    if value not in ANSWERS:
        raise BadInput(NOT_AN_ANSWER(answer=answer.strip()[:20]), field="answer")
    return value


@dataclass(frozen=True)
class Question:
    """What one holder is asked about one seat."""

    seat_id: int
    licence_id: str
    subscription: str
    holder: str
    email: str
    renewal: date
    deadline: date  # cancel-by (the renewal when no notice period is known)
    reply_by: date


def ask_message(q: Question, sender: str,
                say: Callable[[Message], str] = Message.render) -> EmailDraft:
    """The e-mail asking ``q``, in the admin's language (``say``: the window's renderer)."""
    to = download_link_message(q.email, "", Platform.WINDOWS).to  # the same address check
    # One line: the subscription's name goes into the Subject header.
    return EmailDraft(to=to, subject=say(ASK_SUBJECT(subscription=" ".join(
        q.subscription.split()))),
                      body=say(_body(q, sender)))


def _body(q: Question, sender: str) -> Message:
    if q.deadline >= q.renewal:  # no notice period: "renews on D unless cancelled by D"
        return ASK_BODY_ON_RENEWAL(name=q.holder or q.email, subscription=q.subscription,
                                   seat=q.licence_id, renewal=q.renewal, reply_by=q.reply_by,
                                   sender=sender)
    return ASK_BODY(name=q.holder or q.email, subscription=q.subscription, seat=q.licence_id,
                    renewal=q.renewal, deadline=q.deadline, reply_by=q.reply_by, sender=sender)
