"""E-mailing download links (SD-1) through the admin's own SMTP server.

The settings live in the roster's ``settings`` table; the password only in
the vault under ``smtp/<host>/<user>``. With no server configured the
service hands back a ``mailto:`` URL for the GUI to open in the mail client.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from seatkeeper.credentials.vault import SERVICE, Vault
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.delivery import EmailDraft, download_link_message, mailto_url
from seatkeeper.domain.eligibility import check_can_send_link
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import Message, message
from seatkeeper.services.clock import Clock
from seatkeeper.services.deliveries import DeliveryRow, DeliveryService
from seatkeeper.services.send_facts import load_subscription
from seatkeeper.services.smtp import (
    DEFAULT_TIMEOUT,
    MailNotConfigured,
    SmtpSecurity,
    SmtpSettings,
    deliver,
)
from seatkeeper.store import audit
from seatkeeper.store import settings as stored
from seatkeeper.store.engine import Connection, Store

TEST_SUBJECT = message("mail.test_subject", "Seatkeeper test message")
TEST_BODY = message("mail.test_body",
                    "This is a test message from Seatkeeper: the SMTP settings work.\n")
NO_HOST = message("mail.settings.no_host",
                  "Enter the mail server's host name, e.g. smtp.example.com.")
BAD_PORT = message("mail.settings.bad_port", "The port must be between 1 and 65535, not {port}.")
BAD_SECURITY = message("mail.settings.bad_security", "Security must be starttls, tls or none.")
BAD_USER = message("mail.settings.bad_user",
                   "The user name cannot contain spaces or line breaks.")
BAD_SENDER = message("mail.settings.bad_sender",
                     "“{sender}” is not a sender address (e.g. it@example.com).")
NO_PASSWORD = message("mail.settings.no_password", "Enter the password for “{user}” on {host}.")
MAIL_NOT_CONFIGURED = message(
    "mail.not_configured",
    "No SMTP server is configured. Set one with `seatkeeper smtp set` or in Settings, or "
    "send the link from your mail client.")
NO_KEYRING_FOR_LOGIN = message(
    "mail.no_keyring_for_login",
    "No secure keyring was found, so a server that needs a login cannot be saved: its "
    "password would have nowhere safe to go. A relay without login (leave the user "
    "empty) works without one.")
PASSWORD_MISSING = message(
    "mail.password_missing",
    "The keyring holds no password for “{user}” on {host}. Enter it again in the SMTP "
    "settings.")


def smtp_vault_key(host: str, user: str) -> str:
    return f"smtp/{host}/{user}"


@dataclass(frozen=True)
class LinkOutcome:
    """Either the link went out by SMTP (``delivery``) or the GUI opens ``mailto``."""

    delivery: DeliveryRow | None
    mailto: str | None


def check_settings(host: str, port: int, security: str, user: str,
                   from_address: str) -> SmtpSettings:
    """Typed settings from what the admin entered, or BadInput naming the field."""
    host = host.strip()
    if not host or any(c.isspace() or c in "/@" for c in host):
        raise BadInput(NO_HOST(), field="host")
    if not 1 <= port <= 65535:
        # A port is a name, not a quantity: never grouped as 70,000.
        raise BadInput(BAD_PORT(port=str(port)), field="port")
    try:
        mode = SmtpSecurity(security.strip().lower())
    except ValueError:
        raise BadInput(BAD_SECURITY(), field="security") from None
    user = user.strip()
    if any(c.isspace() for c in user):
        raise BadInput(BAD_USER(), field="user")
    sender = from_address.strip()
    local, at, domain = sender.rpartition("@")
    if not (local and at and "." in domain) or any(c.isspace() or c in "<>,;\"" for c in sender):
        raise BadInput(BAD_SENDER(sender=sender[:60]), field="from_address")
    return SmtpSettings(host, port, mode, user, sender)


class MailService:
    """SMTP settings, test messages and download links by e-mail (SD-1)."""

    def __init__(self, store: Store, vault: Vault | None, clock: Clock, actor: str, *,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.store, self.vault, self.clock, self.actor = store, vault, clock, actor
        self.timeout = timeout

    # -- settings ---------------------------------------------------------------------
    def settings(self) -> SmtpSettings | None:
        """The configured server, or None when e-mail goes through the mail client."""
        values = self.store.read(stored.smtp_values)
        if "host" not in values:
            return None
        return SmtpSettings(values["host"], int(values["port"]),
                            SmtpSecurity(values["security"]), values.get("user", ""),
                            values["from_address"])

    def save_settings(self, settings: SmtpSettings, password: str | None) -> Changed[None]:
        """Save the server; ``password`` None keeps the one already in the vault.

        The password goes to the vault first: if that fails, nothing changes.
        """
        old = self.settings()
        key = smtp_vault_key(settings.host, settings.user)
        vault = self.vault
        if vault is None:  # a relay without login keeps no secret; a login needs the vault
            if settings.user:
                raise BadInput(NO_KEYRING_FOR_LOGIN(), field="user")
            self.store.write(lambda conn: self._write_settings(conn, settings, old))
            return Changed(None, Changes.of(Entity.SETTINGS))
        if settings.user and password:
            vault.set(SERVICE, key, password)
        elif settings.user and vault.get(SERVICE, key) is None:
            raise BadInput(NO_PASSWORD(user=settings.user, host=settings.host),
                           field="password")
        self.store.write(lambda conn: self._write_settings(conn, settings, old))
        if old is not None and old.user and smtp_vault_key(old.host, old.user) != key:
            vault.delete(SERVICE, smtp_vault_key(old.host, old.user))
        return Changed(None, Changes.of(Entity.SETTINGS))

    def _write_settings(self, conn: Connection, new: SmtpSettings,
                        old: SmtpSettings | None) -> None:
        stored.save_smtp_values(conn, {
            "host": new.host, "port": str(new.port), "security": new.security.value,
            "user": new.user, "from_address": new.from_address})
        audit.record(conn, audit.Change(
            "smtp.settings_saved", "settings", None, f"SMTP server set to {new.label}",
            before=None if old is None else _public(old), after=_public(new)),
            at=self.clock(), actor=self.actor)

    # -- sending ------------------------------------------------------------------------
    def send_download_link(self, subscription_id: int, to: str, platform: Platform,
                           say: Callable[[Message], str] | None = None
                           ) -> Changed[LinkOutcome]:
        """SD-1: e-mail the download link; with no server, a mailto URL instead.

        Only a message the server accepted is recorded (a new delivery); a
        ``mailto`` URL changes nothing until the admin says it went.
        """
        name = self.store.read(lambda conn: _link_subscription_name(conn, subscription_id))
        draft = (download_link_message(to, name, platform) if say is None
                 else download_link_message(to, name, platform, say))
        settings = self.settings()
        if settings is None:
            return Changed(LinkOutcome(None, mailto_url(draft)), Changes.nothing())
        deliver(settings, self._password(settings), self._message(settings, draft),
                self.timeout)
        deliveries = DeliveryService(self.store, self.clock, self.actor)
        sent = deliveries.record_link_sent(subscription_id, draft.to, platform)
        return Changed(LinkOutcome(sent.value, None), sent.changes)

    def send_test_message(self, to: str,
                          say: Callable[[Message], str] = Message.render) -> None:
        """Prove the settings work; raises a ``MailError`` kind with the reason."""
        settings = self.settings()
        if settings is None:
            raise MailNotConfigured(MAIL_NOT_CONFIGURED())
        draft = EmailDraft(to=_checked_address(to), subject=say(TEST_SUBJECT()),
                           body=say(TEST_BODY()))
        deliver(settings, self._password(settings), self._message(settings, draft),
                self.timeout)

    def send_draft(self, draft: EmailDraft) -> None:
        """Send a message Seatkeeper wrote (the reminder digest) through the server."""
        settings = self.settings()
        if settings is None:
            raise MailNotConfigured(MAIL_NOT_CONFIGURED())
        deliver(settings, self._password(settings), self._message(settings, draft),
                self.timeout)

    def _password(self, settings: SmtpSettings) -> str | None:
        if not settings.user:
            return None
        if self.vault is None:
            raise MailNotConfigured(NO_KEYRING_FOR_LOGIN())
        password = self.vault.get(SERVICE, smtp_vault_key(settings.host, settings.user))
        if password is None:
            raise MailNotConfigured(PASSWORD_MISSING(user=settings.user, host=settings.host))
        return password

    def _message(self, settings: SmtpSettings, draft: EmailDraft) -> EmailMessage:
        message = EmailMessage()
        message["From"] = settings.from_address
        message["To"] = draft.to
        message["Subject"] = draft.subject
        message["Date"] = format_datetime(self.clock())
        # The sender's domain, so make_msgid never waits on a DNS lookup of this host.
        message["Message-ID"] = make_msgid(domain=settings.from_address.rpartition("@")[2])
        message.set_content(draft.body)
        return message


def _checked_address(address: str) -> str:
    # The domain checks addresses while building a link message; reuse that check.
    return download_link_message(address, "", Platform.WINDOWS).to


def _link_subscription_name(conn: Connection, subscription_id: int) -> str:
    sub = load_subscription(conn, subscription_id)
    check_can_send_link(sub.facts)  # refused before any message is written
    return sub.name


def _public(settings: SmtpSettings) -> dict[str, object]:
    return {"host": settings.host, "port": settings.port,
            "security": settings.security.value, "user": settings.user,
            "from_address": settings.from_address}
