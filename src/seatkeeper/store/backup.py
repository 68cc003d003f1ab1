"""Copies of an SQLite roster, taken with SQLite's online backup API, and restoring one.

A copy is taken before every schema upgrade and once a day at launch, into
``<data dir>/backups/<roster name>-<folder hash>/``; the newest ``KEEP`` stay.
Every copy is checked (``integrity_check`` and ``foreign_key_check``) before it
counts: a copy that fails is deleted and the admin is told. The backup API
copies a consistent snapshot even while the roster is open (WAL included), and
restoring goes the same way in reverse, so no half-copied file ever exists
under a roster's name.

Beside each copy, ``<copy>.head.json`` keeps the audit log's head in that copy
(event id, hash, count): a checkpoint no row of the live log can change. The
live log must still hold that event with that hash (services/audit_heads.py);
a restore rewinds the log on purpose, so the copies whose head the restored
log lacks are marked ``rewound`` then and no longer held against it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from seatkeeper import paths
from seatkeeper.domain.errors import RosterUnreadable, StoreError
from seatkeeper.domain.messages import message
from seatkeeper.store import checkpoints
from seatkeeper.store.checkpoints import Checkpoint

log = logging.getLogger(__name__)

KEEP = 7
DAILY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%SZ"
_SUFFIX = ".sqlite"
NOTHING_TO_BACK_UP = message("backup.no_roster", "There is no roster at {path} to back up.")
BACKUP_FAILED = message("backup.failed", "Seatkeeper could not back up {path} ({reason}); the "
                        "roster itself was not changed.")
COPY_DAMAGED = message("backup.damaged", "The backup {name} is damaged.")
COPY_FAILS_INTEGRITY = message("backup.integrity_failed",
                               "The backup {name} is damaged (integrity check failed).")
COPY_DANGLES = message("backup.broken_references", "The backup {name} has {count} broken "
                       "references (foreign key check failed).")
RESTORE_FAILED = message("backup.restore_failed", "Seatkeeper could not restore {path} from "
                         "{name} ({reason}). The roster was not changed.")
REASONS = {"daily": "daily copy", "before-upgrade": "before an upgrade",
           "before-restore": "before a restore", "manual": "taken by hand"}


@dataclass(frozen=True)
class Backup:
    """One checked copy of a roster."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    head: Checkpoint | None = None  # the copy's audit head (None: an empty log, or unknown)
    rewound: bool = False  # a later restore went back before this copy

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


def backup_folder(roster: Path) -> Path:
    """Where ``roster``'s copies live; two same-named rosters in different folders differ."""
    folder_hash = hashlib.sha256(str(roster.parent.absolute()).encode()).hexdigest()[:8]
    return paths.data_dir() / "backups" / f"{roster.stem}-{folder_hash}"


def list_backups(roster: Path) -> list[Backup]:
    """Checked copies of ``roster``, newest first."""
    folder = backup_folder(roster)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{_SUFFIX}"):
        stamp, _, reason = path.stem.partition("-")
        try:
            taken = datetime.strptime(stamp.split("_")[0], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        head, rewound = read_head(path)
        found.append(Backup(path, taken, reason, path.stat().st_size, head, rewound))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def take_backup(roster: Path, *, reason: str, now: datetime, keep: int = KEEP) -> Backup:
    """Copy ``roster`` now, check the copy, keep the newest ``keep``."""
    if not roster.is_file():
        raise StoreError(NOTHING_TO_BACK_UP(path=str(roster)))
    folder = backup_folder(roster)
    folder.mkdir(parents=True, exist_ok=True)
    clean_interrupted(roster)
    name = f"{now.astimezone(UTC):{_STAMP}}-{reason}"
    target = folder / f"{name}{_SUFFIX}"
    serial = 1
    while target.exists():  # two copies in one second keep apart
        serial += 1
        target = folder / f"{name.replace('-', f'_{serial}-', 1)}{_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        _copy(roster, partial, as_copy=True)
        check_copy(partial)
        head = head_of_copy(partial, taken_at=now)
        os.replace(partial, target)
        _write_head(target, head, rewound=None)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise StoreError(BACKUP_FAILED(path=str(roster), reason=str(error))) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    prune(roster, keep)
    log.info("backup taken (%s): %s", reason, target)
    return Backup(target, now, reason, target.stat().st_size, head)


def head_file(copy: Path) -> Path:
    return copy.with_suffix(".head.json")


def head_of_copy(copy: Path, *, taken_at: datetime | None = None) -> Checkpoint | None:
    """The audit head inside the SQLite file ``copy`` (None: its log is empty or absent).

    Opened read-only; ``taken_at`` (default: the file's time) becomes the checkpoint's
    time, for the admin's message."""
    when = taken_at or datetime.fromtimestamp(copy.stat().st_mtime, UTC)
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT id, hash FROM audit_events ORDER BY id DESC "
                           "LIMIT 1").fetchone()
        count = conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    if row is None:
        return None
    return Checkpoint(int(row[0]), str(row[1]), int(count),
                      when.astimezone(UTC).isoformat(timespec="seconds"))


