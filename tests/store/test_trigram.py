"""Migration i21_trigram: PostgreSQL's Licences filter is served by pg_trgm GIN indexes.

On the real test server. Where the login may not create the extension the
roster still opens and filters, and the reason is said (log, ``report``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.services.roster import RosterService
from seatkeeper.store import seats, trigram
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from seatkeeper.store.paging import TableQuery
from seatkeeper.store.search import text_filter
from tests import roster_gen
from tests.conftest import pg_base_url

TERMS = ["ola", "NORDMANN", "l-0001", "office pro", "p1.", "ex.com team", "zz", "t", "a_b",
         "100%", "xcode ingrid", "kaspersky"]


@pytest.fixture
def pg_store(store: Store, store_kind: str) -> Store:
    if store_kind != "postgresql":
        pytest.skip("PostgreSQL's filter path")
    return store


def test_migration_creates_the_trigram_indexes(pg_store: Store) -> None:
    assert pg_store.read(trigram.missing_indexes) == []
    assert pg_store.read(trigram.problem) is None
    assert pg_store.search_notice is None


def test_sqlite_needs_no_trigram_index(store: Store, store_kind: str) -> None:
    if store_kind != "sqlite":
        pytest.skip("SQLite's side")
    assert store.read(trigram.missing_indexes) == []
    assert store.search_notice is None


def _old_filter(text: str) -> sa.ColumnElement[bool] | None:
    """The filter before i21: ILIKE on the searched columns joined with spaces."""
    return text_filter("postgresql", text, t_seat_id(), "seat_search", seats.LICENCE_SEARCHED)


def t_seat_id() -> sa.ColumnElement[int]:
    return seats._seat_id


@pytest.mark.parametrize("seed", [1, 2])
def test_filter_finds_what_the_concatenated_ilike_found(pg_store: Store, seed: int) -> None:
    roster_gen.fill(pg_store, 600, seed)

    def both(conn: sa.Connection, text: str) -> tuple[list[int], list[int]]:
        base = sa.select(seats._seat_id).select_from(seats._licence_from()) \
            .order_by(seats._seat_id)
        new = seats._licence_where("postgresql", text)
        old = _old_filter(text)
        assert new is not None
        assert old is not None
        return (list(conn.execute(base.where(new)).scalars()),
                list(conn.execute(base.where(old)).scalars()))

    found_any = False
    for text in TERMS:
        new, old = pg_store.read(lambda conn, text=text: both(conn, text))
        assert new == old, text
        found_any = found_any or bool(new)
    assert found_any
    roster = RosterService(pg_store)
    assert roster.count_licences("ola") == len(pg_store.read(lambda c: both(c, "ola"))[0])


def _plan(conn: sa.Connection, stmt: sa.Select[object]) -> str:
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    return "\n".join(conn.exec_driver_sql(f"EXPLAIN {compiled}").scalars())


def test_explain_of_the_filter_uses_the_trigram_indexes(pg_store: Store) -> None:
    """At a few thousand seats the planner would rather read so small a table whole (a
    sequential scan, the primary key's index with a filter, or for the 470 subscriptions
    the B-tree on (name, id) in full). With ``enable_seqscan`` and ``enable_indexscan``
    off, and that B-tree dropped inside a transaction rolled back afterwards, only an
    index that can serve ILIKE is left: the plan naming each trigram index proves it
    serves the filter."""
    roster_gen.fill(pg_store, 3000, 3)
    pg_store.write(lambda conn: conn.exec_driver_sql("ANALYZE"))
    with pg_store.engine.connect() as conn, conn.begin() as trans:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        conn.exec_driver_sql("DROP INDEX ix_subscriptions_name_id")
        page = _plan(conn, seats.licence_page_statement(
            "postgresql", TableQuery(filter_text="p123.")))
        count = _plan(conn, seats.licence_count_statement("postgresql", "p123.", 10_000))
        trans.rollback()
    for plan in (page, count):
        for index in ("ix_people_name_trgm", "ix_people_email_trgm",
                      "ix_subscriptions_name_trgm", "ix_seats_licence_id_trgm"):
            assert f"Bitmap Index Scan on {index}" in plan, plan


@pytest.fixture
def no_extension_url() -> Iterator[str]:
    """A fresh database without pg_trgm, and a login that may not create it (it lacks
    CREATE on the database) but owns a schema to keep its roster in."""
    base = sa.make_url(pg_base_url())
    suffix = uuid.uuid4().hex[:10]
    database, role = f"sk_noext_{suffix}", f"sk_noext_{suffix}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {database}")
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
    owner = sa.create_engine(base.set(database=database), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA roster AUTHORIZATION {role}")
        conn.exec_driver_sql(f"REVOKE CREATE ON DATABASE {database} FROM PUBLIC")
    owner.dispose()
    url = base.set(database=database, username=role).update_query_dict(
        {"options": "-csearch_path=roster"})
    yield url.render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE {database} WITH (FORCE)")
        conn.exec_driver_sql(f"DROP ROLE {role}")
    admin.dispose()


def test_without_the_extension_the_roster_opens_filters_and_says_why(
        store_kind: str, no_extension_url: str, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    if store_kind != "postgresql":
        pytest.skip("PostgreSQL only")
    with caplog.at_level(logging.WARNING, logger="seatkeeper"):
        store = open_store(no_extension_url)
    try:
        assert store.search_notice is not None
        assert "permission denied" in store.search_notice
        assert "CREATE EXTENSION pg_trgm" in store.search_notice
        assert sum(store.search_notice in r.getMessage() for r in caplog.records) == 1
        assert store.read(trigram.missing_indexes) == [n for n, _t, _c in trigram.INDEXES]
        roster_gen.fill(store, 200, 4)
        roster = RosterService(store)
        total = roster.count_licences("nordmann")
        assert total > 0
        assert len(roster.licence_page(TableQuery(filter_text="nordmann", limit=1000))) == total
    finally:
        store.dispose()

    from seatkeeper.__main__ import main
    assert main(["report", "--db", no_extension_url]) == 0
    assert "CREATE EXTENSION pg_trgm" in capsys.readouterr().err

    # Once an administrator installs the extension, the next open creates the indexes.
    database = sa.make_url(no_extension_url).database
    owner = sa.create_engine(sa.make_url(pg_base_url()).set(database=database),
                             isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.exec_driver_sql("CREATE EXTENSION pg_trgm")
    owner.dispose()
    reopened = open_store(no_extension_url)
    try:
        assert reopened.search_notice is None
        assert reopened.read(trigram.missing_indexes) == []
        assert RosterService(reopened).count_licences("nordmann") == total
    finally:
        reopened.dispose()
