"""Personal data can be erased from the audit log while the chain still verifies.

Revision ID: i19_personal_fields
Revises: i17_reminder_answers
Create Date: 2026-12-02

Until now each event's hash covered its text (summary, before, after), which
names people, so erasing a person (GDPR art. 17) would have broken the chain.
New events (scheme 2, store/audit.py) are hashed over a salted digest of their
text instead; an erasure rewrites the text, drops the salt and records a seal of
what it rewrote in its own chained event.

The events already written are hashed over their text, so their hashes are
unsalted digests of names: with a list of employees one could confirm who an
erased event named. So, if the old chain verifies, every event is rehashed here
under scheme 2 (a salt each, re-linked from the first), and its old hash kept in
``legacy_hash``: the checkpoints admins' computers hold from before still match
through it (``audit verify`` checks the old hashes against the text by the old
rule while the text is there), and an erasure drops it with the salt. A chain
that does not verify is left exactly as it is (scheme 1), so the break stays
visible; an erasure then still works, its seal vouching for old events.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from seatkeeper.store.audit import (
    GENESIS,
    SCHEME_SALTED,
    content_digest,
    event_hash,
    new_salt,
    salted_hash,
)
from seatkeeper.store.types import UTCDateTime

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
    AND NEW.content_salt IS NULL AND NEW.legacy_hash IS NULL
    AND NEW.redacted_by IS NOT NULL AND NEW.redacted_by > OLD.id
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
                   sa.Column("redacted_by", ident, nullable=True),
                   sa.Column("legacy_hash", sa.String(64), nullable=True)):
        if column.name not in have:
            op.add_column("audit_events", column)
    _rehash(bind)
    if sqlite:
        op.execute(SQLITE_UPDATE)
    else:
        op.execute(PG_FUNCTION)
        op.execute(PG_UPDATE)


_EVENTS = sa.table(
    "audit_events", sa.column("id"), sa.column("at", UTCDateTime()), sa.column("actor"),
    sa.column("action"), sa.column("entity"), sa.column("entity_id"), sa.column("summary"),
    sa.column("before_json"), sa.column("after_json"), sa.column("prev_hash"),
    sa.column("hash"), sa.column("scheme"), sa.column("content_salt"),
    sa.column("content_digest"), sa.column("legacy_hash"), sa.column("redacted_by"))
_PAGE = 2000


def _rows(bind: sa.Connection) -> list[list[sa.RowMapping]]:
    """The old events in id order, a page at a time."""
    pages: list[list[sa.RowMapping]] = []
    after = 0
    while True:
        page = list(bind.execute(sa.select(_EVENTS).where(
            _EVENTS.c.id > after, _EVENTS.c.scheme == 1, _EVENTS.c.redacted_by.is_(None))
            .order_by(_EVENTS.c.id).limit(_PAGE)).mappings())
        if not page:
            return pages
        pages.append(page)
        after = page[-1]["id"]


def _rehash(bind: sa.Connection) -> None:
    """Scheme 2 for every event, if the old chain holds from the first to the last."""
    if bind.execute(sa.select(sa.func.count()).select_from(_EVENTS).where(
            sa.or_(_EVENTS.c.scheme != 1, _EVENTS.c.redacted_by.is_not(None)))).scalar_one():
        return  # upgraded before (and downgraded): those events are as they should be
    pages, prev = _rows(bind), GENESIS
    for r in (r for page in pages for r in page):  # the old rule, as audit verify had it
        if r["prev_hash"] != prev or r["hash"] != event_hash(
                prev, r["at"], r["actor"], r["action"], r["entity"], r["entity_id"],
                r["summary"], r["before_json"], r["after_json"]):
            return  # broken: left as found, for audit verify to name
        prev = r["hash"]
    prev = GENESIS
    for page in pages:
        changes = []
        for r in page:
            salt = new_salt()
            digest = content_digest(salt, r["actor"], r["summary"], r["before_json"],
                                    r["after_json"])
            new = salted_hash(prev, r["at"], r["action"], r["entity"], r["entity_id"], digest)
            changes.append({"key": r["id"], "new_prev": prev, "new_hash": new,
                            "salt": salt, "digest": digest, "old": r["hash"]})
            prev = new
        bind.execute(sa.update(_EVENTS).where(_EVENTS.c.id == sa.bindparam("key")).values(
            prev_hash=sa.bindparam("new_prev"), hash=sa.bindparam("new_hash"),
            scheme=SCHEME_SALTED, content_salt=sa.bindparam("salt"),
            content_digest=sa.bindparam("digest"), legacy_hash=sa.bindparam("old")), changes)


def downgrade() -> None:
    """The old UPDATE trigger again. The columns stay: events of scheme 2 cannot be told
    from scheme 1 without them, and the older version writes scheme 1 by their default,
    so upgrading again finds every event as it was. (The older version cannot verify
    scheme 2 events: a downgrade is for going back to try again, not to stay.)"""
    sqlite = op.get_bind().dialect.name == "sqlite"
    _drop_update_trigger(sqlite)
    if sqlite:
        op.execute(SQLITE_OLD_UPDATE)
    else:
        op.execute("DROP FUNCTION IF EXISTS audit_events_erasure_only()")
        op.execute(PG_OLD_UPDATE)
