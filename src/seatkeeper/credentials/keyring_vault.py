"""The OS keyring, limited to the backends that keep secrets encrypted.

Only Windows Credential Manager, the macOS Keychain, the freedesktop Secret
Service and KWallet are accepted. keyring's own choice is not trusted blindly:
with keyrings.alt installed its *plaintext* file backend outranks the fail
backend on a box with no keyring. With no accepted backend, every call raises
VaultUnavailable and nothing is written anywhere.
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors

from seatkeeper.credentials.vault import check_secret
from seatkeeper.domain.errors import VaultError, VaultLocked, VaultUnavailable
from seatkeeper.domain.messages import message

RECOMMENDED = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
}
NO_KEYRING_TEXT = message(
    "vault.unavailable",
    "No secure keyring on this system, so credentials cannot be stored or shown. "
    "Install and unlock one (GNOME Keyring or KWallet on Linux); nothing was written.")
NO_KEYRING = NO_KEYRING_TEXT()


def _qualified(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def find_recommended_backend() -> keyring.backend.KeyringBackend | None:
    """The viable accepted backend, honouring an explicit but accepted choice."""
    try:
        chosen: keyring.backend.KeyringBackend | None = keyring.get_keyring()
    except Exception:  # a chosen backend that cannot start (no session bus, say)
        chosen = None  # is no keyring here; the others are probed below
    candidates: list[keyring.backend.KeyringBackend] = [] if chosen is None else [
        chosen, *getattr(chosen, "backends", [])]
    for backend in candidates:
        if _qualified(backend) in RECOMMENDED and _viable(backend):
            return backend
    viable = [
        b for b in keyring.backend.get_all_keyring()
        if _qualified(b) in RECOMMENDED and _viable(b)
    ]
    best: keyring.backend.KeyringBackend | None = max(
        viable, key=lambda b: float(type(b).priority), default=None)
    return best


def _viable(backend: keyring.backend.KeyringBackend) -> bool:
    try:
        return float(type(backend).priority) > 0
    except Exception:  # a backend whose probe fails is not viable
        return False


class KeyringVault:
    """A Vault over one accepted OS keyring backend."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else find_recommended_backend()

    @property
    def available(self) -> bool:
        return self._backend is not None

    @property
    def description(self) -> str:
        if self._backend is None:
            return "none"
        return RECOMMENDED.get(_qualified(self._backend), _qualified(self._backend))

    def get(self, service: str, key: str) -> str | None:
        backend = self._require()
        try:
            return backend.get_password(service, key)
        except keyring.errors.KeyringError as error:
            raise _known(error) from None

    def set(self, service: str, key: str, secret: str) -> None:
        check_secret(secret)
        backend = self._require()
        try:
            backend.set_password(service, key, secret)
        except keyring.errors.KeyringError as error:
            raise _known(error) from None

    def delete(self, service: str, key: str) -> None:
        backend = self._require()
        try:
            backend.delete_password(service, key)
        except keyring.errors.PasswordDeleteError:
            return  # already gone: deleting is idempotent
        except keyring.errors.KeyringError as error:
            raise _known(error) from None

    def _require(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            raise VaultUnavailable(NO_KEYRING)
        return self._backend


KEYRING_LOCKED = message("vault.locked",
                         "The keyring is locked. Unlock it (or allow Seatkeeper) and try again.")
KEYRING_REFUSED = message("vault.refused", "The keyring refused the request ({error}). Try again.")


def _known(error: keyring.errors.KeyringError) -> VaultError:
    # The backend's own text may quote the item; ours never does.
    if isinstance(error, keyring.errors.KeyringLocked):
        return VaultLocked(KEYRING_LOCKED())
    if isinstance(error, keyring.errors.NoKeyringError):
        return VaultUnavailable(NO_KEYRING)
    return VaultError(KEYRING_REFUSED(error=type(error).__name__))
