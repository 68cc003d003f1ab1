"""The import wizard's first two pages: which file, and which column is which field.

The file page also takes a CSV's encoding (detected unless chosen); the mapping
page shows how the file was read (its encoding and first lines) and takes the
file's locale, which decides how its amounts and dates read; both the mapping
and the locale are remembered for files with the same columns.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
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
from seatkeeper.domain.locale_values import LOCALES
from seatkeeper.services.importing.mapping import fields_for
from seatkeeper.services.importing.plan import REQUIRED
from seatkeeper.ui.file_dialogs import remember_folder, start_path
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.tones import tint
from seatkeeper.ui.wizards.import_steps import (
    DIRECTORY_KINDS,
    Headers,
    ImportSteps,
    default_locale,
    kind_names,
    read_headers,
    remember_mapping,
    remembered_locale,
)

NOT_IMPORTED = ""


CTX = "ImportWizard"


ENCODINGS = ("utf-8", "utf-16", "cp1252", "iso8859-15", "latin-1", "cp850", "cp865",
             "mac-roman")


def field_labels() -> dict[str, str]:
    """Each importable field's label, in the admin's language."""
    return {
        "subscription": tr(CTX, "Subscription"), "subscription_key": tr(CTX, "Subscription ID"),
        "vendor": tr(CTX, "Vendor"), "owner_email": tr(CTX, "Account owner"),
        "kind": tr(CTX, "Kind"), "channel": tr(CTX, "Billing channel"),
        "currency": tr(CTX, "Currency"), "monthly_price": tr(CTX, "Monthly price per seat"),
        "price": tr(CTX, "Price as stated"), "price_basis": tr(CTX, "Price buys"),
        "price_months": tr(CTX, "Price covers (months)"),
        "plan_months": tr(CTX, "Plan length (months)"), "period_start": tr(CTX, "Period start"),
        "renewal_date": tr(CTX, "Renewal date"), "auto_renew": tr(CTX, "Renews automatically"),
        "status": tr(CTX, "Status"), "seat_limit": tr(CTX, "Seats"),
        "devices_per_seat": tr(CTX, "Devices per seat"), "licence_id": tr(CTX, "Seat ID"),
        "notice_days": tr(CTX, "Notice period (days)"),
        "holder_name": tr(CTX, "Holder"), "holder_email": tr(CTX, "Holder e-mail"),
        "renew": tr(CTX, "Seat renews"), "device_name": tr(CTX, "Device"),
        "device_platform": tr(CTX, "Device platform"), "device_region": tr(CTX, "Device region"),
        "device_key": tr(CTX, "Device ID"),
        # Snipe-IT's columns
        "full_name": tr(CTX, "Full name"), "first_name": tr(CTX, "First name"),
        "last_name": tr(CTX, "Last name"), "email": tr(CTX, "E-mail"),
        "username": tr(CTX, "Username"), "item_name": tr(CTX, "Item name"),
        "serial": tr(CTX, "Serial number"), "category": tr(CTX, "Category"),
        "manufacturer": tr(CTX, "Manufacturer"), "purchase_date": tr(CTX, "Purchase date"),
        "purchase_cost": tr(CTX, "Purchase cost"), "purchase_order": tr(CTX, "Purchase order"),
        "order_number": tr(CTX, "Order number"), "licensed_to_name": tr(CTX, "Licensed to name"),
        "licensed_to_email": tr(CTX, "Licensed to e-mail"),
        "expiration_date": tr(CTX, "Expiration date"), "maintained": tr(CTX, "Maintained"),
        "reassignable": tr(CTX, "Reassignable"), "seats": tr(CTX, "Seats"),
        "company": tr(CTX, "Company"),
        "supplier": tr(CTX, "Supplier"), "notes": tr(CTX, "Notes"),
        # a directory's people (issue 20)
        "name": tr(CTX, "Name"), "sign_in": tr(CTX, "Sign-in name"),
        "department": tr(CTX, "Department"), "cost_centre": tr(CTX, "Cost centre"),
        "directory_id": tr(CTX, "Directory id"),
    }


def field_label(name: str) -> str:
    return field_labels().get(name) or name.replace("_", " ").capitalize()


def locale_names() -> list[tuple[str, str]]:
    """(tag, what the admin reads) of each locale a file may be in."""
    found = []
    for tag, loc in LOCALES.items():
        here = QLocale(tag.replace("-", "_"))
        found.append((tag, f"{tag} · {here.nativeLanguageName()} ({here.nativeTerritoryName()})"
                      f" · {loc.example()} · {loc.currency}"))
    return found


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
                          ("json", tr(CTX, "Seatkeeper roster (JSON)")),
                          ("directory:entra",
                           tr(CTX, "Directory (people): Entra ID “Download users” CSV")),
                          ("directory:google",
                           tr(CTX, "Directory (people): Google Workspace user download CSV")),
                          ("directory:csv",
                           tr(CTX, "Directory (people): CSV with name, e-mail, department, "
                                   "status"))):
            self.format_box.addItem(text, key)
        self.encoding_box = QComboBox(self)
        self.encoding_box.setObjectName("importEncoding")
        self.encoding_box.addItem(tr(CTX, "Detect from the file"), "")
        for name in ENCODINGS:
            self.encoding_box.addItem(name, name)
        self.why = QLabel(self)
        tint(self.why, "warning")
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
        encoding_label = QLabel(tr(CTX, "&Encoding of a CSV file:"), self)
        encoding_label.setBuddy(self.encoding_box)
        layout.addWidget(encoding_label)
        layout.addWidget(self.encoding_box)
        layout.addSpacing(8)
        layout.addWidget(self.why)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._changed)
        self.format_box.currentIndexChanged.connect(self._changed)
        self.encoding_box.currentIndexChanged.connect(self._changed)
        self._changed()

    def choose_format(self, key: str) -> None:
        """Start on this format (the People screen's "Import directory…")."""
        self.format_box.setCurrentIndex(max(self.format_box.findData(key), 0))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr(CTX, "Import a roster file"), self.path_edit.text() or start_path(),
            tr(CTX, "Roster files (*.csv *.xlsx *.xlsm *.ods *.json);;All files (*)"))
        if path:
            remember_folder(path)
            self.path_edit.setText(path)

    def _path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _changed(self) -> None:
        self.w.state.path = self._path()
        self.w.state.choice = str(self.format_box.currentData())
        self.w.state.encoding = str(self.encoding_box.currentData()) or None
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


