"""The Licences table's first page for the window, before the roster's services exist.

See store.first_look: plain sqlite3, so the window can show real seats while
SQLAlchemy and the services load on another worker. None means "wait for the
store" (not an SQLite file, not at this Seatkeeper's schema, unreadable).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from seatkeeper.services.rows import LicenceRow, licence_row
from seatkeeper.store.first_look import read_first_look
from seatkeeper.store.location import RosterLocation


@dataclass(frozen=True)
class FirstPage:
    count: int
    rows: list[LicenceRow]


def first_licence_page(location: RosterLocation, limit: int) -> FirstPage | None:
    if location.path is None:
        return None
    look = read_first_look(location.path, limit)
    if look is None:
        return None
    rows = [licence_row({**r, "renewal_date": date.fromisoformat(r["renewal_date"])})
            for r in look.rows]
    return FirstPage(look.count, rows)
