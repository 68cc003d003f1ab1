"""The review's findings and the next renewal's cost, in SQL.

Every kind of finding is one query, registered with ``@finding_kind``: a
SELECT of some of ``COLUMNS``. ``_found`` makes them one table (UNION ALL,
each kind's missing columns NULL), LEFT JOINs the seat's review decision, and
filters it; ``finding_page`` sorts and pages it (a total order ending on
kind, subscription and ``row_key``), ``count_findings`` counts it (capped or
not), ``kind_counts`` counts each kind. ``services.review_findings`` puts the
rows into words; the labels (``n``, ``lim``, ``email``, ``renewal``,
``sent_at``, ``target``) are what its templates name.

Adding a kind: a function here decorated ``@finding_kind("name")`` returning
its SELECT (with ``sub_id``, ``sub_name``, ``row_key`` unique within the kind
and subscription, ``seat_id``/``licence_id`` if it is about a seat), and in
``services.review_findings`` its title in ``KINDS`` and its words in
``DETAILS`` (a template over the columns) or ``WORDS`` (a function). The
order of registration is the order Review lists the kinds, and ``KINDS``
must list them in that order (tests/services/test_review_findings_sql.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row, RowMapping
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.util import ClauseAdapter

from seatkeeper.domain.enums import (
    DeliveryStatus,
    SeatStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.people import directory_imported
from seatkeeper.store.search import like_pattern
from seatkeeper.store.types import UTCDateTime

LIVE = [SubscriptionStatus.ACTIVE.value, SubscriptionStatus.PAYMENT_FAILED.value]

s, st, p = t.subscriptions, t.seats, t.people
a = t.vendor_accounts
_seat_cols = [st.c.id.label("seat_id"), st.c.licence_id, s.c.id.label("sub_id"),
              s.c.name.label("sub_name")]
_seat_from = st.join(s, s.c.id == st.c.subscription_id)
_live_seat = sa.and_(st.c.status == SeatStatus.ACTIVE.value, s.c.status.in_(LIVE))


VendorLimit = tuple[str, str, int | None, int | None]
"""(vendor key, channel, devices per seat, devices per subscription) from a terms profile."""


def _is_vendor(key: str, channel: str, vendor: Any = None) -> ColumnElement[bool]:
    if vendor is None:
        vendor = sa.select(a.c.vendor).where(a.c.id == s.c.account_id).scalar_subquery()
    return sa.and_(sa.func.lower(sa.func.trim(vendor)) == key, s.c.channel == channel)


def seat_limit_sql(limits: Sequence[VendorLimit], vendor: Any = None) -> ColumnElement[Any]:
    """A seat's device limit: its vendor profile's (VL-19), else the stated one, else NULL.

    ``vendor``: the account's vendor column where the query joins vendor_accounts
    (else a subquery per profile and row)."""
    whens: list[tuple[ColumnElement[bool], Any]] = [
        (_is_vendor(key, channel, vendor), per_seat)
        for key, channel, per_seat, _ in limits if per_seat is not None]
    whens.append((s.c.devices_known.is_(False), sa.null()))
    return sa.case(*whens, else_=s.c.devices_per_seat)


def capacity_sql(limits: Sequence[VendorLimit]) -> ColumnElement[Any]:
    """A subscription's devices at once: its profile's (AS-3), else seats x a seat's limit."""
    whens: list[tuple[ColumnElement[bool], Any]] = []
    for key, channel, per_seat, per_sub in limits:
        if per_sub is not None:
            whens.append((_is_vendor(key, channel), per_sub))
        elif per_seat is not None:
            whens.append((_is_vendor(key, channel), s.c.seat_limit * per_seat))
    whens.append((s.c.devices_known.is_(False), sa.null()))
    return sa.case(*whens, else_=s.c.seat_limit * s.c.devices_per_seat)


# --- the finding kinds: one query each ----------------------------------------

@dataclass(frozen=True)
class Context:
    """What a kind's query may depend on besides the tables."""

    today: date
    now: datetime
    limits: Sequence[VendorLimit] = ()
    # cancel_by_soon: (subscription id, rank by deadline), worked out by the service from
    # the vendor terms over the few subscriptions renewing soon (domain.vendor_terms).
    deadlines: Sequence[tuple[int, int]] = ()
    dialect: str = "sqlite"  # a kind may be asked differently where that is faster
    # False: no directory file was ever imported (``has_directory``), so no holder can be
    # missing from one, and holder_not_in_directory reads no seat to say so.
    directory: bool = True


