"""Ask the holders: before a renewal, ask each seat's holder whether they still need it.

``questions`` lists the held seats of subscriptions whose cancel-by deadline
(or renewal, when no notice period is known) falls in the next days, each
with its reply-by date (``domain.holder_asks``); ``drafts`` writes the
messages for the mail-merge preview in the admin's language; ``send`` sends
them through the configured SMTP server, one by one, and keeps each question
that the server accepted (audited). ``answer`` records the holder's answer as
the seat's review decision: keep -> keep, release -> reclaim (the seat is
freed; not renewing it is the admin's next decision). A question not answered
by its reply-by date becomes the Review finding "holder_not_answered".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.domain.delivery import EmailDraft
from seatkeeper.domain.errors import KnownError, NotFound
from seatkeeper.domain.holder_asks import Question, ask_message, check_answer, reply_by
from seatkeeper.domain.messages import Message, message
from seatkeeper.services.clock import Clock
from seatkeeper.services.deadlines import entries_between
from seatkeeper.services.mail import MailService
from seatkeeper.services.review import ReviewService
from seatkeeper.services.smtp import MailNotConfigured, MailRecipientRefused
from seatkeeper.store import audit
from seatkeeper.store import holder_asks as stored
from seatkeeper.store.engine import Connection, Store

DEFAULT_DAYS = 30
NOT_ASKED = message("ask.not_asked", "That seat's holder was not asked; nothing to record.")
ANSWER_NOTE = message("ask.answer_note", "{email} answered “{answer}” (reply-by date "
                      "{reply_by}).")
# The answer in the admin's words (the stored value stays keep or release).
ANSWER_WORDS = {"keep": message("ask.answer.keep", "keep"),
                "release": message("ask.answer.release", "release")}
NO_MAIL = message("ask.no_mail", "No SMTP server is set up: set one in Settings → E-mail "
                  "(SMTP)… first.")
DECISION_OF = {"keep": "keep", "release": "reclaim"}


@dataclass(frozen=True)
class Draft:
    question: Question
    email: EmailDraft


@dataclass(frozen=True)
class SendResult:
    sent: tuple[int, ...]  # seat ids whose question the server accepted
    failed: tuple[tuple[int, Message], ...]  # (seat id, why), for the admin's language


class HolderAskService:
    def __init__(self, store: Store, mail: MailService | None, review: ReviewService,
                 clock: Clock, actor: str) -> None:
        self.store, self.mail, self.review = store, mail, review
        self.clock, self.actor = clock, actor

    def questions(self, days: int = DEFAULT_DAYS) -> list[Question]:
        """Held seats whose cancel-by comes in ``days`` days and can still be asked about."""
        now = self.clock()
        return self.store.read(lambda conn: _questions(conn, now, days))

    def drafts(self, questions: Sequence[Question],
               say: Callable[[Message], str] = Message.render) -> list[Draft]:
        """The mail merge: each holder's message, as it will be sent (nothing is sent)."""
        settings = self.mail.settings() if self.mail is not None else None
        sender = settings.from_address if settings is not None else self.actor
        return [Draft(q, ask_message(q, sender, say)) for q in questions]

    def send(self, drafts: Sequence[Draft]) -> Changed[SendResult]:
        """Send each message; keep the questions the server accepted. A refusal of one
        (its address) does not stop the others; a server that cannot be reached does."""
        sent: list[int] = []
        failed: list[tuple[int, Message]] = []
        for draft in drafts:
            try:
                if self.mail is None or self.mail.settings() is None:
                    raise MailNotConfigured(NO_MAIL())
                self.mail.send_draft(draft.email)
            except KnownError as error:
                failed.append((draft.question.seat_id, error.msg))
                if not isinstance(error, MailRecipientRefused):  # the server itself failed
                    failed.extend((d.question.seat_id, error.msg)
                                  for d in drafts[len(sent) + len(failed):])
                    break
                continue
            self._record(draft)
            sent.append(draft.question.seat_id)
        changes = Changes.of(Entity.REVIEW, sent) if sent else Changes.nothing()
        return Changed(SendResult(tuple(sent), tuple(failed)), changes)

    def _record(self, draft: Draft) -> None:
        q = draft.question

        def work(conn: Connection) -> None:
            now = self.clock()
            stored.save_question(conn, q.seat_id, q.email, now, q.reply_by)
            audit.record(conn, audit.Change(
                "ask.sent", "seat", q.seat_id,
                f"Asked {q.email} whether they still need {q.licence_id}, reply by "
                f"{q.reply_by}", after={"email": q.email, "reply_by": q.reply_by.isoformat()}),
                at=now, actor=self.actor)
        self.store.write(work)

    def answer(self, seat_id: int, answer: str) -> Changed[None]:
        """Record the holder's answer, and with it the seat's review decision."""
        value = check_answer(answer)
        asked = self.store.read(lambda conn: stored.question_of(conn, seat_id))
        if asked is None:
            raise NotFound(NOT_ASKED())
        note = ANSWER_NOTE(email=asked["email"], answer=ANSWER_WORDS[value](),
                           reply_by=asked["reply_by"])
        decided = self.review.decide(seat_id, DECISION_OF[value], note.render())

        def work(conn: Connection) -> None:
            now = self.clock()
            stored.save_answer(conn, seat_id, value, now)
            audit.record(conn, audit.Change("ask.answered", "seat", seat_id,
                                            f"Holder answered: {value}",
                                            after={"answer": value}), at=now, actor=self.actor)
        self.store.write(work)
        return Changed(None, decided.changes)



def _questions(conn: Connection, now: datetime, days: int) -> list[Question]:
    today = now.date()
    deadlines: dict[int, tuple[date, date]] = {}  # subscription -> (renewal, cancel-by)
    for entry in entries_between(conn, now, now + timedelta(days=days)):
        sub = entry.deadline.subscription_id
        if entry.kind is DeadlineKind.CANCEL_BY and entry.notice is not None:
            deadlines[sub] = ((entry.due_at + entry.notice).date(), entry.due_at.date())
        elif entry.kind in (DeadlineKind.RENEWAL, DeadlineKind.TRIAL_END) \
                and entry.will_charge:
            deadlines.setdefault(sub, (entry.due_at.date(), entry.due_at.date()))
    found = []
    for row in stored.held_seats(conn, sorted(deadlines)):
        renewal, deadline = deadlines[int(row["subscription_id"])]
        last = reply_by(deadline, today)
        if last is None or row["answer"] is not None or row["asked_reply_by"] is not None:
            continue  # too late to ask, answered, or asked already (and not answered yet)
        found.append(Question(int(row["seat_id"]), str(row["licence_id"]),
                              str(row["subscription"]), str(row["holder"] or ""),
                              str(row["email"]), renewal, deadline, last))
    return found
