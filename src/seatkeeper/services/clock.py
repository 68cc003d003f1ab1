"""The injectable clock: services ask it for 'now', tests hand in their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, as an aware UTC instant."""
    return datetime.now(UTC)


def fixed_clock(instant: datetime) -> Clock:
    """A clock that always answers ``instant`` (tests, reports 'as of')."""
    if instant.tzinfo is None:
        raise ValueError("fixed_clock needs an aware datetime")
    return lambda: instant
