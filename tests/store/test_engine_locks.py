"""Two processes writing one SQLite roster: never "database is locked", never a forked chain."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from seatkeeper.store.audit import GENESIS
from seatkeeper.store.open import open_store

ROOT = Path(__file__).resolve().parents[2]
WRITES = 300


@pytest.mark.slow
def test_two_processes_hammering_one_roster_both_finish(roster_path: Path) -> None:
    open_store(str(roster_path)).dispose()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    children = [subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_child", f"hammer{WRITES}", str(roster_path),
         str(tag)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env, cwd=ROOT) for tag in (1, 2)]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = [child.communicate(timeout=240) for child in children]
    for child, (_out, err) in zip(children, results, strict=True):
        assert "locked" not in err.lower()
        assert child.returncode == 0, err
    conn = sqlite3.connect(roster_path)
    rows = conn.execute("SELECT id, at, actor, action, entity, entity_id, summary, before_json,"
                        " after_json, prev_hash, hash FROM audit_events ORDER BY id").fetchall()
    conn.close()
    assert len(rows) == 2 * WRITES
    assert {r[2] for r in rows} == {"writer-1", "writer-2"}
    prev = GENESIS
    for row in rows:  # one chain: each append saw the other writer's last event
        assert row[9] == prev
        prev = row[10]
