"""The keyring vault takes only encrypting OS backends, never a plaintext fallback."""

from __future__ import annotations

from typing import ClassVar

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from seatkeeper.credentials.keyring_vault import KeyringVault, find_recommended_backend
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.credentials.vault import MAX_SECRET_LENGTH, SERVICE
from seatkeeper.domain.errors import BadInput, VaultUnavailable


class PlaintextFile(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's plaintext backend: viable, high priority, unsafe."""

    priority: ClassVar[float] = 50  # type: ignore[misc]
    written: ClassVar[list[str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written.append(password)

    def delete_password(self, service: str, username: str) -> None:
        return None


def test_plaintext_backend_is_never_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", PlaintextFile)
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [PlaintextFile()])
    vault = KeyringVault()
    assert not vault.available
    with pytest.raises(VaultUnavailable, match="No secure keyring on this system"):
        vault.set(SERVICE, "seat/1/windows", "hunter2-canary")
    assert PlaintextFile.written == []


def test_fail_backend_means_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    monkeypatch.setattr(keyring.backend, "get_all_keyring", list)
    assert find_recommended_backend() is None
    with pytest.raises(VaultUnavailable):
        KeyringVault().get(SERVICE, "seat/1/windows")


def test_secrets_over_windows_limit_are_refused_before_the_os() -> None:
    vault = KeyringVault(backend=PlaintextFile())
    with pytest.raises(BadInput, match=f"at most {MAX_SECRET_LENGTH:,}"):
        vault.set(SERVICE, "k", "x" * (MAX_SECRET_LENGTH + 1))
    assert PlaintextFile.written == []


def test_memory_vault_round_trip_and_limit() -> None:
    vault = MemoryVault()
    vault.set(SERVICE, "k", "v")
    assert vault.get(SERVICE, "k") == "v"
    vault.delete(SERVICE, "k")
    assert vault.get(SERVICE, "k") is None
    with pytest.raises(BadInput):
        vault.set(SERVICE, "k", "x" * (MAX_SECRET_LENGTH + 1))


def test_a_chosen_backend_that_cannot_start_means_unavailable_not_a_traceback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The scheduler runs `seatkeeper remind` with PYTHON_KEYRING_BACKEND set to the Secret
    Service but no session bus: keyring raised while choosing it, and remind printed a
    traceback (seen in CI). No keyring there is "not available", said in one line."""
    def cannot_start() -> None:
        raise RuntimeError("Unable to initialize SecretService: "
                           "Environment variable DBUS_SESSION_BUS_ADDRESS is unset")
    monkeypatch.setattr(keyring, "get_keyring", cannot_start)
    monkeypatch.setattr(keyring.backend, "get_all_keyring", list)
    assert find_recommended_backend() is None
    assert not KeyringVault().available
