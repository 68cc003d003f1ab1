"""What the import wizard's pages share: the admin's choices, remembered mappings, the work.

The pages own no rules: reading, mapping guesses, the dry run and the write
are the importing services', each run on a worker. What the wizard keeps is
the admin's choices (``ImportState``) and their column mappings and the
file's locale, remembered per set of headers in the window's settings. A page
sees its wizard through ``ImportSteps``, so the pages and the wizard do not
import each other.
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

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.locale_values import LOCALES, file_locale
from seatkeeper.services import transfer
from seatkeeper.services.bundle import Services
from seatkeeper.services.importing.context import ImportContext, system_locale_tag
from seatkeeper.services.importing.directory import read_headers as directory_headers
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.mapping import fields_for
from seatkeeper.services.importing.readers import detect_encoding
from seatkeeper.services.importing.session import (
    DryRunJob,
    ImportSession,
    PlanSummary,
    WriteJob,
)
from seatkeeper.services.people import SyncResult
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr

# What the admin may pick on the first page; "auto" looks at the name and headers.
CHOICES = (transfer.AUTO, *transfer.IMPORT_FORMATS)
CTX = "ImportWizard"


DIRECTORY = "directory:"  # a choice "directory:entra" reads a directory's people (issue 20)
DIRECTORY_KINDS = frozenset({"entra", "google", "directory"})
SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})  # read as a workbook


def kind_names() -> dict[str, str]:
    return {"generic": tr(CTX, "CSV/XLSX roster"), "snipeit": tr(CTX, "Snipe-IT licence CSV"),
            "json": tr(CTX, "Seatkeeper roster (JSON)"),
            "entra": tr(CTX, "Directory (people): Entra ID users"),
            "google": tr(CTX, "Directory (people): Google Workspace users"),
            "directory": tr(CTX, "Directory (people): CSV")}


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
    # A table's plan stays in the wizard's import process (PlanSummary is what it shows).
    plan: PlanSummary | JsonPlan | SyncResult | None = None
    mode: str = "stop"  # or skip_bad
    rejects_path: Path | None = None
    encoding: str | None = None  # the admin's choice; None: detect (and show) it
    detected: str | None = None  # the encoding a CSV was read in
    sample: list[str] = field(default_factory=list)  # its first lines, as read
    locale: str = ""  # how the file writes amounts and dates (a FileLocale tag)
    owner_email: str = ""  # the account owner of rows that name none (asked once)

    def is_json(self) -> bool:
        return not self.is_directory() and transfer.is_json(self.path or Path(), self.choice)

    def is_directory(self) -> bool:
        """A company directory's user download: people, not seats."""
        return self.choice.startswith(DIRECTORY)

    @property
    def directory_format(self) -> str:
        return self.choice.removeprefix(DIRECTORY)


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
                     mapping: dict[str, str], locale: str | None = None) -> None:
    settings.setValue(headers_key(kind, headers), json.dumps(mapping, sort_keys=True))
    if locale:
        settings.setValue(headers_key(kind, headers) + "/locale", locale)
    settings.sync()


def remembered_locale(settings: QSettings, kind: str, headers: list[str]) -> str | None:
    """The locale chosen last time for files with these columns, if it is one we read."""
    raw = settings.value(headers_key(kind, headers) + "/locale")
    return raw if isinstance(raw, str) and raw in LOCALES else None


def default_locale() -> str:
    """The system's locale where Seatkeeper reads it, else en-US (shown, never hidden)."""
    try:
        return file_locale(system_locale_tag()).tag
    except KnownError:
        return "en-US"


# -- work run on workers ------------------------------------------------------
@dataclass(frozen=True)
class Headers:
    """What the mapping page shows: the table's kind, its header row, how it was read."""

    kind: str
    headers: list[str]
    encoding: str | None  # a CSV's; None for a workbook
    detected: bool  # the encoding was detected, not chosen
    sample: list[str]


def read_headers(path: Path, choice: str, encoding: str | None = None) -> Headers:
    """The file's kind (generic or snipeit), its header row, and a CSV's encoding."""
    directory = choice.startswith(DIRECTORY)
    csv = path.suffix.lower() not in SPREADSHEETS if directory \
        else transfer.reader_format(path, choice) != "xlsx"
    used, detected, sample = encoding, False, []
    if csv:
        try:
            with path.open("rb") as handle:
                head = handle.read(256 * 1024)
        except OSError:
            head = b""
        if used is None:
            used, detected = detect_encoding(head) or "utf-8", True
        text = head.decode(used, errors="replace").lstrip("\ufeff")
        sample = [line[:160] for line in text.splitlines()[:4]]
    if directory:
        kind, headers = directory_headers(path, choice.removeprefix(DIRECTORY),
                                          used if csv else None)
    else:
        kind, headers = transfer.read_headers(path, choice, used if csv else None)
    return Headers(kind, headers, used if csv else None, detected, sample)


def _context(state: ImportState, services: Services) -> ImportContext:
    return ImportContext(services.clock().date(), state.owner_email,
                         locale=file_locale(state.locale or "en-US"),
                         profiles=services.vendor_terms.saved())


def dry_run(state: ImportState, services: Services, session: ImportSession,
            progress: Callable[[int, int], bool] | None = None
            ) -> PlanSummary | JsonPlan | SyncResult:
    """The check before the write. A table's runs in ``session``'s process, which keeps its
    plan (a million rows would stall the window and fill its memory); the window gets what
    the preview shows. A directory's people and a roster export are small: read here."""
    assert state.path is not None
    if state.is_directory():  # what a sync would change; nothing is written
        people = services.people
        return people.sync(people.read(state.path, state.directory_format,
                                       encoding=state.detected, mapping=state.mapping),
                           dry_run=True).value
    if state.is_json():
        plan = transfer.read_import(state.path, state.choice, _context(state, services))
        assert isinstance(plan, JsonPlan)
        return plan
    return session.dry_run(DryRunJob(state.path, state.choice, _context(state, services),
                                     dict(state.mapping), state.detected), progress)


def run_import(state: ImportState, services: Services, session: ImportSession,
               progress: Callable[[int, int], bool]) -> Any:
    """The import; a table's in the process that checked it (services.importing.session),
    from the plan it keeps, so that its millions of objects never stall the window."""
    plan = state.plan
    assert plan is not None
    if isinstance(plan, SyncResult):  # the file is read again: it is small, and may change
        assert state.path is not None
        people = services.people
        return people.sync(people.read(state.path, state.directory_format,
                                       encoding=state.detected, mapping=state.mapping)).value
    skip = state.mode == "skip_bad"
    if isinstance(plan, PlanSummary):
        return session.write(WriteJob(
            location=services.store.location.url, mode="skip_bad" if skip else "stop",
            rejects_path=state.rejects_path if skip else None, now=services.clock(),
            actor=services.actor, vault=services.vault is not None), progress, services.vault)
    return transfer.import_roster(services, plan, progress=progress)  # a roster export


class ImportSteps(Protocol):
    """What a page asks of the import wizard it is on (ImportWizard is one)."""

    ctx: WindowContext
    services: Services
    state: ImportState
    settings: QSettings
    cancel_requested: threading.Event
    importing: bool
    session: ImportSession  # the process that checks a table and then writes it
    imported: SignalInstance

    def guess(self, kind: str, headers: list[str]) -> tuple[dict[str, str], bool]: ...

    def page(self, page_id: int) -> Any: ...

    def pageIds(self) -> list[int]: ...
