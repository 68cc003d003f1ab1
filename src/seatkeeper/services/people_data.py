"""An access request: everything the roster holds about one person, by e-mail (GDPR)."""

from __future__ import annotations

from typing import Any

from seatkeeper.domain.errors import NotFound
from seatkeeper.domain.messages import message
from seatkeeper.domain.volume import normalise_email
from seatkeeper.store import people_data
from seatkeeper.store.engine import Store

NOBODY = message("people.nobody", "The roster holds nobody with the e-mail address {email}.")

__all__ = ["PeopleDataService"]


class PeopleDataService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def export(self, email: str) -> dict[str, Any]:
        """The person, their seats then and now, and the audit events that name them."""
        address = normalise_email(email)
        found = self.store.read(lambda c: people_data.person_data(c, address))
        if found is None:
            raise NotFound(NOBODY(email=address))
        return found
