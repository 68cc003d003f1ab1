"""The CLI opens its roster through the one composition root, as the window does.

``services.bundle.open_services`` is called in one place (cli/common.py); no
command builds a store, a service or a vault itself. So a writing command takes
the day's backup copy first, a reading one opens the roster read-only, and the
keyring is asked only by a command that needs it.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import seatkeeper.cli
from seatkeeper.cli import run
from seatkeeper.services import bundle
from seatkeeper.services.bundle import open_services
from seatkeeper.store import backup
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.source_names import namespace, resolve

CLI = Path(seatkeeper.cli.__file__).parent
# Modules that build a roster or a vault: only services.bundle may use them.
BUILDERS = ("seatkeeper.store.open", "seatkeeper.store.engine",
            "seatkeeper.credentials.keyring_vault", "seatkeeper.credentials.memory_vault",
            "sqlalchemy")
def _builds_its_own(thing: Any) -> bool:
    """A store opened, or a class of services/store/credentials built over a store or vault."""
    if thing is open_store or thing is Store:
        return True
    if not inspect.isclass(thing) or not thing.__module__.startswith(
            ("seatkeeper.services", "seatkeeper.store", "seatkeeper.credentials")):
        return False
    if thing.__module__.startswith("seatkeeper.credentials"):
        return thing.__name__.endswith("Vault")
    try:
        parameters = inspect.signature(thing).parameters
    except (TypeError, ValueError):
        return False
    return bool({"store", "vault", "engine"} & parameters.keys())


def violations(source: str, module: str = "", *, root_module: bool = False) -> list[str]:
    """Where ``source`` opens a store or builds a service or vault itself."""
    tree = ast.parse(source)
    names = namespace(tree, module)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            imported = [node.module or ""] if isinstance(node, ast.ImportFrom) \
                else [alias.name for alias in node.names]
            found += [f"line {node.lineno}: imports {name}" for name in imported
                      if name.startswith(BUILDERS)]
        if isinstance(node, ast.Call):
            called = resolve(node.func, names)
            if _builds_its_own(called):
                found.append(f"line {node.lineno}: builds {called.__name__}")
            if called is open_services and not root_module:
                found.append(f"line {node.lineno}: calls open_services outside cli/common.py")
    return found


def test_no_command_builds_a_store_a_service_or_a_vault() -> None:
    checked = 0
    for path in sorted(CLI.glob("*.py")):
        module = "seatkeeper.cli" + ("" if path.stem == "__init__" else f".{path.stem}")
        problems = violations(path.read_text(encoding="utf-8"), module,
                              root_module=path.name == "common.py")
        assert problems == [], f"{path.name}: {problems}"
        checked += 1
    assert checked >= 9


def test_the_check_finds_a_service_built_by_hand() -> None:
    by_hand = (
        "from seatkeeper.services.seats import SeatService\n"
        "from seatkeeper.services import audit_log\n"
        "from seatkeeper.services.bundle import open_services\n"
        "from seatkeeper.store.open import open_store\n"
        "def _assign(args):\n"
        "    from seatkeeper.credentials.keyring_vault import KeyringVault\n"
        "    store = open_store(args.db)\n"
        "    audit_log.AuditLog(store)\n"
        "    open_services(args.location, actor='a')\n"
        "    return SeatService(store, None, 'a'), KeyringVault()\n"
    )
    found = violations(by_hand)
    assert [f.split(": ", 1)[1] for f in found] == [
        "imports seatkeeper.store.open", "imports seatkeeper.credentials.keyring_vault",
        "builds open_store", "builds AuditLog", "calls open_services outside cli/common.py",
        "builds SeatService", "builds KeyringVault"]


# -- what going through the composition root gives a command --------------------------
def _volume_seats(store: Store) -> list[int]:
    def seats(conn: sa.Connection) -> list[int]:
        volume = conn.execute(sa.select(t.subscriptions.c.id).where(
            t.subscriptions.c.kind == "volume").limit(1)).scalar_one()
        return list(conn.execute(sa.select(t.seats.c.id).where(
            t.seats.c.subscription_id == volume).order_by(t.seats.c.id).limit(2)).scalars())
    return store.read(seats)


def test_a_writing_command_takes_the_days_backup_first(
        demo_store: Store, roster_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _volume_seats(demo_store)
    demo_store.dispose()
    assert backup.list_backups(roster_path) == []
    assert run(["report", "--db", str(roster_path)]) == 0  # reads: no copy
    assert backup.list_backups(roster_path) == []
    assert run(["seats", "renew", "--db", str(roster_path), "--seat", str(first),
                "--off"]) == 0
    [daily] = backup.list_backups(roster_path)
    assert daily.reason == "daily"
    copy = open_store(str(daily.path), read_only=True)
    try:  # the copy is the roster before the command changed it
        assert copy.read(lambda c: c.execute(sa.select(t.seats.c.renew).where(
            t.seats.c.id == first)).scalar_one()) is True
    finally:
        copy.dispose()
    assert run(["seats", "renew", "--db", str(roster_path), "--seat", str(second),
                "--off"]) == 0
    assert backup.list_backups(roster_path) == [daily]  # once a day, as the window
    assert "backup" not in capsys.readouterr().err


def test_read_only_is_refused_a_write_and_takes_no_copy(
        demo_store: Store, roster_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seat = _volume_seats(demo_store)[0]
    demo_store.dispose()
    assert run(["--read-only", "seats", "renew", "--db", str(roster_path), "--seat", str(seat),
                "--off"]) == 2
    assert "read-only" in capsys.readouterr().err
    assert backup.list_backups(roster_path) == []


def test_a_reading_command_opens_the_roster_read_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing-here.sqlite"
    assert run(["report", "--db", str(missing)]) == 2
    assert "There is no roster at" in capsys.readouterr().err
    assert not missing.exists()  # read-only: nothing was created


def test_only_commands_that_keep_secrets_ask_for_the_keyring(
        demo_store: Store, roster_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.dispose()
    asked: list[str] = []
    real = bundle.open_keyring

    def counting() -> Any:
        asked.append("keyring")
        return real()
    monkeypatch.setattr(bundle, "open_keyring", counting)
    for argv in (["report"], ["list", "seats"], ["review"], ["deadlines"]):
        assert run([*argv, "--db", str(roster_path)]) == 0
    assert asked == []
    assert run(["smtp", "show", "--db", str(roster_path)]) == 2  # no server set
    assert "No SMTP server is configured" in capsys.readouterr().err
    assert asked == ["keyring"]
    # `audit verify` reads the audit head the keyring keeps (issue 19), if there is one.
    assert run(["audit", "verify", "--db", str(roster_path)]) == 0
    assert asked == ["keyring", "keyring"]
