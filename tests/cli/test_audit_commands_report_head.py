"""The review report prints the audit head beside the sign-off, and `audit verify --head`
holds the log to it later (issue 19): paper is a place the log's own rows cannot reach.

The PDF is drawn from this same HTML (services/report.py -> ui/pdf_report.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.cli import run
from seatkeeper.services.audit_log import AuditLog
from seatkeeper.store import checkpoints
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

A = t.audit_events


def _printed_head(html: str) -> str:
    found = re.search(r"audit verify --head (\d+:[0-9a-f]{16})", html)
    assert found is not None, "the report names no audit head"
    return found[1]


def test_the_report_and_its_json_carry_the_head(demo_store: Store, roster_path: Path,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    head = AuditLog(demo_store).head()
    assert head is not None
    demo_store.dispose()
    out = tmp_path / "review.html"
    assert run(["export", "--db", str(roster_path), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert _printed_head(html) == f"{head.event_id}:{head.hash[:16]}"
    sign_off = html[html.index("Sign-off"):]
    assert f"{head.count} events" in sign_off.replace(",", "")
    capsys.readouterr()
    assert run(["review", "--db", str(roster_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["audit_head"] == {"event_id": head.event_id, "hash": head.hash,
                                     "count": head.count}
    assert "counts" in printed  # the findings are still there, beside it


def test_verify_holds_the_log_to_the_printed_head(demo_store: Store, roster_path: Path,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.dispose()
    out = tmp_path / "review.html"
    assert run(["export", "--db", str(roster_path), "--format", "html", "-o", str(out)]) == 0
    printed = _printed_head(out.read_text(encoding="utf-8"))
    assert run(["audit", "verify", "--db", str(roster_path), "--head", printed]) == 0
    # Someone with the file cuts the tail, puts the triggers back, and wipes this
    # computer's traces: only the paper still knows the head.
    engine = sa.create_engine(f"sqlite:///{roster_path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        last = conn.execute(sa.select(sa.func.max(A.c.id))).scalar_one()
        conn.execute(A.delete().where(A.c.id == last))
        conn.exec_driver_sql("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON "
                             "audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is "
                             "append-only'); END")
    engine.dispose()
    checkpoints.drop_checkpoint(roster_path)
    for note in checkpoints.checkpoint_file(roster_path).parent.parent.glob("backups/*/*"):
        note.unlink()
    capsys.readouterr()
    assert run(["audit", "verify", "--db", str(roster_path)]) == 0
    assert run(["audit", "verify", "--db", str(roster_path), "--head", printed]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"The audit log cannot be trusted: events were removed from its end: "
                   f"event {printed.split(':')[0]}, given as its head, is gone."]


def test_a_rewritten_printed_head_and_a_bad_one(demo_store: Store, roster_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    head = AuditLog(demo_store).head()
    assert head is not None
    demo_store.dispose()
    wrong = "0" * 16 if not head.hash.startswith("0" * 16) else "f" * 16
    assert run(["audit", "verify", "--db", str(roster_path), "--head",
                f"{head.event_id}:{wrong}"]) == 2
    assert "rewritten" in capsys.readouterr().err
    assert run(["audit", "verify", "--db", str(roster_path), "--head", "yesterday"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "--head takes the event" in err[0]
