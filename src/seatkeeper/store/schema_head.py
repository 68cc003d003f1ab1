"""The schema version this Seatkeeper writes, read from the shipped scripts' text.

Importing Alembic and loading every revision script costs a few hundred
milliseconds; a roster already at head is recognised by comparing its
``alembic_version`` with the ``revision``/``down_revision`` lines here. Plain
Python, so the window can check a roster before SQLAlchemy is loaded.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$",
                         re.MULTILINE)


@functools.cache
def shipped_head(migrations: Path = MIGRATIONS) -> str | None:
    """The single head of the shipped scripts, read from their text.

    None for the head when the text is not a plain chain (a merge, a branch,
    a computed value): the callers then ask Alembic itself.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted((migrations / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        if not found["revision"] or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        if found["down_revision"]:
            parents.add(found["down_revision"])
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None
