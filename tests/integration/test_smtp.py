"""SD-1 through a real SMTP server (aiosmtpd) on 127.0.0.1: the message and the failures."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from seatkeeper.cli import common, run, send
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.delivery import download_link
from seatkeeper.domain.enums import Platform
from seatkeeper.services.clock import Clock
from seatkeeper.services.deliveries import DeliveryService
from seatkeeper.services.mail import MailService
from seatkeeper.services.roster import RosterService
from seatkeeper.services.smtp import (
    MailHostUnreachable,
    MailLoginRefused,
    MailRecipientRefused,
    MailTlsFailed,
    SmtpSecurity,
    SmtpSettings,
)
from seatkeeper.store.engine import Store

pytestmark = pytest.mark.integration

USER, PASSWORD = "seatkeeper", "s3cret-Smtp-pw!"
REFUSED_RECIPIENT = "nobody@example.com"
VOLUME = "ExpressVPN Volume (Office)"


@dataclass
class Mailbox:
    """What the server received, and the handler hooks aiosmtpd calls."""

    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802 - aiosmtpd hook name
                          rcpt_options: list[str]) -> str:
        if address == REFUSED_RECIPIENT:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any,  # noqa: N802 - aiosmtpd hook name
                          envelope: Any) -> str:
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append((list(envelope.rcpt_tos), parsed))
        return "250 Message accepted"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str,
                  auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
        and auth_data.password == PASSWORD.encode()
    # handled=False: aiosmtpd then answers a failure with 535 itself.
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    box, port = Mailbox(), free_port()
    # Loopback only, so plain-text AUTH is acceptable here; real servers use TLS.
    controller = Controller(box, hostname="127.0.0.1", port=port, authenticator=_authenticate,
                            auth_require_tls=False)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def mail_service(store: Store, vault: MemoryVault, clock: Clock, port: int, *,
                 password: str = PASSWORD, user: str = USER,
                 security: SmtpSecurity = SmtpSecurity.NONE) -> MailService:
    service = MailService(store, vault, clock, "test-admin", timeout=5)
    service.save_settings(SmtpSettings("127.0.0.1", port, security, user, "it@northwind.example"),
                          password)
    return service


def volume_id(store: Store) -> int:
    return next(s.subscription_id for s in RosterService(store).subscriptions()
                if s.name == VOLUME)


def test_sd1_download_link_arrives_with_link_and_no_secret(
        demo_store: Store, vault: MemoryVault, clock: Clock,
        mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    service = mail_service(demo_store, vault, clock, port)
    outcome = service.send_download_link(volume_id(demo_store), "anna@example.com",
                                         Platform.MACOS).value
    [(recipients, message)] = box.received
    assert recipients == ["anna@example.com"]
    assert message["To"] == "anna@example.com"
    assert message["From"] == "it@northwind.example"
    assert message["Subject"] == f"Download the app for {VOLUME}"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert download_link(Platform.MACOS) in text
    whole = message.as_string()
    assert PASSWORD not in whole
    for secret in vault.values():  # the demo's seat credentials and the SMTP password
        assert secret not in whole
    assert outcome.mailto is None
    assert outcome.delivery is not None
    assert (outcome.delivery.status, outcome.delivery.email) == ("delivered", "anna@example.com")
    assert DeliveryService(demo_store, clock, "x").for_subscription(volume_id(demo_store))


def test_sd1_test_message_arrives(demo_store: Store, vault: MemoryVault, clock: Clock,
                                  mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    mail_service(demo_store, vault, clock, port).send_test_message("admin@example.com")
    [(recipients, message)] = box.received
    assert recipients == ["admin@example.com"]
    assert message["Subject"] == "Seatkeeper test message"


def test_sd1_refused_login_says_so_without_the_password(
        demo_store: Store, vault: MemoryVault, clock: Clock,
        mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    service = mail_service(demo_store, vault, clock, port, password="wrong-password-123")
    with pytest.raises(MailLoginRefused) as refused:
        service.send_download_link(volume_id(demo_store), "anna@example.com", Platform.WINDOWS)
    assert "refused the login" in refused.value.message
    assert "wrong-password-123" not in refused.value.message
    assert box.received == []
    assert DeliveryService(demo_store, clock, "x").count() == 3  # nothing recorded


def test_sd1_unreachable_server(demo_store: Store, vault: MemoryVault, clock: Clock) -> None:
    service = mail_service(demo_store, vault, clock, free_port())  # nothing listens there
    with pytest.raises(MailHostUnreachable) as unreachable:
        service.send_test_message("admin@example.com")
    assert "refused the connection" in unreachable.value.message
    assert PASSWORD not in unreachable.value.message


def test_sd1_refused_recipient(demo_store: Store, vault: MemoryVault, clock: Clock,
                               mailbox: tuple[Mailbox, int]) -> None:
    _box, port = mailbox
    service = mail_service(demo_store, vault, clock, port)
    with pytest.raises(MailRecipientRefused) as refused:
        service.send_download_link(volume_id(demo_store), REFUSED_RECIPIENT, Platform.IOS)
    assert REFUSED_RECIPIENT in refused.value.message
    assert "550" in refused.value.message


def test_sd1_starttls_not_offered_is_a_tls_failure(
        demo_store: Store, vault: MemoryVault, clock: Clock,
        mailbox: tuple[Mailbox, int]) -> None:
    _box, port = mailbox
    service = mail_service(demo_store, vault, clock, port, security=SmtpSecurity.STARTTLS)
    with pytest.raises(MailTlsFailed, match="does not offer STARTTLS"):
        service.send_test_message("admin@example.com")


def test_sd1_tls_to_a_plain_server_is_a_tls_failure(
        demo_store: Store, vault: MemoryVault, clock: Clock,
        mailbox: tuple[Mailbox, int]) -> None:
    _box, port = mailbox
    service = mail_service(demo_store, vault, clock, port, security=SmtpSecurity.TLS)
    with pytest.raises(MailTlsFailed, match="encrypted connection"):
        service.send_test_message("admin@example.com")


def test_sd1_send_link_cli_goes_through_the_configured_server(
        demo_store: Store, roster_path: Path, mailbox: tuple[Mailbox, int],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    box, port = mailbox
    vault = MemoryVault()
    monkeypatch.setattr(common, "make_vault", lambda: vault)
    monkeypatch.setenv(send.PASSWORD_ENV, PASSWORD)
    db = ["--db", str(roster_path)]
    assert run(["smtp", "set", *db, "--host", "127.0.0.1", "--port", str(port),
                "--security", "none", "--user", USER, "--from", "it@northwind.example"]) == 0
    assert run(["send-link", *db, "--subscription", str(volume_id(demo_store)),
                "--email", "bo@example.com", "--platform", "linux"]) == 0
    [(recipients, message)] = box.received
    assert recipients == ["bo@example.com"]
    assert download_link(Platform.LINUX) in message.as_string()
    assert PASSWORD not in capsys.readouterr().out
