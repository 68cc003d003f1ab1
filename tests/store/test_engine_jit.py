"""PostgreSQL's JIT is off for the roster's connections (issue 21).

Review's findings have high estimated costs (a count per subscription), so the JIT
compiled them on every read: 1.4 s of compiling for 0.06 s of work at 30k seats.
"""

from __future__ import annotations

import pytest

from seatkeeper.store.engine import Store


def test_postgresql_connections_do_not_jit(store: Store, store_kind: str) -> None:
    if store_kind != "postgresql":
        pytest.skip("PostgreSQL only")
    for _ in range(2):  # every connection of the pool, not only the first
        assert store.read(lambda conn: conn.exec_driver_sql("SHOW jit").scalar()) == "off"
    assert store.write(lambda conn: conn.exec_driver_sql("SHOW jit").scalar()) == "off"
