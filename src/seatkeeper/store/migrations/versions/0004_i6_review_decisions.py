"""Offline review: per-seat decisions, their undo records and the sign-off.

Revision ID: i6_review_decisions
Revises: 4_pending_plan
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i6_review_decisions"
down_revision = "4_pending_plan"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "review_decisions",
        sa.Column("seat_id", Id, nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=320), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("decision IN ('keep', 'reclaim', 'reassign', 'do_not_renew')",
                           name=op.f("ck_review_decisions_decision_known")),
        sa.ForeignKeyConstraint(["seat_id"], ["seats.id"], ondelete="CASCADE",
                                name=op.f("fk_review_decisions_seat_id_seats")),
        sa.PrimaryKeyConstraint("seat_id", name=op.f("pk_review_decisions")),
    )
    op.create_table(
        "review_undo",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_review_undo")),
    )
    op.create_table(
        "review_signoffs",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=320), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_signoffs")),
    )


def downgrade() -> None:
    op.drop_table("review_signoffs")
    op.drop_table("review_undo")
    op.drop_table("review_decisions")
