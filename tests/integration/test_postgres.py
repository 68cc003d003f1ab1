"""A shared team roster on PostgreSQL: migrations, demo, paging and filtering.

Runs where SEATKEEPER_TEST_PG_URL points at a server (CI sets it, and must run these);
each test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.errors import StoreError
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.services.roster import RosterService
from seatkeeper.store.engine import Store
from seatkeeper.store.location import RosterLocation
from seatkeeper.store.open import open_store
from seatkeeper.store.paging import TableQuery
from tests.conftest import in_ci

pytestmark = pytest.mark.integration


@pytest.fixture
def pg_store() -> Iterator[Store]:
    base = os.environ.get("SEATKEEPER_TEST_PG_URL")
    if not base:
        if in_ci():
            pytest.fail("CI must set SEATKEEPER_TEST_PG_URL (see .ci/run)")
        pytest.skip("SEATKEEPER_TEST_PG_URL is not set")
    schema = f"sk_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(RosterLocation.parse(base).url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = sa.make_url(RosterLocation.parse(base).url).update_query_dict(
        {"options": f"-csearch_path={schema}"})
    store = open_store(url.render_as_string(hide_password=False))
    yield store
    store.dispose()
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


def test_pg_demo_counts_and_queries(pg_store: Store, clock: Clock) -> None:
    build_demo(pg_store, MemoryVault(), clock, "ci")
    roster = RosterService(pg_store)
    counts = roster.counts()
    assert (counts.subscriptions, counts.seats, counts.assigned, counts.devices) == \
        (8, 29, 18, 33)
    assert roster.count_licences("SOLBERG") == 1
    assert roster.count_licences("100%") == 0
    top = roster.licence_page(TableQuery(sort_key="devices", descending=True, limit=1))[0]
    assert top.devices_connected == 8
    pages = [r.seat_id for off in range(0, 29, 10)
             for r in roster.licence_page(TableQuery(offset=off, limit=10))]
    assert len(set(pages)) == 29
    assert roster.seat_detail(3).history[1].holder == "Oskar Vik"


def test_pg_reopen_is_already_at_head(pg_store: Store) -> None:
    again = open_store(pg_store.location.url)
    assert RosterService(again).counts().subscriptions == 0
    again.dispose()


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        open_store("postgresql://postgres@127.0.0.1:1/test?connect_timeout=2")
