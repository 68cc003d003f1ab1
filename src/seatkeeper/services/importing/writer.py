"""Writing a plan: every good row in ONE transaction, batched, matched on stable keys.

Subscriptions match on ``external_key``, people on e-mail, seats on
(subscription, licence id), devices on ``external_key``; a re-import updates
in place. Inserts and updates go as executemany batches, never a row at a
time. The progress callback may answer False to cancel: the transaction then
rolls back and the roster is as it was. Product keys go to the vault only
after every row is in place, and are put back if the transaction fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from seatkeeper.credentials.vault import SERVICE, Vault
from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.messages import message
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing.gc_pause import gc_paused
from seatkeeper.services.importing.plan import ImportPlan, write_rejects
from seatkeeper.store import audit
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.imports import Counts, RosterWriter, refresh_statistics

Progress = Callable[[int, int], bool]
Mode = Literal["stop", "skip_bad"]
CANCELLED = message("import.cancelled", "The import was cancelled; the roster is as it was.")
NOT_A_MODE = message("import.not_a_mode", "“{mode}” is not an import mode (stop or skip_bad).")
ROWS_REFUSED = message(
    "import.rows_refused",
    "{bad} of {total} rows cannot be imported, so nothing was; first: row {line}, {column}: "
    "{reason}")
WHOLE_ROW = message("import.whole_row", "row")


class ImportCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__(CANCELLED())


@dataclass(frozen=True)
class ImportResult:
    rows: int
    imported: int
    rejected: int
    subscriptions_added: int
    subscriptions_updated: int
    seats_added: int
    seats_updated: int
    people_added: int
    devices_added: int
    devices_updated: int
    product_keys_stored: int
    product_keys_skipped: int  # no keyring: the keys were not kept anywhere
    rejects_file: str | None


def product_key_vault_key(external_key: str) -> str:
    return f"product-key/{external_key}"


def apply(store: Store, plan: ImportPlan, *, vault: Vault | None, clock: Clock, actor: str,
          mode: Mode = "stop", progress: Progress | None = None,
          rejects_path: Path | None = None) -> Changed[ImportResult]:
    """Write ``plan``; in "stop" mode any bad row means nothing is written.

    Anything may have changed: the ids of what an import touched are not kept.
    """
    if mode not in ("stop", "skip_bad"):
        raise BadInput(NOT_A_MODE(mode=mode))
    if mode == "stop" and plan.errors:
        first = plan.errors[0]
        raise BadInput(ROWS_REFUSED(bad=plan.bad_rows, total=plan.total, line=first.line,
                                    column=first.column or WHOLE_ROW(),
                                    reason=first.problem))
    keys = [(product_key_vault_key(r.subscription.key), r.product_key)
            for r in plan.rows if r.product_key]
    previous: dict[str, str | None] = {}

    def work(conn: Connection) -> Counts:
        previous.clear()
        now = clock().replace(microsecond=0)
        counts = RosterWriter(conn, now, _ticker(progress, 3 * len(plan.rows))).run(plan.rows)
        audit.record(conn, audit.Change(
            "roster.imported", "roster", None,
            f"Imported {len(plan.rows)} rows ({plan.fmt}); {plan.bad_rows} rejected",
            after={**vars(counts), "product_keys": len(keys) if vault else 0}),
            at=now, actor=actor)
        if vault is not None:
            for vault_key, secret in keys:  # last, so a cancel above touches no secret
                previous.setdefault(vault_key, vault.get(SERVICE, vault_key))
                vault.set(SERVICE, vault_key, secret)
        return counts

    try:
        with gc_paused():
            counts = store.write(work)
    except BaseException:
        _restore(vault, previous)
        raise
    if not store.is_sqlite:
        store.write(refresh_statistics)  # committed: the planner learns the new sizes
    rejects = None
    if rejects_path is not None and plan.rejected:
        write_rejects(plan, rejects_path)
        rejects = str(rejects_path)
    return Changed(ImportResult(
        rows=plan.total, imported=len(plan.rows), rejected=plan.bad_rows,
        subscriptions_added=counts.subscriptions_added,
        subscriptions_updated=counts.subscriptions_updated, seats_added=counts.seats_added,
        seats_updated=counts.seats_updated, people_added=counts.people_added,
        devices_added=counts.devices_added, devices_updated=counts.devices_updated,
        product_keys_stored=len(keys) if vault else 0,
        product_keys_skipped=0 if vault else len(keys), rejects_file=rejects),
        Changes.everything())


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(min(done, total), total) is False:
            raise ImportCancelled

    return tick


def _restore(vault: Vault | None, previous: dict[str, str | None]) -> None:
    if vault is None:
        return
    for key, value in previous.items():
        if value is None:
            vault.delete(SERVICE, key)
        else:
            vault.set(SERVICE, key, value)

