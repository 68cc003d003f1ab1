"""An import into PostgreSQL: COPY with reserved ids, two row triggers' work done set-based.

The roster it writes is the one the triggers write (a role that does not own the
tables keeps them), the triggers are on again after it, also after a cancel, and
the loaded tables are analysed once the import has committed. A load that doubles
a table takes its foreign keys and secondary indexes off for the COPY and puts
them back as they were (a rollback does), and other sessions' reads wait for it.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from seatkeeper.services.audit_log import AuditLog
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import ImportCancelled, apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.services.roster import RosterService
from seatkeeper.store import bulk_load, imports, search_bulk
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


def _catalog(store: Store) -> tuple[dict[str, str], dict[str, int]]:
    """Every constraint's and index's definition in the roster's schema, and their oids."""
    rows = store.read(lambda c: c.exec_driver_sql(
        "SELECT 'constraint ' || conrelid::regclass || '.' || conname, "
        "pg_get_constraintdef(oid), oid::bigint FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace UNION ALL "
        "SELECT 'index ' || indexrelid::regclass, pg_get_indexdef(indexrelid), "
        "indexrelid::bigint FROM pg_index JOIN pg_class ON pg_class.oid = indexrelid "
        "WHERE relnamespace = current_schema()::regnamespace").all())
    return {name: sql for name, sql, _ in rows}, {name: int(oid) for name, _, oid in rows}


def _plan(text: str, clock: Clock) -> ImportPlan:
    source = read_csv_text(text)
    return preview(source.rows, guess_mapping(source.headers),
                   ImportContext(clock().date(), "it@example.com"), headers=source.headers)


SEAT_KEY = "constraint seats.fk_seats_person_id_people"


def test_a_big_import_puts_keys_and_indexes_back_exactly_as_they_were(
        pg_store: Store, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    definitions, oids = _catalog(pg_store)
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)  # every table the load doubles: all
    import_csv(pg_store, clock, _first())
    after, new_oids = _catalog(pg_store)
    assert after == definitions
    assert new_oids[SEAT_KEY] != oids[SEAT_KEY]  # dropped for the COPY and added back
    assert new_oids["index ix_seats_licence_id_trgm"] != oids["index ix_seats_licence_id_trgm"]
    assert new_oids["index pk_seats"] == oids["index pk_seats"]  # the primary key stays
    assert new_oids["index uq_people_email"] == oids["index uq_people_email"]  # unique too
    bulk = _roster(pg_store)
    # The re-import does not double the tables: it keeps them, and writes what the
    # per-row path (a role that does not own the tables) writes.
    import_csv(pg_store, clock, _second())
    assert _catalog(pg_store)[1] == new_oids
    with _another_schema() as url:
        core = open_store(url)
        try:
            with monkeypatch.context() as patched:
                patched.setattr(imports, "owns_tables", lambda conn: False)
                import_csv(core, clock, _first())
                assert _roster(core) == bulk
                import_csv(core, clock, _second())
                assert _roster(core) == _roster(pg_store)
        finally:
            core.dispose()
    assert RosterService(pg_store).count_licences("ann1@") > 0  # the trigram index serves


def _exclusive_locks(admin: sa.Engine, schema: str) -> set[str]:
    with admin.connect() as conn:
        return {name for (name,) in conn.exec_driver_sql(
            "SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE l.mode = 'AccessExclusiveLock' AND l.granted "
            "AND c.relnamespace = %(s)s::regnamespace AND c.relkind = 'r'",
            {"s": schema}).all()}


