"""Team roles on a PostgreSQL roster, enforced by the server's GRANTs (issue 19).

Two group roles per roster (database and schema): ``admin`` may read and change
everything; ``reviewer`` may read everything and write only review decisions and
sign-offs. For everyone the audit log is insert-only (SELECT and INSERT granted,
never DELETE; the append-only triggers stand behind that), but for the one change
an erasure of personal data makes: admins may UPDATE the event text columns it
rewrites, and the trigger refuses any UPDATE that is not such an erasure. A login is
made a member of one group; the server then refuses any other write from it,
whatever the client does. Run by the roster's owner (who created the tables).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.store import tables as t

ROLES = ("admin", "reviewer")
REVIEW_WRITES = {"review_decisions": "INSERT, UPDATE, DELETE", "review_signoffs": "INSERT"}
_AUDIT = "audit_events"
# The columns an erasure rewrites (store/audit.py): granted to admins column by column.
_ERASABLE = ("actor, summary, before_json, after_json, content_salt, legacy_hash, "
             "redacted_by")


def group_name(conn: Connection, role: str) -> str:
    """``sk_<database>_<schema>_<role>``, cut to PostgreSQL's 63 characters."""
    database, schema = conn.execute(sa.text(
        "SELECT current_database(), current_schema()")).one()
    base = re.sub(r"[^a-z0-9_]", "_", f"sk_{database}_{schema}".lower())
    return f"{base[: 62 - len(role)]}_{role}"


def login_exists(conn: Connection, user: str) -> bool:
    return conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :u AND rolcanlogin"),
                        {"u": user}).first() is not None


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _ensure_groups(conn: Connection) -> dict[str, str]:
    groups = {role: group_name(conn, role) for role in ROLES}
    schema = _q(conn, conn.execute(sa.text("SELECT current_schema()")).scalar_one())
    tables = [name for name in t.metadata.tables if name != _AUDIT] + ["alembic_version"]
    for role, group in groups.items():
        if conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :g"),
                        {"g": group}).first() is None:
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, group)} NOLOGIN")
        g = _q(conn, group)
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {g}")
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {g}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON {_AUDIT} TO {g}")
        conn.exec_driver_sql(f"REVOKE UPDATE, DELETE, TRUNCATE ON {_AUDIT} FROM {g}")
        if role == "admin":  # an erasure's rewrite (issue 19); the trigger allows no other
            conn.exec_driver_sql(f"GRANT UPDATE ({_ERASABLE}) ON {_AUDIT} TO {g}")
        for table in tables:
            if role == "admin" and table != "alembic_version":
                rights = "SELECT, INSERT, UPDATE, DELETE"
            else:
                rights = "SELECT" + (f", {REVIEW_WRITES[table]}" if table in REVIEW_WRITES
                                     else "")
            conn.exec_driver_sql(f"REVOKE ALL ON {_q(conn, table)} FROM {g}")
            conn.exec_driver_sql(f"GRANT {rights} ON {_q(conn, table)} TO {g}")
    return groups


def grant(conn: Connection, user: str, role: str) -> None:
    """Make ``user`` a member of ``role``'s group (and of no other) on this roster."""
    groups = _ensure_groups(conn)
    for other, group in groups.items():
        verb = "GRANT {g} TO {u}" if other == role else "REVOKE {g} FROM {u}"
        conn.exec_driver_sql(verb.format(g=_q(conn, group), u=_q(conn, user)))


def revoke(conn: Connection, user: str) -> None:
    """Take ``user`` out of both groups: the login can no longer use this roster."""
    for role in ROLES:
        group = group_name(conn, role)
        if conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :g"),
                        {"g": group}).first() is not None:
            conn.exec_driver_sql(f"REVOKE {_q(conn, group)} FROM {_q(conn, user)}")


def may_edit(conn: Connection) -> bool:
    """Whether this login may change subscriptions (False: a reviewer, or less)."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(conn.execute(sa.text(
        "SELECT has_table_privilege('subscriptions', 'UPDATE')")).scalar_one())
