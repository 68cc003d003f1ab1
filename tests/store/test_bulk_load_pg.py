"""An import into PostgreSQL: COPY with reserved ids, two row triggers' work done set-based.

The roster it writes is the one the triggers write (a role that does not own the
tables keeps them), the triggers are on again after it, also after a cancel, and
the loaded tables are analysed once the import has committed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from seatkeeper.services.audit_log import AuditLog
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import ImportCancelled, apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.services.roster import RosterService
from seatkeeper.store import imports
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.conftest import pg_base_url
from tests.services.helpers import import_csv
from tests.store.test_bulk_load import HEADER, _first, _roster, _second

pytestmark = pytest.mark.usefixtures("pg_only")


@pytest.fixture
def pg_only() -> None:
    pg_base_url()  # skips (or fails in CI) without the test server


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    opened = open_store(pg_url)
    yield opened
    opened.dispose()


def _triggers(store: Store) -> dict[str, str]:
    return dict(store.read(lambda c: c.exec_driver_sql(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal "
        "AND tgrelid IN ('seats'::regclass, 'device_connections'::regclass)").all()))


@contextmanager
def _another_schema() -> Iterator[str]:
    base = pg_base_url()
    schema = f"sk_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield sa.make_url(base).update_query_dict(
            {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def test_the_copy_path_writes_what_the_row_triggers_write(
        pg_store: Store, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    import_csv(pg_store, clock, _first())
    import_csv(pg_store, clock, _second())
    assert set(_triggers(pg_store).values()) == {"O"}  # every trigger on again
    bulk = _roster(pg_store)
    assert any(row[8] == 2 for row in bulk["seats"])  # devices_connected, set by the load
    # The same files where the triggers do the work (a role that may not switch them).
    with _another_schema() as url:
        monkeypatch.setattr(imports, "owns_tables", lambda conn: False)
        core = open_store(url)
        try:
            import_csv(core, clock, _first())
            import_csv(core, clock, _second())
            assert _roster(core) == bulk
        finally:
            core.dispose()
            monkeypatch.undo()
    # The triggers still do their work after a bulk load; the audit chain holds.
    import_csv(pg_store, clock, HEADER + "Miro,k5,Miro,,2,seat-1,Di Ek,di@example.com,,"
               "PC-9,windows,us,d99\n")
    assert RosterService(pg_store).count_licences("di@exa") == 1
    assert pg_store.read(lambda c: c.exec_driver_sql(
        "SELECT holder_name, devices_connected FROM seats WHERE holder_name = 'Di Ek'"
    ).one()) == ("Di Ek", 1)
    assert AuditLog(pg_store).verify().ok


def test_a_cancelled_copy_import_leaves_roster_and_triggers_as_they_were(
        pg_store: Store, clock: Clock) -> None:
    import_csv(pg_store, clock, _first())
    before, triggers = _roster(pg_store), _triggers(pg_store)
    source = read_csv_text(_second())
    plan = preview(source.rows, guess_mapping(source.headers),
                   ImportContext(clock().date(), "it@example.com"), headers=source.headers)
    reports: list[int] = []

    def progress(done: int, total: int) -> bool:
        reports.append(done)
        return len(reports) < 3  # the seats reserved, the devices in: cancel

    with pytest.raises(ImportCancelled):
        apply(pg_store, plan, vault=None, clock=clock, actor="t", progress=progress)
    assert _roster(pg_store) == before
    assert _triggers(pg_store) == triggers


def test_an_import_leaves_the_loaded_tables_analysed(pg_store: Store, clock: Clock) -> None:
    import_csv(pg_store, clock, _first())
    analysed = dict(pg_store.read(lambda c: c.exec_driver_sql(
        "SELECT relname, last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL "
        "FROM pg_stat_user_tables WHERE schemaname = current_schema()").all()))
    assert all(analysed[name] for name in ("seats", "people", "devices",
                                           "device_connections", "seat_assignments"))
