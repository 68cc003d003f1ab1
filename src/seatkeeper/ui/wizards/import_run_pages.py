"""The import wizard's last pages: dry-run preview, stop-or-skip, the import itself."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.errors import KnownError
from seatkeeper.services.importing.json_roster import JsonPlan
from seatkeeper.services.importing.writer import ImportCancelled, ImportResult
from seatkeeper.ui.i18n import error_text
from seatkeeper.ui.wizards.import_pages import WHY_STYLE
from seatkeeper.ui.wizards.import_wizard import dry_run, run_import

if TYPE_CHECKING:
    from seatkeeper.ui.wizards.import_wizard import ImportWizard


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _n(text: str, count: int) -> str:
    return text.replace("%n", f"{count:,}")


class PreviewPage(QWizardPage):
    """Every bad row (row, column, value, reason) before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(_tr("Check the rows"))
        self.setSubTitle(_tr("A dry run: every row was read and checked; nothing has been "
                             "written yet."))
        self.counts = QLabel(self)
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("previewErrors")
        self.table.setHorizontalHeaderLabels([_tr("Row"), _tr("Column"), _tr("Value"),
                                              _tr("Why it cannot be imported")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((56, 150, 170)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.why = QLabel(self)
        self.why.setStyleSheet(WHY_STYLE)
        self.why.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        self._key: tuple[Any, ...] | None = None
        self._loading = False

    def initializePage(self) -> None:
        state = self.w.state
        if state.is_json():
            state.kind = "json"
        key = (state.path, state.kind, tuple(sorted(state.mapping.items())))
        if key == self._key and state.plan is not None:
            return
        self._key, state.plan, self._loading = key, None, True
        self.table.setRowCount(0)
        self.counts.setText(_tr("Checking every row…"))
        self.why.clear()
        self.completeChanged.emit()
        services = self.w.services
        self.w.ctx.read(lambda: dry_run(state, services), owner=self).success(
            lambda plan: self._show(key, plan)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._key = None
        if not isinstance(error, KnownError):
            self.counts.setText(_tr("The check stopped on an unexpected problem."))
            self.w.ctx.messages.fail(error)
            return
        self.counts.setText(_tr("The file cannot be imported: %1")
                            .replace("%1", escape(error_text(error))))
        self.completeChanged.emit()

    def _show(self, key: tuple[Any, ...], plan: Any) -> None:
        if key != self._key:
            return
        self._loading = False
        self.w.state.plan = plan
        self.table.setRowCount(len(plan.errors))
        for row, error in enumerate(plan.errors):
            for column, value in enumerate((str(error.line), error.column or _tr("(row)"),
                                            error.value, error.reason)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if isinstance(plan, JsonPlan):
            total = sum(plan.counts().values())
            text = _n(_tr("A Seatkeeper roster with %n items"), total)
            text += "; " + ", ".join(f"{v} {k}" for k, v in plan.counts().items() if v)
            text += "." if not plan.errors else _n(_tr(" — %n problem(s) listed below."),
                                                   len(plan.errors))
        else:
            text = _tr("<b>%1 rows read:</b> %2 can be imported, %3 cannot "
                       "(%4 problems, listed below).").replace("%1", f"{plan.total:,}") \
                .replace("%2", f"{plan.good_rows:,}").replace("%3", f"{plan.bad_rows:,}") \
                .replace("%4", f"{len(plan.errors):,}")
            if not plan.errors:
                text = _n(_tr("<b>%n rows read:</b> every one can be imported."), plan.total)
        self.counts.setText(text)
        self.why.setText(self._why_not())
        self.completeChanged.emit()

    def _why_not(self) -> str:
        plan = self.w.state.plan
        if plan is None:
            return ""
        if isinstance(plan, JsonPlan) and plan.errors:
            return _tr("A Seatkeeper roster file is imported whole or not at all; fix the "
                       "problems above and choose the file again.")
        if not isinstance(plan, JsonPlan) and plan.good_rows == 0:
            return _tr("No row can be imported. Check the column matches (Back) or the file.")
        return ""

    def isComplete(self) -> bool:
        return self.w.state.plan is not None and not self._loading and not self._why_not()


class ModePage(QWizardPage):
    """Stop on the first bad row, or import the good rows and save the rejected ones."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(_tr("How to import"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.stop = QRadioButton(_tr("&Stop at the first bad row: import nothing unless "
                                     "every row is good"), self)
        self.stop.setObjectName("modeStop")
        self.skip = QRadioButton(_tr("Import the &good rows and save the rejected rows to "
                                     "a file"), self)
        self.skip.setObjectName("modeSkip")
        group = QButtonGroup(self)
        group.addButton(self.stop)
        group.addButton(self.skip)
        self.rejects = QLineEdit(self)
        self.rejects.setObjectName("rejectsPath")
        self.choose = QPushButton(_tr("&Choose…"), self)
        self.choose.clicked.connect(self._choose)
        self.why = QLabel(self)
        self.why.setStyleSheet(WHY_STYLE)
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
        errors = len(plan.errors) if plan is not None else 0
        json = isinstance(plan, JsonPlan)
        self.skip.setEnabled(bool(errors) and not json)
        if state.path is not None and not self.rejects.text():
            self.rejects.setText(str(state.path.with_name(state.path.stem + "-rejected.csv")))
        if not errors:
            self.summary.setText(_tr("Every row is good: all of them will be written in one "
                                     "step. This is the last step before the roster changes."))
            self.stop.setChecked(True)
        else:
            self.summary.setText(_n(_tr("%n row(s) cannot be imported. Choose what happens; "
                                        "either way, the rows are written in one step, and "
                                        "Cancel during the import leaves the roster as it "
                                        "was."), getattr(plan, "bad_rows", errors)))
            (self.skip if not self.stop.isChecked() and not json else self.stop).setChecked(True)
        self._changed()

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save the rejected rows"), self.rejects.text(), _tr("CSV files (*.csv)"))
        if path:
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
            return _tr("Choose where to save the rejected rows.")
        if not path.parent.is_dir():
            return _tr("The folder for the rejected rows does not exist.")
        if path == self.w.state.path:
            return _tr("Save the rejected rows to a different file than the one imported.")
        return ""

    def isComplete(self) -> bool:
        return (self.stop.isChecked() or self.skip.isChecked()) and not self._why_not()


class RunPage(QWizardPage):
    """The import on the writer, with progress; the wizard's Cancel cancels it."""

    progressed = Signal(int, int)  # emitted on the worker, delivered queued

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(_tr("Importing"))
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
        self.setTitle(_tr("Importing"))
        self.w.importing = True
        self.w.cancel_requested.clear()
        self.bar.setRange(0, 0)
        self.status.setText(_tr("Writing the rows in one transaction… Cancel leaves the "
                                "roster as it was."))
        state, services, cancel = self.w.state, self.w.services, self.w.cancel_requested

        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not cancel.is_set()

        self.w.ctx.write(lambda: Changed(run_import(state, services, progress),
                                         Changes.everything()), owner=self).success(
            self._done).failure(self._failed).run(initiator=self)

    def _progress(self, done: int, total: int) -> None:
        if self.w.importing:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)

    def cancelling(self) -> None:
        self.status.setText(_tr("Cancelling… the changes are being rolled back."))

    def _finish(self, text: str, outcome: object) -> None:
        self.setTitle(_tr("Import finished") if not isinstance(outcome, BaseException)
                      else _tr("Nothing was imported"))
        self.w.importing = False
        self.finished, self.outcome = True, outcome
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if not isinstance(outcome, BaseException) else 0)
        self.status.setText(text)
        self.completeChanged.emit()

    def _done(self, result: object) -> None:
        if isinstance(result, ImportResult):
            text = _tr("<p><b>Imported %1 row(s).</b></p><ul>"
                       "<li>Subscriptions: %2 added, %3 updated</li>"
                       "<li>Seats: %4 added, %5 updated</li><li>People: %6 added</li>"
                       "<li>Devices: %7 added, %8 updated</li></ul>") \
                .replace("%1", str(result.imported)) \
                .replace("%2", str(result.subscriptions_added)) \
                .replace("%3", str(result.subscriptions_updated)) \
                .replace("%4", str(result.seats_added)).replace("%5", str(result.seats_updated)) \
                .replace("%6", str(result.people_added)) \
                .replace("%7", str(result.devices_added)) \
                .replace("%8", str(result.devices_updated))
            if result.product_keys_stored:
                text += _n(_tr("<p>%n product key(s) stored in the keyring.</p>"),
                           result.product_keys_stored)
            if result.product_keys_skipped:
                text += _n(_tr("<p>%n product key(s) were not kept: no keyring is available.</p>"),
                           result.product_keys_skipped)
            if result.rejects_file:
                text += _tr("<p>%1 rejected row(s) saved to %2.</p>").replace(
                    "%1", str(result.rejected)).replace("%2", escape(result.rejects_file))
        else:
            text = _tr("<b>Imported the roster file.</b> ") + ", ".join(
                f"{v} {k}" for k, v in dict(result).items() if v)  # type: ignore[call-overload]
        self._finish(text, result)
        self.w.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._finish(_tr("<b>Cancelled.</b> Nothing was imported; the roster is as it "
                             "was."), error)
        elif isinstance(error, KnownError):
            self._finish(_tr("<b>Nothing was imported.</b> %1")
                         .replace("%1", escape(error_text(error))), error)
        else:
            self._finish(_tr("<b>Nothing was imported.</b> An unexpected problem stopped "
                             "the import."), error)
            self.w.ctx.messages.fail(error)

    def isComplete(self) -> bool:
        return self.finished
