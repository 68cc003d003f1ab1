"""The audit log's append-only triggers (migrations 0005/0008/0012), checked at every open.

Since i19_personal_fields the UPDATE trigger lets one change through: an erasure
rewriting an event's text (actor, summary, before, after), dropping its salt and
pointing ``redacted_by`` at a later ``people.erased`` event; every hashed field
must stay as it was. ``audit verify`` holds the rewritten text to that erasure's
seal, so a rewrite that slips through this door without one is still seen.

Someone who can write the file or holds the table's owner login can drop them;
then the chain alone would show an edit only later, at ``audit verify``. At open
the triggers are looked for: missing ones are put back where the roster is
writable (and that repair is itself an audit event), and reported as a finding
either way.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

MESSAGE = "audit_events is append-only"
RESTORED = "audit.protection_restored"

# Must stay identical to migration 0012_i19_personal_fields's copy.
ERASURE_ONLY = """NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
    AND NEW.entity = OLD.entity
    AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
    AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash AND NEW.scheme = OLD.scheme
    AND NEW.content_digest IS NOT DISTINCT FROM OLD.content_digest
    AND NEW.content_salt IS NULL AND NEW.legacy_hash IS NULL
    AND NEW.redacted_by IS NOT NULL AND NEW.redacted_by > OLD.id
    AND (OLD.redacted_by IS NULL OR NEW.redacted_by > OLD.redacted_by)
    AND EXISTS (SELECT 1 FROM audit_events e WHERE e.id = NEW.redacted_by
                AND e.action = 'people.erased')"""
_SQLITE_ERASURE_ONLY = ERASURE_ONLY.replace("IS NOT DISTINCT FROM", "IS")

_SQLITE = {
    "audit_events_no_update": f"""CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON
        audit_events WHEN NOT coalesce(({_SQLITE_ERASURE_ONLY}), 0)
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    "audit_events_no_delete": f"""CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON
        audit_events BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
}
_PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'SK001'; END $$"""
_PG_ERASURE_FUNCTION = f"""CREATE OR REPLACE FUNCTION audit_events_erasure_only()
    RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF {ERASURE_ONLY} THEN RETURN NEW; END IF;
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'SK001';
    END $$"""
_PG = {
    "audit_events_no_update": """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON
        audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_erasure_only()""",
    "audit_events_no_delete": """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON
        audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()""",
    "audit_events_no_truncate": """CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON
        audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()""",
}


def _wanted(conn: Connection) -> dict[str, str]:
    return _SQLITE if conn.dialect.name == "sqlite" else _PG


def missing_triggers(conn: Connection) -> list[str]:
    """The append-only triggers that are not there (enabled ones only on PostgreSQL)."""
    if conn.dialect.name == "sqlite":
        present = set(conn.execute(sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'audit_events'")).scalars())
    else:
        present = set(conn.execute(sa.text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass('audit_events') "
            "AND tgenabled <> 'D'")).scalars())
    return [name for name in _wanted(conn) if name not in present]


def restore_triggers(conn: Connection, names: list[str]) -> None:
    """Create the ``names`` triggers again, inside the caller's transaction."""
    wanted = _wanted(conn)
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql(_PG_FUNCTION)
        conn.exec_driver_sql(_PG_ERASURE_FUNCTION)
        for name in names:  # a disabled one is dropped and made again
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON audit_events")
    for name in names:
        conn.exec_driver_sql(wanted[name])
