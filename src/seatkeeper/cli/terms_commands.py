"""``terms list|show|set``: vendor terms profiles from the shell.

``list`` prints every profile (the built-in ones from the seed vendors' rules,
then the admin's own); ``show VENDOR`` the one a subscription of that vendor
follows (every fact "not known" for a vendor no one described); ``set VENDOR``
saves what the admin knows ("Adobe: 30 days notice, annual, EUR"). ``--json``
prints one JSON object per profile, null for a fact not known.
"""

from __future__ import annotations

import argparse
from typing import Any

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.vendor_terms import TermsProfile
from seatkeeper.services.vendor_terms import OwnTerms, profile_json

NOT_YES_NO = message("cli.not_yes_no", "“{text}” is not yes or no.")
NOT_A_NUMBER = message("cli.terms_not_a_number", "--{option}: “{text}” is not a whole number.")
NOTHING_STATED = message("cli.terms_nothing_stated",
                         "Say at least one term: --notice-days, --currency, --plan-months, "
                         "--devices-per-seat, --devices-per-subscription or --auto-renew.")
CHANNELS = [c.value for c in BillingChannel]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    terms = commands.add_parser("terms", help="vendor terms profiles: list, show, set")
    sub = terms.add_subparsers(dest="terms_command", metavar="ACTION", required=True,
                               parser_class=type(terms))
    listing = sub.add_parser("list", help="every profile: built in, then yours")
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_list)

    show = sub.add_parser("show", help="the terms a vendor's subscriptions follow")
    show.add_argument("vendor")
    show.add_argument("--channel", choices=CHANNELS, default="website")
    add_db_option(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    set_ = sub.add_parser("set", help="save what you know of a vendor's terms")
    set_.add_argument("vendor")
    set_.add_argument("--channel", choices=CHANNELS, default="website")
    set_.add_argument("--currency", metavar="ISO", help="billing currency, e.g. EUR")
    for option, what in (("plan-months", "billing period in months (12: annual)"),
                         ("notice-days", "days before the period ends a cancellation "
                                         "must be made"),
                         ("devices-per-seat", "devices connected to one seat at once"),
                         ("devices-per-subscription", "devices connected to the whole "
                                                      "subscription at once")):
        set_.add_argument(f"--{option}", metavar="N", help=what)
    set_.add_argument("--auto-renew", metavar="yes|no", help="whether it renews by itself")
    add_db_option(set_)
    set_.add_argument("--json", action="store_true", help="print the saved profile as JSON")
    set_.set_defaults(handler=_set, writes=True)


def _count(args: argparse.Namespace, name: str) -> int | None:
    text = getattr(args, name.replace("-", "_"))
    if text is None:
        return None
    if not str(text).strip().isdigit():
        raise BadInput(NOT_A_NUMBER(option=name, text=text), field=name)
    return int(text)


def _yes_no(text: str | None) -> bool | None:
    if text is None:
        return None
    word = text.strip().casefold()
    if word in {"yes", "y", "true", "1"}:
        return True
    if word in {"no", "n", "false", "0"}:
        return False
    raise BadInput(NOT_YES_NO(text=text), field="auto_renew")


def _fact(value: Any) -> str:
    if value is None:
        return "not known"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _print(profile: TermsProfile, as_json: bool) -> None:
    if as_json:
        print_json(profile_json(profile))
        return
    data = profile_json(profile)
    source = ("built in: " + ", ".join(profile.rules)) if profile.builtin else (
        "stated by you" if any(v is not None for v in profile.known().values())
        else "not known")
    print(f"{profile.vendor} ({profile.channel.value}) — {source}")
    for name, value in data.items():
        if name in {"vendor", "channel", "source", "rules"}:
            continue
        rule = profile.rule_for("notice" if name == "notice_days" else name)
        shown = _fact(tuple(value) if isinstance(value, list) else value)
        print(f"  {name.replace('_', ' '):>26}: {shown}" + (f"  ({rule})" if rule else ""))


def _list(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        profiles = services.vendor_terms.profiles()
    for profile in profiles:
        _print(profile, args.json)
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_roster(args, writes=False) as services:
        profile = services.vendor_terms.show(args.vendor, BillingChannel(args.channel))
    _print(profile, args.json)
    return 0


def _set(args: argparse.Namespace) -> int:
    terms = OwnTerms(currency=args.currency, plan_months=_count(args, "plan-months"),
                     notice_days=_count(args, "notice-days"),
                     devices_per_seat=_count(args, "devices-per-seat"),
                     devices_per_subscription=_count(args, "devices-per-subscription"),
                     auto_renew=_yes_no(args.auto_renew))
    if all(value is None for value in vars(terms).values()):
        raise BadInput(NOTHING_STATED())
    with open_roster(args, writes=True) as services:
        profile = services.vendor_terms.set(args.vendor, BillingChannel(args.channel), terms)
    _print(profile, args.json)
    return 0
