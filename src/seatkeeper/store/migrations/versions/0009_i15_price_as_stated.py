"""A subscription's price as the vendor states it, and a licence's registration (issue 15).

Revision ID: i15_price_as_stated
Revises: a13_audit_sqlstate
Create Date: 2026-12-05

Until now a price was kept as one figure, the price of a seat for a month
(``unit_monthly_price_minor``), so a price stated for the whole purchase or
for a year had to be divided and rounded on the way in, and the amount paid
could not be got back. Now the price is kept as stated: ``price_minor`` (the
amount), ``price_basis`` (per_seat: it buys one seat; total: every seat of
the purchase) and ``price_months`` (the period it covers). Every existing row
was a seat's monthly price: it becomes exactly that (amount = the old figure,
per_seat, 1 month), so every figure computed from it stays the same.

``unit_monthly_price_minor`` stays, written as the derived figure, for the
readers outside Seatkeeper that still select it (the benchmark's baseline
query); nothing in Seatkeeper reads it for money any more.

``registered_to_name`` / ``registered_to_email``: a licence's registration
(Snipe-IT's "Licensed To"), which is not who holds its seats.

Plain ADD COLUMNs, not ``batch_alter_table``: batch mode rebuilds
``subscriptions`` and SQLite refuses because the FTS triggers of 0002 name it
(see 0003). The service checks basis and months before writing them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i15_price_as_stated"
down_revision = "a13_audit_sqlstate"
branch_labels = None
depends_on = None

COLUMNS = ["price_minor", "price_basis", "price_months", "registered_to_name",
           "registered_to_email"]


def upgrade() -> None:
    op.add_column("subscriptions", sa.Column("price_minor", sa.BigInteger, nullable=False,
                                             server_default="0"))
    op.add_column("subscriptions", sa.Column("price_basis", sa.String(10), nullable=False,
                                             server_default="per_seat"))
    op.add_column("subscriptions", sa.Column("price_months", sa.Integer, nullable=False,
                                             server_default="1"))
    op.add_column("subscriptions", sa.Column("registered_to_name", sa.String(200),
                                             nullable=True))
    op.add_column("subscriptions", sa.Column("registered_to_email", sa.String(320),
                                             nullable=True))
    # Exactly what was kept: a seat's price for one month.
    op.execute("UPDATE subscriptions SET price_minor = unit_monthly_price_minor, "
               "price_basis = 'per_seat', price_months = 1")


def downgrade() -> None:
    # Back to one figure: a seat's month, rounded half-up (a total or a yearly price cannot
    # be kept exactly in it; that is why it went).
    op.execute("""UPDATE subscriptions SET unit_monthly_price_minor = CASE
        WHEN price_basis = 'per_seat' THEN
            (2 * price_minor + price_months) / (2 * price_months)
        ELSE (2 * price_minor + price_months * seat_limit) / (2 * price_months * seat_limit)
        END""")
    for column in reversed(COLUMNS):
        op.drop_column("subscriptions", column)
