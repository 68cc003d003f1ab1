"""Every seat in id order as plain driver tuples, in big batches, for the CSV export.

A million seats through SQLAlchemy rows and mappings cost more than writing the CSV;
here the compiled statement runs on the driver's own cursor (a server-side cursor on
PostgreSQL, so the server streams too) and each batch is the driver's list of tuples.
Nothing but one batch is in memory at a time. Values are as the driver gives them:
SQLite's dates are text and its booleans 0/1; ``date_reader`` turns a renewal date
into a ``date`` the way SQLAlchemy would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import tables as t

# The order of the columns in every tuple.
SEAT_STREAM_COLUMNS = (
    "subscription_id", "renew", "seat_status", "licence_id", "holder", "email",
    "devices_connected", "subscription", "subscription_key", "kind", "channel",
    "renewal_date", "currency", "price_minor", "price_basis", "price_months", "seat_limit",
    "plan_months", "devices_per_seat", "subscription_status", "vendor", "owner_email",
    "period_start", "auto_renew",
)


def seat_stream_select() -> sa.Select[Any]:
    s, sub, p, a = t.seats, t.subscriptions, t.people, t.vendor_accounts
    return (
        sa.select(s.c.subscription_id, s.c.renew, s.c.status, s.c.licence_id, p.c.name,
                  p.c.email, s.c.devices_connected, sub.c.name, sub.c.external_key,
                  sub.c.kind, sub.c.channel, sub.c.renewal_date, sub.c.currency,
                  sub.c.price_minor, sub.c.price_basis, sub.c.price_months,
                  sub.c.seat_limit, sub.c.plan_months, sub.c.devices_per_seat, sub.c.status,
                  a.c.vendor, a.c.owner_email, sub.c.period_start, sub.c.auto_renew)
        .select_from(s.join(sub, sub.c.id == s.c.subscription_id)
                     .join(a, a.c.id == sub.c.account_id)
                     .outerjoin(p, p.c.id == s.c.person_id))
        .order_by(s.c.id)
    )


def date_reader(conn: Connection) -> Callable[[Any], date]:
    """What turns a driver's renewal date into a ``date`` (SQLAlchemy's own processor)."""
    kind = t.subscriptions.c.renewal_date.type.dialect_impl(conn.dialect)
    process = kind.result_processor(conn.dialect, None)
    if process is None:
        return lambda value: value
    return process  # type: ignore[return-value]


def seat_batches(conn: Connection, batch: int) -> Iterator[list[tuple[Any, ...]]]:
    """The seats, ``batch`` tuples at a time, inside ``conn``'s transaction."""
    sql = str(seat_stream_select().compile(dialect=conn.dialect))
    driver: Any = conn.connection.driver_connection
    dbapi = conn.dialect.loaded_dbapi
    # A named cursor is PostgreSQL's server-side cursor; SQLite's cursor steps anyway.
    cursor = driver.cursor() if conn.dialect.name == "sqlite" \
        else driver.cursor(name="seatkeeper_seat_stream")
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(batch):
            yield rows
    except dbapi.Error as error:
        # As if SQLAlchemy had run it, so Store.read puts it in the admin's words.
        raise sa.exc.DBAPIError.instance(sql, None, error, dbapi.Error,
                                         hide_parameters=True) from None
    finally:
        cursor.close()
