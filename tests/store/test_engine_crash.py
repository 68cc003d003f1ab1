"""SIGKILL at random moments during an import and a bulk seat change loses nothing half-done.

Each round starts a child (tests/store/crash_child.py), reads a random number of
its progress lines (so the kill lands before, inside or just after a
transaction), kills it with SIGKILL, then checks the file: integrity_check is
ok, foreign keys hold, every batch is wholly there or wholly absent, and every
batch the child reported committed is there (synchronous=FULL).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from seatkeeper.store.open import open_store
from tests.store import crash_child

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32",
                                                   reason="SIGKILL is POSIX")]
ROUNDS = 12  # per flow: 24 kills in all
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(mode: str, roster: Path, first: int, lines: int) -> set[int]:
    """Start the child, kill it after ``lines`` lines; the batches it said committed."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    child = subprocess.Popen([sys.executable, "-m", "tests.store.crash_child", mode,
                              str(roster), str(first)],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert child.stdout is not None
    committed: set[int] = set()
    seen = 0
    for line in child.stdout:
        if line.startswith("committed"):
            committed.add(int(line.split()[1]))
        if line.strip() != "ready":
            seen += 1
        if seen >= lines:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL, "the child ended before it was killed"
    return committed


def _check_file(roster: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(roster)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def test_killed_imports_leave_each_batch_whole_or_absent(roster_path: Path) -> None:
    open_store(str(roster_path)).dispose()
    rng = random.Random(8)
    committed: set[int] = set()
    first = 0
    for _ in range(ROUNDS):
        # 3 progress lines per row of a batch, plus "committed": up to ~2 batches in
        committed |= _run_and_kill("import", roster_path, first,
                                   rng.randint(1, 2 * (3 * crash_child.SEATS + 1)))
        conn = _check_file(roster_path)
        seats = dict(conn.execute(
            "SELECT s.name, count(*) FROM subscriptions s JOIN seats ON seats.subscription_id"
            " = s.id GROUP BY s.name").fetchall())
        imports = conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'roster.imported'").fetchone()[0]
        conn.close()
        present = {int(name.split()[1]) for name in seats}
        assert set(seats.values()) <= {crash_child.SEATS}  # no batch half there
        assert committed <= present
        assert imports == len(present)  # the audit event went with its rows
        first = max(present, default=-1) + 1  # the next child starts after what is there
    assert committed, "no round got as far as a commit: the test proved nothing"


def test_killed_bulk_renew_changes_all_seats_or_none(roster_path: Path) -> None:
    store = open_store(str(roster_path))
    crash_child.import_batch(store, crash_child.BULK_SUBSCRIPTION)
    store.dispose()
    rng = random.Random(14)
    committed_rounds: set[int] = set()
    first = 0
    for _ in range(ROUNDS):
        committed_rounds |= _run_and_kill("renew", roster_path, first, rng.randint(1, 8))
        conn = _check_file(roster_path)
        values = {r[0] for r in conn.execute("SELECT renew FROM seats")}
        versions = {r[0] for r in conn.execute("SELECT version FROM seats")}
        events = conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'seat.renew_set'").fetchone()[0]
        conn.close()
        assert len(values) == 1
        assert len(versions) == 1
        assert events % crash_child.SEATS == 0
        rounds_done = events // crash_child.SEATS
        assert rounds_done >= len(committed_rounds)
        first = rounds_done
    assert committed_rounds, "no round got as far as a commit: the test proved nothing"
