"""The audit log is append-only: triggers refuse UPDATE and DELETE on audit_events.

Revision ID: r8_audit_append_only
Revises: i6_review_decisions
Create Date: 2026-11-22

The hash chain (store/audit.py) shows a changed row; these triggers stop
Seatkeeper, or anyone with the roster file or a server login, from changing one
by accident. Someone who drops the trigger first is still caught by
``seatkeeper audit verify``.
"""

from __future__ import annotations

from alembic import op

revision = "r8_audit_append_only"
down_revision = "i6_review_decisions"
branch_labels = None
depends_on = None

MESSAGE = "audit_events is append-only"

SQLITE = [
    f"""CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
]

POSTGRESQL = [
    f"""CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$""",
    """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()""",
    """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()""",
    # TRUNCATE skips row triggers; refuse it as a statement.
    """CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()""",
]


def upgrade() -> None:
    statements = SQLITE if op.get_bind().dialect.name == "sqlite" else POSTGRESQL
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    else:
        for name in ("no_update", "no_delete", "no_truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_events_{name} ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
