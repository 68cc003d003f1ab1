"""``check-send``, ``send-link`` and ``smtp`` from the shell (SD-8, SD-1)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.cli import common, run, send
from seatkeeper.credentials.keyring_vault import KeyringVault
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.eligibility import RefusalCode
from seatkeeper.services.audit_heads import KEYRING_PREFIX
from seatkeeper.services.roster import RosterService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

PASSWORD = "cli-Smtp-pa55"


def ids(store: Store, subscription: str, device: str) -> list[str]:
    sub = next(s.subscription_id for s in RosterService(store).subscriptions()
               if s.name == subscription)
    dev = store.read(lambda c: c.execute(
        sa.select(t.devices.c.id).where(t.devices.c.name == device)).scalar_one())
    return ["--subscription", str(sub), "--device", str(dev)]


def check_send(roster_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
               ) -> tuple[int, dict[str, object]]:
    code = run(["check-send", "--db", str(roster_path), *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_sd8_check_send_json_lists_every_reason_with_its_code(
        demo_store: Store, roster_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, answer = check_send(
        roster_path, ids(demo_store, "Kaspersky Premium (3 devices)", "Old warehouse PC"), capsys)
    assert code == 0
    assert list(answer) == ["allowed", "reasons"]
    assert answer["allowed"] is False
    reasons = answer["reasons"]
    assert isinstance(reasons, list)
    assert all(sorted(r) == ["code", "message"] and r["message"] for r in reasons)
    assert [r["code"] for r in reasons] == ["no_free_slot", "app_version_incompatible",
                                            "autorenew_while_limited_in_use"]


def test_sd8_check_send_codes_are_rules_codes(demo_store: Store, roster_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _, answer = check_send(roster_path, ids(demo_store, "Kaspersky Plus (5 devices)",
                                            "Meeting-room Mac"), capsys)
    assert answer == {"allowed": False, "reasons": [
        {"code": "device_not_connected",
         "message": "The device is not connected to the account."}]}
    assert {c.value for c in RefusalCode} >= {"device_not_connected"}


def test_sd8_check_send_allowed(demo_store: Store, roster_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    _, answer = check_send(roster_path, ids(demo_store, "ExpressVPN Volume (Office)",
                                            "Sales iPad"), capsys)
    assert answer == {"allowed": True, "reasons": []}


def test_sd8_check_send_text_and_unknown_ids(demo_store: Store, roster_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    args = ids(demo_store, "Kaspersky Plus (5 devices)", "CEO iPhone")
    assert run(["check-send", "--db", str(roster_path), *args]) == 0
    assert "delivery_pending:" in capsys.readouterr().out
    assert run(["check-send", "--db", str(roster_path), "--subscription", "999",
                "--device", "1"]) == 2
    assert "no longer in the roster" in capsys.readouterr().err


def test_sd1_send_link_without_smtp_fails_plainly(demo_store: Store, roster_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["send-link", "--db", str(roster_path), "--subscription", "1",
                "--email", "anna@example.com"])
    assert code == 2
    assert "No SMTP server is configured" in capsys.readouterr().err


def test_sd1_smtp_set_reads_password_from_env_never_prints_it(
        demo_store: Store, roster_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = MemoryVault()
    monkeypatch.setattr(common, "make_vault", lambda: vault)
    monkeypatch.setenv(send.PASSWORD_ENV, PASSWORD)
    code = run(["smtp", "set", "--db", str(roster_path), "--host", "smtp.example.com",
                "--port", "587", "--security", "starttls", "--user", "it",
                "--from", "it@northwind.example"])
    assert code == 0
    # The only secret is the password; the keyring also keeps the audit log's head.
    assert [v for (_service, key), v in vault.entries().items()
            if not key.startswith(KEYRING_PREFIX)] == [PASSWORD]
    assert run(["smtp", "show", "--db", str(roster_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert PASSWORD not in out
    assert json.loads(out.splitlines()[-1])["host"] == "smtp.example.com"


def test_sd1_smtp_set_reads_password_from_stdin(
        demo_store: Store, roster_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = MemoryVault()
    monkeypatch.setattr(common, "make_vault", lambda: vault)
    monkeypatch.delenv(send.PASSWORD_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert run(["smtp", "set", "--db", str(roster_path), "--host", "smtp.example.com",
                "--port", "465", "--security", "tls", "--user", "it",
                "--from", "it@northwind.example"]) == 0
    # The only secret is the password; the keyring also keeps the audit log's head.
    assert [v for (_service, key), v in vault.entries().items()
            if not key.startswith(KEYRING_PREFIX)] == [PASSWORD]


def test_sd1_smtp_set_without_keyring_says_so(
        demo_store: Store, roster_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    no_keyring = KeyringVault.__new__(KeyringVault)
    no_keyring._backend = None  # what KeyringVault is on a box with no accepted backend
    monkeypatch.setattr(common, "make_vault", lambda: no_keyring)
    monkeypatch.setenv(send.PASSWORD_ENV, PASSWORD)
    code = run(["smtp", "set", "--db", str(roster_path), "--host", "smtp.example.com",
                "--port", "587", "--user", "it", "--from", "it@northwind.example"])
    err = capsys.readouterr().err
    assert code == 2
    assert "No secure keyring" in err
    assert PASSWORD not in err
    assert run(["smtp", "show", "--db", str(roster_path)]) == 2  # nothing was saved
