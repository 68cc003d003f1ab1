"""The Licences row, declared once: its columns, its joins and its default order.

Two readers build their SQL from this one declaration: ``store.seats`` builds
the SQLAlchemy statements of every page, filter and detail, and
``store.first_look`` builds the plain sqlite3 and psycopg statement of the window's
first page, read before SQLAlchemy is imported (see README "Performance"). So this
module imports nothing but the standard library, and a column, join or order
added here reaches both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """A stored column: ``table.name``."""

    table: str
    name: str

    @property
    def sql(self) -> str:
        return f"{self.table}.{self.name}"


@dataclass(frozen=True)
class Column:
    """One column of the row: the stored column and the key the row is read by.

    The SQLAlchemy select writes ``AS label`` where the names differ and where
    ``aliased`` asks for it, so its text stays the one the benchmarks measure.
    """

    label: str
    ref: Ref
    aliased: bool = False


@dataclass(frozen=True)
class Join:
    """``table`` joined on ``left = right`` (outer: a seat without one still counts)."""

    table: str
    left: Ref
    right: Ref
    outer: bool = False


ROOT = "seats"  # one row per seat
ID = Ref("seats", "id")

COLUMNS = (
    Column("seat_id", ID),
    Column("subscription_id", Ref("seats", "subscription_id")),
    Column("subscription", Ref("subscriptions", "name")),
    Column("licence_id", Ref("seats", "licence_id")),
    Column("holder", Ref("people", "name")),
    Column("email", Ref("people", "email")),
    Column("renew", Ref("seats", "renew")),
    Column("seat_status", Ref("seats", "status")),
    Column("renewal_date", Ref("subscriptions", "renewal_date")),
    Column("subscription_status", Ref("subscriptions", "status")),
    Column("devices_per_seat", Ref("subscriptions", "devices_per_seat")),
    Column("devices_known", Ref("subscriptions", "devices_known")),  # i16: else not known
    Column("devices_connected", Ref("seats", "devices_connected"), aliased=True),  # triggers
)
LABELS = tuple(column.label for column in COLUMNS)

# Every seat has its subscription (a NOT NULL foreign key); a free seat has no holder.
JOINS = (
    Join("subscriptions", Ref("subscriptions", "id"), Ref("seats", "subscription_id")),
    Join("people", Ref("people", "id"), Ref("seats", "person_id"), outer=True),
)

# The default sort: the subscription's name, then its id before the seat's, so SQLite
# walks ix_subscriptions_name_id and each subscription's seats instead of sorting.
DEFAULT_SORT = "subscription"
DEFAULT_KEY = Ref("subscriptions", "name")
DEFAULT_TIES = (Ref("subscriptions", "id"),)
DEFAULT_ORDER = (DEFAULT_KEY, *DEFAULT_TIES, ID)


# The limit's placeholder for each DB-API paramstyle the first looks use: sqlite3's
# "qmark" and psycopg's "format".
_PLACEHOLDERS = {"qmark": "?", "format": "%s"}


def plain_first_page_sql(paramstyle: str = "qmark", *, ids_first: bool = False) -> str:
    """The first page in the default order, as plain SQL with one parameter: the limit,
    written in ``paramstyle`` ("qmark" for sqlite3, "format" for psycopg).

    ``ids_first`` chooses the page's seat ids in a subquery that joins only what the
    order needs, then joins the rest for those rows alone, as ``store.seats`` does: on
    PostgreSQL the one-level statement joined every seat of the first subscriptions
    to its holder before sorting them (9-45 ms at 1M seats; ids first, 4 ms).
    """
    placeholder = _PLACEHOLDERS[paramstyle]
    columns = ", ".join(column.ref.sql for column in COLUMNS)
    order = ", ".join(f"{ref.sql} ASC" for ref in DEFAULT_ORDER)
    if not ids_first:
        return f"SELECT {columns} FROM {_joined(JOINS)} ORDER BY {order} LIMIT {placeholder}"
    ordered_by = {ref.table for ref in DEFAULT_ORDER}
    needed = tuple(join for join in JOINS if join.table in ordered_by)
    ids = f"SELECT {ID.sql} FROM {_joined(needed)} ORDER BY {order} LIMIT {placeholder}"
    return f"SELECT {columns} FROM {_joined(JOINS)} WHERE {ID.sql} IN ({ids}) ORDER BY {order}"


def _joined(joins: tuple[Join, ...]) -> str:
    return " ".join((ROOT, *(f"{'LEFT OUTER JOIN' if join.outer else 'JOIN'} {join.table} "
                             f"ON {join.left.sql} = {join.right.sql}" for join in joins)))
