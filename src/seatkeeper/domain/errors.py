"""One small error hierarchy whose members carry the text an admin reads.

A ``KnownError`` is an expected refusal or failure (a rule, bad input, a locked
database, an absent keyring). The GUI and CLI show its ``message`` as it is.
Anything else that escapes is a bug and goes to the crash dialog and the log.
"""

from __future__ import annotations


class KnownError(Exception):
    """An error whose ``message`` is written for the admin, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RuleRefused(KnownError):
    """A vendor rule from RULES.md forbids the action; ``rule_id`` names it."""

    def __init__(self, rule_id: str, message: str) -> None:
        super().__init__(message)
        self.rule_id = rule_id


class BadInput(KnownError):
    """A value typed or imported by the admin is not acceptable."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(KnownError):
    """The thing asked for is not in the roster (any more)."""


class ConflictError(KnownError):
    """Somebody else changed the record since it was read."""


class StoreError(KnownError):
    """The roster file or server cannot be used as asked."""


class RosterUnreadable(StoreError):
    """The file is not a Seatkeeper roster, or is damaged."""


class RosterLocked(StoreError):
    """Another writer held the roster for longer than we are willing to wait."""


class DiskFull(StoreError):
    """The disk holding the roster is full."""


class VaultError(KnownError):
    """The OS keyring cannot be used."""


class VaultUnavailable(VaultError):
    """No secure keyring backend exists on this system."""


class VaultLocked(VaultError):
    """The keyring exists but is locked, or the admin refused to unlock it."""
