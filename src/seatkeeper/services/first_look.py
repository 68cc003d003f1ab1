"""The Licences table's first page for the window, before the roster's services exist.

See store.first_look: plain sqlite3 (or psycopg for a PostgreSQL roster), so the
window can show real seats while SQLAlchemy and the services load on another
worker. None means "wait for the store" (no roster there, not at this
Seatkeeper's schema, unreadable, unreachable).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from seatkeeper.services.rows import LicenceRow, licence_row
from seatkeeper.store.first_look import read_first_look, read_server_first_look
from seatkeeper.store.location import RosterLocation

log = logging.getLogger(__name__)


FIRST_PAGE_ROWS = 200  # the Licences table's page size: the look is its first page


@dataclass(frozen=True)
class FirstPage:
    count: int
    rows: list[LicenceRow]


def has_first_look(location: RosterLocation) -> bool:
    """Whether ``location`` is a roster a first look can read (a file, or PostgreSQL)."""
    return location.path is not None or location.url.startswith("postgresql")


def first_licence_page(location: RosterLocation, limit: int) -> FirstPage | None:
    if location.path is not None:
        look = read_first_look(location.path, limit)
    elif location.url.startswith("postgresql"):
        look = read_server_first_look(location.url, limit)
    else:
        return None  # an in-memory SQLite roster has nothing to look at
    if look is None:
        return None
    rows = [licence_row({**r, "renewal_date": _date(r["renewal_date"])}) for r in look.rows]
    return FirstPage(look.count, rows)


def _date(value: date | str) -> date:
    """sqlite3 answers a date as its ISO text, psycopg as a date."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def start_first_look(location: RosterLocation, limit: int = FIRST_PAGE_ROWS
                     ) -> Callable[[], FirstPage | None]:
    """Read the first page on a thread of its own from now on; the answer waits for it.

    The app starts it before importing Qt and the window: sqlite3 does its work
    without the GIL (psycopg waits for the server without it), so the page is
    read while the imports run.
    """
    answer: list[FirstPage | None] = [None]

    def read() -> None:
        try:
            answer[0] = first_licence_page(location, limit)
        except Exception:  # the store's open reports what is wrong with the roster
            log.exception("the first look failed")

    thread = threading.Thread(target=read, name="seatkeeper-first-look", daemon=True)
    thread.start()

    def result() -> FirstPage | None:
        thread.join()
        return answer[0]

    return result
