"""The Licences table's first page for the window, before the roster's services exist.

See store.first_look: plain sqlite3, so the window can show real seats while
SQLAlchemy and the services load on another worker. None means "wait for the
store" (not an SQLite file, not at this Seatkeeper's schema, unreadable).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from seatkeeper.services.rows import LicenceRow, licence_row
from seatkeeper.store.first_look import read_first_look
from seatkeeper.store.location import RosterLocation

log = logging.getLogger(__name__)


FIRST_PAGE_ROWS = 200  # the Licences table's page size: the look is its first page


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


def start_first_look(location: RosterLocation, limit: int = FIRST_PAGE_ROWS
                     ) -> Callable[[], FirstPage | None]:
    """Read the first page on a thread of its own from now on; the answer waits for it.

    The app starts it before importing Qt and the window: sqlite3 does its work
    without the GIL, so the page is read while the imports run.
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
