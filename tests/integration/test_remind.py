"""`seatkeeper remind` end to end (issue 17): a real SMTP server and a real session bus.

The digest goes through aiosmtpd on 127.0.0.1 and is read back: recipient,
every due deadline, amounts, the store's steps (AS-11), no secret; a second
run sends nothing. A failed delivery is one line and the reminders stay open,
so the next run delivers. The desktop notification reaches a notification
service on a private D-Bus session bus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatkeeper.cli import common, remind, run, send
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.desktop_notify import (
    NO_SERVICE,
    FreedesktopNotifier,
    Notice,
    NotifyUnavailable,
)
from seatkeeper.store.engine import Store
from tests.integration.test_smtp import PASSWORD, USER, Mailbox, free_port, mailbox  # noqa: F401
from tests.services.helpers import STORE_PLAN, STORE_TRIAL
from tests.services.test_desktop_notify import NotificationService, private_bus  # noqa: F401

pytestmark = pytest.mark.integration

AS_OF = "2026-11-22T09:30:00Z"  # the demo's clock (tests/conftest.py NOW)
SENDER = "it@northwind.example"


class Recorder:
    """A notifier that records, or refuses like a desktop with no notification service."""

    name = "test"

    def __init__(self, *, refuse: bool = False) -> None:
        self.sent: list[Notice] = []
        self.refuse = refuse

    def send(self, notice: Notice) -> None:
        if self.refuse:
            raise NotifyUnavailable(NO_SERVICE(reason="org.freedesktop.DBus.Error.ServiceUnknown"))
        self.sent.append(notice)


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch) -> MemoryVault:
    kept = MemoryVault()
    monkeypatch.setattr(common, "make_vault", lambda: kept)
    return kept


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(remind, "make_notifier", lambda: recorder)
    return recorder


def set_smtp(roster: Path, port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(send.PASSWORD_ENV, PASSWORD)
    assert run(["smtp", "set", "--db", str(roster), "--host", "127.0.0.1", "--port",
                str(port), "--security", "none", "--user", USER, "--from", SENDER]) == 0


def remind_json(roster: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[dict], dict]:  # type: ignore[type-arg]
    capsys.readouterr()
    assert run(["remind", "--db", str(roster), "--json", "--as-of", AS_OF]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return lines[:-1], lines[-1]["run"]


def test_as11_digest_through_a_real_smtp_server_once(
        demo_store: Store, roster_path: Path, vault: MemoryVault, desktop: Recorder,
        mailbox: tuple[Mailbox, int], monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    box, port = mailbox
    set_smtp(roster_path, port, monkeypatch)
    listed, summary = remind_json(roster_path, capsys)
    assert summary["emailed"] == 4
    assert summary["problems"] == []
    [(recipients, message)] = box.received
    assert recipients == [SENDER]
    assert message["Subject"] == "Seatkeeper: 4 deadline(s) coming"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    for entry in listed:  # every due deadline, with its amount
        assert entry["title"] in text
    assert f"Last moment to cancel {STORE_PLAN}" in text
    assert f"Free trial of {STORE_TRIAL} ends" in text
    assert "Charged if nothing is done: EUR 99.96" in text
    assert "Charged if nothing is done: NOK 1190.04" in text
    assert "Total charged if nothing is done: EUR 99.96, NOK 1190.04" in text
    # AS-11: the store's own steps, not a button that pretends to cancel.
    assert "Choose Cancel Free Trial or Cancel Subscription." in text
    whole = message.as_string()
    assert PASSWORD not in whole
    for secret in vault.values():
        assert secret not in whole
    # Run again: nothing is sent twice, and the reminders are still open.
    again, summary = remind_json(roster_path, capsys)
    assert len(box.received) == 1
    assert summary["emailed"] == 0
    assert [e["uid"] for e in again] == [e["uid"] for e in listed]
    assert len(desktop.sent) == 1  # the desktop, too, got it once


def test_the_digest_goes_to_the_chosen_recipient(
        demo_store: Store, roster_path: Path, vault: MemoryVault, desktop: Recorder,
        mailbox: tuple[Mailbox, int], monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    box, port = mailbox
    set_smtp(roster_path, port, monkeypatch)
    assert run(["remind", "--db", str(roster_path), "--as-of", AS_OF,
                "--digest-to", "licences@northwind.example"]) == 0
    [(recipients, message)] = box.received
    assert recipients == ["licences@northwind.example"]
    assert message["From"] == SENDER
    capsys.readouterr()
    assert run(["remind", "--db", str(roster_path), "--digest-to", "not an address"]) == 2
    assert "not an address" in capsys.readouterr().err


def test_no_smtp_is_one_line_and_the_next_run_delivers(
        demo_store: Store, roster_path: Path, vault: MemoryVault, desktop: Recorder,
        mailbox: tuple[Mailbox, int], monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    box, port = mailbox
    capsys.readouterr()
    assert run(["remind", "--db", str(roster_path), "--as-of", AS_OF]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "E-mail digest not sent" in line] == [
        "seatkeeper: E-mail digest not sent: no SMTP server is configured (Settings → SMTP "
        "or `seatkeeper smtp set`). The reminders stay open."]
    set_smtp(roster_path, port, monkeypatch)
    _listed, summary = remind_json(roster_path, capsys)
    assert summary["emailed"] == 4
    assert len(box.received) == 1


def test_unreachable_server_and_no_notification_service_keep_it_open(
        demo_store: Store, roster_path: Path, vault: MemoryVault,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    refusing = Recorder(refuse=True)
    monkeypatch.setattr(remind, "make_notifier", lambda: refusing)
    set_smtp(roster_path, free_port(), monkeypatch)  # nothing listens there
    listed, summary = remind_json(roster_path, capsys)
    assert len(listed) == 4
    assert summary["emailed"] == 0
    assert summary["notified"] == 0
    assert len(summary["problems"]) == 2
    assert summary["problems"][0].startswith("Desktop notification not shown: No "
                                             "notification service answered")
    assert "refused the connection" in summary["problems"][1]
    assert PASSWORD not in json.dumps(summary)
    working = Recorder()
    monkeypatch.setattr(remind, "make_notifier", lambda: working)
    _listed, summary = remind_json(roster_path, capsys)
    assert summary["notified"] == 4  # retried: still due, never recorded as sent
    assert len(working.sent) == 1


def test_the_notification_reaches_a_service_on_a_private_session_bus(
        demo_store: Store, roster_path: Path, private_bus: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    service = NotificationService(private_bus)
    service.start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", private_bus)
    monkeypatch.setattr(remind, "make_notifier", FreedesktopNotifier)
    try:
        _listed, summary = remind_json(roster_path, capsys)
        _again, second = remind_json(roster_path, capsys)
    finally:
        service.stop.set()
        service.join(timeout=5)
        service.connection.close()
    assert summary["notified"] == 4
    assert second["notified"] == 0
    assert len(service.shown) == 1
    app, _replaces, _icon, title, body, _actions, _hints, _timeout = service.shown[0]
    assert app == "Seatkeeper"
    assert title == "4 deadline(s) coming"
    assert f"Last moment to cancel {STORE_PLAN}" in str(body)
    assert "EUR 99.96" in str(body)


def test_a_norwegian_admins_digest_is_in_bokmal(
        demo_store: Store, roster_path: Path, vault: MemoryVault, desktop: Recorder,
        mailbox: tuple[Mailbox, int], monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14: the reminder e-mail is in the admin's language, deadline titles included."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from seatkeeper.domain.messages import CONTEXT
    from seatkeeper.services import reminder_delivery
    from seatkeeper.ui import i18n

    box, port = mailbox
    set_smtp(roster_path, port, monkeypatch)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    before, language = QLocale(), i18n.current_language()
    try:
        remind_json(roster_path, capsys)
        said = QCoreApplication.translate(CONTEXT, reminder_delivery.DIGEST_INTRO.text,
                                          reminder_delivery.DIGEST_INTRO.id)
    finally:
        app = QCoreApplication.instance()
        if app is not None:
            for translator in app.findChildren(QTranslator):
                app.removeTranslator(translator)
        QLocale.setDefault(before)
        i18n._current = language
    [(_recipients, message)] = box.received
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert said != reminder_delivery.DIGEST_INTRO.text
    assert said in text
    assert "Last moment to cancel" not in text
    assert "Siste frist for å avbryte" in text
