"""The audit chain's head as this computer last saw it, kept outside the roster.

The chain (store/audit.py) shows an event that was changed, removed or slipped
in *between* others; it cannot show events cut from the end, an emptied log, or
a log rewritten and rehashed with the public ``event_hash``, since each of those
leaves a chain that holds. So every time Seatkeeper closes a roster it may write,
or the chain checks out, the head (event id and hash, and how many events) is
written to ``<data dir>/audit-checkpoints/<roster key>.json``: a file in the
admin's own profile, which someone who can write only the roster file or the
server cannot reach. ``audit verify`` then demands that event, with that hash.

Why checkpoints and not a keyed hash: a key would have to be shared by every
admin who writes, anyone holding it could rehash again, and a lost key would
leave nobody able to check the log; the plain chain stays checkable by any
reviewer with no secret, and each admin's checkpoints pin what they have seen.
Restoring a backup is a deliberate rewind: the checkpoint is dropped then.

The same head is kept in two more places no row of the log can reach: beside each
backup copy (store/backup.py: the copy's own head, and the copy itself holds the
log as it was), and in the admin's OS keyring when there is one (services/
audit_heads.py), so deleting this file alone forgets nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from seatkeeper import paths
from seatkeeper.store.location import RosterLocation


@dataclass(frozen=True)
class Checkpoint:
    event_id: int
    hash: str
    count: int
    seen_at: str  # ISO instant, for the admin's message

    def as_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def from_json(text: str) -> Checkpoint | None:
    """A checkpoint read back from its JSON (None: not one)."""
    try:
        data = json.loads(text)
        return Checkpoint(int(data["event_id"]), str(data["hash"]), int(data["count"]),
                          str(data["seen_at"]))
    except (ValueError, KeyError, TypeError):
        return None


def roster_key(location: RosterLocation | Path) -> str:
    """The roster's name in the admin's checkpoints (a digest: never a path or password)."""
    return _key(location)


def _key(location: RosterLocation | Path) -> str:
    if isinstance(location, Path):
        text = str(location.resolve())
    elif location.path is not None:
        text = str(location.path.resolve())
    else:
        text = location.label  # never the password
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def checkpoint_file(location: RosterLocation | Path) -> Path:
    return paths.data_dir() / "audit-checkpoints" / f"{_key(location)}.json"


def read_checkpoint(location: RosterLocation | Path) -> Checkpoint | None:
    try:
        return from_json(checkpoint_file(location).read_text(encoding="utf-8"))
    except OSError:
        return None


def write_checkpoint(location: RosterLocation | Path, checkpoint: Checkpoint) -> None:
    """Replace the checkpoint atomically (a temporary name, then a rename)."""
    target = checkpoint_file(location)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    partial.write_text(checkpoint.as_json(), encoding="utf-8")
    os.replace(partial, target)


def drop_checkpoint(location: RosterLocation | Path) -> None:
    checkpoint_file(location).unlink(missing_ok=True)
