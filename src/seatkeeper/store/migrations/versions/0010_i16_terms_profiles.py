"""Vendor terms profiles, notice periods, and whether a device limit is known (issue 16).

Revision ID: i16_terms_profiles
Revises: i15_price_as_stated
Create Date: 2026-12-02

``vendor_terms``: the admin's own terms profile for a vendor in one billing
channel ("Adobe: 30 days notice, annual, EUR"), saved and reused. Every fact
is nullable: NULL is "not known". The seed vendors' profiles are built in
(``domain.vendor_terms``) and never stored.

``subscriptions.notice_days``: the notice period the admin stated for one
subscription (NULL: none stated, so no cancel-by deadline unless its profile
has one). ``subscriptions.devices_known``: False when no one stated a device
limit (an import without that column); the limit is then shown as not known
and never judged. Existing rows stated theirs, so they keep True.

Plain ADD COLUMNs, not ``batch_alter_table``: batch mode rebuilds
``subscriptions`` and SQLite refuses because the FTS triggers of 0002 name it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i16_terms_profiles"
down_revision = "i15_price_as_stated"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("subscriptions", sa.Column("notice_days", sa.Integer, nullable=True))
    op.add_column("subscriptions", sa.Column("devices_known", sa.Boolean, nullable=False,
                                             server_default=sa.true()))
    op.create_table(
        "vendor_terms",
        sa.Column("vendor_key", sa.String(120), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("vendor", sa.String(120), nullable=False),
        sa.Column("currency", sa.String(3), nullable=True),
        sa.Column("plan_months", sa.Integer, nullable=True),
        sa.Column("notice_days", sa.Integer, nullable=True),
        sa.Column("devices_per_seat", sa.Integer, nullable=True),
        sa.Column("devices_per_subscription", sa.Integer, nullable=True),
        sa.Column("auto_renew", sa.Boolean, nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("vendor_key", "channel", name="pk_vendor_terms"),
    )


def downgrade() -> None:
    op.drop_table("vendor_terms")
    op.drop_column("subscriptions", "devices_known")
    op.drop_column("subscriptions", "notice_days")
