"""The one way to open a roster: check, connect, migrate, return a Store."""

from __future__ import annotations

import sqlalchemy as sa

from seatkeeper.domain.errors import KnownError, StoreError
from seatkeeper.store import migrate
from seatkeeper.store.engine import RosterLocation, Store, check_sqlite_file, create_engine_for
from seatkeeper.store.errors import translate


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
            migrate.upgrade(engine)
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
