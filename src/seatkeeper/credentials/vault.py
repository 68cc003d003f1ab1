"""The Vault protocol: get, set and delete a secret by (service, key)."""

from __future__ import annotations

from typing import Protocol

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message

SERVICE = "seatkeeper"
# Windows Credential Manager refuses longer blobs; refuse before the OS does.
MAX_SECRET_LENGTH = 1000


class Vault(Protocol):
    """Where secrets go. Implementations raise VaultError kinds, never plaintext-fallback."""

    @property
    def description(self) -> str:
        """The backend's name, for the admin (e.g. 'Secret Service')."""

    def get(self, service: str, key: str) -> str | None: ...

    def set(self, service: str, key: str, secret: str) -> None: ...

    def delete(self, service: str, key: str) -> None: ...


SECRET_EMPTY = message("vault.secret_empty", "The secret is empty.")
SECRET_TOO_LONG = message("vault.secret_too_long", "The secret is {length} characters long; the "
                          "keyring takes at most {limit}.")


def check_secret(secret: str) -> str:
    """Refuse an empty or over-long secret, without echoing it."""
    if not secret:
        raise BadInput(SECRET_EMPTY())
    if len(secret) > MAX_SECRET_LENGTH:
        raise BadInput(SECRET_TOO_LONG(length=len(secret), limit=MAX_SECRET_LENGTH))
    return secret
