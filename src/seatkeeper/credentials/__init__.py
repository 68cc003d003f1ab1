"""Secrets live in the OS keyring, behind the ``Vault`` protocol."""

from seatkeeper.credentials.vault import MAX_SECRET_LENGTH, SERVICE, Vault, check_secret

__all__ = ["MAX_SECRET_LENGTH", "SERVICE", "Vault", "check_secret"]