def test_a_failing_big_import_rolls_back_the_dropped_keys_and_indexes(
        pg_store: Store, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    import_csv(pg_store, clock, HEADER + "Miro,k5,Miro,,2,seat-1,Di Ek,di@example.com,,"
               "PC-9,windows,us,d99\n")
    before, catalog = _roster(pg_store), _catalog(pg_store)
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    schema = pg_store.read(lambda c: c.exec_driver_sql("SELECT current_schema()").scalar())
    admin = sa.create_engine(pg_base_url())
    held: list[set[str]] = []

    def progress(done: int, total: int) -> bool:
        held.append(_exclusive_locks(admin, schema))
        return len(held) < 3  # every COPY made, the keys and indexes not yet back: cancel

    try:
        with pytest.raises(ImportCancelled):
            apply(pg_store, _plan(_first(), clock), vault=None, clock=clock, actor="t",
                  progress=progress)
        assert {"seats", "people", "devices", "seat_assignments"} <= held[-1]
        assert _exclusive_locks(admin, schema) == set()
    finally:
        admin.dispose()
    assert _roster(pg_store) == before
    assert _catalog(pg_store) == catalog  # the very same constraints and indexes


def test_a_role_that_does_not_own_the_tables_keeps_the_per_row_path(
        pg_store: Store, pg_url: str, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    role = f"sk_user_{uuid.uuid4().hex[:10]}"
    schema = pg_store.read(lambda c: c.exec_driver_sql("SELECT current_schema()").scalar())
    admin = sa.create_engine(pg_base_url())
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        conn.exec_driver_sql(f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {role}")
        conn.exec_driver_sql(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {schema} TO {role}")
    catalog = _catalog(pg_store)
    user = open_store(sa.make_url(pg_url).set(username=role).render_as_string(
        hide_password=False))
    try:
        import_csv(user, clock, _first())
        assert _catalog(pg_store) == catalog  # nothing dropped: same oids, same definitions
        assert RosterService(user).count_licences("ann1@") > 0
    finally:
        user.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()


def test_a_reader_waits_for_a_big_import_then_reads_the_committed_roster(
        pg_store: Store, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bulk, "BULK_ROWS", 1)
    plan = _plan(_first(), clock)
    counted: list[int] = []
    reader = threading.Thread(target=lambda: counted.append(pg_store.read(
        lambda c: int(c.exec_driver_sql("SELECT count(*) FROM seats").scalar_one()))))
    with pg_store.engine.connect() as conn:
        with conn.begin():
            imports.RosterWriter(conn, clock(), lambda n: None).run(plan.rows)
            reader.start()
            waited = False
            for _ in range(200):  # the reader blocks on the import's lock, not on a snapshot
                waited = bool(conn.exec_driver_sql(
                    "SELECT pg_stat_clear_snapshot(), count(*) FROM pg_stat_activity "
                    "WHERE wait_event_type = 'Lock' AND query = 'SELECT count(*) FROM seats'"
                ).one()[1])
                if waited:
                    break
                time.sleep(0.05)
            assert waited
            assert not counted
        reader.join(10)
    assert counted == [len({(r.subscription.key, s.licence_id)
                            for r in plan.rows for s in r.seats})]


def test_binary_and_text_copy_write_the_same_roster(
        pg_store: Store, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    import_csv(pg_store, clock, _first())
    import_csv(pg_store, clock, _second())
    with _another_schema() as url:
        text = open_store(url)
        try:
            with monkeypatch.context() as patched:
                patched.setattr(bulk_load, "_binary_types", lambda *args: None)
                import_csv(text, clock, _first())
                import_csv(text, clock, _second())
            assert _roster(text) == _roster(pg_store)
        finally:
            text.dispose()


def test_a_value_binary_copy_would_misread_sends_the_copy_as_text(pg_store: Store) -> None:
    def kinds(table: str, column: str, values: list[object]) -> list[int] | None:
        return pg_store.read(lambda c: bulk_load._binary_types(c, table, [column], [values]))

    assert kinds("seats", "version", [1, 2, None]) == [23]
    assert kinds("seats", "version", [1, True]) is None  # a bool is no int4
    assert kinds("seats", "created_at", [datetime(2026, 1, 1)]) == [1114]
    assert kinds("seats", "created_at", [datetime(2026, 1, 1, tzinfo=UTC)]) is None
    assert kinds("seats", "licence_id", ["a", 1]) is None