# Every kind's rows have these columns (a kind leaves out what it has not: NULL). The
# service's words for a kind name some of them (``n``, ``lim``, ``email``, ``renewal``,
# ``sent_at``, ``target``); ``row_key`` tells a kind's rows of one subscription apart.
COLUMNS: dict[str, sa.types.TypeEngine[Any]] = {
    "sub_id": t.Id, "sub_name": sa.String(), "seat_id": t.Id, "licence_id": sa.String(),
    "row_key": t.Id, "n": sa.Integer(), "lim": sa.Integer(), "email": sa.String(),
    "renewal": sa.Date(), "sent_at": UTCDateTime(), "target": sa.String(),
    "rank": sa.Integer(), "reply_by": sa.Date(), "left_on": sa.Date(), "device": sa.String(),
}
KindQuery = Callable[[Context], sa.Select[Any]]
QUERIES: dict[str, KindQuery] = {}  # kind -> its query, in the order Review lists them


def finding_kind(kind: str) -> Callable[[KindQuery], KindQuery]:
    """Register ``kind``'s query: a SELECT of some of ``COLUMNS`` (labelled so), at least
    ``sub_id`` and ``row_key``. Its title and detail words are in services.review_findings."""
    def register(query: KindQuery) -> KindQuery:
        QUERIES[kind] = query
        return query
    return register


_seat_base = sa.select(*_seat_cols, st.c.id.label("row_key"), p.c.email,
                       s.c.renewal_date.label("renewal")) \
    .select_from(_seat_from.outerjoin(p, p.c.id == st.c.person_id))
# seats.devices_connected is kept by triggers (migration i7_scale) = the connections now.
_connected = st.c.devices_connected


@finding_kind("unassigned_seat")
def unassigned_seat(_ctx: Context) -> sa.Select[Any]:
    return _seat_base.where(_live_seat, st.c.person_id.is_(None))


@finding_kind("no_device")
def no_device(_ctx: Context) -> sa.Select[Any]:
    return _seat_base.where(_live_seat, _connected == 0)


@finding_kind("seat_over_device_limit")
def seat_over_device_limit(ctx: Context) -> sa.Select[Any]:
    """Subscription by subscription, its seats above its limit: a range of the index on
    seats (subscription_id, devices_connected) each (i21_review_index).

    Led by the seats, the query read every seat with more than one device (400,000 of a
    million: 1 s on SQLite, 0.6 s on PostgreSQL) to find none. PostgreSQL: a LATERAL
    read per subscription (OFFSET 0 keeps the planner from flattening it back into a
    scan of every seat). SQLite, which has no LATERAL: the subscriptions having such a
    seat (an EXISTS over the range), then their seats over the limit by the same index.
    """
    lim = seat_limit_sql(ctx.limits, a.c.vendor)
    subs_with_vendor = s.join(a, a.c.id == s.c.account_id)
    if ctx.dialect == "postgresql":
        over = (sa.select(st.c.id, st.c.licence_id, st.c.person_id, st.c.devices_connected)
                .where(st.c.subscription_id == s.c.id, st.c.devices_connected > lim)
                .offset(0).lateral("over"))
        return (sa.select(over.c.id.label("seat_id"), over.c.licence_id,
                          s.c.id.label("sub_id"), s.c.name.label("sub_name"),
                          over.c.id.label("row_key"), p.c.email,
                          s.c.renewal_date.label("renewal"),
                          over.c.devices_connected.label("n"), lim.label("lim"))
                .select_from(subs_with_vendor.join(over, sa.true())
                             .outerjoin(p, p.c.id == over.c.person_id)))
    s2, a2, st2 = s.alias("s_over"), a.alias("a_over"), st.alias("st_over")
    lim2 = ClauseAdapter(s2).traverse(seat_limit_sql(ctx.limits, a2.c.vendor))
    having = (sa.select(s2.c.id).select_from(s2.join(a2, a2.c.id == s2.c.account_id))
              .where(sa.exists().where(st2.c.subscription_id == s2.c.id,
                                       st2.c.devices_connected > lim2))
              .correlate(None))
    return _seat_base.add_columns(_connected.label("n"), lim.label("lim")) \
        .join(a, a.c.id == s.c.account_id) \
        .where(st.c.subscription_id.in_(having), _connected > lim)


def _sub_cols() -> list[Any]:
    return [s.c.id.label("sub_id"), s.c.name.label("sub_name")]


