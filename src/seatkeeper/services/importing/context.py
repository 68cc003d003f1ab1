"""What a row conversion needs besides the row: today, the account owner, the file's locale."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.locale_values import LOCALES, FileLocale
from seatkeeper.domain.vendor_terms import TermsProfile, profile_for

# A file that names no vendor: the vendor is not known, and says so (never a made-up name).
UNKNOWN_VENDOR = ""
# No owner e-mail: the file's column, else the one the admin gave (--owner, the wizard).
DEFAULT_OWNER = ""


@dataclass(frozen=True)
class ImportContext:
    today: date
    owner_email: str = DEFAULT_OWNER
    # How the file writes amounts and dates. en-US reads what Seatkeeper read before
    # locales (Snipe-IT's own export writes it); the CLI and the wizard pass the choice.
    locale: FileLocale = LOCALES["en-US"]
    # Converters remember what repeats across rows (a subscription's cells); one import.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    # The admin's saved vendor terms (store.vendor_terms), by domain.vendor_terms.by_key.
    profiles: Mapping[tuple[str, BillingChannel], TermsProfile] = field(
        default_factory=dict, compare=False, repr=False)

    def profile(self, vendor: str, channel: str) -> TermsProfile:
        return profile_for(vendor, BillingChannel(channel), self.profiles)


def system_locale_tag() -> str:
    """The system's locale for numbers, as POSIX names it (LC_ALL, LC_NUMERIC, LANG), or as
    Windows and macOS report it; "C" when none is set."""
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    found = locale.getlocale(locale.LC_NUMERIC)[0] or locale.getlocale()[0]
    return found or "C"
