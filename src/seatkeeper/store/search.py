"""Text filters as SQL: FTS5 trigram on SQLite, ILIKE elsewhere.

Terms of three or more characters go to the trigram index (substring match,
case-insensitive); a filter made only of shorter terms falls back to LIKE.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement


def terms_of(text: str) -> list[str]:
    return [t for t in text.split() if t]


def fts_match(text: str) -> str | None:
    """The FTS5 MATCH expression for the long terms, each a quoted phrase."""
    long_terms = [t for t in terms_of(text) if len(t) >= 3]
    if not long_terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_hits(text: str, fts_table: str) -> sa.Select[Any] | None:
    """SQLite: the rowids of ``fts_table`` whose text holds every term of ``text``.

    Long terms go to the trigram index as one MATCH; short ones are LIKE on the
    same rows. None when ``text`` has no terms. The search tables hold one row
    per searched row (kept by triggers), so these rowids are the matching ids.
    """
    terms = terms_of(text)
    if not terms:
        return None
    fts = sa.table(fts_table, sa.column("rowid"), sa.column("text"))
    hits = sa.select(fts.c.rowid)
    match = fts_match(text)
    if match is not None:
        hits = hits.where(sa.text(f"{fts_table} MATCH :fts_q").bindparams(fts_q=match))
    for term in terms:
        if len(term) < 3:
            hits = hits.where(fts.c.text.like(like_pattern(term), escape="\\"))
    return hits


# Characters outside ASCII that the trigram tokenizer folds to an ASCII letter (SQLite's
# Unicode case folding: the Kelvin sign to k, the long s to s; tests/store checks the list
# against the library). LIKE folds ASCII only, so these are folded first.
FOLDED_TO_ASCII = {"\u212a": "k", "\u017f": "s"}


def search_row_test(text: str, text_column: ColumnElement[str]) -> list[ColumnElement[bool]] | None:
    """SQLite: ``search_hits``'s test for one row of the search table, as LIKEs on its text.

    The same answer as the trigram MATCH for a term of ASCII characters: LIKE folds ASCII
    case as the tokenizer does, and the few other characters the tokenizer folds to ASCII
    are folded before. None when a long term is not ASCII (only MATCH folds it) or there
    is no term. The text is wrapped in an expression so that FTS5 is not asked to serve
    the LIKE: on one row by rowid that costs a trigram lookup each (600 ms for 200 rows).
    """
    terms = terms_of(text)
    if not terms or any(len(t) >= 3 and not t.isascii() for t in terms):
        return None
    raw: ColumnElement[str] = text_column.op("||")(sa.literal("", sa.String))
    folded = raw
    for char, ascii_char in FOLDED_TO_ASCII.items():
        folded = sa.func.replace(folded, char, ascii_char)
    return [(folded if len(t) >= 3 else raw).like(like_pattern(t), escape="\\")
            for t in terms]


def text_filter(
    dialect: str,
    text: str,
    id_column: ColumnElement[int],
    fts_table: str,
    columns: list[ColumnElement[str]],
) -> ColumnElement[bool] | None:
    """A WHERE clause keeping rows whose text contains every term of ``text``."""
    terms = terms_of(text)
    if not terms:
        return None
    if dialect == "sqlite":
        hits = search_hits(text, fts_table)
        assert hits is not None  # there are terms
        return id_column.in_(hits)
    haystack = sa.func.concat_ws(" ", *[sa.func.coalesce(c, "") for c in columns])
    return sa.and_(*[haystack.ilike(like_pattern(t), escape="\\") for t in terms])
