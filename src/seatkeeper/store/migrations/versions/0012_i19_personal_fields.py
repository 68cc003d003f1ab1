"""Personal data can be erased from the audit log while the chain still verifies.

Revision ID: i19_personal_fields
Revises: i17_reminder_answers
Create Date: 2026-12-02

Until now each event's hash covered its text (summary, before, after), which
names people, so erasing a person (GDPR art. 17) would have broken the chain.
New events (scheme 2, store/audit.py) are hashed over a salted digest of their
text instead; an erasure rewrites the text, drops the salt and records a seal of
what it rewrote in its own chained event.

The events already written stay as they are, hashes and all (scheme 1: checked
by the old rule, and the checkpoints this computer and others keep still match
them). An erasure may rewrite one of them too; from then on its erasure's seal
vouches for it. So nothing is rehashed here: new columns, and the UPDATE trigger
replaced by one that lets exactly that rewrite through.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i19_personal_fields"
down_revision = "i17_reminder_answers"
branch_labels = None
depends_on = None

MESSAGE = "audit_events is append-only"
# The same text as store/audit_protection.py's ERASURE_ONLY.
ERASURE_ONLY = """NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
    AND NEW.entity = OLD.entity
    AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
    AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash AND NEW.scheme = OLD.scheme
    AND NEW.content_digest IS NOT DISTINCT FROM OLD.content_digest
    AND NEW.content_salt IS NULL AND NEW.redacted_by IS NOT NULL AND NEW.redacted_by > OLD.id
    AND (OLD.redacted_by IS NULL OR NEW.redacted_by > OLD.redacted_by)
    AND EXISTS (SELECT 1 FROM audit_events e WHERE e.id = NEW.redacted_by
                AND e.action = 'people.erased')"""

SQLITE_UPDATE = f"""CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    WHEN NOT coalesce(({ERASURE_ONLY.replace("IS NOT DISTINCT FROM", "IS")}), 0)
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"""
SQLITE_OLD_UPDATE = f"""CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"""
PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION audit_events_erasure_only()
    RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF {ERASURE_ONLY} THEN RETURN NEW; END IF;
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'SK001';
    END $$"""
PG_UPDATE = """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_erasure_only()"""
PG_OLD_UPDATE = """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"""



def _drop_update_trigger(sqlite: bool) -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_events_no_update"
               + ("" if sqlite else " ON audit_events"))


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    ident = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    have = {c["name"] for c in sa.inspect(bind).get_columns("audit_events")}
    _drop_update_trigger(sqlite)
    # ADD COLUMN, never a copy of the table (the DELETE trigger would refuse it). They may
    # be there already: a downgrade keeps them (see there).
    for column in (sa.Column("scheme", sa.Integer(), nullable=False, server_default="1"),
                   sa.Column("content_salt", sa.String(64), nullable=True),
                   sa.Column("content_digest", sa.String(64), nullable=True),
                   sa.Column("redacted_by", ident, nullable=True)):
        if column.name not in have:
            op.add_column("audit_events", column)
    if sqlite:
        op.execute(SQLITE_UPDATE)
    else:
        op.execute(PG_FUNCTION)
        op.execute(PG_UPDATE)


def downgrade() -> None:
    """The old UPDATE trigger again. The columns stay: events of scheme 2 cannot be told
    from scheme 1 without them, and the older version writes scheme 1 by their default,
    so upgrading again finds every event as it was."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    _drop_update_trigger(sqlite)
    if sqlite:
        op.execute(SQLITE_OLD_UPDATE)
    else:
        op.execute("DROP FUNCTION IF EXISTS audit_events_erasure_only()")
        op.execute(PG_OLD_UPDATE)
