"""Helpers every command shares: opening the roster's services, printing JSON.

A command opens its roster as the window does, through the one composition
root (``services.bundle.open_services``), never by building a store or a
service itself (tests/cli/test_composition.py holds cli/ to that).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.locale_text import TextFormats
from seatkeeper.locations import roster_location
from seatkeeper.services.actor import current_actor
from seatkeeper.services.bundle import Keyring, Services, open_services
from seatkeeper.services.importing.context import system_locale_tag
from seatkeeper.services.rows import jsonable

__all__ = ["Keyring", "add_db_option", "make_vault", "open_roster", "print_json"]


def make_vault() -> Vault | None:
    """A vault to use instead of the OS keyring: None, so the keyring (tests put one here)."""
    return None


@contextmanager
def open_roster(args: argparse.Namespace, *, writes: bool,
                keyring: Keyring = Keyring.NOT_NEEDED) -> Iterator[Services]:
    """The roster's services for one command, closed when it is done.

    A command that ``writes`` first takes the day's backup copy of an SQLite
    roster, as the window does at launch; one that only reads, or is given
    ``--read-only``, opens the roster read-only. The keyring is opened only
    for a command that says it needs one.
    """
    read_only = not writes or bool(getattr(args, "read_only", False))
    services = open_services(
        roster_location(args), actor=current_actor(), read_only=read_only,
        daily_backup=not read_only, keyring=keyring,
        vault=make_vault() if keyring is not Keyring.NOT_NEEDED else None)
    try:
        if services.backup_problem:  # the command still runs; the admin is told
            print(f"seatkeeper: {services.backup_problem}", file=sys.stderr)
        for problem in services.audit_problems:
            print(f"seatkeeper: {problem.render()}", file=sys.stderr)
        yield services
    finally:
        services.close()


def add_db_option(parser: argparse.ArgumentParser) -> None:
    # Also accepted after the command (``seatkeeper report --db URL``).
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="roster: a file path or SQLAlchemy URL")


def text_formats() -> TextFormats:
    """How the human lines write dates, numbers and amounts: the system's locale (LC_ALL,
    LC_TIME, LANG); instants in the local time zone. ``--json`` never uses this."""
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return TextFormats.for_system(value)
    return TextFormats.for_system(system_locale_tag())


def print_json(value: Any) -> None:
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")
