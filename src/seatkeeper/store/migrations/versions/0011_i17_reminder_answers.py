"""Reminders stay open until each admin answers them; notifications go once a lead time.

Revision ID: i17_reminder_answers
Revises: i16_terms_profiles
Create Date: 2026-12-02

Until now a reminder was marked done in the roster-wide ``settings`` table the
moment it was put on screen, so after a relaunch, or for the next admin on a
shared roster, it was gone. ``reminder_answers`` keeps each admin's answer to a
deadline (cancelled, keep and renew, snoozed to a date, dismissed) with the due
date it answered, so a moved date reopens it. ``reminder_notices`` keeps which
notification (desktop or e-mail digest) went for which lead time, so each goes
once. The old ``reminders.fired`` / ``reminders.snoozed`` settings are dropped:
they recorded what was shown, which is not an answer.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i17_reminder_answers"
down_revision = "i16_terms_profiles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_answers",
        sa.Column("actor", sa.String(length=320), nullable=False),
        sa.Column("deadline_key", sa.String(length=120), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=False),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("answer IN ('cancelled', 'renewed', 'snoozed', 'dismissed')",
                           name=op.f("ck_reminder_answers_answer_known")),
        sa.PrimaryKeyConstraint("actor", "deadline_key", name=op.f("pk_reminder_answers")),
    )
    op.create_table(
        "reminder_notices",
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("deadline_key", sa.String(length=120), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("lead_seconds", sa.BigInteger(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("recipient", "channel", "deadline_key", "due_at",
                                "lead_seconds", name=op.f("pk_reminder_notices")),
    )
    op.execute("DELETE FROM settings WHERE key IN ('reminders.fired', 'reminders.snoozed')")


def downgrade() -> None:
    op.drop_table("reminder_notices")
    op.drop_table("reminder_answers")
