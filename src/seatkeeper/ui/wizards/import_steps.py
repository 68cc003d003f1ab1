"""What the import wizard's pages share: the admin's choices, remembered mappings, the work.

The pages own no rules: reading, mapping guesses, the dry run and the write
are the importing services', each run on a worker. What the wizard keeps is
the admin's choices (``ImportState``) and their column mappings, remembered
per set of headers in the window's settings. A page sees its wizard through
``ImportSteps``, so the pages and the wizard do not import each other.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSettings, SignalInstance

from seatkeeper.services import transfer
from seatkeeper.services.bundle import Services
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.mapping import fields_for
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr

# What the admin may pick on the first page; "auto" looks at the name and headers.
CHOICES = (transfer.AUTO, *transfer.IMPORT_FORMATS)
CTX = "ImportWizard"


def kind_names() -> dict[str, str]:
    return {"generic": tr(CTX, "CSV/XLSX roster"), "snipeit": tr(CTX, "Snipe-IT licence CSV"),
            "json": tr(CTX, "Seatkeeper roster (JSON)")}


def settings_factory() -> QSettings:
    """Where mappings are remembered: the window's settings file in the data folder."""
    from seatkeeper.ui.settings import app_settings

    return app_settings()


@dataclass
class ImportState:
    """What the admin chose so far, and what the services answered."""

    path: Path | None = None
    choice: str = "auto"
    kind: str = ""  # generic, snipeit or json, once the file was read
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    remembered: bool = False
    plan: ImportPlan | JsonPlan | None = None
    mode: str = "stop"  # or skip_bad
    rejects_path: Path | None = None

    def is_json(self) -> bool:
        return transfer.is_json(self.path or Path(), self.choice)


def headers_key(kind: str, headers: list[str]) -> str:
    digest = hashlib.sha256("\x1f".join([kind, *headers]).encode("utf-8")).hexdigest()[:24]
    return f"import/mappings/{digest}"


def remembered_mapping(settings: QSettings, kind: str, headers: list[str]
                       ) -> dict[str, str] | None:
    raw = settings.value(headers_key(kind, headers))
    if not isinstance(raw, str):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    known, present = fields_for(kind), set(headers)
    if not isinstance(data, dict):
        return None
    return {f: h for f, h in data.items() if f in known and isinstance(h, str) and h in present}


def remember_mapping(settings: QSettings, kind: str, headers: list[str],
                     mapping: dict[str, str]) -> None:
    settings.setValue(headers_key(kind, headers), json.dumps(mapping, sort_keys=True))
    settings.sync()


# -- work run on workers ------------------------------------------------------
def read_headers(path: Path, choice: str) -> tuple[str, list[str]]:
    """The file's kind (generic or snipeit) and its header row."""
    return transfer.read_headers(path, choice)


def dry_run(state: ImportState, services: Services) -> ImportPlan | JsonPlan:
    assert state.path is not None
    ctx = ImportContext(services.clock().date())
    return transfer.read_import(state.path, state.choice, ctx, state.mapping)


def run_import(state: ImportState, services: Services,
               progress: Callable[[int, int], bool]) -> Any:
    plan = state.plan
    assert plan is not None
    skip = state.mode == "skip_bad"
    return transfer.import_roster(services, plan, mode="skip_bad" if skip else "stop",
                                  progress=progress,
                                  rejects_path=state.rejects_path if skip else None)


class ImportSteps(Protocol):
    """What a page asks of the import wizard it is on (ImportWizard is one)."""

    ctx: WindowContext
    services: Services
    state: ImportState
    settings: QSettings
    cancel_requested: threading.Event
    importing: bool
    imported: SignalInstance

    def guess(self, kind: str, headers: list[str]) -> tuple[dict[str, str], bool]: ...

    def page(self, page_id: int) -> Any: ...

    def pageIds(self) -> list[int]: ...