OWNER_KEY = "import/owner_email"  # the owner e-mail given last time, offered again


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
        self.read_as = QLabel(self)
        self.read_as.setObjectName("mappingReadAs")
        self.read_as.setWordWrap(True)
        self.read_as.setTextFormat(Qt.TextFormat.RichText)
        self.locale_box = QComboBox(self)
        self.locale_box.setObjectName("importLocale")
        for tag, text in locale_names():
            self.locale_box.addItem(text, tag)
        self.locale_box.currentIndexChanged.connect(self._locale_changed)
        self.locale_label = locale_label = QLabel(
            tr(CTX, "Amounts and dates are written as in:"), self)
        locale_label.setBuddy(self.locale_box)
        locale_row = QHBoxLayout()
        locale_row.addWidget(locale_label)
        locale_row.addWidget(self.locale_box, 1)
        # Asked once: the vendor account owner of rows that name none (never made up).
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("importOwner")
        self.owner_edit.setPlaceholderText(tr(CTX, "it@example.com"))
        self.owner_edit.textChanged.connect(self._owner_changed)
        self.owner_label = QLabel(tr(CTX, "Account owner e-mail, for rows that name none:"),
                                  self)
        self.owner_label.setBuddy(self.owner_edit)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_label)
        owner_row.addWidget(self.owner_edit, 1)
        self.why = QLabel(self)
        tint(self.why, "warning")
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
        layout.addWidget(self.read_as)
        layout.addLayout(locale_row)
        layout.addLayout(owner_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.why)
        self.combos: dict[str, QComboBox] = {}
        self._loaded_for: tuple[object, ...] | None = None
        self._loading = False

    def initializePage(self) -> None:
        state = self.w.state
        key = (state.path, state.choice, state.encoding)
        if key == self._loaded_for:
            return
        self._clear()
        self._loading = True
        self.source.setText(tr(CTX, "Reading the column names…"))
        self.completeChanged.emit()
        path, choice, encoding = state.path, state.choice, state.encoding
        assert path is not None
        self.w.ctx.read(lambda: read_headers(path, choice, encoding), owner=self).success(
            lambda result: self._loaded(key, result)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        known = isinstance(error, KnownError)
        self.source.setText(tr(CTX, "This file cannot be read: {error}",
                                    error=escape(error_text(error) if known
                                                 else tr(CTX, "unexpected error"))))
        self.completeChanged.emit()
        if not known:
            self.w.ctx.messages.fail(error)

    def _loaded(self, key: tuple[object, ...], found: Headers) -> None:
        self._loading = False
        self._loaded_for = key
        state = self.w.state
        kind, headers = found.kind, found.headers
        state.kind, state.headers = kind, headers
        state.detected, state.sample = found.encoding, found.sample
        self._show_read_as(found)
        # A directory's people have no amounts, dates or vendor account to ask about.
        for widget in (self.locale_label, self.locale_box, self.owner_label, self.owner_edit):
            widget.setVisible(kind not in DIRECTORY_KINDS)
        tag = remembered_locale(self.w.settings, kind, headers) or state.locale \
            or default_locale()
        self.locale_box.setCurrentIndex(max(self.locale_box.findData(tag), 0))
        state.locale = str(self.locale_box.currentData())
        mapping, remembered = self.w.guess(kind, headers)
        state.remembered = remembered
        how = (tr(CTX, "Using the mapping you chose last time for these columns.") if remembered
               else tr(CTX, "Guessed from the column names; check the ones marked “not imported”."))
        self.source.setText(tr(CTX, "<b>{kind}</b> · {count} columns · {how}",
                                    kind=kind_names()[kind], count=len(headers), how=how))
        required = set(REQUIRED[kind])
        labels = field_labels()
        for number, name in enumerate(fields_for(kind)):
            row, col = divmod(number, 2)
            text = labels.get(name, name) + (" *" if name in required else "")
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
        # A short list (a directory's fields) stays at the top instead of spreading out.
        rows = (len(self.combos) + 1) // 2
        for row in range(self.grid.rowCount() + 1):
            self.grid.setRowStretch(row, 1 if row == rows else 0)
        if not self.owner_edit.text():
            remembered_owner = self.w.settings.value(OWNER_KEY)
            if isinstance(remembered_owner, str):
                self.owner_edit.setText(remembered_owner)
        self._changed()

    def _show_read_as(self, found: Headers) -> None:
        if found.encoding is None:
            self.read_as.setText(tr(CTX, "A workbook: its numbers and dates are read as typed."))
            return
        how = tr(CTX, "detected") if found.detected else tr(CTX, "as you chose")
        lines = "<br>".join(escape(line if len(line) <= 110 else line[:109] + "…")
                            for line in found.sample[:2])
        self.read_as.setText(tr(CTX, "Read as {encoding} ({how}); its first lines:",
                                encoding=found.encoding, how=how)
                             + f"<br><tt>{lines}</tt>")

    def _locale_changed(self) -> None:
        self.w.state.locale = str(self.locale_box.currentData())

    def _owner_changed(self) -> None:
        self.w.state.owner_email = self.owner_edit.text().strip()
        self.why.setText(self._why_not())
        self.completeChanged.emit()

    def needs_owner(self) -> bool:
        """Snipe-IT names no account owner; a generic file may not have the column."""
        state = self.w.state
        if state.kind in DIRECTORY_KINDS:  # people, not subscriptions: no account
            return False
        return state.kind == "snipeit" or "owner_email" not in state.mapping

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
        if self.needs_owner() and "@" not in self.w.state.owner_email:
            return tr(CTX, "Give the account owner's e-mail address to go on: the file "
                           "does not name one.")
        return ""

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._loading and not self._why_not()

    def validatePage(self) -> bool:
        state = self.w.state
        remember_mapping(self.w.settings, state.kind, state.headers, state.mapping,
                         state.locale)
        if state.owner_email:
            self.w.settings.setValue(OWNER_KEY, state.owner_email)
        return True
