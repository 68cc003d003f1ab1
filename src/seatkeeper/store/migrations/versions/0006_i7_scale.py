"""Scale to a million seats: sort indexes and a connected-device count kept by triggers.

Sorting the Licences table by subscription or renewal date walks an index on
(subscriptions.<column>, id) and each subscription's seats in id order, so a
page is read without sorting every seat. ``seats.devices_connected`` replaces
a COUNT subquery per seat (which made sorting by devices count a million
subqueries); triggers on device_connections keep it true.

Revision ID: i7_scale
Revises: r8_audit_append_only
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i7_scale"
down_revision = "r8_audit_append_only"
branch_labels = None
depends_on = None

FILL = """UPDATE seats SET devices_connected =
    (SELECT count(*) FROM device_connections dc WHERE dc.seat_id = seats.id)"""

SQLITE_TRIGGERS = [
    """CREATE TRIGGER seat_devices_ai AFTER INSERT ON device_connections BEGIN
        UPDATE seats SET devices_connected = devices_connected + 1 WHERE id = new.seat_id; END""",
    """CREATE TRIGGER seat_devices_ad AFTER DELETE ON device_connections BEGIN
        UPDATE seats SET devices_connected = devices_connected - 1 WHERE id = old.seat_id; END""",
    """CREATE TRIGGER seat_devices_au AFTER UPDATE OF seat_id ON device_connections BEGIN
        UPDATE seats SET devices_connected = devices_connected - 1 WHERE id = old.seat_id;
        UPDATE seats SET devices_connected = devices_connected + 1 WHERE id = new.seat_id; END""",
]
POSTGRES = [
    """CREATE FUNCTION seat_devices_count() RETURNS trigger AS $$
    BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            UPDATE seats SET devices_connected = devices_connected - 1 WHERE id = OLD.seat_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            UPDATE seats SET devices_connected = devices_connected + 1 WHERE id = NEW.seat_id;
        END IF;
        RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER seat_devices_count AFTER INSERT OR DELETE OR UPDATE OF seat_id
        ON device_connections FOR EACH ROW EXECUTE FUNCTION seat_devices_count()""",
]
INDEXES = [
    ("ix_subscriptions_name_id", "subscriptions", ["name", "id"]),
    ("ix_subscriptions_renewal_id", "subscriptions", ["renewal_date", "id"]),
    ("ix_seats_devices_connected", "seats", ["devices_connected", "id"]),
]


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of ``seats`` would trip over the 0002 FTS triggers.
    op.add_column("seats", sa.Column("devices_connected", sa.Integer, nullable=False,
                                     server_default="0"))
    op.execute(FILL)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    for statement in SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("seat_devices_ai", "seat_devices_ad", "seat_devices_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        op.execute("DROP TRIGGER IF EXISTS seat_devices_count ON device_connections")
        op.execute("DROP FUNCTION IF EXISTS seat_devices_count()")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_column("seats", "devices_connected")
