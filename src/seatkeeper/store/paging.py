"""What a table view asks the store for; plain data, importable before SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableQuery:
    """What a table view asks for: filter text, sort key, direction, window.

    ``after`` (keyset paging): the id of a row already read in this order; the page
    then starts ``skip`` rows after it, found by seeking the index to that row's sort
    key instead of stepping over ``offset`` rows. ``offset`` is still the page's
    place, used when that row is gone.
    """

    filter_text: str = ""
    sort_key: str = ""
    descending: bool = False
    offset: int = 0
    limit: int = 200
    after: int | None = None
    skip: int = 0


# A filter's matches are counted up to this many before its first page is shown; beyond
# it the table says "more than 10,000" until the exact count, made afterwards, arrives.
FILTER_COUNT_CAP = 10_000
