"""A plan-length change waiting for the end of the current period (AS-6).

AS-6 says a new plan length starts at the end of the current billing period,
so the current ``plan_months`` and ``renewal_date`` must stay as they are
until then; the chosen length is kept beside them.

A plain ADD COLUMN, not ``batch_alter_table``: batch mode rebuilds
``subscriptions`` by rename, and SQLite then refuses because the FTS triggers
of 0002 name that table. A nullable column without constraints needs no
rebuild; the service checks the value (>= 1) before writing it.

Revision ID: 4_pending_plan
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "4_pending_plan"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("subscriptions", sa.Column("pending_plan_months", sa.Integer, nullable=True))


def downgrade() -> None:
    op.drop_column("subscriptions", "pending_plan_months")