def _per_subscription(ctx: Context) -> tuple[Any, Any, Any]:
    """(FROM, seats, devices connected) of each subscription.

    PostgreSQL: one pass over the seats, grouped (a count per subscription was an index
    probe each: 0.6 s at 100k seats). SQLite: a count per subscription from the covering
    index on seats.subscription_id, five times quicker there than the grouping.
    """
    if ctx.dialect == "postgresql":
        per = (sa.select(st.c.subscription_id.label("sid"), sa.func.count().label("seats"),
                         sa.func.sum(st.c.devices_connected).label("devices"))
               .group_by(st.c.subscription_id).subquery("per_sub"))
        # A subscription without seats has neither seats nor devices to be over its limit.
        return s.join(per, per.c.sid == s.c.id), per.c.seats, per.c.devices
    mine = st.c.subscription_id == s.c.id
    seats = sa.select(sa.func.count()).where(mine).scalar_subquery()
    devices = sa.select(sa.func.coalesce(sa.func.sum(st.c.devices_connected), 0)) \
        .where(mine).scalar_subquery()
    return s, seats, devices


@finding_kind("subscription_over_device_limit")
def subscription_over_device_limit(ctx: Context) -> sa.Select[Any]:
    capacity = capacity_sql(ctx.limits)
    source, _seats, devices = _per_subscription(ctx)
    return (sa.select(*_sub_cols(), s.c.id.label("row_key"), devices.label("n"),
                      capacity.label("lim"))
            .select_from(source)
            .where(s.c.kind != SubscriptionKind.VOLUME.value, devices > capacity))


@finding_kind("subscription_over_seat_limit")
def subscription_over_seat_limit(ctx: Context) -> sa.Select[Any]:
    source, seats, _devices = _per_subscription(ctx)
    return (sa.select(*_sub_cols(), s.c.id.label("row_key"), seats.label("n"),
                      s.c.seat_limit.label("lim"))
            .select_from(source).where(seats > s.c.seat_limit))


@finding_kind("person_holds_two_seats")
def person_holds_two_seats(_ctx: Context) -> sa.Select[Any]:
    """Seats grouped by (subscription, holder) in the order of their index
    (i21_review_index), no table read or sort. The holder's e-mail is looked up for
    each group found: joined, PostgreSQL guessed a hundred thousand groups (it cannot
    know how few hold two) and hashed all 450,000 people for 1,566 of them."""
    dup = (sa.select(st.c.subscription_id, st.c.person_id, sa.func.count().label("n"))
           .where(st.c.person_id.is_not(None))
           .group_by(st.c.subscription_id, st.c.person_id)
           .having(sa.func.count() > 1).subquery())
    email = sa.select(p.c.email).where(p.c.id == dup.c.person_id).scalar_subquery()
    return (sa.select(*_sub_cols(), dup.c.person_id.label("row_key"), dup.c.n,
                      email.label("email"))
            .select_from(dup.join(s, s.c.id == dup.c.subscription_id)))


@finding_kind("delivery_pending_over_24h")
def delivery_pending_over_24h(ctx: Context) -> sa.Select[Any]:
    d = t.deliveries
    return (sa.select(*_sub_cols(), d.c.id.label("row_key"), d.c.sent_at,
                      sa.func.coalesce(t.devices.c.name, d.c.email).label("target"))
            .select_from(d.join(s, s.c.id == d.c.subscription_id)
                         .outerjoin(t.devices, t.devices.c.id == d.c.device_id))
            .where(d.c.status == DeliveryStatus.PENDING.value,
                   d.c.sent_at < ctx.now - timedelta(hours=24)))


@finding_kind("cancel_by_soon")
def cancel_by_soon(ctx: Context) -> sa.Select[Any]:
    if not ctx.deadlines:
        return sa.select(*_sub_cols(), s.c.id.label("row_key")).where(sa.false())
    # Written out as integers (not one parameter each): a few thousand of them would
    # pass SQLite's limit of parameters, and neither database has a portable VALUES.
    whens = " ".join(f"WHEN {int(sub_id)} THEN {int(rank)}" for sub_id, rank in ctx.deadlines)
    rank = sa.literal_column(f"CASE subscriptions.id {whens} END", sa.Integer())
    ids: sa.BindParameter[list[int]] = sa.bindparam(
        "soon_ids", [int(i) for i, _ in ctx.deadlines], expanding=True, literal_execute=True)
    return (sa.select(*_sub_cols(), s.c.id.label("row_key"), rank.label("rank"))
            .where(s.c.id.in_(ids)))


