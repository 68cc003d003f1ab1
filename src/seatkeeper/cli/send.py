"""``check-send``, ``send-link`` and ``smtp``: SD-8 checks and SD-1 links from the shell.

The SMTP password is read from ``SEATKEEPER_SMTP_PASSWORD`` or standard input,
never from the command line, where other users could read it in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from seatkeeper.cli.common import Keyring, add_db_option, open_roster, print_json
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.messages import message
from seatkeeper.services.mail import MailService, check_settings
from seatkeeper.services.smtp import MailNotConfigured, SmtpSecurity

PASSWORD_ENV = "SEATKEEPER_SMTP_PASSWORD"  # noqa: S105 - an env var name, not a secret
NO_SMTP_SERVER = message("cli.smtp_not_configured", "No SMTP server is configured. Set one "
                         "with `seatkeeper smtp set` or in Settings, or send the link from "
                         "your mail client.")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser("check-send", help="may a subscription be sent to a device "
                                "(every SD-8 reason)")
    add_db_option(check)
    check.add_argument("--subscription", type=int, required=True, metavar="ID")
    check.add_argument("--device", type=int, required=True, metavar="ID")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=_check_send)

    link = commands.add_parser("send-link", help="e-mail a download link through the "
                               "configured SMTP server (SD-1)")
    add_db_option(link)
    link.add_argument("--subscription", type=int, required=True, metavar="ID")
    link.add_argument("--email", required=True, metavar="ADDR")
    link.add_argument("--platform", choices=[p.value for p in Platform],
                      default=Platform.WINDOWS.value)
    link.set_defaults(handler=_send_link)

    smtp = commands.add_parser("smtp", help="the SMTP server used for e-mail")
    actions = smtp.add_subparsers(dest="smtp_command", metavar="ACTION", required=True,
                                  parser_class=commands._parser_class)
    setting = actions.add_parser("set", help=f"save the server; the password comes from "
                                 f"{PASSWORD_ENV} or standard input")
    add_db_option(setting)
    setting.add_argument("--host", required=True)
    setting.add_argument("--port", type=int, required=True)
    setting.add_argument("--security", choices=[s.value for s in SmtpSecurity],
                         default=SmtpSecurity.STARTTLS.value)
    setting.add_argument("--user", default="", help="empty for a relay without login")
    setting.add_argument("--from", dest="from_address", required=True, metavar="ADDR")
    setting.set_defaults(handler=_smtp_set)
    show = actions.add_parser("show", help="print the SMTP settings (never the password)")
    add_db_option(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_smtp_show)
    test = actions.add_parser("test", help="send a test message")
    add_db_option(test)
    test.add_argument("--to", required=True, metavar="ADDR")
    test.set_defaults(handler=_smtp_test)


def _check_send(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        answer = services.deliveries.check_send(args.subscription, args.device)
    if args.json:
        print_json({"allowed": answer.allowed,
                    "reasons": [{"code": r.code.value, "message": r.message}
                                for r in answer.reasons]})
    elif answer.allowed:
        print("Allowed: the subscription can be sent to this device.")
    else:
        print("Refused:")
        for reason in answer.reasons:
            print(f"- {reason.code.value}: {reason.message}")
    return 0


@contextmanager
def _mail_service(args: argparse.Namespace, *, writes: bool) -> Iterator[MailService]:
    # The keyring as it is: without one, a password to store or read is refused in words.
    with open_roster(args, writes=writes, keyring=Keyring.REQUIRED) as services:
        assert services.mail is not None  # Keyring.REQUIRED always gives a vault
        yield services.mail


def _send_link(args: argparse.Namespace) -> int:
    with _mail_service(args, writes=True) as service:
        if service.settings() is None:  # a shell has no mail client to fall back on
            raise MailNotConfigured(NO_SMTP_SERVER())
        outcome = service.send_download_link(args.subscription, args.email,
                                             Platform(args.platform)).value
    assert outcome.delivery is not None
    print(f"Sent a {args.platform} download link to {outcome.delivery.email} "
          f"(delivery {outcome.delivery.delivery_id}).")
    return 0


def _smtp_set(args: argparse.Namespace) -> int:
    settings = check_settings(args.host, args.port, args.security, args.user,
                              args.from_address)
    password = _read_password() if settings.user else None
    with _mail_service(args, writes=True) as service:
        service.save_settings(settings, password)
    print(f"SMTP server set to {settings.label} ({settings.security.value})"
          + (f", user {settings.user}; password in the keyring." if settings.user else "."))
    return 0


def _read_password() -> str | None:
    """The password from the environment, a prompt, or piped standard input."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if sys.stdin.isatty():
        typed = getpass.getpass("SMTP password (empty keeps the saved one): ")
    else:
        typed = sys.stdin.readline().rstrip("\r\n")
    return typed or None


def _smtp_show(args: argparse.Namespace) -> int:
    with _mail_service(args, writes=False) as service:
        settings = service.settings()
    if settings is None:
        raise MailNotConfigured(NO_SMTP_SERVER())
    if args.json:
        print_json(settings)
    else:
        print(f"{settings.label} security={settings.security.value} "
              f"user={settings.user or '-'} from={settings.from_address}")
    return 0


def _smtp_test(args: argparse.Namespace) -> int:
    with _mail_service(args, writes=False) as service:  # a test message changes no record
        service.send_test_message(args.to)
    print(f"Test message sent to {args.to.strip()}.")
    return 0
