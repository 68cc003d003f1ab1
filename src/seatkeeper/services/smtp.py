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
from email.message import EmailMessage
from enum import StrEnum

from seatkeeper.domain.errors import KnownError

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


def _known(error: Exception, s: SmtpSettings, step: str,
           timeout: float) -> MailError | None:
    where = f"the mail server {s.label}"
    if isinstance(error, ssl.SSLError):
        return MailTlsFailed(
            f"The encrypted connection to {where} failed ({_tls_reason(error)}). Check the "
            "security setting: port 465 usually needs TLS, port 587 STARTTLS.")
    if isinstance(error, smtplib.SMTPNotSupportedError) and step == "starttls":
        return MailTlsFailed(
            f"{where.capitalize()} does not offer STARTTLS. Choose TLS if it expects "
            "encryption from the start, or check the port.")
    if isinstance(error, smtplib.SMTPNotSupportedError) and step == "login":
        return MailLoginRefused(
            f"{where.capitalize()} does not accept a login on this connection. Check the "
            "security setting, or leave the user empty for a relay without login.")
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailLoginRefused(
            f"{where.capitalize()} refused the login for user “{s.user}” (code "
            f"{error.smtp_code}). Check the user name and password.")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        addresses = ", ".join(error.recipients)
        codes = ", ".join(str(code) for code, _ in error.recipients.values())
        return MailRecipientRefused(
            f"{where.capitalize()} refused the recipient {addresses} (code {codes}). "
            "Check the address.")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailError(
            f"{where.capitalize()} refused the sender address “{s.from_address}” (code "
            f"{error.smtp_code}). Use an address this account may send from.")
    return _unreachable(error, s, where, timeout)


def _unreachable(error: Exception, s: SmtpSettings, where: str,
                 timeout: float) -> MailError | None:
    if isinstance(error, socket.gaierror):
        return MailHostUnreachable(
            f"The mail server name “{s.host}” could not be found. Check the host name "
            "and the network connection.")
    if isinstance(error, ConnectionRefusedError):
        return MailHostUnreachable(
            f"{where.capitalize()} refused the connection: nothing is listening on port "
            f"{s.port}. Check the host and port.")
    if isinstance(error, TimeoutError):
        return MailHostUnreachable(
            f"{where.capitalize()} did not answer within {timeout:g} seconds. Check the host, "
            "the port and any firewall.")
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return MailHostUnreachable(
            f"{where.capitalize()} closed the connection. Check the port and the security "
            "setting.")
    if isinstance(error, smtplib.SMTPResponseException):
        return MailError(f"{where.capitalize()} refused the message (code "
                         f"{error.smtp_code}). Try again later or ask its administrator.")
    if isinstance(error, smtplib.SMTPException):
        return MailError(f"Sending through {where} failed ({type(error).__name__}).")
    if isinstance(error, OSError):  # last: smtplib's own errors are OSErrors too
        return MailHostUnreachable(
            f"{where.capitalize()} could not be reached ({error.strerror or 'network error'}).")
    return None


def _tls_reason(error: ssl.SSLError) -> str:
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"its certificate was not accepted: {error.verify_message}"
    # ``reason`` is set only on errors raised by the ssl module itself.
    reason = getattr(error, "reason", None)
    return str(reason) if reason else type(error).__name__
