"""Seat sign-in credentials (VL-12): secrets in the vault, only the fact in the roster."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from seatkeeper.credentials.vault import MAX_SECRET_LENGTH, SERVICE, Vault, check_secret
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput, NotFound
from seatkeeper.services.clock import Clock
from seatkeeper.store import audit
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store


@dataclass(frozen=True)
class Credential:
    username: str
    password: str

    def __repr__(self) -> str:  # never print the password, even in a traceback
        return f"Credential(username={self.username!r}, password='***')"


def seat_vault_key(seat_id: int, platform: Platform) -> str:
    return f"seat/{seat_id}/{platform.value}"


class CredentialService:
    """Store, read and remove a seat's per-platform sign-in credentials."""

    def __init__(self, store: Store, vault: Vault, clock: Clock, actor: str) -> None:
        self.store, self.vault, self.clock, self.actor = store, vault, clock, actor

    def save(self, seat_id: int, platform: Platform, username: str, password: str) -> None:
        username = username.strip()
        if not username:
            raise BadInput("Enter the user name the vendor assigned to this seat.",
                           field="username")
        if not password:
            raise BadInput("Enter the password the vendor assigned to this seat.",
                           field="password")
        secret = json.dumps({"username": username, "password": password})
        if len(secret) > MAX_SECRET_LENGTH:  # say it of what the admin typed, not our wrapping
            room = MAX_SECRET_LENGTH - len(secret) + len(username) + len(password)
            raise BadInput(f"The user name and password are {len(username) + len(password)} "
                           f"characters together; the keyring takes at most {room}.",
                           field="password")
        check_secret(secret)
        key = seat_vault_key(seat_id, platform)
        self.store.read(lambda conn: _require_seat(conn, seat_id))
        self.vault.set(SERVICE, key, secret)  # first the secret, then the fact
        try:
            self.store.write(lambda conn: self._record(conn, seat_id, platform, key))
        except Exception:
            self.vault.delete(SERVICE, key)
            raise

    def read(self, seat_id: int, platform: Platform) -> Credential | None:
        raw = self.vault.get(SERVICE, seat_vault_key(seat_id, platform))
        if raw is None:
            return None
        data = json.loads(raw)
        return Credential(data["username"], data["password"])

    def _record(self, conn: Connection, seat_id: int, platform: Platform, key: str) -> None:
        now = self.clock()
        table = t.seat_credentials
        existing = conn.execute(sa.select(table.c.seat_id).where(
            table.c.seat_id == seat_id, table.c.platform == platform.value)).first()
        if existing:
            conn.execute(table.update().where(
                table.c.seat_id == seat_id, table.c.platform == platform.value)
                .values(updated_at=now))
        else:
            conn.execute(table.insert().values(seat_id=seat_id, platform=platform.value,
                                               vault_key=key, updated_at=now))
        audit.record(conn, audit.Change(
            "seat.credentials_saved", "seat", seat_id,
            f"{'Replaced' if existing else 'Stored'} {platform.value} sign-in credentials",
            after={"platform": platform.value, "password": "set"}), at=now, actor=self.actor)


def _require_seat(conn: Connection, seat_id: int) -> None:
    if conn.execute(sa.select(t.seats.c.id).where(t.seats.c.id == seat_id)).first() is None:
        raise NotFound("That seat is no longer in the roster.")
