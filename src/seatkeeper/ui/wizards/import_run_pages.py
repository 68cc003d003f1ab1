"""The import wizard's last pages: stop-or-skip, and the import itself (the preview is in
import_preview_page)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.errors import KnownError
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.writer import ImportCancelled, ImportResult
from seatkeeper.services.people import SyncResult
from seatkeeper.ui.file_dialogs import remember_folder, start_path
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.tones import tint
from seatkeeper.ui.wizards.import_preview_page import section_counts, sync_lists
from seatkeeper.ui.wizards.import_steps import ImportSteps, run_import

CTX = "ImportWizard"


class ModePage(QWizardPage):
    """Stop on the first bad row, or import the good rows and save the rejected ones."""

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()  # addPage makes the wizard its parent
        self.w = wizard
        self.setTitle(tr(CTX, "How to import"))
        self.setSubTitle(tr(CTX, "What happens to rows that cannot be imported. Nothing is "
                                 "written before you press Import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr(CTX, "&Import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.stop = QRadioButton(tr(CTX, "&Stop at the first bad row: import nothing unless "
                                         "every row is good"), self)
        self.stop.setObjectName("modeStop")
        self.skip = QRadioButton(tr(CTX, "Import the &good rows and save the rejected rows to "
                                         "a file"), self)
        self.skip.setObjectName("modeSkip")
        group = QButtonGroup(self)
        group.addButton(self.stop)
        group.addButton(self.skip)
        self.rejects = QLineEdit(self)
        self.rejects.setObjectName("rejectsPath")
        self.rejects.setAccessibleName(tr(CTX, "File for the rejected rows"))
        self.choose = QPushButton(tr(CTX, "&Choose…"), self)
        self.choose.clicked.connect(self._choose)
        self.why = QLabel(self)
        tint(self.why, "warning")
        self.why.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.rejects, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self.stop)
        layout.addWidget(self.skip)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.why)
        layout.addStretch(1)
        for signal in (self.stop.toggled, self.skip.toggled, self.rejects.textChanged):
            signal.connect(self._changed)

    def initializePage(self) -> None:
        state = self.w.state
        plan = state.plan
        errors = 0 if plan is None else getattr(plan, "error_count", None) or len(plan.errors)
        json = isinstance(plan, JsonPlan)
        self.skip.setEnabled(bool(errors) and not json)
        if state.path is not None and not self.rejects.text():
            self.rejects.setText(str(state.path.with_name(state.path.stem + "-rejected.csv")))
        if not errors:
            self.summary.setText(tr(CTX, "Every row is good: all of them will be written in one "
                                         "step. This is the last step before the roster changes."))
            self.stop.setChecked(True)
        else:
            self.summary.setText(tr(CTX, "{n} row(s) cannot be imported. Choose what happens; "
                                            "either way, the rows are written in one step, and "
                                            "Cancel during the import leaves the roster as it "
                                            "was.", n=getattr(plan, "bad_rows", errors)))
            (self.skip if not self.stop.isChecked() and not json else self.stop).setChecked(True)
        self._changed()

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr(CTX, "Save the rejected rows"),
            self.rejects.text() or start_path("rejected-rows.csv"), tr(CTX, "CSV files (*.csv)"))
        if path:
            remember_folder(path)
            self.rejects.setText(path)

    def _changed(self) -> None:
        skip = self.skip.isChecked()
        self.rejects.setEnabled(skip)
        self.choose.setEnabled(skip)
        self.w.state.mode = "skip_bad" if skip else "stop"
        text = self.rejects.text().strip()
        self.w.state.rejects_path = Path(text).expanduser() if text else None
        self.why.setText(self._why_not())
        self.completeChanged.emit()

    def _why_not(self) -> str:
        if not self.skip.isChecked():
            return ""
        path = self.w.state.rejects_path
        if path is None:
            return tr(CTX, "Choose where to save the rejected rows.")
        if not path.parent.is_dir():
            return tr(CTX, "The folder for the rejected rows does not exist.")
        if path == self.w.state.path:
            return tr(CTX, "Save the rejected rows to a different file than the one imported.")
        return ""

    def isComplete(self) -> bool:
        return (self.stop.isChecked() or self.skip.isChecked()) and not self._why_not()


class RunPage(QWizardPage):
    """The import on the writer, with progress; the wizard's Cancel cancels it."""

    progressed = Signal(int, int)  # emitted on the worker, delivered queued

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()  # addPage makes the wizard its parent
        self.w = wizard
        self.setTitle(tr(CTX, "Importing"))
        self.setSubTitle(tr(CTX, "The rows are written in one transaction: all of them, or "
                                 "none."))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.status = QLabel(self)
        self.status.setObjectName("importResult")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.progressed.connect(self._progress)
        self.finished = False
        self.outcome: object = None

    def initializePage(self) -> None:
        self.finished, self.outcome = False, None
        # Cancel cancels the running import; once it has finished there is nothing to cancel.
        self.wizard().setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setTitle(tr(CTX, "Importing"))
        self.w.importing = True
        self.w.cancel_requested.clear()
        self.bar.setRange(0, 0)
        self.status.setText(tr(CTX, "Writing the rows in one transaction… Cancel leaves the "
                                    "roster as it was."))
        state, services, cancel = self.w.state, self.w.services, self.w.cancel_requested
        session = self.w.session

        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not cancel.is_set()

        self.w.ctx.write(lambda: Changed(run_import(state, services, session, progress),
                                         Changes.everything()), owner=self).success(
            self._done).failure(self._failed).run(initiator=self)

    def _progress(self, done: int, total: int) -> None:
        if self.w.importing:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)

    def cancelling(self) -> None:
        self.status.setText(tr(CTX, "Cancelling… the changes are being rolled back."))

    def _finish(self, text: str, outcome: object) -> None:
        self.setTitle(tr(CTX, "Import finished") if not isinstance(outcome, BaseException)
                      else tr(CTX, "Nothing was imported"))
        self.w.importing = False
        self.finished, self.outcome = True, outcome
        self.wizard().setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if not isinstance(outcome, BaseException) else 0)
        self.status.setText(text)
        self.completeChanged.emit()

    def _done(self, result: object) -> None:
        if isinstance(result, SyncResult):
            text = tr(CTX, "<p><b>Synced the directory ({people} people).</b></p><ul>"
                           "<li>{added} added, {updated} updated</li>"
                           "<li>{left} marked as left, {back} active again</li>"
                           "<li>{missing} seat holder(s) not in the file, kept</li></ul>",
                      people=result.people, added=len(result.added),
                      updated=len(result.updated), left=len(result.marked_left),
                      back=len(result.back), missing=len(result.not_in_file))
            text += f"<p>{sync_lists(result)}</p>"
        elif isinstance(result, ImportResult):
            text = tr(CTX, "<p><b>Imported {imported} row(s).</b></p><ul>"
                           "<li>Subscriptions: {subscriptions_added} added, "
                           "{subscriptions_updated} updated</li>"
                           "<li>Seats: {seats_added} added, {seats_updated} updated</li>"
                           "<li>People: {people_added} added</li>"
                           "<li>Devices: {devices_added} added, {devices_updated} updated</li>"
                           "</ul>",
                           imported=result.imported,
                           subscriptions_added=result.subscriptions_added,
                           subscriptions_updated=result.subscriptions_updated,
                           seats_added=result.seats_added, seats_updated=result.seats_updated,
                           people_added=result.people_added, devices_added=result.devices_added,
                           devices_updated=result.devices_updated)
            if result.product_keys_stored:
                text += tr(CTX, "<p>{n} product key(s) stored in the keyring.</p>",
                           n=result.product_keys_stored)
            if result.product_keys_skipped:
                text += tr(CTX, "<p>{n} product key(s) were not kept: no keyring is "
                                   "available.</p>", n=result.product_keys_skipped)
            if result.rejects_file:
                text += tr(CTX, "<p>{rejected} rejected row(s) saved to {rejects_file}.</p>",
                                rejected=result.rejected, rejects_file=escape(result.rejects_file))
        else:
            text = tr(CTX, "<b>Imported the roster file.</b> ") + section_counts(
                dict(result))  # type: ignore[call-overload]
        self._finish(text, result)
        self.w.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._finish(tr(CTX, "<b>Cancelled.</b> Nothing was imported; the roster is as it "
                                 "was."), error)
        elif isinstance(error, KnownError):
            self._finish(tr(CTX, "<b>Nothing was imported.</b> {error}",
                                 error=escape(error_text(error))), error)
        else:
            self._finish(tr(CTX, "<b>Nothing was imported.</b> An unexpected problem stopped "
                                 "the import."), error)
            self.w.ctx.messages.fail(error)

    def isComplete(self) -> bool:
        return self.finished
