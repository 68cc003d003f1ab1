"""Exchange rates kept per date, entered by the admin or imported from a bank (issue 20).

Revision ID: i20_rates
Revises: i17_reminder_answers
Create Date: 2026-12-02

``exchange_rates``: one unit of ``base`` is ``rate`` units of ``quote`` on
``day``. The rate is kept as its decimal text, not as ``Numeric``: SQLite's
Numeric goes through float, and a published rate must come back exactly as
the bank wrote it. ``source`` says who stated it (admin, norges-bank,
nationalbanken).

``holder_asks``: a question sent to a seat's holder before its renewal ("do you
still need it?"), with the reply-by date, so an unanswered one becomes a Review
finding at that date and an answer recorded closes it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i20_rates"
down_revision = "i20_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rates",
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("quote", sa.String(length=3), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("base", "quote", "day", name=op.f("pk_exchange_rates")),
    )
    op.create_table(
        "holder_asks",
        sa.Column("seat_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("reply_by", sa.Date(), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["seat_id"], ["seats.id"], ondelete="CASCADE",
                                name=op.f("fk_holder_asks_seat_id_seats")),
        sa.CheckConstraint("answer IS NULL OR answer IN ('keep', 'release')",
                           name=op.f("ck_holder_asks_answer_known")),
        sa.PrimaryKeyConstraint("seat_id", name=op.f("pk_holder_asks")),
    )


def downgrade() -> None:
    op.drop_table("holder_asks")
    op.drop_table("exchange_rates")