@finding_kind("auto_renew_unassigned")
def auto_renew_unassigned(_ctx: Context) -> sa.Select[Any]:
    return _seat_base.where(_live_seat, st.c.person_id.is_(None), st.c.renew.is_(True),
                            s.c.auto_renew.is_(True))


@finding_kind("expired_still_assigned")
def expired_still_assigned(ctx: Context) -> sa.Select[Any]:
    ended = sa.or_(s.c.status == SubscriptionStatus.EXPIRED.value,
                   sa.and_(s.c.status == SubscriptionStatus.CANCELLED.value,
                           s.c.renewal_date < ctx.today))
    # The ended subscriptions first, then their seats by index (not every seat read).
    ended_ids = sa.select(s.c.id).where(ended)
    return _seat_base.where(st.c.person_id.is_not(None), st.c.subscription_id.in_(ended_ids),
                            ended)


@finding_kind("holder_not_answered")
def holder_not_answered(ctx: Context) -> sa.Select[Any]:
    """Issue 20: a holder asked before the renewal, no answer by the reply-by date."""
    asks = t.holder_asks
    unanswered = sa.and_(asks.c.answer.is_(None), asks.c.reply_by <= ctx.today)
    # Led by the questions (few), not by the seats: joined plainly, SQLite (no table
    # statistics) read every seat to look for its question: 0.2 s at 1M seats for none.
    asked = sa.select(asks.c.seat_id).where(unanswered)
    return (sa.select(*_seat_cols, st.c.id.label("row_key"), asks.c.email, asks.c.reply_by)
            .select_from(_seat_from.join(asks, asks.c.seat_id == st.c.id))
            .where(_live_seat, st.c.id.in_(asked), unanswered))


# Issue 20: what the company directory says about the holders (store.people).
LEFT = "left"


def _held_seats() -> sa.Select[Any]:
    return (sa.select(*_seat_cols, st.c.id.label("row_key"), p.c.email,
                      p.c.left_on.label("left_on"))
            .select_from(_seat_from.join(p, p.c.id == st.c.person_id)))


@finding_kind("seat_held_by_leaver")
def seat_held_by_leaver(_ctx: Context) -> sa.Select[Any]:
    return _held_seats().where(p.c.status == LEFT)


@finding_kind("holder_not_in_directory")
def holder_not_in_directory(ctx: Context) -> sa.Select[Any]:
    """Holders the last directory file did not hold; none before a first import."""
    if not ctx.directory:
        return _held_seats().where(sa.false())
    return _held_seats().where(directory_imported(),
                               sa.func.coalesce(p.c.in_directory, sa.false()).is_(False))


@finding_kind("leaver_device_connected")
def leaver_device_connected(_ctx: Context) -> sa.Select[Any]:
    """One row per device still connected to a seat of someone who left."""
    dc, d = t.device_connections, t.devices
    return (sa.select(*_seat_cols, d.c.id.label("row_key"), p.c.email,
                      p.c.left_on.label("left_on"), d.c.name.label("device"))
            .select_from(_seat_from.join(p, p.c.id == st.c.person_id)
                         .join(dc, dc.c.seat_id == st.c.id).join(d, d.c.id == dc.c.device_id))
            .where(p.c.status == LEFT))


# --- every kind as one table: filtered, sorted, paged, with its decision --------

@dataclass(frozen=True)
class FindingFilter:
    """Which findings: one kind or all, and a text.

    The text matches the values (subscription, seat, e-mail, delivery target) as a
    substring, any case; words the window shows in the admin's language cannot be
    matched in SQL, so the caller passes the kinds and decisions whose words hold it.
    """

    kind: str = ""  # "" = every kind
    text: str = ""
    kinds_worded: frozenset[str] = frozenset()
    decisions_worded: frozenset[str] = frozenset()


def _shaped(ctx: Context, kind: str) -> sa.Select[Any]:
    inner = QUERIES[kind](ctx).subquery(f"k_{kind}")
    cols: list[ColumnElement[Any]] = [sa.literal(kind, sa.String()).label("kind"),
            sa.literal(list(QUERIES).index(kind), sa.Integer()).label("kind_ord")]
    for name, type_ in COLUMNS.items():
        cols.append(inner.c[name].label(name) if name in inner.c
                    else sa.cast(sa.null(), type_).label(name))
    return sa.select(*cols)


