"""``seatkeeper audit verify``: exit 0 when intact, 2 and the event id when a link breaks."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from seatkeeper import cli
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.store.open import open_store


@pytest.fixture
def demo_file(tmp_path: Path, clock: Clock) -> Path:
    path = tmp_path / "demo.sqlite"
    store = open_store(str(path))
    build_demo(store, MemoryVault(), clock, "t")
    store.dispose()
    return path


def test_intact_log_verifies(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["audit", "verify", "--db", str(demo_file)]) == 0
    assert "intact" in capsys.readouterr().out


def test_tampered_copy_reports_the_first_broken_link(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "tampered.sqlite"
    shutil.copy(demo_file, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER audit_events_no_update")
    victim = conn.execute("SELECT id FROM audit_events ORDER BY id LIMIT 1 OFFSET 7").fetchone()[0]
    conn.execute("UPDATE audit_events SET summary = 'nothing to see' WHERE id = ?", (victim,))
    conn.commit()
    conn.close()
    assert cli.run(["audit", "verify", "--db", str(copy)]) == 2
    err = capsys.readouterr().err
    assert f"broken at event {victim}:" in err
    assert cli.run(["audit", "verify", "--db", str(demo_file)]) == 0  # the original is fine


def test_list_filters(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["audit", "list", "--db", str(demo_file), "--entity", "seat",
                    "--limit", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert all("\tseat." in line for line in lines)


def test_cut_tail_after_a_verify_is_caught(demo_file: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 19: deleting the last events used to report "intact"."""
    assert cli.run(["audit", "verify", "--db", str(demo_file)]) == 0  # the head is kept
    conn = sqlite3.connect(demo_file)
    conn.execute("DROP TRIGGER audit_events_no_delete")
    conn.execute("DELETE FROM audit_events WHERE id > (SELECT max(id) - 4 FROM audit_events)")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert cli.run(["audit", "verify", "--db", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert "removed from its end" in err
    assert "append-only protection is missing (triggers audit_events_no_delete were" in err
