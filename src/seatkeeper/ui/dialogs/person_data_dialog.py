"""A person's data, by e-mail: export it (an access request) or erase it (GDPR, issue 19).

Both look the person up on a worker. The erase dialog first shows what will go,
counted; its destructive button is enabled only once the e-mail address is typed
a second time, and the dialog says that an erasure cannot be undone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.bundle import Services
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.file_dialogs import remember_folder, start_path
from seatkeeper.ui.i18n import error_text, tr
from seatkeeper.ui.tones import tone
from seatkeeper.ui.widgets.forms import Busy, ReasonLabel, named

CTX = "PersonDataDialog"


def count_lines(counts: dict[str, int]) -> list[str]:
    """What an erasure takes out, one translated line a kind that it touches."""
    texts: dict[str, Callable[[int], str]] = {
        "people": lambda _n: tr(CTX, "The person's record (name and e-mail address)"),
        "seats": lambda n: tr(CTX, "{count} seat(s) released", count=n),
        "seat_history": lambda n: tr(CTX, "{count} row(s) of seat history", count=n),
        "devices_disconnected": lambda n: tr(CTX, "{count} device(s) disconnected from their "
                                                  "seats", count=n),
        "devices_renamed": lambda n: tr(CTX, "{count} device(s) named after them renamed",
                                        count=n),
        "deliveries": lambda n: tr(CTX, "{n} deliveries to them", n=n),
        "review_decisions": lambda n: tr(CTX, "{count} review decision(s)", count=n),
        "sign_offs": lambda n: tr(CTX, "{count} sign-off(s) in their name", count=n),
        "review_undo": lambda n: tr(CTX, "{count} undo record(s) of a review", count=n),
        "reminder_answers": lambda n: tr(CTX, "{count} reminder answer(s) and notice(s)",
                                         count=n),
        "licence_registrations": lambda n: tr(CTX, "{count} licence registration(s)",
                                              count=n),
        "audit_events": lambda n: tr(CTX, "{count} audit event(s) rewritten without their "
                                          "data (the log still verifies)", count=n),
    }
    return [text(counts[key]) for key, text in texts.items() if counts.get(key)]


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold() and bool(a.strip())


class _PersonDialog(QDialog):
    """The e-mail field, a reason line and a button box; subclasses add their part."""

    def __init__(self, ctx: WindowContext, services: Services, title: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.setWindowTitle(title)
        self.email = named(QLineEdit(self), "personEmail")
        self.email.setPlaceholderText(tr(CTX, "name@example.com"))
        self.email.setMinimumWidth(320)
        self.form = QFormLayout()
        self.reason = ReasonLabel(self)
        self.buttons = QDialogButtonBox(self)

    def _email_row(self, beside: QWidget | None = None) -> None:
        label = QLabel(tr(CTX, "Person's &e-mail address:"), self)
        label.setBuddy(self.email)
        if beside is None:
            self.form.addRow(label, self.email)
            return
        row = QHBoxLayout()
        row.addWidget(self.email, 1)
        row.addWidget(beside)
        self.form.addRow(label, row)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self.reason.refusal(error_text(error))
        else:
            self.reason.clear()


class ExportPersonDialog(_PersonDialog):
    """Save everything held about one person as a JSON file."""

    def __init__(self, ctx: WindowContext, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, services, tr(CTX, "Export a person's data"), parent)
        self.setObjectName("exportPersonDialog")
        intro = QLabel(tr(CTX, "An access request: everything the roster holds about one "
                               "person (their record, the seats they hold and held, and the "
                               "audit events that name them), saved as a JSON file."), self)
        intro.setWordWrap(True)
        self._email_row()
        self.path = named(QLineEdit(start_path("personal-data.json"), self), "exportPath")
        browse = named(QPushButton(tr(CTX, "&Browse…"), self), "browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(tr(CTX, "Save &to:"), self)
        label.setBuddy(self.path)
        self.form.addRow(label, row)
        self.ok = self.buttons.addButton(tr(CTX, "E&xport"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.email.textChanged.connect(lambda _t: self._check())
        self.path.textChanged.connect(lambda _t: self._check())
        self.setMinimumWidth(560)
        self._check()

    def _check(self) -> bool:
        ok = bool(self.email.text().strip()) and bool(self.path.text().strip())
        if not ok:
            self.reason.note(tr(CTX, "Type the person's e-mail address and where to save."))
        else:
            self.reason.clear()
        self.ok.setEnabled(ok)
        return ok

    def _browse(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(self, tr(CTX, "Save the person's data to"),
                                                    self.path.text(), "JSON (*.json)")
        if name:
            remember_folder(name)
            self.path.setText(name)

    def export(self) -> None:
        if not self._check():
            return
        people, email, path = self.services.people_data, self.email.text(), Path(
            self.path.text().strip())

        def work() -> Path:
            data = people.export(email)
            path.write_text(json.dumps(data, indent=2, sort_keys=True, default=str,
                                       ensure_ascii=False), encoding="utf-8")
            return path
        self.ctx.read(work, owner=self).busy(Busy(
            self.reason, [self.ok], busy_text=tr(CTX, "Exporting…"))).success(
            lambda saved: self.reason.ok(tr(CTX, "Saved to {path}.", path=str(saved)))).failure(
            self._failed).run()


class ErasePersonDialog(_PersonDialog):
    """Count, then erase, one person's personal data; confirmed by typing the address."""

    def __init__(self, ctx: WindowContext, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, services, tr(CTX, "Erase a person's data"), parent)
        self.setObjectName("erasePersonDialog")
        self.counts: dict[str, int] | None = None
        self._counted_for = ""
        self.erased: dict[str, Any] | None = None
        intro = QLabel(tr(CTX, "Removes one person's personal data everywhere in the roster: "
                               "their seats are released, devices named after them renamed, "
                               "and their name and e-mail address taken out of every table "
                               "and every audit event. The audit log still verifies; one "
                               "event records that an erasure was made, naming no one."), self)
        intro.setWordWrap(True)
        self.look_up = named(QPushButton(tr(CTX, "&Look up"), self), "lookUp")
        self.look_up.clicked.connect(self.count)
        self._email_row(self.look_up)
        self.summary = named(QLabel(self), "erasureCounts")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = named(QLabel(tr(CTX, "Erasure cannot be undone. Backups made before it "
                                            "still hold the data until they are replaced; "
                                            "restoring one brings it back."), self),
                             "cannotUndo")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color:{tone('warning')}; font-weight:bold;")
        self.confirm = named(QLineEdit(self), "confirmEmail")
        self.confirm.setPlaceholderText(tr(CTX, "The same e-mail address again"))
        confirm_form = QFormLayout()
        confirm_label = QLabel(tr(CTX, "Type the address again to &confirm:"), self)
        confirm_label.setBuddy(self.confirm)
        confirm_form.addRow(confirm_label, self.confirm)
        self.erase_button = self.buttons.addButton(tr(CTX, "Erase &permanently"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("erasePermanently")
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet(f"color:{tone('refusal')};")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.look_up.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(confirm_form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.email.textChanged.connect(lambda _t: self._forget())
        self.email.returnPressed.connect(self.count)
        self.confirm.textChanged.connect(lambda _t: self._check())
        self.setMinimumWidth(600)
        self._forget()

    def _forget(self) -> None:
        """A different address: what was counted is for someone else."""
        self.counts, self._counted_for = None, ""
        self.summary.setText(tr(CTX, "Look the person up to see what will be erased."))
        self.look_up.setEnabled(bool(self.email.text().strip()))
        self._check()

    def _check(self) -> bool:
        ok = self.counts is not None and _same(self.confirm.text(), self._counted_for) \
            and _same(self.email.text(), self._counted_for)
        if self.counts is None:
            self.reason.note(tr(CTX, "Type the e-mail address and look the person up."))
        elif not ok:
            self.reason.note(tr(CTX, "Type the e-mail address again below to confirm."))
        else:
            self.reason.refusal(tr(CTX, "Ready: this erases the data above for good."))
        self.erase_button.setEnabled(ok)
        return ok

    def count(self) -> None:
        email = self.email.text().strip()
        if not email:
            return
        people = self.services.people_data
        self.ctx.read(lambda: people.erasure_counts(email), owner=self).busy(Busy(
            self.reason, [self.look_up], busy_text=tr(CTX, "Looking up…"))).success(
            lambda counts: self._counted(email, counts)).failure(self._failed).run()

    def _counted(self, email: str, counts: dict[str, int]) -> None:
        if not _same(email, self.email.text()):
            return  # typed on meanwhile
        self.counts, self._counted_for = counts, email
        lines = count_lines(counts)
        self.summary.setText(tr(CTX, "Will be erased:") + "\n" + "\n".join(
            f"• {line}" for line in lines))
        self._check()

    def erase(self) -> None:
        if not self._check():
            return
        people, email = self.services.people_data, self._counted_for
        self.ctx.write(lambda: people.erase(email), owner=self).busy(Busy(
            self.reason, [self.erase_button, self.look_up],
            busy_text=tr(CTX, "Erasing…"))).success(self._erased).failure(
            self._failed).run(initiator=self)

    def _erased(self, counts: dict[str, int]) -> None:
        self.erased = counts
        self.ctx.messages.say(tr(CTX, "The person's data was erased ({count} audit event(s) "
                                      "rewritten).", count=counts.get("audit_events", 0)), 8)
        self.accept()
