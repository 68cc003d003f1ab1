"""The one way to open a roster: check, connect, migrate, return a Store."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import sqlalchemy as sa

from seatkeeper.domain.errors import KnownError, StoreError
from seatkeeper.domain.messages import message
from seatkeeper.store import audit, audit_protection, backup, migrate, trigram
from seatkeeper.store.engine import Store, check_sqlite_file, create_engine_for
from seatkeeper.store.errors import translate
from seatkeeper.store.location import RosterLocation

log = logging.getLogger(__name__)

NO_ROSTER = message("store.no_roster", "There is no roster at {path}.")
UNKNOWN_KIND = message("store.unknown_kind", "Seatkeeper does not know the kind of database in "
                       "“{where}”. Use a file path, sqlite:///FILE or "
                       "postgresql://USER@HOST/DATABASE.")
NO_DRIVER = message("store.no_postgres_driver", "The PostgreSQL driver is not installed; "
                    "install Seatkeeper with its 'postgres' extra.")
UPGRADE_TO_REVIEW = message("store.upgrade_to_review", "{where} was written by an older "
                            "Seatkeeper and must be upgraded before it can be reviewed; open it "
                            "once normally.")
UPGRADE_FAILED = message("store.upgrade_failed", "Upgrading the roster {where} to this Seatkeeper "
                         "failed, so the upgrade was undone: the roster is exactly as it was. "
                         "Details are in the log.")
UPGRADE_FAILED_COPY = message(
    "store.upgrade_failed_copy", "Upgrading the roster {where} to this Seatkeeper failed, so the "
    "upgrade was undone: the roster is exactly as it was. A copy taken just before is at "
    "{copy}. Details are in the log.")

TRIGGERS_RESTORED = message(
    "store.audit_triggers_restored", "The audit log's append-only protection had been removed "
    "(triggers {names}); Seatkeeper put it back. Run “seatkeeper audit verify”: events may "
    "have been changed meanwhile.")
TRIGGERS_MISSING = message(
    "store.audit_triggers_missing", "The audit log's append-only protection has been removed "
    "(triggers {names}), so its events can be changed without a refusal. Open the roster "
    "with a login that may write to put it back, then run “seatkeeper audit verify”.")


def open_store(location: RosterLocation | str, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the roster at ``location`` and bring its schema to head.

    Raises a KnownError whose text an admin can act on; a file that is not a
    roster, or is damaged, is never written to.
    """
    if isinstance(location, str):
        location = RosterLocation.parse(location)
    if location.path is not None:
        # A symlink (dangling or not) is checked where it points: that is where
        # SQLite reads and writes, and where a new roster would be created.
        real = location.path.resolve()
        if read_only and not real.exists():
            raise StoreError(NO_ROSTER(path=str(location.path)))
        check_sqlite_file(real, need_write=not read_only)
    try:
        engine = create_engine_for(location, read_only=read_only)
    except (sa.exc.NoSuchModuleError, sa.exc.ArgumentError):
        raise StoreError(UNKNOWN_KIND(where=location.label)) from None
    except ModuleNotFoundError:
        raise StoreError(NO_DRIVER()) from None
    try:
        if migrate.needs_upgrade(engine):
            if read_only:
                raise StoreError(UPGRADE_TO_REVIEW(where=location.label))
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
    store = Store(engine, location, read_only=read_only)
    _check_protection(store)
    if not store.is_sqlite:
        _check_trigram(store)
    return store


def _check_trigram(store: Store) -> None:
    """PostgreSQL: create the filter's trigram indexes if they are missing and now can be;
    otherwise say why once (the log; ``store.search_notice`` for the report)."""
    if not store.read(trigram.missing_indexes):
        return
    if not store.read_only:
        try:
            if store.write(trigram.create_missing):
                return
        except KnownError as error:  # e.g. a login that does not own the tables
            log.warning("could not create the trigram indexes: %s", error.message)
    store.search_notice = store.read(trigram.notice)
    if store.search_notice:
        log.warning("%s: %s", store.location.label, store.search_notice)


def _check_protection(store: Store) -> None:
    """Put back dropped append-only triggers where we may; a finding either way."""
    missing = store.read(audit_protection.missing_triggers)
    if not missing:
        return
    names = ", ".join(missing)
    log.warning("audit log protection missing on %s: %s", store.location.label, names)
    if not store.read_only:
        def repair(conn: sa.Connection) -> None:
            audit_protection.restore_triggers(conn, missing)
            audit.record(conn, audit.Change(
                audit_protection.RESTORED, "audit_events", None,
                f"The audit log's append-only triggers were missing ({names}) and were "
                "put back"), at=datetime.now(UTC), actor="seatkeeper")
        try:
            store.write(repair)
        except KnownError as error:  # e.g. a login that does not own the table
            log.warning("could not restore the audit triggers: %s", error.message)
        else:
            store.findings.append(TRIGGERS_RESTORED(names=names))
            return
    store.findings.append(TRIGGERS_MISSING(names=names))


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
        failed = UPGRADE_FAILED(where=location.label) if copy is None \
            else UPGRADE_FAILED_COPY(where=location.label, copy=str(copy.path))
        raise StoreError(failed) from None
