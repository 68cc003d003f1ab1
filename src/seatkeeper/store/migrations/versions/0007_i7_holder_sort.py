"""Sort the Licences table by holder without sorting every seat.

The holder's name lives on ``people``, outer-joined to ``seats``, so no index
gave that order and SQLite sorted a million rows for the first page.
``seats.holder_name`` copies the holder's name, indexed with the seat id;
triggers keep it true when a seat is assigned or unassigned, a person is
renamed or deleted (the rename trigger finds the seats by ix_seats_person_id).

Revision ID: i7_holder_sort
Revises: i7_scale
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i7_holder_sort"
down_revision = "i7_scale"
branch_labels = None
depends_on = None

FILL = """UPDATE seats SET holder_name =
    (SELECT name FROM people WHERE people.id = seats.person_id) WHERE person_id IS NOT NULL"""

# Must stay identical to store/search_bulk.py's copy (a bulk load drops and restores it).
SQLITE_INSERT_TRIGGER = """CREATE TRIGGER seat_holder_ai AFTER INSERT ON seats
    WHEN new.person_id IS NOT NULL BEGIN
        UPDATE seats SET holder_name = (SELECT name FROM people WHERE id = new.person_id)
        WHERE id = new.id; END"""
SQLITE_TRIGGERS = [
    SQLITE_INSERT_TRIGGER,
    """CREATE TRIGGER seat_holder_au AFTER UPDATE OF person_id ON seats BEGIN
        UPDATE seats SET holder_name = (SELECT name FROM people WHERE id = new.person_id)
        WHERE id = new.id; END""",
    """CREATE TRIGGER people_holder_au AFTER UPDATE OF name ON people BEGIN
        UPDATE seats SET holder_name = new.name WHERE person_id = new.id; END""",
]
POSTGRES = [
    """CREATE FUNCTION seat_holder_name() RETURNS trigger AS $$
    BEGIN
        NEW.holder_name := (SELECT name FROM people WHERE id = NEW.person_id);
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER seat_holder_name BEFORE INSERT OR UPDATE OF person_id ON seats
        FOR EACH ROW EXECUTE FUNCTION seat_holder_name()""",
    """CREATE FUNCTION people_holder_name() RETURNS trigger AS $$
    BEGIN
        UPDATE seats SET holder_name = NEW.name WHERE person_id = NEW.id;
        RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER people_holder_name AFTER UPDATE OF name ON people
        FOR EACH ROW EXECUTE FUNCTION people_holder_name()""",
]
INDEXES = [
    ("ix_seats_holder_name_id", "seats", ["holder_name", "id"]),
]


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of ``seats`` would trip over the 0002 FTS triggers.
    op.add_column("seats", sa.Column("holder_name", sa.String(200), nullable=True))
    op.execute(FILL)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    for statement in SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("seat_holder_ai", "seat_holder_au", "people_holder_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        op.execute("DROP TRIGGER IF EXISTS seat_holder_name ON seats")
        op.execute("DROP FUNCTION IF EXISTS seat_holder_name()")
        op.execute("DROP TRIGGER IF EXISTS people_holder_name ON people")
        op.execute("DROP FUNCTION IF EXISTS people_holder_name()")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_column("seats", "holder_name")
