"""What an admin can do to seats on the Licences screen: buy, assign, renew, cancel.

``install(window)`` adds a Seats menu once and, each time a roster opens,
puts the same actions on the Licences screen's toolbar and context menu.
Every change runs on the writer thread; afterwards the window refreshes and
the changed seats are selected again so the detail pane shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from seatkeeper.domain.errors import ConflictError, KnownError
from seatkeeper.services.bundle import Services
from seatkeeper.services.plans import SubscriptionState
from seatkeeper.services.rows import LicenceRow
from seatkeeper.ui.dialogs.credentials_dialog import CredentialsDialog
from seatkeeper.ui.dialogs.new_plan_dialog import NewPlanDialog
from seatkeeper.ui.dialogs.seat_dialogs import AssignDialog, DevicesDialog, confirm
from seatkeeper.ui.messages import show_error
from seatkeeper.ui.widgets.table_screen import TableScreen
from seatkeeper.ui.wizards.purchase_wizard import PurchaseWizard

if TYPE_CHECKING:
    from seatkeeper.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeatActions", text)


READ_ONLY = "The roster is open for read-only review; nothing can be changed."


class SeatActions(QObject):
    """The seat actions of one window; ``screen`` is the current Licences screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.screen: TableScreen | None = None
        self.sub_state: SubscriptionState | None = None
        self._state_request = 0

        def make(name: str, text: str, slot: Callable[[], object], key: str) -> QAction:
            action = QAction(_tr(text), window)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.purchase = make("purchaseSeats", "&Purchase seats…", self.open_wizard,
                             "Ctrl+Shift+P")
        self.assign = make("assignSeat", "&Assign…", self.assign_seat, "Ctrl+Shift+A")
        self.unassign = make("unassignSeat", "&Unassign", self.unassign_seat, "Ctrl+Shift+U")
        self.renew_on = make("renewOn", "&Renew at next billing period",
                             lambda: self.set_renew(True), "Ctrl+Shift+R")
        self.renew_off = make("renewOff", "&Don't renew", lambda: self.set_renew(False),
                              "Ctrl+Shift+N")
        self.devices = make("seatDevices", "De&vices…", self.open_devices, "Ctrl+Shift+D")
        self.setup = make("seatSetup", "&Setup (credentials)…", self.open_setup, "Ctrl+Shift+S")
        self.cancel_sub = make("cancelSubscription", "&Cancel subscription…",
                               self.cancel_subscription, "Ctrl+Shift+X")
        self.new_plan = make("startNewPlan", "Start &new plan…", self.start_new_plan,
                             "Ctrl+Shift+L")
        self.renew_on.setIconText(_tr("Renew"))
        self.renew_off.setIconText(_tr("Don't renew"))
        self.setup.setIconText(_tr("Setup…"))
        self.seat_actions = [self.assign, self.unassign, self.renew_on, self.renew_off,
                             self.devices, self.setup]
        self.plan_actions = [self.cancel_sub, self.new_plan]
        menu = QMenu(_tr("&Seats"), window)
        menu.addAction(self.purchase)
        menu.addSeparator()
        for action in self.seat_actions:
            menu.addAction(action)
        menu.addSeparator()
        for action in self.plan_actions:
            menu.addAction(action)
        bar = window.menuBar()
        bar.insertMenu(window.settings_menu.menuAction(), menu)  # before Settings and Help
        self.menu = menu
        window.roster_opened.connect(self.attach)
        self.update_actions()

    @property
    def services(self) -> Services | None:
        return self.window.services

    # -- wiring -------------------------------------------------------------
    def attach(self) -> None:
        screen = self.window.screens.get("licences")
        self.screen = screen
        if screen is None:
            return
        bar = screen.actions_bar
        for action in (self.purchase, *self.seat_actions):
            bar.addAction(action)
        more = QToolButton(bar)
        more.setText(_tr("Subscription"))
        more.setObjectName("subscriptionMenu")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        plan_menu = QMenu(more)
        for action in self.plan_actions:
            plan_menu.addAction(action)
        more.setMenu(plan_menu)
        bar.addWidget(more)
        screen.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        screen.table.customContextMenuRequested.connect(self._context_menu)
        screen.current_changed.connect(lambda _row: self._selection_changed())
        screen.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _context_menu(self, pos: QPoint) -> None:
        if self.screen is None:
            return
        menu = QMenu(self.screen.table)
        for action in self.seat_actions:
            menu.addAction(action)
        menu.addSeparator()
        for action in (*self.plan_actions, self.purchase):
            menu.addAction(action)
        menu.popup(self.screen.table.viewport().mapToGlobal(pos))

    def rows(self) -> list[LicenceRow]:
        return list(self.screen.selected_rows()) if self.screen is not None else []

    def row(self) -> LicenceRow | None:
        rows = self.rows()
        current = self.screen.current_row() if self.screen is not None else None
        return current if current in rows else (rows[0] if len(rows) == 1 else None)

    def _selection_changed(self) -> None:
        self.sub_state = None
        row, services = self.row(), self.services
        self.update_actions()
        if row is None or services is None:
            return
        self._state_request += 1
        request = self._state_request

        def got(state: SubscriptionState) -> None:
            if request == self._state_request:
                self.sub_state = state
                self.update_actions()

        self.window.runner.run(lambda: services.lookups.subscription_state(row.subscription_id),
                               got)

    def update_actions(self) -> None:
        services, rows, row = self.services, self.rows(), self.row()
        writable = services is not None and not services.read_only
        self.purchase.setEnabled(writable)
        self.assign.setText(_tr("Re&assign…") if row and row.holder else _tr("&Assign…"))
        one = row is not None and len(rows) == 1
        for action, ok, why in (
            (self.assign, one, _tr("Select one seat.")),
            (self.unassign, one and bool(row and row.holder), _tr("Select one assigned seat.")),
            (self.renew_on, bool(rows), _tr("Select one or more seats.")),
            (self.renew_off, bool(rows), _tr("Select one or more seats.")),
            (self.devices, one, _tr("Select one seat.")),
        ):
            self._enable(action, writable and ok, why if writable else _tr(READ_ONLY))
        self._enable(self.setup, one, _tr("Select one seat."))
        state = self.sub_state
        active = state is not None and state.status == "active"
        self._enable(self.cancel_sub, writable and one and active,
                     _tr(READ_ONLY) if not writable else _tr("Select a seat of an active "
                                                             "subscription."))
        if state is not None and state.seats_active:
            why_not = _tr("A new plan can be started only when every seat has been cancelled; "
                          "%1 seat(s) are still active.").replace("%1", str(state.seats_active))
        else:
            why_not = _tr("Select a seat of the subscription.")
        self._enable(self.new_plan, writable and one and state is not None
                     and state.seats_active == 0, why_not if writable else _tr(READ_ONLY))

    @staticmethod
    def _enable(action: QAction, enabled: bool, why_not: str) -> None:
        action.setEnabled(enabled)
        tip = action.text().replace("&", "").rstrip("…")
        action.setToolTip(tip if enabled else f"{tip} — {why_not}")
        action.setStatusTip("" if enabled else why_not)

    # -- after a change -----------------------------------------------------
    def changed(self, seat_ids: list[int], message: str = "") -> None:
        """Refresh the window, then select the changed seats again."""
        screen = self.screen
        if message:
            self.window.banner.show_message(message, "info", seconds=8)
        if screen is None:
            self.window.refresh()
            return
        wanted = set(seat_ids)

        def reselect() -> None:
            screen.model.loaded.disconnect(reselect)
            selection = screen.table.selectionModel()
            flags = (QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
            for number in range(min(screen.model.rowCount(), 200)):
                found = screen.model.row_at(number)
                if found is not None and found.seat_id in wanted:
                    index = screen.model.index(number, 0)
                    if not selection.hasSelection():
                        screen.table.setCurrentIndex(index)
                    selection.select(index, flags)

        screen.model.loaded.connect(reselect)
        self.window.refresh()

    def failed(self, error: BaseException) -> None:
        """A refusal or a conflict in plain words; the screen shows the roster as it is now."""
        title = _tr("Changed by someone else") if isinstance(error, ConflictError) else ""
        show_error(self.window, error, title)
        if isinstance(error, KnownError):
            self.window.refresh()

    def _write(self, work: Callable[[], Any], seat_ids: list[int], message: str) -> None:
        self.window.runner.run(work, lambda _r: self.changed(seat_ids, message), self.failed,
                               write=True)

    # -- the actions --------------------------------------------------------
    def open_wizard(self) -> PurchaseWizard | None:
        services = self.services
        if services is None or services.read_only:
            return None
        wizard = PurchaseWizard(self.window.runner, services, self.window)
        wizard.purchased.connect(lambda text: self.changed([], text))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def assign_seat(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = AssignDialog(self.window.runner, services, row, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.changed([row.seat_id]))
        dialog.rejected.connect(lambda: self.window.refresh() if dialog.conflict else None)
        dialog.open()

    def unassign_seat(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None or row.holder is None:
            return
        confirm(self.window, _tr("Unassign seat"),
                _tr("Take seat %1 from %2? The seat's history keeps them.")
                .replace("%1", row.licence_id).replace("%2", row.holder), _tr("&Unassign"),
                lambda: self._write(lambda: services.seats.unassign(row.seat_id),
                                    [row.seat_id], ""))

    def set_renew(self, renew: bool) -> None:
        rows, services = self.rows(), self.services
        if not rows or services is None:
            return
        ids = [r.seat_id for r in rows]
        text = (_tr("%1 seat(s) renew at the next billing period.") if renew
                else _tr("%1 seat(s) will not renew; they lapse at the renewal date."))
        self._write(lambda: services.seats.set_renew(ids, renew), ids,
                    text.replace("%1", str(len(ids))))

    def open_devices(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = DevicesDialog(self.window.runner, services, row, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.changed([row.seat_id]) if dialog.changed
                                else None)
        dialog.open()

    def open_setup(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = CredentialsDialog(self.window.runner, services, row, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.changed([row.seat_id]) if dialog.saved
                                else None)
        dialog.open()

    def cancel_subscription(self) -> None:
        row, services, state = self.row(), self.services, self.sub_state
        if row is None or services is None or state is None:
            return
        until = state.renewal_date.isoformat()
        confirm(self.window, _tr("Cancel subscription"),
                _tr("Cancel “%1”? Its %2 active seats stay usable until %3; then nothing "
                    "renews.").replace("%1", row.subscription)
                .replace("%2", str(state.seats_active)).replace("%3", until),
                _tr("&Cancel subscription"),
                lambda: self._write(lambda: services.seats.cancel_subscription(
                    row.subscription_id, expected_version=state.version), [row.seat_id],
                    _tr("Cancelled, active until %1.").replace("%1", until)))

    def start_new_plan(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = NewPlanDialog(self.window.runner, services, row.subscription_id,
                               row.subscription, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.changed(
            [], _tr("New plan started: %1 new seats.")
            .replace("%1", str(len(dialog.result_state.new_licence_ids)
                               if dialog.result_state else 0))))
        dialog.open()


def install(window: MainWindow) -> SeatActions:
    """The one hook main_window calls."""
    return SeatActions(window)
