"""Shared fixtures: a real roster file per test, a fixed clock, an isolated data dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock, fixed_clock
from seatkeeper.services.demo import build_demo
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever reads or writes the admin's real data directory."""
    monkeypatch.setenv("SEATKEEPER_DATA_DIR", str(tmp_path_factory.mktemp("data")))


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


@pytest.fixture
def store(roster_path: Path) -> Iterator[Store]:
    """A fresh, migrated roster in a real SQLite file."""
    opened = open_store(str(roster_path))
    yield opened
    opened.dispose()


@pytest.fixture
def demo_store(store: Store, vault: MemoryVault, clock: Clock) -> Store:
    """The demo company, as `seatkeeper demo` makes it, at the fixed clock."""
    build_demo(store, vault, clock, "test-admin")
    return store


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"
