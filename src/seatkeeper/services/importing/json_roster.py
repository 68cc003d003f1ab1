"""Loading our own JSON export: the whole roster in one transaction.

The file is checked first (``json_check``: every problem, with its place); a
file with any problem loads nothing. The rows are written by the store's
``RosterLoader``, which matches on the export's natural keys, so loading the
same file twice updates instead of duplicating. Secrets go to the vault after
the transaction; the roster keeps only their references.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seatkeeper.credentials.vault import SERVICE, Vault
from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.services.clock import Clock
from seatkeeper.services.credentials import seat_vault_key
from seatkeeper.services.importing.json_check import check_roster
from seatkeeper.services.importing.json_refs import DuplicateKey, pairs_without_duplicates
from seatkeeper.services.importing.readers import UNREADABLE
from seatkeeper.services.importing.records import RowError
from seatkeeper.services.importing.writer import ImportCancelled, product_key_vault_key
from seatkeeper.store import audit
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.roster_json import RosterLoader

SECTIONS = ["accounts", "subscriptions", "people", "seats", "assignments", "devices",
            "connections", "deliveries", "orders"]
NOT_JSON = message("import.json.not_json", "{file} is not valid JSON.")
DUPLICATE_KEY = message("import.json.duplicate_key",
                        "{file} names “{key}” twice in one object; which one is meant cannot "
                        "be told, so nothing was imported.")
NUMBER_TOO_LONG = message("import.json.number_too_long",
                          "{file} holds a number too long to be anything in a roster.")
FILE_HAS_PROBLEMS = message(
    "import.json.file_has_problems",
    "The roster file has {problems} problem(s), so nothing was imported; first: item "
    "{line}, {column}: {reason}")


@dataclass
class JsonPlan:
    data: dict[str, list[dict[str, Any]]]
    errors: list[RowError]

    def counts(self) -> dict[str, int]:
        return {s: len(self.data.get(s, [])) for s in [*SECTIONS, "secrets"]}


def read_json(path: Path) -> JsonPlan:
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"),
                         object_pairs_hook=pairs_without_duplicates)
    except OSError as error:
        raise BadInput(UNREADABLE(path=str(path), reason=str(error.strerror))) from None
    except DuplicateKey as duplicate:
        raise BadInput(DUPLICATE_KEY(file=path.name, key=duplicate.key[:60])) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BadInput(NOT_JSON(file=path.name)) from None
    except ValueError:  # an integer past Python's 4,300-digit limit for int(text)
        raise BadInput(NUMBER_TOO_LONG(file=path.name)) from None
    return JsonPlan(*check_roster(raw))


def load(store: Store, plan: JsonPlan, *, vault: Vault | None, clock: Clock, actor: str,
         progress: Callable[[int, int], bool] | None = None) -> Changed[dict[str, int]]:
    """Load a checked export; any problem in it means nothing is loaded.

    The value counts the items of each section; anything may have changed.
    """
    if plan.errors:
        first = plan.errors[0]
        raise BadInput(FILE_HAS_PROBLEMS(problems=len(plan.errors), line=first.line,
                                         column=first.column, reason=first.problem))
    secrets: list[tuple[str, str]] = []

    def work(conn: Connection) -> dict[str, int]:
        secrets.clear()
        now = clock().replace(microsecond=0)
        loader = RosterLoader(conn, plan.data, now)
        for number, section in enumerate(SECTIONS, start=1):
            getattr(loader, section)()
            if progress is not None and progress(number, len(SECTIONS)) is False:
                raise ImportCancelled
        secrets.extend(_secrets(loader, plan.data.get("secrets", [])))
        audit.record(conn, audit.Change("roster.imported", "roster", None,
                                        "Imported a Seatkeeper roster export (JSON)",
                                        after=plan.counts()), at=now, actor=actor)
        return plan.counts()

    counts = store.write(work)
    if vault is not None:
        for key, value in secrets:
            vault.set(SERVICE, key, value)
    return Changed(counts, Changes.everything())


def _secrets(loader: RosterLoader, items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(vault key, secret) of each secret; a seat credential's reference is written now."""
    found: list[tuple[str, str]] = []
    for s in items:
        if s["kind"] == "product_key":
            found.append((product_key_vault_key(s["subscription"]), s["value"]))
            continue
        seat_id = loader.seat_of(tuple(s["seat"]))
        key = seat_vault_key(seat_id, Platform(s["platform"]))
        loader.credential(seat_id, s["platform"], key)
        found.append((key, s["value"]))
    return found
