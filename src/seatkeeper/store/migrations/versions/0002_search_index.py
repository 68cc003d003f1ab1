"""Text search over seats and devices: FTS5 trigram tables kept by triggers.

The trigram tokenizer answers substring queries (what an admin types in a
filter box) from an index, so filtering a million seats does not scan them.
PostgreSQL needs nothing here: its queries use ILIKE.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEAT_TEXT = """
    SELECT s.id, sub.name || ' ' || s.licence_id || ' ' ||
           coalesce(p.name, '') || ' ' || coalesce(p.email, '')
    FROM seats s JOIN subscriptions sub ON sub.id = s.subscription_id
    LEFT JOIN people p ON p.id = s.person_id
"""
DEVICE_TEXT = """
    SELECT d.id, d.name || ' ' || d.platform || ' ' || d.region || ' ' ||
           d.os_version || ' ' || d.app_version
    FROM devices d
"""

UPGRADE = [
    "CREATE VIRTUAL TABLE seat_search USING fts5(text, tokenize='trigram')",
    "CREATE VIRTUAL TABLE device_search USING fts5(text, tokenize='trigram')",
    f"INSERT INTO seat_search(rowid, text) {SEAT_TEXT}",
    f"INSERT INTO device_search(rowid, text) {DEVICE_TEXT}",
    f"""CREATE TRIGGER seat_search_ai AFTER INSERT ON seats BEGIN
        INSERT INTO seat_search(rowid, text) {SEAT_TEXT} WHERE s.id = new.id; END""",
    f"""CREATE TRIGGER seat_search_au AFTER UPDATE OF licence_id, person_id ON seats BEGIN
        DELETE FROM seat_search WHERE rowid = old.id;
        INSERT INTO seat_search(rowid, text) {SEAT_TEXT} WHERE s.id = new.id; END""",
    """CREATE TRIGGER seat_search_ad AFTER DELETE ON seats BEGIN
        DELETE FROM seat_search WHERE rowid = old.id; END""",
    f"""CREATE TRIGGER seat_search_people_au AFTER UPDATE OF name, email ON people BEGIN
        DELETE FROM seat_search WHERE rowid IN (SELECT id FROM seats WHERE person_id = new.id);
        INSERT INTO seat_search(rowid, text) {SEAT_TEXT} WHERE s.person_id = new.id; END""",
    f"""CREATE TRIGGER seat_search_sub_au AFTER UPDATE OF name ON subscriptions BEGIN
        DELETE FROM seat_search WHERE rowid IN
            (SELECT id FROM seats WHERE subscription_id = new.id);
        INSERT INTO seat_search(rowid, text) {SEAT_TEXT} WHERE s.subscription_id = new.id; END""",
    f"""CREATE TRIGGER device_search_ai AFTER INSERT ON devices BEGIN
        INSERT INTO device_search(rowid, text) {DEVICE_TEXT} WHERE d.id = new.id; END""",
    f"""CREATE TRIGGER device_search_au AFTER UPDATE ON devices BEGIN
        DELETE FROM device_search WHERE rowid = old.id;
        INSERT INTO device_search(rowid, text) {DEVICE_TEXT} WHERE d.id = new.id; END""",
    """CREATE TRIGGER device_search_ad AFTER DELETE ON devices BEGIN
        DELETE FROM device_search WHERE rowid = old.id; END""",
]

TRIGGERS = [
    "seat_search_ai", "seat_search_au", "seat_search_ad", "seat_search_people_au",
    "seat_search_sub_au", "device_search_ai", "device_search_au", "device_search_ad",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS seat_search")
    op.execute("DROP TABLE IF EXISTS device_search")
