"""What a row conversion needs besides the row: today and the account owner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

UNKNOWN_VENDOR = "Unknown vendor"
DEFAULT_OWNER = "admin@localhost"


@dataclass(frozen=True)
class ImportContext:
    today: date
    owner_email: str = DEFAULT_OWNER
