"""``team grant`` on an SQLite file is refused in one line (roles are the server's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatkeeper import cli


def test_roles_on_a_file_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = tmp_path / "r.sqlite"
    assert cli.run(["team", "grant", "--db", str(roster), "--role", "reviewer", "bob"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert "only on a team roster on PostgreSQL" in err[0]
