"""Seat sign-in credentials (VL-12): secrets in the vault, only the fact in the roster."""

from __future__ import annotations

import json
from dataclasses import dataclass

from seatkeeper.credentials.vault import MAX_SECRET_LENGTH, SERVICE, Vault, check_secret
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput, NotFound
from seatkeeper.domain.messages import message
from seatkeeper.services.clock import Clock
from seatkeeper.store import audit, seats
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.records import SEAT_GONE

NO_USERNAME = message("credentials.no_username",
                      "Enter the user name the vendor assigned to this seat.")
NO_PASSWORD = message("credentials.no_password",
                      "Enter the password the vendor assigned to this seat.")
TOO_LONG = message("credentials.too_long", "The user name and password are {length} characters "
                   "together; the keyring takes at most {room}.")


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

    def save(self, seat_id: int, platform: Platform, username: str, password: str
             ) -> Changed[None]:
        """Put the secret in the vault, then the fact in the roster (the seat's detail)."""
        username = username.strip()
        if not username:
            raise BadInput(NO_USERNAME(), field="username")
        if not password:
            raise BadInput(NO_PASSWORD(), field="password")
        secret = json.dumps({"username": username, "password": password})
        if len(secret) > MAX_SECRET_LENGTH:  # say it of what the admin typed, not our wrapping
            room = MAX_SECRET_LENGTH - len(secret) + len(username) + len(password)
            raise BadInput(TOO_LONG(length=len(username) + len(password), room=room),
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
        # Credentials are keyed by seat; the seat's detail lists their platforms.
        return Changed(None, Changes.of(Entity.CREDENTIAL, [seat_id])
                       | Changes.of(Entity.SEAT, [seat_id]))

    def read(self, seat_id: int, platform: Platform) -> Credential | None:
        raw = self.vault.get(SERVICE, seat_vault_key(seat_id, platform))
        if raw is None:
            return None
        data = json.loads(raw)
        return Credential(data["username"], data["password"])

    def _record(self, conn: Connection, seat_id: int, platform: Platform, key: str) -> None:
        now = self.clock()
        existing = seats.record_credential(conn, seat_id, platform.value, key, now)
        audit.record(conn, audit.Change(
            "seat.credentials_saved", "seat", seat_id,
            f"{'Replaced' if existing else 'Stored'} {platform.value} sign-in credentials",
            after={"platform": platform.value, "password": "set"}), at=now, actor=self.actor)


def _require_seat(conn: Connection, seat_id: int) -> None:
    if not seats.exists(conn, seat_id):
        raise NotFound(SEAT_GONE())
