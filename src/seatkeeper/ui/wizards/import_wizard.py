"""The import wizard: file -> column mapping -> dry-run preview -> mode -> import.

Its pages are in import_pages, import_preview_page and import_run_pages; what they share, and the
work they hand to workers, in import_steps.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget, QWizard

from seatkeeper.services.bundle import Services
from seatkeeper.services.importing import guess_mapping
from seatkeeper.services.importing.session import ImportSession
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.tasks import back_into_collections
from seatkeeper.ui.wizards import import_pages, import_preview_page, import_run_pages
from seatkeeper.ui.wizards.common import setup_wizard
from seatkeeper.ui.wizards.import_steps import (
    ImportState,
    remembered_mapping,
    settings_factory,
)

CTX = "ImportWizard"  # the pages' context: the translation tooling reads it from here


class ImportWizard(QWizard):
    """Bring a roster file in; ``imported`` fires after anything was written."""

    imported = Signal(object)

    def __init__(self, ctx: WindowContext, services: Services,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.settings = settings if settings is not None else settings_factory()
        self.state = ImportState()
        self.cancel_requested = threading.Event()
        self.importing = False
        self.session = ImportSession()  # its process starts with the first table's check
        self.setObjectName("importWizard")
        self.setWindowTitle(tr(CTX, "Import a roster file"))
        setup_wizard(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = import_pages.FilePage(self)
        self.mapping_page = import_pages.MappingPage(self)
        self.preview_page = import_preview_page.PreviewPage(self)
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

    def done(self, result: int) -> None:
        # The checked plan goes, with the process that holds a table's (a check still
        # running stops at once); the rest is collected as before.
        self.state.plan = None
        self.session.close()
        self.session = ImportSession()
        back_into_collections()
        super().done(result)

    def reject(self) -> None:
        # While rows are being written, Cancel (and Escape) cancel the import; the
        # wizard closes once the roll-back is done.
        if self.importing:
            self.cancel_requested.set()
            self.run_page.cancelling()
            return
        super().reject()
