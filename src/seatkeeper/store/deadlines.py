"""The rows a deadline can come from, picked in SQL (services.deadlines applies the rules).

Only subscriptions whose trial or period ends inside the window (plus the
longest notice period, since a cancel-by inside the window can belong to an end
just after it) are read, and only the non-renewing seats of those. Dates
compare coarsely here (a superset); the caller applies the exact window.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from seatkeeper.domain.app_store import CANCEL_NOTICE
from seatkeeper.domain.enums import SeatStatus, SubscriptionKind, SubscriptionStatus
from seatkeeper.domain.vendor_terms import MAX_NOTICE_DAYS
from seatkeeper.store import tables as t
from seatkeeper.store.search import like_pattern, terms_of


def _subscription_ends(s: Any) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """(is a trial with a known end, otherwise) -- the two ways a period ends."""
    trial = sa.and_(s.c.kind == SubscriptionKind.TRIAL.value, s.c.trial_ends_at.is_not(None))
    return trial, sa.not_(trial)


def longest_notice(conn: Connection) -> timedelta:
    """The longest notice period any subscription or saved profile states (at least 24 h):
    a cancel-by in a window may belong to an end that much later, and no further."""
    days = conn.execute(sa.select(sa.func.max(t.subscriptions.c.notice_days))).scalar()
    saved = conn.execute(sa.select(sa.func.max(t.vendor_terms.c.notice_days))).scalar()
    longest = max(int(days or 0), int(saved or 0))
    return max(CANCEL_NOTICE, timedelta(days=min(longest, MAX_NOTICE_DAYS)))


def _ends_between(start: datetime, end: datetime,
                  lookahead: timedelta = CANCEL_NOTICE) -> ColumnElement[bool]:
    """Subscriptions whose trial or period end could put a deadline in [start, end]."""
    s = t.subscriptions
    last = end + lookahead
    trial, not_trial = _subscription_ends(s)
    return sa.and_(
        s.c.status != SubscriptionStatus.EXPIRED.value,
        sa.or_(
            sa.and_(trial, s.c.trial_ends_at >= start, s.c.trial_ends_at <= last),
            sa.and_(not_trial, s.c.renewal_date >= start.date(),
                    s.c.renewal_date <= last.date()),
        ),
    )


def _text_where(text: str, columns: list[ColumnElement[Any]]) -> ColumnElement[bool] | None:
    """Every term must appear (case-insensitively) in one of ``columns``."""
    terms = terms_of(text)
    if not terms:
        return None
    lowered = [sa.func.lower(sa.func.coalesce(c, "")) for c in columns]
    return sa.and_(*[
        sa.or_(*[c.like(like_pattern(term.lower()), escape="\\") for c in lowered])
        for term in terms
    ])


def charge_columns() -> list[ColumnElement[Any]]:
    """A renewal's charge (issue 17): the price as stated, plan months, seats and renewing.

    Renewing seats are the active ones whose "renew" switch is on (VL-14), as in
    ``review_findings.renewal_rows``.
    """
    s, st = t.subscriptions, t.seats
    of_sub = st.c.subscription_id == s.c.id
    seats = sa.select(sa.func.count()).where(of_sub).scalar_subquery()
    renewing = sa.select(sa.func.count()).where(
        of_sub, st.c.renew.is_(True), st.c.status == SeatStatus.ACTIVE.value).scalar_subquery()
    return [s.c.currency, s.c.price_minor, s.c.price_basis, s.c.price_months, s.c.plan_months,
            seats.label("seats"), renewing.label("renewing")]


def subscriptions_ending(conn: Connection, start: datetime, end: datetime,
                         text: str = "") -> list[RowMapping]:
    """Subscriptions that may have a deadline in [start, end], with their vendor.

    Keys: id, name, kind, channel, renewal_date, trial_ends_at, auto_renew, status,
    notice_days, vendor, and what the renewal charges (``charge_columns``). Ends up to the
    longest notice period after ``end`` are read (a cancel-by in the window may belong to
    them); the caller applies the exact window.
    """
    s, a = t.subscriptions, t.vendor_accounts
    stmt = (sa.select(s.c.id, s.c.name, s.c.kind, s.c.channel, s.c.renewal_date,
                      s.c.trial_ends_at, s.c.auto_renew, s.c.status, s.c.notice_days,
                      a.c.vendor, *charge_columns())
            .join(a, a.c.id == s.c.account_id)
            .where(_ends_between(start, end, longest_notice(conn))))
    text_where = _text_where(text, [s.c.name, a.c.vendor])
    if text_where is not None:
        stmt = stmt.where(text_where)
    return list(conn.execute(stmt).mappings())


def lapsing_seats(conn: Connection, start: datetime, end: datetime,
                  text: str = "") -> list[RowMapping]:
    """VL-14: active seats switched off while their renewing subscription ends in the window.

    When the whole subscription lapses its own deadline says so, so those are left out.
    Keys: seat_id, licence_id, holder, id, name, channel, renewal_date, vendor.
    """
    s, a, seat, p = t.subscriptions, t.vendor_accounts, t.seats, t.people
    _, not_trial = _subscription_ends(s)
    # The subscriptions first, then their seats by ix_seats_subscription_id: with the
    # conditions side by side SQLite scanned every seat (1.6 s at a million seats, at
    # each opening of the window, for the few subscriptions ending in the window).
    ending = sa.select(s.c.id).where(
        _ends_between(start, end), not_trial, s.c.auto_renew.is_(True),
        s.c.status != SubscriptionStatus.CANCELLED.value)
    stmt = (
        sa.select(seat.c.id.label("seat_id"), seat.c.licence_id, p.c.name.label("holder"),
                  s.c.id, s.c.name, s.c.channel, s.c.renewal_date, a.c.vendor)
        .select_from(seat.join(s, s.c.id == seat.c.subscription_id)
                     .join(a, a.c.id == s.c.account_id)
                     .outerjoin(p, p.c.id == seat.c.person_id))
        .where(seat.c.subscription_id.in_(ending), seat.c.renew.is_(False),
               seat.c.status == SeatStatus.ACTIVE.value)
    )
    text_where = _text_where(text, [s.c.name, a.c.vendor, seat.c.licence_id, p.c.name,
                                    p.c.email])
    if text_where is not None:
        stmt = stmt.where(text_where)
    return list(conn.execute(stmt).mappings())
