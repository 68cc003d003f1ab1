"""Every CLI test runs on a box without a keyring, unless it hands the CLI a vault.

The commands open the OS keyring through services.bundle like the window; a
test must never store the demo's credentials in the admin's real one.
"""

from __future__ import annotations

import pytest

from seatkeeper.credentials import keyring_vault


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring_vault, "find_recommended_backend", lambda: None)


@pytest.fixture(autouse=True)
def _plain_system_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system locale is the C one unless a test says otherwise: imports and exports
    default to it (issue 15), and the box running the tests may be set to anything."""
    for name in ("LC_ALL", "LC_NUMERIC"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
