"""One window per roster: a lock file next to an SQLite roster, held while it is open.

QLockFile writes the PID, host and application name into ``<roster>.lock`` and
takes it over when the process that wrote it is gone (a crash), so a stale lock
never keeps the admin out. A live one refuses with who holds it.
PostgreSQL rosters take no lock: the server arbitrates, and edits are versioned.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from seatkeeper.domain.errors import StoreError
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.i18n import tr

CTX = "RosterLock"


class RosterInUse(StoreError):
    """Another Seatkeeper (process) has this roster open."""


def lock_path(roster: Path) -> Path:
    return roster.with_name(roster.name + ".lock")


class RosterLock:
    """The window's locks: the roster it has open, and one being opened."""

    def __init__(self) -> None:
        self._locks: dict[Path, QLockFile] = {}

    @property
    def held(self) -> list[Path]:
        return list(self._locks)

    def take(self, location: RosterLocation) -> None:
        """Lock ``location`` (no-op for a server or one we hold) or raise RosterInUse."""
        roster = location.path
        if roster is None or roster in self._locks:
            return
        lock = QLockFile(str(lock_path(roster)))
        lock.setStaleLockTime(0)  # never stale by age: a live holder keeps it for days
        if not lock.tryLock(0):
            raise self._refusal(lock, roster)
        self._locks[roster] = lock

    def keep_only(self, location: RosterLocation | None) -> None:
        """The roster now open keeps its lock; every other is released."""
        for roster in [r for r in self._locks if location is None or r != location.path]:
            self._locks.pop(roster).unlock()

    def drop(self, location: RosterLocation) -> None:
        if location.path in self._locks:
            self._locks.pop(location.path).unlock()

    @staticmethod
    def _refusal(lock: QLockFile, roster: Path) -> StoreError:
        if lock.error() == QLockFile.LockError.PermissionError:
            return StoreError(tr(CTX, "Seatkeeper cannot create the lock file next to {roster}. "
                                      "Check "
                                      "that you may write in its folder.", roster=roster))
        info = lock.getLockInfo()
        who = tr(CTX, "another program")
        if isinstance(info, tuple) and len(info) >= 2 and info[0]:
            pid, host = info[-3], info[-2]
            who = tr(CTX, "process {pid} on {host}", pid=str(pid), host=host)
        return RosterInUse(
            tr(CTX, "The roster {roster} is already open in another Seatkeeper window ({who}). "
                    "Close it "
                    "there first: two windows on one roster file could undo each other's work.",
                    roster=roster, who=who))
