"""File → Import… and File → Export…: the menu actions and the export run.

``install`` adds both actions to the window's File menu and keeps Import
disabled (saying why) while the roster is open read-only; exports only read,
so they work in a read-only review too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from seatkeeper.ui.messages import show_error

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services
    from seatkeeper.services.transfer import ExportRequest
    from seatkeeper.ui.dialogs.export_dialog import ExportDialog
    from seatkeeper.ui.main_window import MainWindow
    from seatkeeper.ui.wizards.import_wizard import ImportWizard

READ_ONLY_WHY = "The roster is open read-only for review; nothing can be imported into it."


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferActions", text)


def run_export(services: Services, request: ExportRequest) -> str:
    """The export itself (on a worker): returns what to tell the admin."""
    # Imported here, on the worker: the window's first paint does not wait for them.
    from seatkeeper.services import transfer

    result = transfer.export(services, request, render_pdf=_render_pdf)
    if result.fmt == "pdf":
        return _tr("Review report saved to %1 (%2 pages).").replace(
            "%1", str(request.path)).replace("%2", str(result.pages))
    if result.fmt == "html":
        return _tr("Review report saved to %1.").replace("%1", str(request.path))
    text = _tr("Exported to %1.").replace("%1", str(result.path))
    if request.include_secrets:
        text += _tr(" It holds passwords and product keys: keep it safe.")
    return text


def _render_pdf(html: str, path: Path) -> int:
    from seatkeeper.ui.pdf_report import html_to_pdf  # Qt's PDF writer: only for a PDF

    return html_to_pdf(html, path)


def install(window: MainWindow, menu: QMenu) -> None:
    """Add Import… (Ctrl+I) and Export… (Ctrl+E) to ``menu``.

    The window calls this before it is first shown; the dialogs are imported when used.
    """
    import_action = QAction(_tr("&Import…"), window)
    import_action.setObjectName("importAction")
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda _=False: open_import_wizard(window))
    export_action = QAction(_tr("&Export…"), window)
    export_action.setObjectName("exportAction")
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(lambda _=False: open_export(window))
    menu.addAction(import_action)
    menu.addAction(export_action)

    def update() -> None:
        services = window.services
        read_only = services is not None and services.read_only
        import_action.setEnabled(services is not None and not read_only)
        import_action.setToolTip(_tr(READ_ONLY_WHY) if read_only else "")
        import_action.setStatusTip(_tr(READ_ONLY_WHY) if read_only else "")
        export_action.setEnabled(services is not None)

    menu.setToolTipsVisible(True)
    window.roster_opened.connect(update)
    update()


def open_import_wizard(window: MainWindow) -> ImportWizard | None:
    from seatkeeper.ui.wizards.import_wizard import ImportWizard

    services = window.services
    if services is None:
        return None
    if services.read_only:
        window.banner.show_message(_tr(READ_ONLY_WHY), "warning")
        return None
    wizard = ImportWizard(window.runner, services, parent=window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda _result: window.refresh())
    wizard.open()
    return wizard


def open_export(window: MainWindow) -> ExportDialog | None:
    from seatkeeper.ui.dialogs.export_dialog import ExportDialog  # when used: see install

    services = window.services
    if services is None:
        return None
    dialog = ExportDialog(services.vault is not None, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: choose_path_and_export(window, dialog.fmt,
                                                           dialog.include_secrets,
                                                           dialog.days.value()))
    dialog.open()
    return dialog


def choose_path_and_export(window: MainWindow, fmt: str, include_secrets: bool,
                           days: int) -> None:
    from seatkeeper.ui.dialogs.export_dialog import FORMATS

    _label, file_filter, suffix = FORMATS[fmt]
    name, _chosen = QFileDialog.getSaveFileName(window, _tr("Export to"),
                                                f"seatkeeper-export{suffix}", _tr(file_filter))
    if not name:
        return
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(suffix)
    if include_secrets:
        answer = QMessageBox.warning(
            window, _tr("Export secrets?"),
            _tr("The file will hold every stored password and product key in plain text. "
                "Anyone who gets the file can sign in as your users.\n\nExport the secrets "
                "to %1?").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
    from seatkeeper.services.transfer import ExportRequest

    start_export(window, ExportRequest(fmt, path, include_secrets, days))


def start_export(window: MainWindow, request: ExportRequest) -> QProgressDialog:
    """Run the export on a worker behind a busy progress dialog."""
    services = window.services
    assert services is not None
    progress = QProgressDialog(_tr("Exporting to %1…").replace("%1", request.path.name),
                               "", 0, 0, window)
    progress.setObjectName("exportProgress")
    progress.setCancelButton(None)  # an export writes only its own file; it finishes quickly
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def done(text: str) -> None:
        progress.reset()
        progress.deleteLater()
        window.banner.show_message(text, "info", seconds=15)
        window.statusBar().showMessage(text, 15_000)

    def failed(error: BaseException) -> None:
        progress.reset()
        progress.deleteLater()
        show_error(window, error, _tr("Export failed"))

    window.runner.run(lambda: run_export(services, request), done, failed)
    return progress
