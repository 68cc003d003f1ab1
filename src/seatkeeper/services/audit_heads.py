"""Where the audit log's head is known outside the roster, and holding the log to each.

Three places keep a head no row of the log can change (issue 19):
- this computer's checkpoint file (store/checkpoints.py), moved on when a writable
  roster closes and when ``audit verify`` passes;
- the admin's OS keyring, the same checkpoint again when there is a keyring (none:
  nothing is kept there and nothing fails), so deleting the file alone forgets nothing;
- each backup copy of an SQLite roster (store/backup.py): the copy's own head.

The live log must still hold each head's event with the same hash; otherwise its end
was cut, it was emptied, or it was rewritten and rehashed up to that event.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from seatkeeper.credentials.vault import SERVICE, Vault
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import Message, message
from seatkeeper.store import audit, backup, checkpoints
from seatkeeper.store.checkpoints import Checkpoint
from seatkeeper.store.engine import Connection
from seatkeeper.store.location import RosterLocation

log = logging.getLogger(__name__)

KEYRING_PREFIX = "audit-checkpoint/"

CUT = message("audit.cut", "events were removed from its end: event {event} was seen on this "
              "computer on {seen} ({count} events then), and it is gone")
EMPTIED = message("audit.emptied", "every event was deleted: it held {count} events when this "
                  "computer last saw it ({seen})")
REWRITTEN = message("audit.rewritten", "the events up to {event} were rewritten and their "
                    "hashes recomputed: event {event} no longer has the hash this computer "
                    "saw on {seen}")
CUT_BELOW_COPY = message("audit.cut_below_backup", "events were removed from its end: the "
                         "backup {name} of {seen} holds event {event} ({count} events then), "
                         "and the log no longer does")
EMPTIED_BELOW_COPY = message("audit.emptied_below_backup", "every event was deleted: the "
                             "backup {name} of {seen} holds {count} events")
REWRITTEN_BELOW_COPY = message("audit.rewritten_below_backup", "the events up to {event} were "
                               "rewritten and their hashes recomputed: event {event} does not "
                               "have the hash it has in the backup {name} of {seen}")
CUT_BELOW_PRINTED = message("audit.cut_below_printed", "events were removed from its end: "
                            "event {event}, given as its head, is gone")
REWRITTEN_BELOW_PRINTED = message("audit.rewritten_below_printed", "the events up to {event} "
                                  "were rewritten: event {event}'s hash does not begin with "
                                  "{hash}, as given")


class Source(Enum):
    COMPUTER = "computer"  # this computer's checkpoint file
    KEYRING = "keyring"  # the admin's OS keyring
    BACKUP = "backup"  # a backup copy (``name``: its file)
    GIVEN = "given"  # typed in from a printed report (the hash may be a prefix)


@dataclass(frozen=True)
class KnownHead:
    checkpoint: Checkpoint
    source: Source
    name: str = ""


def _keyring_key(location: RosterLocation | Path) -> str:
    return KEYRING_PREFIX + checkpoints.roster_key(location)


def keyring_checkpoint(vault: Vault | None, location: RosterLocation | Path
                       ) -> Checkpoint | None:
    """The checkpoint kept in the keyring (None: no keyring, none kept, or unreadable)."""
    if vault is None:
        return None
    try:
        text = vault.get(SERVICE, _keyring_key(location))
    except KnownError as error:  # a locked or absent keyring: the other heads remain
        log.info("audit checkpoint not read from the keyring: %s", error.message)
        return None
    return None if text is None else checkpoints.from_json(text)


def keep(vault: Vault | None, location: RosterLocation | Path, checkpoint: Checkpoint, *,
         keyring_always: bool = False) -> None:
    """Write ``checkpoint`` to this computer's file and, if there is one, the keyring.

    Unless ``keyring_always``, the keyring is written only when the head has moved since
    the file's checkpoint: a session that changed nothing makes no keyring call (a locked
    keyring would ask to be unlocked at every close).
    """
    before = checkpoints.read_checkpoint(location)
    checkpoints.write_checkpoint(location, checkpoint)
    unmoved = before is not None and (before.event_id, before.hash) == (
        checkpoint.event_id, checkpoint.hash)
    if vault is None or (unmoved and not keyring_always):
        return
    try:
        vault.set(SERVICE, _keyring_key(location), checkpoint.as_json())
    except KnownError as error:
        log.info("audit checkpoint not kept in the keyring: %s", error.message)


def forget(vault: Vault | None, location: RosterLocation | Path) -> None:
    """After a restore (a deliberate rewind): drop the heads this computer kept."""
    checkpoints.drop_checkpoint(location)
    if vault is None:
        return
    try:
        vault.delete(SERVICE, _keyring_key(location))
    except KnownError as error:
        log.info("audit checkpoint not dropped from the keyring: %s", error.message)


def known_heads(location: RosterLocation, vault: Vault | None, *,
                keyring: bool = True) -> list[KnownHead]:
    """Every head kept outside the roster: file, keyring, each backup not rewound.

    With ``keyring=False`` (opening a roster) the keyring is asked only when this
    computer's checkpoint file is gone, so an ordinary start makes no keyring call;
    ``audit verify`` asks it always.
    """
    heads = []
    seen = checkpoints.read_checkpoint(location)
    if seen is not None:
        heads.append(KnownHead(seen, Source.COMPUTER))
    kept = keyring_checkpoint(vault, location) if keyring or seen is None else None
    if kept is not None:
        heads.append(KnownHead(kept, Source.KEYRING))
    if location.path is not None:
        heads.extend(KnownHead(copy.head, Source.BACKUP, copy.path.name)
                     for copy in backup.list_backups(location.path)
                     if copy.head is not None and not copy.rewound)
    return heads


def copy_head(path: Path) -> KnownHead | None:
    """The head inside a copy of a roster (a backup file anywhere; None: its log is empty)."""
    head = backup.head_of_copy(path)
    return None if head is None else KnownHead(head, Source.BACKUP, path.name)


def given_head(event_id: int, hash_prefix: str) -> KnownHead:
    """A head as a printed report gives it: the event and the start of its hash."""
    return KnownHead(Checkpoint(event_id, hash_prefix.lower(), 0, ""), Source.GIVEN)


def problem(conn: Connection, head: KnownHead) -> Message | None:
    """The log against one known head: cut, emptied or rewritten (None: it holds)."""
    seen = head.checkpoint
    found = audit.hash_at(conn, seen.event_id)
    # A head kept before migration i19_personal_fields rehashed the log names the event's
    # old hash, which the event keeps (legacy_hash) until an erasure takes it.
    legacy = audit.legacy_hash_at(conn, seen.event_id) if found is not None else None
    if head.source is Source.GIVEN:
        if found is None:
            return CUT_BELOW_PRINTED(event=seen.event_id)
        return None if found.startswith(seen.hash) or (legacy or "").startswith(
            seen.hash) else REWRITTEN_BELOW_PRINTED(event=seen.event_id, hash=seen.hash)
    when = datetime.fromisoformat(seen.seen_at)
    if head.source is Source.BACKUP:
        if found is None:
            if audit.head(conn) is None:
                return EMPTIED_BELOW_COPY(name=head.name, seen=when, count=seen.count)
            return CUT_BELOW_COPY(name=head.name, seen=when, event=seen.event_id,
                                  count=seen.count)
        return None if seen.hash in (found, legacy) else REWRITTEN_BELOW_COPY(
            name=head.name, seen=when, event=seen.event_id)
    if found is None:
        if audit.head(conn) is None:
            return EMPTIED(count=seen.count, seen=when)
        return CUT(event=seen.event_id, count=seen.count, seen=when)
    return None if seen.hash in (found, legacy) else REWRITTEN(event=seen.event_id, seen=when)


def problems(conn: Connection, heads: list[KnownHead]) -> list[Message]:
    """What the known heads show, one message per kind of tampering (the clearest first:
    this computer's own checkpoint, then the keyring, then the newest backup)."""
    kinds = {CUT.id: "cut", CUT_BELOW_COPY.id: "cut", CUT_BELOW_PRINTED.id: "cut",
             EMPTIED.id: "emptied", EMPTIED_BELOW_COPY.id: "emptied",
             REWRITTEN.id: "rewritten", REWRITTEN_BELOW_COPY.id: "rewritten",
             REWRITTEN_BELOW_PRINTED.id: "rewritten"}
    found: dict[str, Message] = {}
    for head in heads:
        seen = problem(conn, head)
        if seen is not None:
            found.setdefault(kinds[seen.id], seen)
    return list(found.values())
