"""The services bundle over the test's roster, as open_services builds it for a command."""

from __future__ import annotations

import pytest

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.bundle import Services
from seatkeeper.services.clock import Clock
from seatkeeper.store.engine import Store


@pytest.fixture
def demo_services(demo_store: Store, vault: MemoryVault, clock: Clock) -> Services:
    return Services(demo_store, vault, clock, "test-admin")


@pytest.fixture
def empty_services(store: Store, vault: MemoryVault, clock: Clock) -> Services:
    return Services(store, vault, clock, "test-admin")
