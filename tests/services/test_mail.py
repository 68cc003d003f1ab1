"""MailService without a network: settings, the vault, mailto, and the error texts (SD-1)."""

from __future__ import annotations

import smtplib
import socket
import ssl

import pytest
import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.credentials.vault import SERVICE
from seatkeeper.domain.changes import Entity
from seatkeeper.domain.eligibility import SendRefused
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput
from seatkeeper.services.clock import Clock
from seatkeeper.services.deliveries import DeliveryService
from seatkeeper.services.mail import MailService, check_settings, smtp_vault_key
from seatkeeper.services.roster import RosterService
from seatkeeper.services.smtp import (
    MailError,
    MailHostUnreachable,
    MailLoginRefused,
    MailNotConfigured,
    MailTlsFailed,
    SmtpSecurity,
    SmtpSettings,
    _known,
)
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

PASSWORD = "Sm7p-pa55word"
SETTINGS = SmtpSettings("smtp.example.com", 587, SmtpSecurity.STARTTLS, "it",
                        "it@northwind.example")


def sub_id(store: Store, name: str) -> int:
    return next(s.subscription_id for s in RosterService(store).subscriptions() if s.name == name)


@pytest.fixture
def mail(demo_store: Store, vault: MemoryVault, clock: Clock) -> MailService:
    return MailService(demo_store, vault, clock, "test-admin")


def test_sd1_settings_round_trip_and_password_only_in_vault(mail: MailService,
                                                            demo_store: Store,
                                                            vault: MemoryVault) -> None:
    assert mail.settings() is None
    saved = mail.save_settings(SETTINGS, PASSWORD)
    assert saved.changes.touches(Entity.SETTINGS, Entity.AUDIT)
    assert mail.settings() == SETTINGS
    assert vault.get(SERVICE, "smtp/smtp.example.com/it") == PASSWORD

    def everything(conn: sa.Connection) -> str:
        settings = conn.execute(sa.select(t.settings)).all()
        events = conn.execute(sa.select(t.audit_events)).all()
        return repr(settings) + repr(events)
    dumped = demo_store.read(everything)
    assert "smtp.example.com" in dumped
    assert PASSWORD not in dumped


def test_sd1_changing_server_moves_the_password(mail: MailService, vault: MemoryVault) -> None:
    mail.save_settings(SETTINGS, PASSWORD)
    mail.save_settings(SmtpSettings("mail.example.org", 465, SmtpSecurity.TLS, "it",
                                    "it@northwind.example"), "other-pass")
    assert vault.get(SERVICE, smtp_vault_key("smtp.example.com", "it")) is None
    assert vault.get(SERVICE, smtp_vault_key("mail.example.org", "it")) == "other-pass"
    mail.save_settings(SmtpSettings("mail.example.org", 587, SmtpSecurity.STARTTLS, "it",
                                    "it@northwind.example"), None)  # keeps the password
    assert vault.get(SERVICE, smtp_vault_key("mail.example.org", "it")) == "other-pass"


def test_sd1_user_without_any_password_is_refused(mail: MailService) -> None:
    with pytest.raises(BadInput, match="password"):
        mail.save_settings(SETTINGS, None)
    assert mail.settings() is None


@pytest.mark.parametrize(("host", "port", "security", "sender", "field"), [
    ("", 587, "starttls", "a@b.example", "host"),
    ("smtp example", 587, "starttls", "a@b.example", "host"),
    ("smtp.example.com", 0, "starttls", "a@b.example", "port"),
    ("smtp.example.com", 70000, "starttls", "a@b.example", "port"),
    ("smtp.example.com", 587, "ssl3", "a@b.example", "security"),
    ("smtp.example.com", 587, "tls", "not-an-address", "from_address"),
])
def test_sd1_settings_are_checked(host: str, port: int, security: str, sender: str,
                                  field: str) -> None:
    with pytest.raises(BadInput) as bad:
        check_settings(host, port, security, "it", sender)
    assert bad.value.field == field


