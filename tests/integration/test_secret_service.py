"""The real keyring API over a real Secret Service (gnome-keyring on D-Bus).

.ci/run starts gnome-keyring under dbus-run-session; in CI this must run.
Elsewhere it is skipped only when no Secret Service answers.
"""

from __future__ import annotations

import os
import uuid

import pytest

from seatkeeper.credentials.keyring_vault import KeyringVault
from seatkeeper.credentials.vault import SERVICE
from seatkeeper.domain.enums import Platform
from seatkeeper.services.clock import Clock
from seatkeeper.services.credentials import CredentialService
from seatkeeper.store.engine import Store
from tests.conftest import in_ci

pytestmark = pytest.mark.integration


@pytest.fixture
def real_vault() -> KeyringVault:
    vault = KeyringVault()
    if vault.description != "Secret Service":
        if in_ci():
            pytest.fail("CI must provide a Secret Service (see .ci/run); found "
                        f"{vault.description!r}")
        pytest.skip("no Secret Service on this machine (run .ci/run for the real one)")
    return vault


def test_store_read_replace_delete_seat_credential(real_vault: KeyringVault, demo_store: Store,
                                                   clock: Clock, roster_path: object) -> None:
    service = CredentialService(demo_store, real_vault, clock, "ci")
    password = f"canary-{uuid.uuid4()}"
    service.save(1, Platform.LINUX, "nw-0001-linux", password)
    stored = service.read(1, Platform.LINUX)
    assert stored is not None
    assert (stored.username, stored.password) == ("nw-0001-linux", password)
    service.save(1, Platform.LINUX, "nw-0001-linux", password + "-new")
    replaced = service.read(1, Platform.LINUX)
    assert replaced is not None
    assert replaced.password == password + "-new"
    real_vault.delete(SERVICE, "seat/1/linux")
    assert service.read(1, Platform.LINUX) is None
    real_vault.delete(SERVICE, "seat/1/linux")  # deleting twice is harmless


def test_keyring_contract_against_the_real_backend(real_vault: KeyringVault) -> None:
    key = f"contract/{uuid.uuid4()}"
    assert real_vault.get(SERVICE, key) is None
    real_vault.set(SERVICE, key, "ünïcode päss ✓")
    assert real_vault.get(SERVICE, key) == "ünïcode päss ✓"
    real_vault.delete(SERVICE, key)
    assert real_vault.get(SERVICE, key) is None


def test_ci_runs_with_the_secret_service_backend_forced() -> None:
    if not in_ci():
        pytest.skip("only CI forces the backend")
    assert os.environ.get("PYTHON_KEYRING_BACKEND") == "keyring.backends.SecretService.Keyring"
