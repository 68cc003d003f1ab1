"""Exchange rates per date (table ``exchange_rates``): saved, listed, read for a conversion.

The rate is kept as its decimal text and read back as ``Decimal``: exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.domain.rates import Rate
from seatkeeper.store import tables as t

er = t.exchange_rates


def save_rates(conn: Connection, rates: Iterable[Rate], now: datetime) -> tuple[int, int]:
    """Insert or replace each rate for its (base, quote, day); (added, replaced)."""
    added = replaced = 0
    for rate in rates:
        where = sa.and_(er.c.base == rate.base, er.c.quote == rate.quote, er.c.day == rate.day)
        values = {"rate": format(rate.value.normalize(), "f"), "source": rate.source,
                  "entered_at": now}
        if conn.execute(er.update().where(where).values(**values)).rowcount:
            replaced += 1
        else:
            conn.execute(er.insert().values(base=rate.base, quote=rate.quote, day=rate.day,
                                            **values))
            added += 1
    return added, replaced


def all_rates(conn: Connection, currencies: Iterable[str] | None = None) -> list[Rate]:
    """Every stored rate (of pairs between ``currencies`` when given), by pair and day."""
    stmt = sa.select(er.c.day, er.c.base, er.c.quote, er.c.rate, er.c.source)
    if currencies is not None:
        codes = sorted(set(currencies))
        stmt = stmt.where(er.c.base.in_(codes), er.c.quote.in_(codes))
    stmt = stmt.order_by(er.c.base, er.c.quote, er.c.day)
    return [Rate(r.day, r.base, r.quote, Decimal(r.rate), r.source) for r in conn.execute(stmt)]
