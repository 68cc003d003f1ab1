"""The People screen: who the roster knows, their department, who left, what they hold.

Sorted and filtered in the store (``store.people``); the detail shows the person's
seats and devices. "Import directory…" opens the import wizard on a directory
file; "Release leaver's seats…" frees a leaver's seats and devices in one
audited, undoable change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from seatkeeper.domain.changes import Entity
from seatkeeper.services.people import PersonDetail, PersonRow
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.dialogs.release_dialog import release_leaver
from seatkeeper.ui.i18n import date_text, tr
from seatkeeper.ui.models.device_table_model import PLATFORM_NAMES
from seatkeeper.ui.models.people_table_model import PeopleTableModel, status_text
from seatkeeper.ui.widgets.detail_pane import bullet_list, section
from seatkeeper.ui.widgets.table_screen import TableScreen

CTX = "PeopleScreen"
WATCHES = frozenset({Entity.PERSON, Entity.SEAT, Entity.DEVICE, Entity.SUBSCRIPTION})


def render_person(detail: PersonDetail) -> str:
    row = detail.row
    directory = (tr(CTX, "In the directory file last imported") if row.in_directory
                 else tr(CTX, "Not in the directory file last imported")
                 if row.in_directory is False else tr(CTX, "No directory imported yet"))
    html = section(row.name, [
        (tr(CTX, "E-mail"), row.email),
        (tr(CTX, "Department"), row.department or "—"),
        (tr(CTX, "Status"), status_text(row.status)),
        (tr(CTX, "Left on"), date_text(row.left_on) if row.left_on else "—"),
        (tr(CTX, "Directory id"), row.directory_id or "—"),
        (tr(CTX, "Directory"), directory),
    ])
    html += bullet_list(tr(CTX, "Seats held"), [
        tr(CTX, "{seat} · {subscription}", seat=s.licence_id, subscription=s.subscription)
        for s in detail.seats], tr(CTX, "Holds no seat."))
    html += bullet_list(tr(CTX, "Devices connected to their seats"), [
        tr(CTX, "{device} ({platform}) · {seat}", device=d.name,
           platform=PLATFORM_NAMES.get(d.platform, d.platform), seat=d.licence_id)
        for d in detail.devices], tr(CTX, "No device connected."))
    return html


def person_noun(count: int) -> str:
    return tr(CTX, "1 person") if count == 1 else tr(CTX, "{count} people", count=count)


class PeopleScreen(TableScreen):
    def __init__(self, ctx: WindowContext) -> None:
        services = ctx.services
        assert services is not None
        self.services = services
        people = services.people
        super().__init__(
            ctx, PeopleTableModel(ctx.runner, people), noun=person_noun,
            filter_hint=tr(CTX, "Filter by name, e-mail, department or status (Ctrl+F)"),
            detail_hint=tr(CTX, "Select a person to see their seats and devices."),
            fetch_detail=lambda row: people.detail(row.person_id), render_detail=render_person,
            column_widths=[150, 64, 88, 100, 48, 60, 230], watches=WATCHES,
            row_entity=Entity.PERSON)
        self.last_confirmation: QMessageBox | None = None
        self.import_action = QAction(tr(CTX, "&Import directory…"), self)
        self.import_action.setObjectName("importDirectory")
        self.import_action.triggered.connect(lambda _=False: self.import_directory())
        self.release_action = QAction(tr(CTX, "&Release leaver's seats…"), self)
        self.release_action.setObjectName("releaseLeaver")
        self.release_action.setShortcut("Ctrl+Shift+E")
        self.release_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.release_action.triggered.connect(lambda _=False: self.release())
        for action in (self.import_action, self.release_action):
            self.actions_bar.addAction(action)
            self.addAction(action)
        self.current_changed.connect(lambda _row: self._update_actions())
        self.model.reloaded.connect(self._update_actions)
        self._update_actions()

    def _person(self) -> PersonRow | None:
        row = self.current_row()
        return row if isinstance(row, PersonRow) else None

    def _update_actions(self) -> None:
        writable = not self.services.read_only and self.services.may_edit
        row = self._person()
        leaver = row is not None and row.status == "left" and bool(row.seats)
        self.import_action.setEnabled(writable)
        self.release_action.setEnabled(writable and leaver)
        why = "" if leaver else tr(CTX, "Select someone who left and still holds a seat.")
        if not writable:
            why = tr(CTX, "The roster is open read-only; nothing can be changed.")
        tip = tr(CTX, "Release leaver's seats")
        self.release_action.setToolTip(f"{tip} — {why}" if why else tip)

    def release(self) -> None:
        row = self._person()
        if row is None or not self.release_action.isEnabled():
            return
        release_leaver(self.ctx, self.services, row.email, self, self._shown)

    def _shown(self, box: QMessageBox) -> None:
        self.last_confirmation = box

    def import_directory(self) -> None:
        from seatkeeper.ui.wizards.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self.services, parent=self.ctx.window)
        wizard.file_page.choose_format("directory:entra")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()


def build(ctx: WindowContext) -> TableScreen:
    return PeopleScreen(ctx)
