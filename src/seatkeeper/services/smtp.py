"""Talking to the admin's SMTP server, and saying in plain words what went wrong.

Every failure becomes a ``MailError`` whose text names the server, port and
user but never the password (the server's own reply is left out of login
errors, since some servers echo what they were sent).
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage
from enum import StrEnum

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import message

DEFAULT_TIMEOUT = 10.0


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded to TLS (usually port 587)
    TLS = "tls"  # TLS from the first byte (usually port 465)
    NONE = "none"  # no encryption: only for a relay on a trusted network


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send; the password is in the vault, never here."""

    host: str
    port: int
    security: SmtpSecurity
    user: str
    from_address: str

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port}"


class MailError(KnownError):
    """Sending e-mail failed; the message says why, without secrets."""


class MailNotConfigured(MailError):
    """No SMTP server is set up (or its password is missing)."""


class MailLoginRefused(MailError):
    """The server refused the user name and password."""


class MailHostUnreachable(MailError):
    """The server could not be reached or hung up."""


class MailTlsFailed(MailError):
    """The encrypted connection could not be set up."""


class MailRecipientRefused(MailError):
    """The server refused the recipient's address."""


def deliver(settings: SmtpSettings, password: str | None, message: EmailMessage,
            timeout: float = DEFAULT_TIMEOUT) -> None:
    """Send ``message`` through the server, or raise a ``MailError`` kind."""
    step = "connect"
    try:
        context = ssl.create_default_context()
        if settings.security is SmtpSecurity.TLS:
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port,
                                                    timeout=timeout, context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with server:
            if settings.security is SmtpSecurity.STARTTLS:
                step = "starttls"
                server.ehlo()
                server.starttls(context=context)
                server.ehlo()
            if settings.user:
                step = "login"
                server.login(settings.user, password or "")
            step = "send"
            server.send_message(message)
    except Exception as error:  # every path ends in one of our errors or re-raises
        known = _known(error, settings, step, timeout)
        if known is None:
            raise
        raise known from None


TLS_FAILED = message(
    "mail.tls_failed",
    "The encrypted connection to the mail server {server} failed ({reason}). Check the "
    "security setting: port 465 usually needs TLS, port 587 STARTTLS.")
NO_STARTTLS = message(
    "mail.no_starttls",
    "The mail server {server} does not offer STARTTLS. Choose TLS if it expects "
    "encryption from the start, or check the port.")
NO_LOGIN = message(
    "mail.no_login",
    "The mail server {server} does not accept a login on this connection. Check the "
    "security setting, or leave the user empty for a relay without login.")
LOGIN_REFUSED = message(
    "mail.login_refused",
    "The mail server {server} refused the login for user “{user}” (code {code}). Check "
    "the user name and password.")
RECIPIENT_REFUSED = message(
    "mail.recipient_refused",
    "The mail server {server} refused the recipient {addresses} (code {codes}). Check the "
    "address.")
SENDER_REFUSED = message(
    "mail.sender_refused",
    "The mail server {server} refused the sender address “{sender}” (code {code}). Use "
    "an address this account may send from.")
HOST_NOT_FOUND = message(
    "mail.host_not_found",
    "The mail server name “{host}” could not be found. Check the host name and the "
    "network connection.")
CONNECTION_REFUSED = message(
    "mail.connection_refused",
    "The mail server {server} refused the connection: nothing is listening on port "
    "{port}. Check the host and port.")
NO_ANSWER = message(
    "mail.no_answer",
    "The mail server {server} did not answer within {seconds} seconds. Check the host, "
    "the port and any firewall.")
DISCONNECTED = message(
    "mail.disconnected",
    "The mail server {server} closed the connection. Check the port and the security "
    "setting.")
MESSAGE_REFUSED = message(
    "mail.message_refused",
    "The mail server {server} refused the message (code {code}). Try again later or ask "
    "its administrator.")
SEND_FAILED = message("mail.send_failed",
                      "Sending through the mail server {server} failed ({error}).")
UNREACHABLE = message("mail.unreachable",
                      "The mail server {server} could not be reached ({reason}).")
CERTIFICATE_REFUSED = message("mail.certificate_refused",
                              "its certificate was not accepted: {reason}")
NETWORK_ERROR = message("mail.network_error", "network error")


def _known(error: Exception, s: SmtpSettings, step: str,
           timeout: float) -> MailError | None:
    server = s.label
    if isinstance(error, ssl.SSLError):
        return MailTlsFailed(TLS_FAILED(server=server, reason=_tls_reason(error)))
    if isinstance(error, smtplib.SMTPNotSupportedError) and step == "starttls":
        return MailTlsFailed(NO_STARTTLS(server=server))
    if isinstance(error, smtplib.SMTPNotSupportedError) and step == "login":
        return MailLoginRefused(NO_LOGIN(server=server))
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailLoginRefused(LOGIN_REFUSED(server=server, user=s.user,
                                              code=error.smtp_code))
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        addresses = ", ".join(error.recipients)
        codes = ", ".join(str(code) for code, _ in error.recipients.values())
        return MailRecipientRefused(RECIPIENT_REFUSED(server=server, addresses=addresses,
                                                      codes=codes))
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailError(SENDER_REFUSED(server=server, sender=s.from_address,
                                        code=error.smtp_code))
    return _unreachable(error, s, timeout)


def _unreachable(error: Exception, s: SmtpSettings, timeout: float) -> MailError | None:
    server = s.label
    if isinstance(error, socket.gaierror):
        return MailHostUnreachable(HOST_NOT_FOUND(host=s.host))
    if isinstance(error, ConnectionRefusedError):
        # A port is a name, not a quantity: it is never written 5,870.
        return MailHostUnreachable(CONNECTION_REFUSED(server=server, port=str(s.port)))
    if isinstance(error, TimeoutError):
        return MailHostUnreachable(NO_ANSWER(server=server, seconds=Decimal(f"{timeout:g}")))
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return MailHostUnreachable(DISCONNECTED(server=server))
    if isinstance(error, smtplib.SMTPResponseException):
        return MailError(MESSAGE_REFUSED(server=server, code=error.smtp_code))
    if isinstance(error, smtplib.SMTPException):
        return MailError(SEND_FAILED(server=server, error=type(error).__name__))
    if isinstance(error, OSError):  # last: smtplib's own errors are OSErrors too
        reason: object = error.strerror or NETWORK_ERROR()
        return MailHostUnreachable(UNREACHABLE(server=server, reason=reason))
    return None


def _tls_reason(error: ssl.SSLError) -> object:
    if isinstance(error, ssl.SSLCertVerificationError):
        return CERTIFICATE_REFUSED(reason=error.verify_message)
    # ``reason`` is set only on errors raised by the ssl module itself.
    reason = getattr(error, "reason", None)
    return str(reason) if reason else type(error).__name__
