"""The import wizard's first two pages: which file, and which column is which field."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.importing.mapping import fields_for
from seatkeeper.services.importing.plan import REQUIRED
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.wizards.import_steps import (
    ImportSteps,
    kind_names,
    read_headers,
    remember_mapping,
)

NOT_IMPORTED = ""
WHY_STYLE = "color:#8a4b00"


CTX = "ImportWizard"


def field_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()  # addPage makes the wizard its parent
        self.w = wizard
        self.setTitle(tr(CTX, "Choose the file to import"))
        self.setSubTitle(tr(CTX, "A vendor portal's CSV or Excel export, Snipe-IT's licence CSV, "
                                 "or a Seatkeeper roster (JSON). Nothing is written until you "
                                 "have seen the preview."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(tr(CTX, "Path to a .csv, .xlsx or .json file"))
        browse = QPushButton(tr(CTX, "&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("importFormat")
        for key, text in (("auto", tr(CTX, "Detect from the file")), ("csv", tr(CTX, "CSV roster")),
                          ("xlsx", tr(CTX, "Excel workbook (XLSX)")),
                          ("snipeit", tr(CTX, "Snipe-IT licence CSV")),
                          ("json", tr(CTX, "Seatkeeper roster (JSON)"))):
            self.format_box.addItem(text, key)
        self.why = QLabel(self)
        self.why.setStyleSheet(WHY_STYLE)
        self.why.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(tr(CTX, "&File:"), self)
        file_label.setBuddy(self.path_edit)
        format_label = QLabel(tr(CTX, "F&ormat:"), self)
        format_label.setBuddy(self.format_box)
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(format_label)
        layout.addWidget(self.format_box)
        layout.addSpacing(8)
        layout.addWidget(self.why)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._changed)
        self.format_box.currentIndexChanged.connect(self._changed)
        self._changed()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr(CTX, "Import a roster file"), self.path_edit.text(),
            tr(CTX, "Roster files (*.csv *.xlsx *.xlsm *.ods *.json);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def _path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _changed(self) -> None:
        self.w.state.path = self._path()
        self.w.state.choice = str(self.format_box.currentData())
        self.completeChanged.emit()
        self.why.setText(self._why_not())

    def _why_not(self) -> str:
        path = self._path()
        if path is None:
            return tr(CTX, "Choose a file to go on.")
        # A stat is instant; reading the file waits for the next page's worker.
        if not path.is_file():
            return tr(CTX, "There is no file at that path.")
        return ""

    def isComplete(self) -> bool:
        return not self._why_not()

    def nextId(self) -> int:
        # A Seatkeeper roster has its own columns: no mapping to choose.
        if self.w.state.is_json():
            return self.w.pageIds()[2]
        return super().nextId()


class MappingPage(QWizardPage):
    """One combo box per field, guessed from the headers or remembered from last time."""

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()  # addPage makes the wizard its parent
        self.w = wizard
        self.setTitle(tr(CTX, "Match the columns"))
        self.setSubTitle(tr(CTX, "Which column of the file holds each field. Seatkeeper guessed "
                                 "from the column names; your choices are remembered for files "
                                 "with the same columns."))
        self.source = QLabel(self)
        self.source.setObjectName("mappingSource")
        self.source.setWordWrap(True)
        self.why = QLabel(self)
        self.why.setStyleSheet(WHY_STYLE)
        self.why.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setHorizontalSpacing(10)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.why)
        self.combos: dict[str, QComboBox] = {}
        self._loaded_for: tuple[object, ...] | None = None
        self._loading = False

    def initializePage(self) -> None:
        state = self.w.state
        key = (state.path, state.choice)
        if key == self._loaded_for:
            return
        self._clear()
        self._loading = True
        self.source.setText(tr(CTX, "Reading the column names…"))
        self.completeChanged.emit()
        path, choice = state.path, state.choice
        assert path is not None
        self.w.ctx.read(lambda: read_headers(path, choice), owner=self).success(
            lambda result: self._loaded(key, *result)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        known = isinstance(error, KnownError)
        self.source.setText(tr(CTX, "This file cannot be read: {error}",
                                    error=escape(error_text(error) if known
                                                 else tr(CTX, "unexpected error"))))
        self.completeChanged.emit()
        if not known:
            self.w.ctx.messages.fail(error)

    def _loaded(self, key: tuple[object, ...], kind: str, headers: list[str]) -> None:
        self._loading = False
        self._loaded_for = key
        state = self.w.state
        state.kind, state.headers = kind, headers
        mapping, remembered = self.w.guess(kind, headers)
        state.remembered = remembered
        how = (tr(CTX, "Using the mapping you chose last time for these columns.") if remembered
               else tr(CTX, "Guessed from the column names; check the ones marked “not imported”."))
        self.source.setText(tr(CTX, "<b>{kind}</b> · {count} columns · {how}",
                                    kind=kind_names()[kind], count=len(headers), how=how))
        required = set(REQUIRED[kind])
        for number, name in enumerate(fields_for(kind)):
            row, col = divmod(number, 2)
            text = field_label(name) + (" *" if name in required else "")
            label = QLabel(text, self.grid_host)
            combo = QComboBox(self.grid_host)
            combo.setObjectName(f"map_{name}")
            combo.addItem(tr(CTX, "— not imported —"), NOT_IMPORTED)
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(mapping.get(name, NOT_IMPORTED)), 0))
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            self.grid.addWidget(label, row, col * 2)
            self.grid.addWidget(combo, row, col * 2 + 1)
            self.combos[name] = combo
        self._changed()

    def _clear(self) -> None:
        self._loaded_for = None
        self.combos.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def mapping(self) -> dict[str, str]:
        return {name: str(combo.currentData()) for name, combo in self.combos.items()
                if combo.currentData()}

    def _changed(self) -> None:
        self.w.state.mapping = self.mapping()
        self.why.setText(self._why_not())
        self.completeChanged.emit()

    def _why_not(self) -> str:
        if self._loading or not self.combos:
            return ""
        missing = [field_label(f) for f in REQUIRED[self.w.state.kind]
                   if f not in self.w.state.mapping]
        if missing:
            return tr(CTX, "Choose the column for “{missing}” (marked *) to go on.",
                           missing=", ".join(missing))
        return ""

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._loading and not self._why_not()

    def validatePage(self) -> bool:
        state = self.w.state
        remember_mapping(self.w.settings, state.kind, state.headers, state.mapping)
        return True
