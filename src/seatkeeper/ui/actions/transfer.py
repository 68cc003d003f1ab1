"""File → Import… and File → Export…: the menu actions and the export run.

Import is disabled (saying why) while the roster is open read-only; exports
only read, so they work in a read-only review too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from seatkeeper.ui.actions.registry import Menu, Placed, action_group, follow_roster, make_action
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.file_dialogs import remember_folder, start_path
from seatkeeper.ui.i18n import report_wording, tr

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services
    from seatkeeper.services.forecast import Forecast
    from seatkeeper.services.transfer import ExportRequest
    from seatkeeper.ui.dialogs.export_dialog import ExportDialog
    from seatkeeper.ui.wizards.import_wizard import ImportWizard

READ_ONLY_WHY = "The roster is open read-only for review; nothing can be imported into it."


CTX = "TransferActions"


def run_export(services: Services, request: ExportRequest) -> str:
    """The export itself (on a worker): returns what to tell the admin."""
    # Imported here, on the worker: the window's first paint does not wait for them.
    from seatkeeper.services import transfer

    result = transfer.export(services, request, render_pdf=_render_pdf)
    if result.fmt == "pdf":
        return tr(CTX, "Review report saved to {path} ({pages} pages).", path=str(request.path),
                  pages=result.pages)
    if result.fmt == "html":
        return tr(CTX, "Review report saved to {path}.", path=str(request.path))
    text = tr(CTX, "Exported to {path}.", path=str(result.path))
    if request.include_secrets:
        text += tr(CTX, " It holds passwords and product keys: keep it safe.")
    return text


def _render_pdf(html: str, path: Path, *, forecast: Forecast | None = None) -> int:
    from seatkeeper.ui.pdf_report import html_to_pdf  # imported by start_export already

    return html_to_pdf(html, path, forecast=forecast)


@action_group
def transfer_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    """Import… (Ctrl+I) and Export… (Ctrl+E); the dialogs are imported when used."""
    import_action = make_action(parent, "importAction", tr(CTX, "&Import…"),
                                lambda: open_import_wizard(ctx), "Ctrl+I")
    export_action = make_action(parent, "exportAction", tr(CTX, "&Export…"),
                                lambda: open_export(ctx), "Ctrl+E")
    follow_roster(ctx, import_action, writes=True, why_read_only=lambda: tr(CTX, READ_ONLY_WHY))
    follow_roster(ctx, export_action, writes=False)
    return [Placed("importAction", import_action, Menu.FILE, 40, separator_before=True),
            Placed("exportAction", export_action, Menu.FILE, 50)]


def open_import_wizard(ctx: WindowContext) -> ImportWizard | None:
    from seatkeeper.ui.wizards.import_wizard import ImportWizard

    services = ctx.services
    if services is None:
        return None
    refusal = edit_refusal(services, lambda: tr(CTX, READ_ONLY_WHY))
    if refusal:
        ctx.messages.warn(refusal)
        return None
    wizard = ImportWizard(ctx, services, parent=ctx.window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def open_export(ctx: WindowContext) -> ExportDialog | None:
    from seatkeeper.ui.dialogs.export_dialog import ExportDialog  # when used

    services = ctx.services
    if services is None:
        return None
    dialog = ExportDialog(services.vault is not None, ctx.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: choose_path_and_export(ctx, dialog.fmt,
                                                           dialog.include_secrets,
                                                           dialog.days.value()))
    dialog.open()
    return dialog


def choose_path_and_export(ctx: WindowContext, fmt: str, include_secrets: bool,
                           days: int) -> None:
    from seatkeeper.ui.dialogs.export_dialog import formats

    _label, file_filter, suffix = formats()[fmt]
    name, _chosen = QFileDialog.getSaveFileName(ctx.window, tr(CTX, "Export to"),
                                                start_path(f"seatkeeper-export{suffix}"),
                                                file_filter)
    if not name:
        return
    remember_folder(name)
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(suffix)
    if include_secrets:
        answer = QMessageBox.warning(
            ctx.window, tr(CTX, "Export secrets?"),
            tr(CTX, "The file will hold every stored password and product key in plain text. "
                    "Anyone who gets the file can sign in as your users.\n\nExport the secrets "
                    "to {path}?", path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
    from seatkeeper.services.transfer import ExportRequest
    from seatkeeper.ui.wizards.import_steps import default_locale

    # A CSV is written for Excel in the system's locale (issue 15), as the CLI does; the
    # report in the window's language and formats (issue 14).
    start_export(ctx, ExportRequest(fmt, path, include_secrets, days, default_locale(),
                                    report_wording()))


def start_export(ctx: WindowContext, request: ExportRequest) -> QProgressDialog:
    """Run the export on a worker behind a busy progress dialog."""
    services = ctx.services
    assert services is not None
    if request.fmt == "pdf":
        # Its Qt types are made here, on the GUI thread, before the worker paints with
        # them: PySide makes a Qt class's Python type when it is first imported, and
        # made in a worker it can crash the window (see ui/startup.py, WINDOW_MODULES).
        import seatkeeper.ui.pdf_report  # noqa: F401
    progress = QProgressDialog(tr(CTX, "Exporting to {path}…", path=request.path.name),
                               "", 0, 0, ctx.window)
    progress.setObjectName("exportProgress")
    progress.setCancelButton(None)  # an export writes only its own file; it finishes quickly
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def done(text: str) -> None:
        progress.reset()
        progress.deleteLater()
        ctx.messages.say(text, 15)
        ctx.messages.show_status(text, 15_000)

    def failed(error: BaseException) -> None:
        progress.reset()
        progress.deleteLater()
        ctx.messages.fail(error, tr(CTX, "Export failed"))

    ctx.read(lambda: run_export(services, request)).success(done).failure(failed).run()
    return progress
