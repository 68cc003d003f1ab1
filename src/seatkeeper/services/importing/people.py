"""Seat holders from import rows: name and e-mail checked as VL-11 asks."""

from __future__ import annotations

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.volume import normalise_person
from seatkeeper.services.importing.records import Cells

NO_HOLDER_EMAIL = message("import.no_holder_email",
                          "A seat holder needs an e-mail address (VL-11).")


def holder(cells: Cells, name_field: str, email_field: str,
           fallback: tuple[str, str] | None = None) -> tuple[str | None, str | None]:
    """(name, e-mail) of the row's holder, or (None, None) when nobody is named."""
    name, email = cells.text(name_field).strip(), cells.text(email_field).strip()
    if not name and not email and fallback is not None:
        name_field, email_field = fallback
        name, email = cells.text(name_field).strip(), cells.text(email_field).strip()
    if not name and not email:
        return None, None
    if not email:
        cells.fail(email_field, email, NO_HOLDER_EMAIL())
        return None, None
    try:
        person = normalise_person(name or email.split("@")[0], email)
    except KnownError as error:
        cells.fail(email_field, email, error.msg)
        return None, None
    return person.name, person.email
