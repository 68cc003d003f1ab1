"""An in-memory vault, for unit tests only (it forgets everything)."""

from __future__ import annotations

from seatkeeper.credentials.vault import check_secret


class MemoryVault:
    """Dictionary-backed Vault; counts calls so tests can assert there were none."""

    description = "memory (tests only)"

    def __init__(self) -> None:
        self._secrets: dict[tuple[str, str], str] = {}
        self.calls = 0

    def get(self, service: str, key: str) -> str | None:
        self.calls += 1
        return self._secrets.get((service, key))

    def set(self, service: str, key: str, secret: str) -> None:
        self.calls += 1
        self._secrets[(service, key)] = check_secret(secret)

    def delete(self, service: str, key: str) -> None:
        self.calls += 1
        self._secrets.pop((service, key), None)

    def values(self) -> list[str]:
        return list(self._secrets.values())

    def entries(self) -> dict[tuple[str, str], str]:
        """(service, key) -> secret, for tests that tell credentials from other entries."""
        return dict(self._secrets)
