"""The first look at a PostgreSQL roster: plain psycopg, the store's connection parameters,
one snapshot with JIT off, and nothing of the URL in what a failure leaves behind."""

from __future__ import annotations

import logging
import threading
import time

import pytest
import sqlalchemy as sa

from seatkeeper.store import first_look
from seatkeeper.store.first_look import libpq_params, read_server_first_look
from seatkeeper.store.open import open_store

DIALECT_URLS = [
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://u:p%40w@h/db?options=-csearch_path%3Dx&sslmode=require",
    "postgresql+psycopg:///db?host=/var/run/postgresql",
    "postgresql+psycopg://",
    "postgresql+psycopg://u@h/db?host=a&port=7",
    "postgresql+psycopg://u:a b+c%2Fd@[::1]:5/d%20b?application_name=x",
    "postgresql://u:@h:6000/",
]


def _dialects_params(url: str) -> dict[str, str]:
    """What SQLAlchemy's psycopg dialect hands psycopg.connect for ``url``."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    _args, params = engine.dialect.create_connect_args(engine.url)
    return {key: str(value) for key, value in params.items() if key != "context"}


@pytest.mark.parametrize("url", DIALECT_URLS)
def test_the_look_connects_where_the_store_connects(url: str) -> None:
    assert libpq_params(url) == _dialects_params(url)


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://h/db?host=a,b&port=1,2",  # several hosts
    "postgresql+psycopg://h/db?host=a:5",  # SQLAlchemy splits the port off
    "postgresql+psycopg://h/db?options=a&options=b",  # a repeated parameter
    "postgresql+psycopg2://u@h/db",  # another driver's parameters
    "sqlite:///roster.sqlite",
])
def test_no_look_where_the_dialect_would_read_the_url_otherwise(url: str) -> None:
    assert libpq_params(url) is None
    assert read_server_first_look(url, 200) is None


def test_a_failed_look_says_nothing_of_the_url(caplog: pytest.LogCaptureFixture) -> None:
    """libpq's texts may quote the connection string; the look logs only the error's kind."""
    caplog.set_level(logging.DEBUG)
    started = time.monotonic()
    for url in ("postgresql+psycopg://admin:s3cret-pw@127.0.0.1:1/roster",  # nobody there
                "postgresql+psycopg://admin:s3cret-pw@127.0.0.1:1/roster?bogus=s3cret-pw"):
        assert read_server_first_look(url, 200) is None
    assert time.monotonic() - started < 2 * first_look.PG_CONNECT_TIMEOUT_S + 1
    assert caplog.records
    assert "s3cret" not in caplog.text
    assert all(r.exc_info is None for r in caplog.records)


@pytest.fixture
def pg_roster(pg_url: str) -> str:
    open_store(pg_url).dispose()
    return pg_url


def test_count_and_page_are_read_in_one_snapshot_without_jit(
        pg_roster: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The count reads the session's settings: a seat counts only under REPEATABLE READ,
    read-only and JIT off, so the look's count is 0 unless all three hold."""
    monkeypatch.setattr(first_look, "_COUNT_SQL", (
        "SELECT CASE WHEN current_setting('jit') = 'off' "
        "AND current_setting('transaction_isolation') = 'repeatable read' "
        "AND current_setting('transaction_read_only') = 'on' THEN 7 ELSE 0 END"))
    look = read_server_first_look(pg_roster, 200)
    assert look is not None
    assert (look.count, look.rows) == (7, [])


def test_no_look_at_a_schema_that_is_no_roster(pg_url: str) -> None:
    assert read_server_first_look(pg_url, 200) is None  # no alembic_version there


def test_no_look_at_a_roster_of_another_schema_version(pg_roster: str) -> None:
    engine = sa.create_engine(pg_roster)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'older'"))
    engine.dispose()
    assert read_server_first_look(pg_roster, 200) is None


def test_no_look_while_a_migration_elsewhere_holds_the_seats(pg_roster: str) -> None:
    """The store would wait for the lock; the look gives up soon and leaves it to the store."""
    engine = sa.create_engine(pg_roster)
    with engine.begin() as conn:
        conn.execute(sa.text("LOCK TABLE seats IN ACCESS EXCLUSIVE MODE"))
        answers: list[object] = []
        look = threading.Thread(target=lambda: answers.append(
            read_server_first_look(pg_roster, 200)), daemon=True)
        look.start()
        look.join(5)
        waited = look.is_alive()
    look.join(10)  # the lock is released: a look that waited for it ends now
    engine.dispose()
    assert not waited
    assert answers == [None]
