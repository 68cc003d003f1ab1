"""The audit chain holds while several admins write at once (issue 19).

The defect: ``audit.record`` read the head without a lock, so on PostgreSQL two
transactions chained onto the same previous event and ``audit verify`` found a
fork. Eight writer threads append at once here; then a hypothesis state machine
opens transactions on several writers, interleaves their appends and commits in
any order, and checks the committed chain after every step.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from seatkeeper.services.audit_log import AuditLog
from seatkeeper.store import audit
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Connection, Store

WRITERS = 8
EACH = 25
AT = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def _append(conn: Connection, who: int, n: int) -> None:
    audit.record(conn, audit.Change("seat.renew_flag", "seat", n, f"writer {who} step {n}"),
                 at=AT, actor=f"admin-{who}")


def _count(store: Store) -> int:
    return int(store.read(lambda c: c.execute(
        sa.select(sa.func.count()).select_from(t.audit_events)).scalar_one()))


def test_eight_concurrent_writers_keep_one_chain(store: Store) -> None:
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def writer(who: int) -> None:
        try:
            start.wait()
            for n in range(EACH):
                store.write(lambda c, n=n: _append(c, who, n))  # type: ignore[misc]
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    check = AuditLog(store).verify()
    assert check.ok, check.reason
    assert check.checked == _count(store) == WRITERS * EACH


class _Writer:
    """One admin's session on its own thread, with at most one transaction open.

    ``run`` hands the thread a command and returns once the thread is idle again
    or visibly waiting for a lock on the server, so each step's outcome is fixed.
    """

    def __init__(self, store: Store, who: int) -> None:
        self.store, self.who, self.steps = store, who, 0
        self.commands: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self.idle = threading.Event()
        self.idle.set()
        self.errors: list[BaseException] = []
        self.conn: Connection | None = None
        self.pid = 0
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (command := self.commands.get()) is not None:
            try:
                command()
            except BaseException as error:
                self.errors.append(error)
            finally:
                self.idle.set()

    def _waiting(self, watcher: Connection) -> bool:
        return bool(self.pid) and watcher.execute(sa.text(
            "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
            {"pid": self.pid}).scalar() is True

    def run(self, command: Callable[[], None], watcher: Connection) -> None:
        if not self.idle.is_set():
            return  # still waiting for the head: this admin can do nothing meanwhile
        self.idle.clear()
        self.commands.put(command)
        while not self.idle.wait(0.005) and not self._waiting(watcher):
            pass

    def append(self) -> None:
        if self.conn is None:
            self.conn = self.store.engine.connect()
            self.conn.begin()
            self.pid = self.conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        self.steps += 1
        _append(self.conn, self.who, self.steps)

    def commit(self) -> None:
        if self.conn is not None:
            self.conn.commit()
            self.conn.close()
            self.conn = None

    def stop(self) -> None:
        self.commands.put(None)
        self.thread.join()


@pytest.mark.parametrize("store_kind", ["postgresql"])
def test_interleaved_writers_never_fork_the_chain(store: Store) -> None:
    """Open transactions on three writers, appends and commits in any order.

    PostgreSQL only: there each transaction may hold an append while another
    starts; on SQLite BEGIN IMMEDIATE already makes writers take turns whole,
    which the eight-writer test above covers.
    """
    class Interleaving(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.watcher = store.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self.writers = [_Writer(store, who) for who in range(3)]

        @rule(who=st.integers(0, 2))
        def append(self, who: int) -> None:
            writer = self.writers[who]
            writer.run(writer.append, self.watcher)

        @rule(who=st.integers(0, 2))
        def commit(self, who: int) -> None:
            writer = self.writers[who]
            writer.run(writer.commit, self.watcher)

        @invariant()
        def committed_chain_holds(self) -> None:
            check = AuditLog(store).verify()
            assert check.ok, check.reason

        def teardown(self) -> None:
            # Commit whoever can; a writer that was waiting gets the head and commits next.
            while any(w.conn is not None or not w.idle.is_set() for w in self.writers):
                for writer in self.writers:
                    writer.run(writer.commit, self.watcher)
            for writer in self.writers:
                writer.stop()
            self.watcher.close()
            assert [e for w in self.writers for e in w.errors] == []
            check = AuditLog(store).verify()
            assert check.ok, check.reason
            assert check.checked == _count(store)

    run_state_machine_as_test(Interleaving, settings=settings(
        max_examples=25, stateful_step_count=15, deadline=None,
        suppress_health_check=[HealthCheck.too_slow]))


@pytest.mark.parametrize("store_kind", ["postgresql"])
def test_the_lock_waits_only_for_appenders(store: Store) -> None:
    """A reader is not held up by an open append; a second appender is (PostgreSQL)."""
    with store.engine.connect() as first:
        first.begin()
        _append(first, 1, 1)
        assert AuditLog(store).count(audit.AuditFilter()) == 0  # reads go on
        with store.engine.connect() as other:
            other.begin()
            got = other.execute(sa.text(
                "SELECT pg_try_advisory_xact_lock(:key)"), {"key": audit.pg_lock_key(other)})
            assert got.scalar_one() is False  # the head is taken
            other.rollback()
        first.commit()
