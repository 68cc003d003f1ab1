"""A company directory's people from its user download: Entra ID, Google Workspace, a CSV.

The file is read by the same readers as a roster (encoding, delimiter, XLSX) and its
columns mapped by the same guesser; each row becomes a ``DirectoryPerson`` (name,
normalised e-mail, department, active or left, the directory's id) or a ``RowError``
that names the line, the column and why. Nothing here touches the roster: the
``PeopleService`` compares the people with it and syncs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.volume import normalise_person
from seatkeeper.services.importing.mapping import guess_mapping, override
from seatkeeper.services.importing.readers import read_file
from seatkeeper.services.importing.records import Cells, RowError

FORMATS = {"entra": "entra", "google": "google", "csv": "directory"}  # CLI name -> field set
NOT_A_DIRECTORY_FORMAT = message("people.not_a_format",
                                 "“{format}” is not a directory format (entra, google or csv).")
NO_EMAIL_COLUMN = message("people.no_email_column",
                          "The file has no e-mail column, so it cannot say who is who "
                          "(its columns: {headers}).")
NO_EMAIL = message("people.no_email", "The row names no e-mail address.")
UNKNOWN_STATUS = message("people.unknown_status",
                         "“{value}” is not a status Seatkeeper knows (active or left; "
                         "{known}).")
SAME_PERSON = message("people.same_person", "Same e-mail address as row {first}.")
TOO_LONG = message("people.too_long", "At most {most} characters.")

ACTIVE, LEFT = "active", "left"
# What each vendor's status column says, lower-cased: Entra's accountEnabled is
# True/False; Google's Status is Active/Suspended (Archived: kept, but not working).
STATUS_WORDS = {
    "true": ACTIVE, "yes": ACTIVE, "1": ACTIVE, "active": ACTIVE, "enabled": ACTIVE,
    "false": LEFT, "no": LEFT, "0": LEFT, "left": LEFT, "disabled": LEFT, "inactive": LEFT,
    "suspended": LEFT, "archived": LEFT, "deleted": LEFT,
    # A plain CSV from a Norwegian or Danish HR system says it in its own words.
    "aktiv": ACTIVE, "ja": ACTIVE, "aktivert": ACTIVE, "aktiveret": ACTIVE,
    "nei": LEFT, "nej": LEFT, "inaktiv": LEFT, "sluttet": LEFT, "stoppet": LEFT,
    "deaktivert": LEFT, "deaktiveret": LEFT, "fratrådt": LEFT, "fratraadt": LEFT,
    "ophørt": LEFT, "opphørt": LEFT,
}
MAX_NAME, MAX_DEPARTMENT, MAX_ID = 200, 200, 200


@dataclass(frozen=True)
class DirectoryPerson:
    line: int
    name: str
    email: str
    department: str | None
    status: str  # active | left
    directory_id: str | None


@dataclass
class DirectoryFile:
    """What a directory file says: its people and the rows that could not be read."""

    fmt: str  # entra | google | csv
    headers: list[str]
    mapping: dict[str, str]
    people: list[DirectoryPerson] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def field_set(fmt: str) -> str:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise BadInput(NOT_A_DIRECTORY_FORMAT(format=fmt), field="format") from None


def guess(fmt: str, headers: Iterable[str]) -> dict[str, str]:
    """field -> header for the format's fields the headers name."""
    return guess_mapping(headers, field_set(fmt))


def read_headers(path: Path, fmt: str, encoding: str | None = None) -> tuple[str, list[str]]:
    """The format's field set (what the mapping page offers) and the file's header row."""
    return field_set(fmt), read_file(path, None, encoding).headers


def read_directory(path: Path, fmt: str, *, encoding: str | None = None,
                   changes: Mapping[str, str | None] | None = None,
                   mapping: Mapping[str, str] | None = None) -> DirectoryFile:
    """Read and check every row of ``path``; BadInput for a file that is not one.

    The columns are guessed from the headers, then ``changes`` applied; a ``mapping``
    given (the wizard's, field -> header) is used instead of the guess.
    """
    kind = field_set(fmt)
    source = read_file(path, None, encoding)
    chosen = dict(mapping) if mapping is not None else guess_mapping(source.headers, kind)
    if changes:
        chosen = override(chosen, changes, source.headers, kind)
    return people_of(fmt, source.headers, chosen, source.rows)


def people_of(fmt: str, headers: list[str], mapping: dict[str, str],
              rows: Iterable[tuple[int, dict[str, str]]]) -> DirectoryFile:
    if "email" not in mapping and "sign_in" not in mapping:
        raise BadInput(NO_EMAIL_COLUMN(headers=", ".join(headers)[:300]), field="email")
    found = DirectoryFile(fmt, headers, mapping)
    first_line: dict[str, int] = {}
    for line, row in rows:
        cells = Cells(line, row, mapping)
        person = _person(cells)
        if person is not None:
            key = person.email.lower()
            if key in first_line:
                cells.fail("email", person.email, SAME_PERSON(first=first_line[key]))
            else:
                first_line[key] = line
        if cells.errors:
            found.errors.extend(cells.errors)
        elif person is not None:
            found.people.append(person)
    return found


def _person(cells: Cells) -> DirectoryPerson | None:
    email_field = "email" if cells.text("email").strip() else "sign_in"
    email = cells.text(email_field).strip()
    if not email:
        cells.fail("email", "", NO_EMAIL())
        return None
    name = " ".join(cells.text("name").split()) or " ".join(
        f"{cells.text('first_name')} {cells.text('last_name')}".split()) or email.split("@")[0]
    department = " ".join((cells.text("department") or cells.text("cost_centre")).split())
    directory_id = cells.text("directory_id").strip()
    for name_of, value, most in (("name", name, MAX_NAME), ("department", department,
                                                             MAX_DEPARTMENT),
                                 ("directory_id", directory_id, MAX_ID)):
        if len(value) > most:
            cells.fail(name_of, value, TOO_LONG(most=most))
    raw_status = cells.text("status").strip()
    status = STATUS_WORDS.get(raw_status.lower(), "") if raw_status else ACTIVE
    if not status:
        cells.fail("status", raw_status, UNKNOWN_STATUS(value=raw_status[:40],
                                                        known=", ".join(STATUS_WORDS)))
    try:
        person = normalise_person(name, email)
    except KnownError as error:
        cells.fail(email_field, email, error.msg)
        return None
    return DirectoryPerson(cells.line, person.name, person.email, department or None,
                           status or ACTIVE, directory_id or None)