def test_sd1_no_smtp_gives_a_mailto_and_records_nothing(mail: MailService, demo_store: Store,
                                                        clock: Clock) -> None:
    sent = mail.send_download_link(sub_id(demo_store, "ExpressVPN Volume (Office)"),
                                   "anna@example.com", Platform.WINDOWS)
    outcome = sent.value
    assert sent.changes.is_empty  # the mail client may never send it
    assert outcome.delivery is None
    assert outcome.mailto is not None
    assert outcome.mailto.startswith("mailto:anna@example.com?subject=Download%20the%20app")
    assert DeliveryService(demo_store, clock, "x").count() == 3


def test_sd1_link_refused_before_any_message(mail: MailService, demo_store: Store) -> None:
    mail.save_settings(SETTINGS, PASSWORD)
    with pytest.raises(SendRefused):
        mail.send_download_link(sub_id(demo_store, "Kaspersky Standard trial"),
                                "anna@example.com", Platform.WINDOWS)


def test_sd1_test_message_needs_a_server(mail: MailService) -> None:
    with pytest.raises(MailNotConfigured):
        mail.send_test_message("anna@example.com")


def test_sd1_missing_password_in_vault_is_said_plainly(mail: MailService,
                                                       vault: MemoryVault) -> None:
    mail.save_settings(SETTINGS, PASSWORD)
    vault.delete(SERVICE, smtp_vault_key("smtp.example.com", "it"))
    with pytest.raises(MailNotConfigured, match="no password"):
        mail.send_test_message("anna@example.com")


@pytest.mark.parametrize(("error", "step", "kind", "words"), [
    (socket.gaierror(-2, "Name or service not known"), "connect", MailHostUnreachable,
     "could not be found"),
    (TimeoutError(), "connect", MailHostUnreachable, "did not answer within 10 seconds"),
    (ConnectionRefusedError(111, "refused"), "connect", MailHostUnreachable, "port 587"),
    (smtplib.SMTPAuthenticationError(535, b"bad " + PASSWORD.encode()), "login",
     MailLoginRefused, "refused the login for user “it”"),
    (smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."),
     "starttls", MailTlsFailed, "STARTTLS"),
    (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER]"), "connect", MailTlsFailed, "encrypted"),
    (smtplib.SMTPDataError(554, b"spam"), "send", MailError, "code 554"),
])
def test_sd1_failures_in_plain_words_without_the_password(
        error: Exception, step: str, kind: type[MailError], words: str) -> None:
    known = _known(error, SETTINGS, step, 10.0)
    assert type(known) is kind
    assert words in known.message
    assert PASSWORD not in known.message


def test_sd1_unexpected_errors_are_left_as_bugs() -> None:
    assert _known(KeyError("x"), SETTINGS, "send", 10.0) is None


@pytest.mark.parametrize(("error", "step", "message_id"), [
    (TimeoutError(), "connect", "mail.no_answer"),
    (ConnectionRefusedError(111, "refused"), "connect", "mail.connection_refused"),
    (smtplib.SMTPAuthenticationError(535, b"no"), "login", "mail.login_refused"),
    (OSError(), "connect", "mail.unreachable"),
])
def test_mail_failures_carry_a_message_id_and_their_values(error: Exception, step: str,
                                                           message_id: str) -> None:
    known = _known(error, SmtpSettings("smtp.example.com", 2525, SmtpSecurity.STARTTLS, "it",
                                       "it@northwind.example"), step, 2.5)
    assert known is not None
    assert known.msg.id == message_id
    assert "smtp.example.com:2525" in known.message
    assert "2,525" not in known.message  # a port is a name, never grouped


def test_a_timeout_reads_in_whole_seconds_when_it_is_whole() -> None:
    known = _known(TimeoutError(), SETTINGS, "connect", 2.5)
    assert known is not None
    assert "within 2.5 seconds" in known.message
