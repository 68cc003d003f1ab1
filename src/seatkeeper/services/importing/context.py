"""What a row conversion needs besides the row: today and the account owner."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

UNKNOWN_VENDOR = "Unknown vendor"
DEFAULT_OWNER = "admin@localhost"


@dataclass(frozen=True)
class ImportContext:
    today: date
    owner_email: str = DEFAULT_OWNER
    # Converters remember what repeats across rows (a subscription's cells); one import.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
