"""Calendar arithmetic for plans: month addition, months left, renewals.

Month addition clamps to the month's last day (01-31 + 1 month = 02-28/29),
and a renewal n periods out is always computed from the anchor date, never by
adding one period at a time (01-31 -> 02-28 -> 03-28 drift is a bug).
"""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months, clamped to the month's end."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def months_left(on: date, renewal: date) -> int:
    """Smallest whole m with ``on + m months >= renewal`` (RULES: Decisions).

    A partial month counts as a whole one; on or after the renewal date it is 0.
    """
    if on >= renewal:
        return 0
    m = (renewal.year - on.year) * 12 + (renewal.month - on.month)
    m = max(m, 0)
    while m > 0 and add_months(on, m - 1) >= renewal:
        m -= 1
    while add_months(on, m) < renewal:
        m += 1
    return m


def renewal_after(anchor: date, plan_months: int, periods: int) -> date:
    """The renewal ``periods`` plans after ``anchor``, computed from the anchor."""
    return add_months(anchor, plan_months * periods)


def next_renewal(anchor: date, plan_months: int, on: date) -> date:
    """The first renewal strictly after ``on`` of a plan anchored at ``anchor``."""
    if plan_months <= 0:
        raise ValueError("plan_months must be positive")
    periods = 1
    if on >= anchor:
        elapsed = (on.year - anchor.year) * 12 + (on.month - anchor.month)
        periods = max(1, elapsed // plan_months)
    while renewal_after(anchor, plan_months, periods) <= on:
        periods += 1
    while periods > 1 and renewal_after(anchor, plan_months, periods - 1) > on:
        periods -= 1
    return renewal_after(anchor, plan_months, periods)
