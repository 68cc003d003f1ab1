"""People carry what the company directory says: department, active or left, its id.

Revision ID: i20_people
Revises: i17_reminder_answers
Create Date: 2026-12-02

The ``people`` table already holds every seat holder, keyed by the normalised
e-mail (VL-11), so no new table is needed and every existing holder stays as
they are: active, no department, not (yet) seen in a directory. The columns
are added in place, never by a batch copy: on SQLite a copy of ``people``
would drop the triggers that keep ``seats.holder_name`` (i7_holder_sort).
``in_directory`` says whether the last directory file imported held the
person; a roster that never imported one has NULL everywhere.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i20_people"
down_revision = "i21_trigram"
branch_labels = None
depends_on = None

CHECK = "CONSTRAINT ck_people_status_known CHECK (status IN ('active', 'left'))"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("people", sa.Column("department", sa.String(length=200), nullable=True))
    if sqlite:  # SQLite takes a CHECK only as part of the new column
        op.execute("ALTER TABLE people ADD COLUMN status VARCHAR(10) DEFAULT 'active' "
                   f"NOT NULL {CHECK}")
    else:
        op.add_column("people", sa.Column("status", sa.String(length=10), nullable=False,
                                          server_default="active"))
        op.create_check_constraint("ck_people_status_known", "people",
                                   "status IN ('active', 'left')")
    op.add_column("people", sa.Column("left_on", sa.Date(), nullable=True))
    op.add_column("people", sa.Column("directory_id", sa.String(length=200), nullable=True))
    op.add_column("people", sa.Column("in_directory", sa.Boolean(), nullable=True))
    op.create_index("ix_people_status_name", "people", ["status", "name"])


def downgrade() -> None:
    op.drop_index("ix_people_status_name", table_name="people")
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        op.drop_constraint("ck_people_status_known", "people", type_="check")
    for column in ("in_directory", "directory_id", "left_on", "status", "department"):
        if sqlite:  # SQLite >= 3.35 drops a column in place (the triggers stay)
            op.execute(f"ALTER TABLE people DROP COLUMN {column}")
        else:
            op.drop_column("people", column)
