"""The import wizard: file -> column mapping -> dry-run preview -> mode -> import.

The pages own no rules: reading, mapping guesses, the dry run and the write
are the importing services', each run on a worker. What the wizard keeps is
the admin's choices (``ImportState``) and their column mappings, remembered
per set of headers in QSettings.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget, QWizard

from seatkeeper.services import transfer
from seatkeeper.services.bundle import Services
from seatkeeper.services.importing import guess_mapping
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.mapping import fields_for
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr

# What the admin may pick on the first page; "auto" looks at the name and headers.
CHOICES = (transfer.AUTO, *transfer.IMPORT_FORMATS)
KIND_NAMES = {"generic": "CSV/XLSX roster", "snipeit": "Snipe-IT licence CSV",
              "json": "Seatkeeper roster (JSON)"}


CTX = "ImportWizard"


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


class ImportWizard(QWizard):
    """Bring a roster file in; ``imported`` fires after anything was written."""

    imported = Signal(object)

    def __init__(self, ctx: WindowContext, services: Services,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from seatkeeper.ui.wizards import import_pages, import_run_pages

        self.ctx, self.services = ctx, services
        self.settings = settings if settings is not None else settings_factory()
        self.state = ImportState()
        self.cancel_requested = threading.Event()
        self.importing = False
        self.setObjectName("importWizard")
        self.setWindowTitle(tr(CTX, "Import a roster file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = import_pages.FilePage(self)
        self.mapping_page = import_pages.MappingPage(self)
        self.preview_page = import_run_pages.PreviewPage(self)
        self.mode_page = import_run_pages.ModePage(self)
        self.run_page = import_run_pages.RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.mode_page,
                     self.run_page):
            self.addPage(page)
        self.resize(820, 640)

    def guess(self, kind: str, headers: list[str]) -> tuple[dict[str, str], bool]:
        """The remembered mapping for these headers, else the services' guess."""
        remembered = remembered_mapping(self.settings, kind, headers)
        if remembered:
            return remembered, True
        return guess_mapping(headers, kind), False

    def reject(self) -> None:
        # While rows are being written, Cancel (and Escape) cancel the import; the
        # wizard closes once the roll-back is done.
        if self.importing:
            self.cancel_requested.set()
            self.run_page.cancelling()
            return
        super().reject()
