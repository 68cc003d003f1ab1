"""Text filters as SQL: FTS5 trigram on SQLite, ILIKE elsewhere.

Terms of three or more characters go to the trigram index (substring match,
case-insensitive); a filter made only of shorter terms falls back to LIKE.
"""

from __future__ import annotations

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
        fts = sa.table(fts_table, sa.column("rowid"), sa.column("text"))
        match = fts_match(text)
        if match is not None:
            hits = sa.select(fts.c.rowid).where(sa.text(f"{fts_table} MATCH :fts_q").bindparams(
                fts_q=match))
            clauses: list[ColumnElement[bool]] = [id_column.in_(hits)]
            short = [t for t in terms if len(t) < 3]
        else:
            clauses, short = [], terms
        for term in short:
            hits = sa.select(fts.c.rowid).where(fts.c.text.like(like_pattern(term), escape="\\"))
            clauses.append(id_column.in_(hits))
        return sa.and_(*clauses)
    haystack = sa.func.concat_ws(" ", *[sa.func.coalesce(c, "") for c in columns])
    return sa.and_(*[haystack.ilike(like_pattern(t), escape="\\") for t in terms])