def read_head(copy: Path) -> tuple[Checkpoint | None, bool]:
    """The head kept beside ``copy`` and whether a restore went back before it.

    A copy whose note is missing (taken before notes were kept, or the note was
    lost) is read for its head instead: the copy holds the log as it was."""
    try:
        data = json.loads(head_file(copy).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        try:
            return head_of_copy(copy), False
        except sqlite3.Error:
            return None, False
    if not isinstance(data, dict):
        return None, False
    head = checkpoints.from_json(json.dumps(data["head"])) if data.get("head") else None
    return head, bool(data.get("rewound"))


def _write_head(copy: Path, head: Checkpoint | None, *, rewound: str | None) -> None:
    note = head_file(copy)
    partial = note.with_suffix(".partial")
    body = {"head": None if head is None else json.loads(head.as_json()), "rewound": rewound}
    partial.write_text(json.dumps(body, sort_keys=True), encoding="utf-8")
    os.replace(partial, note)


_LEFTOVERS = ("*.partial", "*.partial-journal", "*.partial-wal", "*.partial-shm")


def clean_interrupted(roster: Path) -> None:
    """Remove what a copy killed midway left (its temporary name, SQLite's side files).

    A copy counts only once renamed to ``.sqlite``; anything still under a
    ``.partial`` name is from a run that never finished (up to a roster's size each).
    """
    folder = backup_folder(roster)
    for pattern in _LEFTOVERS:
        for leftover in folder.glob(pattern):
            log.info("removing an interrupted backup: %s", leftover.name)
            leftover.unlink(missing_ok=True)


def daily_backup(roster: Path, now: datetime) -> Backup | None:
    """At launch: a copy if the newest is a day old or there is none."""
    clean_interrupted(roster)
    if not roster.is_file() or roster.stat().st_size == 0:
        return None
    newest = list_backups(roster)
    if newest and now - newest[0].taken_at < DAILY:
        return None
    return take_backup(roster, reason="daily", now=now)


def prune(roster: Path, keep: int = KEEP) -> None:
    for old in list_backups(roster)[keep:]:
        old.path.unlink(missing_ok=True)
        head_file(old.path).unlink(missing_ok=True)


def check_copy(path: Path) -> None:
    """Refuse a copy that SQLite finds damaged or whose references dangle."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError:
        raise RosterUnreadable(COPY_DAMAGED(name=path.name)) from None
    finally:
        conn.close()
    if integrity != [("ok",)]:
        raise RosterUnreadable(COPY_FAILS_INTEGRITY(name=path.name))
    if dangling:
        raise RosterUnreadable(COPY_DANGLES(name=path.name, count=len(dangling)))


def restore(backup: Path, roster: Path, *, now: datetime) -> Backup | None:
    """Replace the roster's contents with ``backup``; the roster must be closed.

    The current roster is copied first (reason "before-restore"), so a restore
    can itself be undone. Returns that copy.
    """
    check_copy(backup)
    before = take_backup(roster, reason="before-restore", now=now, keep=KEEP + 1) \
        if roster.is_file() and roster.stat().st_size else None
    try:
        _copy(backup, roster)
    except sqlite3.Error as error:
        raise StoreError(RESTORE_FAILED(path=str(roster), name=backup.name,
                                        reason=str(error))) from None
    # A restore rewinds the audit log on purpose: the head seen before is no longer due,
    # nor is that of any copy taken after the restored one (the one just taken included).
    checkpoints.drop_checkpoint(roster)
    _mark_rewound(roster, backup, now)
    log.info("roster %s restored from %s", roster, backup)
    return before


def _mark_rewound(roster: Path, restored: Path, now: datetime) -> None:
    # The copy just put back holds the log the roster now has (and no WAL beside it).
    conn = sqlite3.connect(f"file:{restored}?mode=ro", uri=True)
    try:
        for copy in list_backups(roster):
            if copy.head is None or copy.rewound:
                continue
            found = conn.execute("SELECT hash FROM audit_events WHERE id = ?",
                                 (copy.head.event_id,)).fetchone()
            if found is None or found[0] != copy.head.hash:
                _write_head(copy.path, copy.head,
                            rewound=now.astimezone(UTC).isoformat(timespec="seconds"))
    finally:
        conn.close()


def _copy(source: Path, target: Path, *, as_copy: bool = False) -> None:
    # The backup API holds a read snapshot of the source and writes the target in
    # one transaction: a crash midway leaves the target as it was.
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        if as_copy:
            # The copy inherits WAL mode from the roster's header; reading it later
            # (check_copy, mode=ro) would then leave -wal and -shm files beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
