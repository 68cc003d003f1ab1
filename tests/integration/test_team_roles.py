"""Team roles on a real PostgreSQL server: the server, not the client, refuses (issue 19).

A reviewer's login reads everything and may write review decisions, sign-offs and
audit events only; an UPDATE sent straight to the server (as a modified client
would) is refused. The audit log is insert-only for admins and reviewers alike.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper import cli
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.services.team import TeamService
from seatkeeper.store import team_roles
from seatkeeper.store.open import open_store

pytestmark = pytest.mark.integration


@pytest.fixture
def roster(pg_url: str, clock: Clock) -> Iterator[str]:
    store = open_store(pg_url)
    build_demo(store, MemoryVault(), clock, "owner")
    groups = store.read(lambda c: [team_roles.group_name(c, r) for r in team_roles.ROLES])
    store.dispose()
    yield pg_url
    admin = sa.create_engine(pg_url)
    with admin.begin() as conn:
        for group in groups:
            if conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :g"),
                            {"g": group}).first():
                conn.exec_driver_sql(f'DROP OWNED BY "{group}"')
                conn.exec_driver_sql(f'DROP ROLE "{group}"')
    admin.dispose()


@pytest.fixture
def login(pg_url: str) -> Iterator[str]:
    name = f"sk_login_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(pg_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
    yield name
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP ROLE {name}")
    admin.dispose()


def _as(url: str, user: str) -> sa.Engine:
    return sa.create_engine(sa.make_url(url).set(username=user))


def _may(engine: sa.Engine, table: str, right: str) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(sa.text("SELECT has_table_privilege(:t, :r)"),
                                 {"t": table, "r": right}).scalar_one())


def test_a_reviewer_reads_and_reviews_and_the_server_refuses_the_rest(
        roster: str, login: str) -> None:
    assert cli.run(["team", "grant", "--db", roster, "--role", "reviewer", login]) == 0
    reviewer = _as(roster, login)
    try:
        with reviewer.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM subscriptions")).scalar_one() > 0
        with reviewer.connect() as conn, pytest.raises(sa.exc.ProgrammingError) as refused:
            conn.execute(sa.text("UPDATE subscriptions SET name = 'x'"))
        assert getattr(refused.value.orig, "sqlstate", None) == "42501"
        assert _may(reviewer, "review_decisions", "INSERT")
        assert _may(reviewer, "review_signoffs", "INSERT")
        assert _may(reviewer, "audit_events", "INSERT")
        for table, right in [("seats", "INSERT"), ("seats", "UPDATE"), ("people", "DELETE"),
                             ("audit_events", "UPDATE"), ("audit_events", "DELETE"),
                             ("audit_events", "TRUNCATE"), ("review_signoffs", "UPDATE")]:
            assert not _may(reviewer, table, right), (table, right)
        store = open_store(sa.make_url(roster).set(username=login)
                           .render_as_string(hide_password=False))
        try:
            assert TeamService(store).may_edit() is False
        finally:
            store.dispose()
    finally:
        reviewer.dispose()


def test_an_admin_edits_but_cannot_rewrite_the_audit_log(roster: str, login: str) -> None:
    assert cli.run(["team", "grant", "--db", roster, "--role", "admin", login]) == 0
    admin = _as(roster, login)
    try:
        with admin.begin() as conn:
            conn.execute(sa.text("UPDATE subscriptions SET name = name"))
        assert _may(admin, "audit_events", "INSERT")
        assert not _may(admin, "audit_events", "UPDATE")
        assert not _may(admin, "audit_events", "DELETE")
    finally:
        admin.dispose()


def test_revoke_takes_the_roster_away(roster: str, login: str) -> None:
    assert cli.run(["team", "grant", "--db", roster, "--role", "reviewer", login]) == 0
    assert cli.run(["team", "revoke", "--db", roster, login]) == 0
    reviewer = _as(roster, login)
    try:
        with reviewer.connect() as conn, pytest.raises(sa.exc.ProgrammingError):
            conn.execute(sa.text("SELECT count(*) FROM subscriptions"))
    finally:
        reviewer.dispose()


def test_an_unknown_login_is_one_line(roster: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["team", "grant", "--db", roster, "--role", "admin", "nobody_here"]) == 2
    assert "no login “nobody_here”" in capsys.readouterr().err


def test_an_admin_login_may_erase_a_person_and_nothing_else_in_the_log(
        roster: str, login: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 19: the erasure's rewrite is the one UPDATE of the log an admin's grants
    allow (column by column); the trigger refuses any other from that login."""
    assert cli.run(["team", "grant", "--db", roster, "--role", "admin", login]) == 0
    as_admin = sa.make_url(roster).set(username=login).render_as_string(hide_password=False)
    assert cli.run(["seats", "assign", "--db", as_admin, "--seat", "1", "--reassign",
                    "--name", "Kari Nord", "--email", "kari.nord@example.com"]) == 0
    assert cli.run(["people", "erase", "--db", as_admin, "kari.nord@example.com",
                    "--yes"]) == 0
    assert cli.run(["audit", "verify", "--db", as_admin]) == 0
    admin = _as(roster, login)
    try:
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), admin.begin() as conn:
            conn.execute(sa.text("UPDATE audit_events SET summary = 'nothing happened'"))
    finally:
        admin.dispose()
    capsys.readouterr()
