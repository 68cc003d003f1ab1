"""Deliver the reminders that are due: a desktop notification and an e-mail digest.

``seatkeeper remind`` (run hourly by the scheduler, ``services.remind_schedule``)
calls ``deliver_due``: for each channel, the open reminders whose lead times
were reached and not yet notified (``ReminderService.pending``) go out in one
notification and one digest, and are recorded as sent only when the platform
or the SMTP server accepted them. A missing SMTP server, an unreachable one or
no notification service is one clear line (``RemindRun.problems``, also
logged); the reminders stay open and the next run tries again. A machine that
was off catches up at the next run, once, because every lead time reached is
delivered together.

The digest lists every deadline that reached a lead time, with what it
charges if nothing is done and the steps to take: for an App Store
subscription the store's own steps (AS-11: Seatkeeper cannot act in the
store), otherwise where to cancel. It holds no secret.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from seatkeeper.domain.app_store_guidance import StoreAction, store_guidance
from seatkeeper.domain.delivery import EmailDraft
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import Message, message
from seatkeeper.domain.money import Money
from seatkeeper.services.bundle import Services
from seatkeeper.services.deadlines import totals
from seatkeeper.services.desktop_notify import Notice, Notifier, NotifyUnavailable
from seatkeeper.services.reminders import DESKTOP, EMAIL, Pending, Reminder, ReminderService
from seatkeeper.store import settings as stored_settings

log = logging.getLogger(__name__)

Say = Callable[[Message], str]

NOTICE_TITLE = message("remind.notice_title", "{count} deadline(s) coming")
DIGEST_SUBJECT = message("remind.digest_subject", "Seatkeeper: {count} deadline(s) coming")
DIGEST_INTRO = message("remind.digest_intro",
                       "These deadlines reached a reminder lead time:")
DIGEST_CHARGE = message("remind.digest_charge", "Charged if nothing is done: {amount}")
DIGEST_NO_CHARGE = message("remind.digest_no_charge", "Nothing is charged: it lapses.")
DIGEST_DUE = message("remind.digest_due", "Due: {when} ({left} left)")
DIGEST_TOTAL = message("remind.digest_total", "Total charged if nothing is done: {amounts}")
DIGEST_STEPS = message("remind.digest_steps", "Steps to take:")
DIGEST_WEBSITE_STEP = message(
    "remind.digest_website_step",
    "To stop it, cancel or turn off renewal for {name} at {vendor} before the date above.")
DIGEST_KEEP = message("remind.digest_keep",
                      "To keep it, do nothing; mark the reminder “Keep and renew” in Seatkeeper.")
DIGEST_FOOTER = message(
    "remind.digest_footer",
    "Each reminder stays open in Seatkeeper (Reminders) until you handle it.")
NO_SMTP = message("remind.no_smtp",
                  "E-mail digest not sent: no SMTP server is configured (Settings → SMTP or "
                  "`seatkeeper smtp set`). The reminders stay open.")
NO_KEYRING = message("remind.no_keyring",
                     "E-mail digest not sent: no usable keyring holds the SMTP password. "
                     "The reminders stay open.")
MAIL_FAILED = message("remind.mail_failed",
                      "E-mail digest not sent: {reason} The reminders stay open and the next "
                      "run tries again.")
NOTIFY_FAILED = message("remind.notify_failed",
                        "Desktop notification not shown: {reason} The reminders stay open "
                        "and the next run tries again.")


@dataclass
class RemindRun:
    """What one run found and did."""

    open: list[Reminder]
    notified: list[Reminder] = field(default_factory=list)
    emailed: list[Reminder] = field(default_factory=list)
    recipient: str | None = None
    problems: list[str] = field(default_factory=list)


def _left(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    return f"{hours // 24} d {hours % 24} h" if hours >= 24 else f"{hours} h"


def _amounts(amounts: tuple[Money, ...]) -> str:
    return ", ".join(f"{m.currency} {m.decimal_string()}" for m in amounts) or "-"


def steps_for(reminder: Reminder, say: Say = Message.render) -> list[str]:
    """What to do about one deadline: the store's steps (AS-11) or the vendor's site."""
    entry = reminder.entry
    if not entry.will_charge:
        return []
    if entry.channel is BillingChannel.APP_STORE:
        guidance = store_guidance(StoreAction.CANCEL, entry.vendor)
        return [*guidance.steps, *guidance.notes]
    return [say(DIGEST_WEBSITE_STEP(name=entry.subscription_name, vendor=entry.vendor)),
            say(DIGEST_KEEP())]


def _by_subscription(reminders: list[Reminder]) -> list[list[Reminder]]:
    groups: dict[int, list[Reminder]] = {}
    for reminder in reminders:  # soonest first, so the groups are too
        groups.setdefault(reminder.entry.deadline.subscription_id, []).append(reminder)
    return list(groups.values())


def digest(to: str, reminders: list[Reminder], now: datetime,
           say: Say = Message.render) -> EmailDraft:
    """One message listing every deadline that reached a lead time, amounts and steps.

    Grouped by subscription: a cancel-by and its renewal are one charge and one set
    of steps.
    """
    lines = [say(DIGEST_INTRO()), ""]
    for number, group in enumerate(_by_subscription(reminders), 1):
        first = group[0].entry
        lines.append(f"{number}. {first.subscription_name} ({first.vendor})")
        for reminder in group:
            entry = reminder.entry
            lines.append(f"   * {say(entry.words)}")
            lines.append("     " + say(DIGEST_DUE(when=entry.due_at,
                                                   left=_left(reminder.time_left(now)))))
        amount = next((r.entry.amount for r in group if r.entry.amount is not None), None)
        lines.append("   " + (say(DIGEST_CHARGE(amount=_amounts((amount,))))
                              if amount is not None else say(DIGEST_NO_CHARGE())))
        steps = next((found for r in group if (found := steps_for(r, say))), [])
        if steps:
            lines.append("   " + say(DIGEST_STEPS()))
            lines.extend(f"   - {step}" for step in steps)
        lines.append("")
    lines.append(say(DIGEST_TOTAL(amounts=_amounts(totals([r.entry for r in reminders])))))
    lines.extend(["", say(DIGEST_FOOTER())])
    return EmailDraft(to=to, subject=say(DIGEST_SUBJECT(count=len(reminders))),
                      body="\n".join(lines) + "\n")


def notice(reminders: list[Reminder]) -> Notice:
    shown = reminders[:5]
    body = "\n".join(r.message for r in shown)
    if len(reminders) > len(shown):
        body += f"\n(+{len(reminders) - len(shown)})"
    urgent = any(r.lead <= timedelta(days=1) for r in reminders)
    return Notice(NOTICE_TITLE(count=len(reminders)).render(), body, urgent)


def _problem(run: RemindRun, text: str) -> None:
    log.warning("%s", text)
    run.problems.append(text)


def _notify(run: RemindRun, reminders: ReminderService, notifier: Notifier | None,
            now: datetime) -> None:
    pending = reminders.pending(DESKTOP, now=now)
    if not pending or notifier is None:
        return
    try:
        notifier.send(notice([p.reminder for p in pending]))
    except NotifyUnavailable as error:
        _problem(run, NOTIFY_FAILED(reason=error.message).render())
        return
    reminders.record_sent(DESKTOP, pending)
    run.notified = [p.reminder for p in pending]


def _recipient(services: Services) -> str | None:
    mail = services.mail
    settings = mail.settings() if mail is not None else None
    chosen = services.store.read(stored_settings.digest_recipient)
    return chosen or (settings.from_address if settings is not None else None)


def _email(run: RemindRun, services: Services, now: datetime, say: Say) -> None:
    reminders = services.reminders
    configured = bool(services.store.read(stored_settings.smtp_values).get("host"))
    to = _recipient(services) if configured else None
    pending: list[Pending] = reminders.pending(EMAIL, recipient=to or "-", now=now)
    if not pending:
        return
    if not configured or to is None:
        _problem(run, NO_SMTP().render())
        return
    if services.mail is None:
        _problem(run, NO_KEYRING().render())
        return
    draft = digest(to, [p.reminder for p in pending], now, say)
    try:
        services.mail.send_draft(draft)
    except KnownError as error:
        _problem(run, MAIL_FAILED(reason=error.message).render())
        return
    reminders.record_sent(EMAIL, pending, recipient=to)
    run.emailed, run.recipient = [p.reminder for p in pending], to


def deliver_due(services: Services, notifier: Notifier | None, now: datetime | None = None,
                say: Say = Message.render) -> RemindRun:
    """List the open reminders; notify and e-mail those whose lead time came, once."""
    moment = now or services.reminders.clock()
    run = RemindRun(services.reminders.open(moment))
    _notify(run, services.reminders, notifier, moment)
    _email(run, services, moment, say)
    return run
