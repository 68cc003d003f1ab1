"""``remind``: the open reminders, and the notifications that are due (issue 17).

``seatkeeper remind --db URL`` lists the reminders open for whoever runs it and
delivers what is due, each once per lead time: a desktop notification and an
e-mail digest through the configured SMTP server. Meant to be run hourly by
the operating system's scheduler: ``remind install`` registers it (a systemd
user timer or crontab lines on Linux, Task Scheduler on Windows, a launchd
agent on macOS) and ``remind uninstall`` removes it; ``remind status`` says
whether it is registered. A delivery that failed is one line on stderr (and
in the log); the reminders stay open and the next run tries again, so the
exit status is still 0. ``--json`` prints one object per open reminder, then
one ``{"run": ...}`` summary line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC

from seatkeeper.cli.common import Keyring, add_db_option, open_roster, print_json, text_formats
from seatkeeper.cli.deadlines import _instant
from seatkeeper.domain.locale_values import file_locale
from seatkeeper.domain.messages import Message
from seatkeeper.locations import roster_location
from seatkeeper.logfile import configure_logging
from seatkeeper.services import remind_schedule
from seatkeeper.services.desktop_notify import Notifier, system_notifier
from seatkeeper.services.reminder_delivery import deliver_due


def make_notifier() -> Notifier | None:
    """The desktop notifier (tests replace this)."""
    return system_notifier()


def make_scheduler(roster: str) -> remind_schedule.Scheduler:
    """The OS scheduler for ``roster`` (tests replace this with one in a temp home)."""
    return remind_schedule.Scheduler(roster)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("remind", help="list open reminders and send the due "
                                 "notifications; install|uninstall|status: run it hourly")
    parser.add_argument("action", nargs="?", choices=["run", "install", "uninstall", "status"],
                        default="run", help="run (default), or register with the scheduler")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--digest-to", metavar="ADDRESS",
                        help="send the e-mail digest to ADDRESS from now on (\"\" for the "
                             "SMTP sender address, the default)")
    parser.add_argument("--as-of", metavar="ISO", type=_instant,
                        help="compute as of this moment (ISO 8601, UTC if no offset)")
    parser.set_defaults(handler=_remind)


def digest_wording() -> Callable[[Message], str]:
    """The digest in the admin's language: the system locale's (LC_ALL, LC_MESSAGES, LANG),
    through the window's catalogue; English (no Qt loaded) for any other language."""
    tag = next((v for v in (os.environ.get(n, "").strip()
                            for n in ("LC_ALL", "LC_MESSAGES", "LANG")) if v), "")
    if tag.split("_")[0].split("-")[0].split(".")[0].lower() not in {"nb", "nn", "no", "da"}:
        return Message.render
    from seatkeeper.ui.pdf_report import report_wording_for  # Qt's translator, only here

    return report_wording_for(file_locale(tag).tag).say


def _remind(args: argparse.Namespace) -> int:
    if args.action != "run":
        return _schedule(args)
    configure_logging()  # run by the scheduler: its problems go to the log file too
    with open_roster(args, writes=True, keyring=Keyring.IF_AVAILABLE) as services:
        now = args.as_of or services.clock()
        if args.digest_to is not None:
            services.reminders.set_digest_recipient(args.digest_to)
        run = deliver_due(services, make_notifier(), now, digest_wording())
    for problem in run.problems:
        print(f"seatkeeper: {problem}", file=sys.stderr)
    formats = text_formats()
    for reminder in run.open:
        entry = reminder.entry
        if args.json:
            print_json({**entry.as_json(), "state": reminder.state.value,
                        "lead_seconds": int(reminder.lead.total_seconds()),
                        "seconds_left": int(reminder.time_left(now).total_seconds())})
        else:
            amount = "" if entry.amount is None else f"\t{formats.money(entry.amount)}"
            print(f"{formats.instant(entry.due_at)}\t{entry.kind.value}{amount}\t{entry.title}")
    summary = {"open": len(run.open), "notified": len(run.notified),
               "emailed": len(run.emailed), "recipient": run.recipient,
               "problems": run.problems, "at": now.astimezone(UTC).isoformat()}
    if args.json:
        print_json({"run": summary})
    else:
        print(f"{len(run.open)} open reminder(s); desktop notification for "
              f"{len(run.notified)}, e-mail digest for {len(run.emailed)}.", file=sys.stderr)
    return 0


def _schedule(args: argparse.Namespace) -> int:
    scheduler = make_scheduler(remind_schedule.scheduled_roster(roster_location(args)))
    if args.action == "install":
        plan = scheduler.install()
        print(f"Registered `seatkeeper remind` with the {plan.scheduler}: at login and every "
              "hour.")
    elif args.action == "uninstall":
        plan = scheduler.uninstall()
        print(f"Removed `seatkeeper remind` from the {plan.scheduler}.")
    else:
        installed = scheduler.installed()
        print("installed" if installed else "not installed")
    return 0
