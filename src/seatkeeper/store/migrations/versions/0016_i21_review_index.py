"""Indexes for Review's findings at a million seats (issue 21).

Revision ID: i21_review_index
Revises: i20_rates
Create Date: 2026-12-03

``ix_seats_subscription_person`` (subscription, holder): "one person holds two
seats of one subscription" groups the seats by both; from this index the
groups come in order, without reading the table or sorting (0.9 s at 1M seats
on SQLite, 1.7 s on PostgreSQL, before it).

``ix_seats_subscription_devices`` (subscription, devices connected): "seat has
more devices connected than allowed" is, for each subscription, its seats
above the subscription's limit: a range of this index. Before it, every seat
with more than one device was read (400,000 of a million) to find none.
"""

from __future__ import annotations

from alembic import op

revision = "i21_review_index"
down_revision = "i20_rates"
branch_labels = None
depends_on = None

# Must stay identical to store/tables.py's seats indexes.
INDEXES = [
    ("ix_seats_subscription_person", ["subscription_id", "person_id"]),
    ("ix_seats_subscription_devices", ["subscription_id", "devices_connected"]),
]


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "seats", columns)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE seats")  # plans for the new indexes from the next read on


def downgrade() -> None:
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name="seats")
