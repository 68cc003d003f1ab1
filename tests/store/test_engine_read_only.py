"""A read-only roster is read-only in SQLite itself, not only in Store.write."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store


@pytest.mark.sqlite_only
def test_read_only_engine_refuses_a_raw_write(store: Store, roster_path: Path) -> None:
    store.dispose()
    spaced = roster_path.with_name("a roster #1.sqlite")  # characters a URI must escape
    roster_path.rename(spaced)
    before = spaced.read_bytes()
    opened = open_store(str(spaced), read_only=True)
    try:
        assert opened.read(lambda c: c.execute(sa.text("SELECT count(*) FROM seats"))
                           .scalar_one()) == 0
        with pytest.raises(sa.exc.OperationalError, match="readonly"), \
                opened.engine.connect() as conn:
            conn.exec_driver_sql("CREATE TABLE intruder (a INTEGER)")
    finally:
        opened.dispose()
    assert spaced.read_bytes() == before
