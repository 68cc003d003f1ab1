"""Shared fixtures: a real roster per test (SQLite file, or a PostgreSQL schema), a fixed
clock, an isolated data dir.

The ``store`` fixture is the one place a roster is made. It follows ``store_kind``,
which is "sqlite" everywhere except tests/store and tests/services, whose conftests
parametrise it over both databases (CI must run the PostgreSQL half; elsewhere it
is skipped when SEATKEEPER_TEST_PG_URL is unset). ``@pytest.mark.sqlite_only`` marks
a test about the file itself (pragmas, bytes on disk); its PostgreSQL half is dropped.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock, fixed_clock
from seatkeeper.services.demo import build_demo
from seatkeeper.store.engine import Store
from seatkeeper.store.location import RosterLocation
from seatkeeper.store.open import open_store
from tests import qt_imports

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
TEST_DATA = Path(__file__).resolve().parent / "data"  # the test files the tests import


_TESTS_RUN = [0]


@pytest.fixture(scope="session", autouse=True)
def _collector_off() -> Iterator[None]:
    """The cyclic collector runs between tests on the main thread, never in a worker, as
    the window runs it on its GUI thread (ui.tasks.collect_garbage_on_the_gui_thread): a
    collection in a worker frees Qt objects off the GUI thread and crashes the process."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    yield
    _TESTS_RUN[0] += 1
    gc.collect(2 if _TESTS_RUN[0] % 25 == 0 else 0)


_QT_IMPORTS = qt_imports.install()  # see tests/qt_imports.py


@pytest.fixture(autouse=True)
def _qt_imported_on_the_main_thread_only() -> Iterator[None]:
    yield
    seen = _QT_IMPORTS.take()
    assert not seen, f"imported off the main thread: {seen}"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test ever reads or writes the admin's real data directory (nor leaves a log open)."""
    monkeypatch.setenv("SEATKEEPER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    yield
    root = logging.getLogger("seatkeeper")
    for handler in [h for h in root.handlers
                    if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def clock() -> Clock:
    return fixed_clock(NOW)


@pytest.fixture
def vault() -> MemoryVault:
    return MemoryVault()


@pytest.fixture
def roster_path(tmp_path: Path) -> Path:
    return tmp_path / "roster.sqlite"


STORE_KINDS = ["sqlite", "postgresql"]


@pytest.fixture
def store_kind() -> str:
    return "sqlite"


def pg_base_url() -> str:
    """The test server's URL; fails in CI when unset, skips elsewhere."""
    base = os.environ.get("SEATKEEPER_TEST_PG_URL")
    if not base:
        if in_ci():
            pytest.fail("CI must set SEATKEEPER_TEST_PG_URL (see .ci/run)")
        pytest.skip("SEATKEEPER_TEST_PG_URL is not set")
    return RosterLocation.parse(base).url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema of its own, dropped afterwards."""
    base = pg_base_url()
    schema = f"sk_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.fixture
def store(store_kind: str, roster_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A fresh, migrated roster: a real SQLite file, or a schema on the test server."""
    where = request.getfixturevalue("pg_url") if store_kind == "postgresql" \
        else str(roster_path)
    opened = open_store(where)
    yield opened
    opened.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Drop the PostgreSQL half of tests about the SQLite file itself."""
    keep = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        kind = callspec.params.get("store_kind") if callspec is not None else None
        if kind == "postgresql" and item.get_closest_marker("sqlite_only"):
            continue
        keep.append(item)
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep


@pytest.fixture
def demo_store(store: Store, vault: MemoryVault, clock: Clock) -> Store:
    """The demo company, as `seatkeeper demo` makes it, at the fixed clock."""
    build_demo(store, vault, clock, "test-admin")
    return store


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"
