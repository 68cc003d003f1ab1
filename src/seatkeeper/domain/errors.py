"""One small error hierarchy whose members carry what the admin is told.

A ``KnownError`` is an expected refusal or failure (a rule, bad input, a locked
database, an absent keyring). It carries a ``Message`` (``domain.messages``):
an id and its arguments. ``message`` is its English rendering, which the CLI
prints and the log records; the window renders ``msg`` through its
translator. Anything else that escapes is a bug and goes to the crash dialog
and the log.
"""

from __future__ import annotations

from seatkeeper.domain.messages import UNTRANSLATED, Message


class KnownError(Exception):
    """An error whose message is written for the admin, in plain words."""

    def __init__(self, message: Message | str) -> None:
        msg = message if isinstance(message, Message) else UNTRANSLATED(text=message)
        super().__init__(msg.render())
        self.msg = msg

    @property
    def message(self) -> str:
        """The English text (the default rendering)."""
        return self.msg.render()

    def __str__(self) -> str:
        return self.message


class RuleRefused(KnownError):
    """A vendor rule from RULES.md forbids the action; ``rule_id`` names it."""

    def __init__(self, rule_id: str, message: Message | str) -> None:
        super().__init__(message)
        self.rule_id = rule_id


class BadInput(KnownError):
    """A value typed or imported by the admin is not acceptable."""

    def __init__(self, message: Message | str, *, field: str | None = None) -> None:
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
