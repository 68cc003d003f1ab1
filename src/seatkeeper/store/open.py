"""The one way to open a roster: check, connect, migrate, return a Store."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import sqlalchemy as sa

from seatkeeper.domain.errors import KnownError, StoreError
from seatkeeper.store import backup, migrate
from seatkeeper.store.engine import Store, check_sqlite_file, create_engine_for
from seatkeeper.store.errors import translate
from seatkeeper.store.location import RosterLocation

log = logging.getLogger(__name__)


def open_store(location: RosterLocation | str, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the roster at ``location`` and bring its schema to head.

    Raises a KnownError whose text an admin can act on; a file that is not a
    roster, or is damaged, is never written to.
    """
    if isinstance(location, str):
        location = RosterLocation.parse(location)
    if location.path is not None:
        if read_only and not location.path.exists():
            raise StoreError(f"There is no roster at {location.path}.")
        check_sqlite_file(location.path, need_write=not read_only)
    try:
        engine = create_engine_for(location, read_only=read_only)
    except (sa.exc.NoSuchModuleError, sa.exc.ArgumentError):
        raise StoreError(f"Seatkeeper does not know the kind of database in "
                         f"“{location.label}”. Use a file path, sqlite:///FILE or "
                         "postgresql://USER@HOST/DATABASE.") from None
    except ModuleNotFoundError:
        raise StoreError("The PostgreSQL driver is not installed; install Seatkeeper with "
                         "its 'postgres' extra.") from None
    try:
        if migrate.needs_upgrade(engine):
            if read_only:
                raise StoreError(
                    f"{location.label} was written by an older Seatkeeper and must be "
                    "upgraded before it can be reviewed; open it once normally."
                )
            _upgrade(engine, location)
    except KnownError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        known = translate(error, location.label)
        if known is None:
            raise
        raise known from None
    return Store(engine, location, read_only=read_only)


def _upgrade(engine: sa.Engine, location: RosterLocation) -> None:
    """Copy an existing SQLite roster, then migrate it in one transaction.

    A failing migration rolls back whole (see migrate.upgrade); the admin is
    told the schema is as it was and where the copy is.
    """
    copy = None
    if location.path is not None and migrate.current_revision(engine) is not None:
        engine.dispose()  # the copy reads the file; no connection of ours holds it
        copy = backup.take_backup(location.path, reason="before-upgrade",
                                  now=datetime.now(UTC))
    try:
        migrate.upgrade(engine)
    except Exception as error:
        known = translate(error, location.label)
        if known is not None:
            raise known from None
        log.error("schema upgrade failed", exc_info=error)
        where = f" A copy taken just before is at {copy.path}." if copy else ""
        raise StoreError(
            f"Upgrading the roster {location.label} to this Seatkeeper failed, so the upgrade "
            f"was undone: the roster is exactly as it was.{where} Details are in the log."
        ) from None
