"""Instants in the domain are timezone-aware and kept in UTC.

A naive datetime has no meaning for a deadline (is 23:00 local or UTC?), so it
is refused rather than guessed. Aware instants in another zone are converted,
which keeps comparisons and stored keys (``isoformat``) identical for the
same moment.
"""

from __future__ import annotations

from datetime import UTC, datetime

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message

NO_TIME_OF_DAY = message("instants.no_time_of_day",
                         "The {field} must be a date with a time of day.")
NO_TIME_ZONE = message("instants.no_time_zone",
                       "The {field} has no time zone, so the moment it names is unknown.")


def require_utc(value: datetime, field: str) -> datetime:
    """Return ``value`` in UTC, or refuse a naive datetime (or a plain date)."""
    if not isinstance(value, datetime):
        raise BadInput(NO_TIME_OF_DAY(field=field), field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise BadInput(NO_TIME_ZONE(field=field), field=field)
    return value.astimezone(UTC)
