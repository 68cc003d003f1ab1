"""The audit log's append-only refusal gets an SQLSTATE of its own on PostgreSQL.

Revision ID: a13_audit_sqlstate
Revises: i7_holder_sort
Create Date: 2026-12-02

Store errors are told apart by their code (store/errors.py), not their text.
Migration 0005 raised the refusal as ``insufficient_privilege`` (42501), the
code a server also gives a login that lacks a grant, so the two could only be
told apart by the English message. The function now raises SK001, a code no
PostgreSQL condition uses (class SK is Seatkeeper's). The triggers call the
function by name and stay as they are.

On SQLite nothing changes: RAISE(ABORT) in a trigger already gives its own
extended code, SQLITE_CONSTRAINT_TRIGGER, and no other trigger raises.
"""

from __future__ import annotations

from alembic import op

revision = "a13_audit_sqlstate"
down_revision = "i7_holder_sort"
branch_labels = None
depends_on = None

MESSAGE = "audit_events is append-only"


def _function(errcode: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '{errcode}'; END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(_function("SK001"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(_function("insufficient_privilege"))