def _found(ctx: Context, which: FindingFilter) -> tuple[sa.Select[Any], Any]:
    kinds = [which.kind] if which.kind else list(QUERIES)
    parts = [_shaped(ctx, k) for k in kinds]
    union = (parts[0] if len(parts) == 1 else sa.union_all(*parts)).subquery("found")
    rd = t.review_decisions
    stmt = (sa.select(union, rd.c.decision, rd.c.note, rd.c.decided_at, rd.c.applied_at)
            .select_from(union.outerjoin(rd, rd.c.seat_id == union.c.seat_id)))
    needle = which.text.strip()
    if needle:
        pattern = like_pattern(needle)
        stmt = stmt.where(sa.or_(
            union.c.kind.in_(sorted(which.kinds_worded)),
            rd.c.decision.in_(sorted(which.decisions_worded)),
            *[union.c[c].ilike(pattern, escape="\\")
              for c in ("sub_name", "licence_id", "email", "target")]))
    return stmt, union


def _text(column: Any) -> Any:
    return sa.func.coalesce(column, "")


def _sort_keys(found: Any, decision: Any) -> dict[str, list[Any]]:
    c = found.c
    return {
        # Kind by kind; deliveries oldest first, deadlines soonest first, else by name.
        "kind": [c.kind_ord, c.sent_at, c.rank, _text(c.sub_name), _text(c.licence_id)],
        "subscription": [_text(c.sub_name), _text(c.licence_id)],
        "seat": [_text(c.licence_id), _text(c.sub_name)],
        "detail": [c.kind_ord, c.n, c.lim, _text(c.email), _text(c.target), c.sent_at,
                   c.rank],
        "decision": [_text(decision), _text(c.sub_name)],
    }


SORT_KEYS = frozenset(_sort_keys(sa.table("x", *[sa.column(n) for n in (
    "kind_ord", *COLUMNS)]), sa.column("d")))


# Never NULL where a kind has them (every kind joins its subscription, every seat kind
# its seat): within one kind, ordering by them is ordering by their coalesce.
_NEVER_NULL = frozenset({"sub_name", "licence_id"})


def _one_kind(key: Any, present: frozenset[str]) -> Any | None:
    """``key`` for the rows of one kind having the columns ``present``: None where it is a
    column the kind has not (NULL in every row: no order), the column itself where it is
    the coalesce of one never NULL. Bare columns let the database read the rows in an
    index's order and stop at the page's end (PostgreSQL: the first 200 of 138,000
    unassigned seats in 2 ms by subscriptions' name index, not 350 ms sorting all)."""
    inner = key
    if isinstance(key, sa.sql.functions.coalesce):
        inner = next(iter(key.clauses))
    name = getattr(inner, "name", None)
    if name not in COLUMNS:
        return key
    if name not in present:
        return None
    return inner if name in _NEVER_NULL else key


def _order(found: Any, query: TableQuery, present: frozenset[str] | None = None
           ) -> list[Any]:
    """The ORDER BY; ``present``: the page is of one kind, which has these columns."""
    keys = _sort_keys(found, t.review_decisions.c.decision)
    chosen = keys.get(query.sort_key or "kind")
    if chosen is None:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    # A total order (the unique row last), so a page read backwards is the same page.
    every = [*chosen, found.c.kind_ord, found.c.sub_id, found.c.row_key]
    if present is not None:  # one kind: kind_ord is the same in every row
        one = [_one_kind(k, present) for k in every if k is not found.c.kind_ord]
        every = [k for k in one if k is not None]
    return [k.desc() if query.descending else k.asc() for k in every]


def finding_page(conn: Connection, ctx: Context, which: FindingFilter, query: TableQuery
                 ) -> list[RowMapping]:
    """One page of findings with their seat's decision (``decision`` … NULL without).

    In Review's own order (by kind, the default) the page is read kind by kind, each
    kind only if the page reaches it: the first page of a million seats' findings
    reads the first kind's first rows, not every kind's rows sorted together.
    """
    if not which.kind and (query.sort_key or "kind") == "kind":
        return _kind_by_kind(conn, ctx, which, query)
    stmt, found = _found(ctx, which)
    present = frozenset(QUERIES[which.kind](ctx).selected_columns.keys()) if which.kind \
        else None
    stmt = stmt.order_by(*_order(found, query, present)).offset(query.offset) \
        .limit(query.limit)
    return list(conn.execute(stmt).mappings())


