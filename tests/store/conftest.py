"""Run every test here against SQLite and PostgreSQL (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.conftest import STORE_KINDS


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)
