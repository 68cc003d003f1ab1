"""tools/dist.py's own parts; `make dist-check` builds and runs the real bundle."""

from __future__ import annotations

import sqlite3
import sys
import tarfile
from pathlib import Path

import pytest

from tools import dist


def test_the_linux_archive_holds_bundle_desktop_entry_icons_and_installer(tmp_path: Path) -> None:
    bundle = tmp_path / "seatkeeper"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "seatkeeper").write_text("#!/bin/sh\n", encoding="utf-8")
    archive = dist.linux_archive(bundle, dist.ROOT, "9.9.9")
    assert archive.name.startswith("seatkeeper-9.9.9-linux-")
    with tarfile.open(archive) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if "/" in m.name}
        desktop = tar.extractfile(members["seatkeeper.desktop"])
        assert desktop is not None
        assert b"Icon=seatkeeper" in desktop.read()
    assert "seatkeeper/seatkeeper" in members
    assert {f"icons/hicolor/{s}x{s}/apps/seatkeeper.png" for s in dist.ICON_SIZES} <= set(members)
    assert members["install.sh"].mode & 0o111


def test_a_window_that_quits_early_fails_the_check(tmp_path: Path) -> None:
    quitter = tmp_path / "quits"
    quitter.write_text("#!/bin/sh\necho gone >&2\nexit 3\n", encoding="utf-8")
    quitter.chmod(0o755)
    with pytest.raises(dist.CheckFailed, match="quit after less than 1 s"):
        dist.window_for(quitter, tmp_path / "r.sqlite", {}, tmp_path / "log", seconds=1)


def test_a_warning_in_the_log_fails_the_check(tmp_path: Path) -> None:
    log = tmp_path / "seatkeeper.log"
    stays = tmp_path / "stays"
    opened = f"x INFO seatkeeper: roster opened: {dist.screen_count()} screens"
    stays.write_text(f"#!/bin/sh\nprintf '%s\\n' '{opened}' "
                     f"'x WARNING seatkeeper: something odd' >> {log}\nexec sleep 30\n",
                     encoding="utf-8")
    stays.chmod(0o755)
    with pytest.raises(dist.CheckFailed, match="something odd"):
        dist.window_for(stays, tmp_path / "r.sqlite", {}, log, seconds=1)


def test_the_check_waits_for_as_many_screens_as_the_window_builds() -> None:
    # It waited for "6 screens" after the Spend and People screens made eight.
    from seatkeeper.ui.screens.specs import SCREENS

    assert dist.screen_count() == len(SCREENS)


def test_an_older_roster_is_taken_back_to_the_first_migration(tmp_path: Path) -> None:
    import sqlalchemy as sa
    from alembic import command

    from seatkeeper.store.migrate import alembic_config, head_revision

    roster = tmp_path / "r.sqlite"
    engine = sa.create_engine(f"sqlite:///{roster}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    assert dist._revision(roster) == head_revision()
    dist._age_roster(sys.executable, roster)
    assert dist._revision(roster) == "0001"
    with sqlite3.connect(roster) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "seats" in tables
