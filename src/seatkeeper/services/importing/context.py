"""What a row conversion needs besides the row: today, the account owner, the file's locale."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from seatkeeper.domain.locale_values import LOCALES, FileLocale

UNKNOWN_VENDOR = "Unknown vendor"
DEFAULT_OWNER = "admin@localhost"


@dataclass(frozen=True)
class ImportContext:
    today: date
    owner_email: str = DEFAULT_OWNER
    # How the file writes amounts and dates. en-US reads what Seatkeeper read before
    # locales (Snipe-IT's own export writes it); the CLI and the wizard pass the choice.
    locale: FileLocale = LOCALES["en-US"]
    # Converters remember what repeats across rows (a subscription's cells); one import.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)


def system_locale_tag() -> str:
    """The system's locale for numbers, as POSIX names it (LC_ALL, LC_NUMERIC, LANG), or as
    Windows and macOS report it; "C" when none is set."""
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    found = locale.getlocale(locale.LC_NUMERIC)[0] or locale.getlocale()[0]
    return found or "C"
