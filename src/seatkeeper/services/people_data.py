"""An access request and an erasure: everything the roster holds about one person, by
e-mail, read out or taken out (GDPR art. 15 and 17)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.errors import NotFound
from seatkeeper.domain.messages import message
from seatkeeper.domain.volume import normalise_email
from seatkeeper.store import erasure, people_data
from seatkeeper.store.engine import Connection, Store

NOBODY = message("people.nobody", "The roster holds nobody with the e-mail address {email}.")

__all__ = ["ErasureCounts", "PeopleDataService"]

ErasureCounts = dict[str, int]


class PeopleDataService:
    def __init__(self, store: Store, clock: Callable[[], datetime] | None = None,
                 actor: str = "") -> None:
        self.store = store
        self.clock = clock
        self.actor = actor

    def export(self, email: str) -> dict[str, Any]:
        """The person, their seats then and now, and the audit events that name them."""
        address = normalise_email(email)
        found = self.store.read(lambda c: people_data.person_data(c, address))
        if found is None:
            raise NotFound(NOBODY(email=address))
        return found

    def erasure_counts(self, email: str) -> ErasureCounts:
        """What ``erase`` would take out, counted; nothing is changed."""
        address = normalise_email(email)
        found = self.store.read(lambda c: erasure.plan(c, address))
        if found is None:
            raise NotFound(NOBODY(email=address))
        return found.counts()

    def erase(self, email: str) -> Changed[ErasureCounts]:
        """Take the person's personal data out of every table and event; one audit event
        (names no one) says it was done. Cannot be undone."""
        address = normalise_email(email)
        assert self.clock is not None, "an erasure is written: give the service a clock"
        clock = self.clock

        def work(conn: Connection) -> ErasureCounts:
            found = erasure.plan(conn, address)
            if found is None:
                raise NotFound(NOBODY(email=address))
            erasure.erase(conn, found, at=clock(), actor=self.actor)
            return found.counts()
        counts = self.store.write(work)
        erasure.scrub(self.store.engine)
        return Changed(counts, Changes.everything())  # seats, devices, reviews, the log...