def _kind_by_kind(conn: Connection, ctx: Context, which: FindingFilter, query: TableQuery
                  ) -> list[RowMapping]:
    rows: list[RowMapping] = []
    skip, need = query.offset, query.limit
    kinds = list(QUERIES)
    for kind in reversed(kinds) if query.descending else kinds:
        if need <= 0:
            break
        one = replace(which, kind=kind)
        before = count_findings(conn, ctx, one, at_most=skip)  # up to skip + 1
        if before <= skip:  # the page starts after this kind
            skip -= before
            continue
        page = finding_page(conn, ctx, one, replace(query, offset=skip, limit=need))
        rows.extend(page)
        skip, need = 0, need - len(page)
    return rows


def count_findings(conn: Connection, ctx: Context, which: FindingFilter,
                   at_most: int | None = None) -> int:
    """Findings matching ``which``; with ``at_most``, no more than ``at_most + 1``.

    Every kind's findings are counted kind by kind, each capped at what is left of
    ``at_most``: a capped count stops at the kind that reaches the cap instead of
    asking every kind's query (at a million seats the first kind has 138,000 findings;
    the UNION of them all took 0.9 s to cap on PostgreSQL, the kind alone 30 ms).
    """
    if not which.kind:
        total = 0
        for kind in QUERIES:
            left = None if at_most is None else at_most - total
            total += count_findings(conn, ctx, replace(which, kind=kind), left)
            if at_most is not None and total > at_most:
                break
        return total
    stmt = _found(ctx, which)[0]
    matching = sa.select(sa.literal(1)).select_from(stmt.subquery())
    if at_most is not None:
        matching = matching.limit(at_most + 1)
    return int(conn.execute(sa.select(sa.func.count())
                            .select_from(matching.subquery())).scalar_one())


def kind_counts(conn: Connection, ctx: Context, at_most: int | None = None) -> dict[str, int]:
    """Each kind's findings (unfiltered); with ``at_most``, each no more than ``at_most + 1``."""
    return {kind: count_findings(conn, ctx, FindingFilter(kind=kind), at_most)
            for kind in QUERIES}


def decided_findings(conn: Connection, ctx: Context) -> int:
    """Findings about a seat that has a decision recorded."""
    stmt = _found(ctx, FindingFilter())[0]
    decided = stmt.where(t.review_decisions.c.decision.is_not(None)).subquery()
    return int(conn.execute(sa.select(sa.func.count()).select_from(decided)).scalar_one())


def has_directory(conn: Connection) -> bool:
    """Whether a directory file was ever imported into this roster (``Context.directory``)."""
    return bool(conn.execute(sa.select(directory_imported())).scalar())


def renewing_by(conn: Connection, last: datetime) -> list[Row[Any]]:
    """Live auto-renewing subscriptions whose renewal or trial end is at ``last`` or before."""
    stmt = (sa.select(s.c.id, s.c.name, s.c.channel, s.c.renewal_date, s.c.trial_ends_at,
                      s.c.notice_days, a.c.vendor)
            .join(a, a.c.id == s.c.account_id)
            .where(s.c.auto_renew.is_(True), s.c.status.in_(LIVE),
                   sa.or_(s.c.renewal_date <= last.date(), s.c.trial_ends_at <= last))
            .order_by(s.c.name, s.c.id))
    return list(conn.execute(stmt))


def renewal_rows(conn: Connection) -> list[Row[Any]]:
    """Each live auto-renewing subscription's price, and its seats: all, renewing, dropping.

    Dropping: renewing seats with an unapplied do-not-renew decision.
    """
    rd = t.review_decisions
    live_seat = sa.and_(st.c.subscription_id == s.c.id)
    seats = sa.select(sa.func.count()).where(live_seat).scalar_subquery()
    renewing = sa.select(sa.func.count()).where(
        live_seat, st.c.renew.is_(True), st.c.status == SeatStatus.ACTIVE.value
    ).scalar_subquery()
    dropping = (sa.select(sa.func.count()).select_from(st.join(rd, rd.c.seat_id == st.c.id))
                .where(live_seat, st.c.renew.is_(True), st.c.status == SeatStatus.ACTIVE.value,
                       rd.c.decision == "do_not_renew", rd.c.applied_at.is_(None))
                .scalar_subquery())
    stmt = sa.select(s.c.currency, s.c.price_minor, s.c.price_basis, s.c.price_months,
                     s.c.seat_limit, s.c.plan_months, s.c.channel,
                     seats.label("seats"), renewing.label("renewing"),
                     dropping.label("dropping")).where(s.c.auto_renew.is_(True),
                                                       s.c.status.in_(LIVE))
    return list(conn.execute(stmt))
