"""What an admin can do to seats on the Licences screen: buy, assign, renew, cancel.

The Seats menu is created with the first roster; each time a roster opens the
same actions join the Licences screen's toolbar and context menu. Every
change is a write op: the screens follow its change events, and the changed
seats stay selected (the table keeps its selection by id) so the detail pane
shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from seatkeeper.domain.changes import Changed
from seatkeeper.domain.errors import ConflictError
from seatkeeper.services.bundle import Services
from seatkeeper.services.plans import SubscriptionState
from seatkeeper.services.rows import LicenceRow
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, make_action
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.dialogs.credentials_dialog import CredentialsDialog
from seatkeeper.ui.dialogs.new_plan_dialog import NewPlanDialog
from seatkeeper.ui.dialogs.seat_dialogs import (
    AssignDialog,
    DevicesDialog,
    RenameSeatDialog,
    confirm,
)
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.undo import undo_for
from seatkeeper.ui.widgets.table_screen import TableScreen
from seatkeeper.ui.wizards.purchase_wizard import PurchaseWizard

CTX = "SeatActions"


READ_ONLY = "The roster is open for read-only review; nothing can be changed."


class SeatActions(QObject):
    """The seat actions of one window; ``screen`` is the current Licences screen."""

    def __init__(self, ctx: WindowContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.screen: TableScreen | None = None
        self.sub_state: SubscriptionState | None = None
        self._state_request = 0

        def make(name: str, text: str, slot: Callable[[], object], key: str) -> QAction:
            return make_action(parent, name, text, slot, key)

        self.purchase = make("purchaseSeats", tr(CTX, "&Purchase seats…"), self.open_wizard,
                             "Ctrl+Shift+P")
        self.assign = make("assignSeat", tr(CTX, "&Assign…"), self.assign_seat,
                           "Ctrl+Shift+A")
        self.unassign = make("unassignSeat", tr(CTX, "&Unassign"), self.unassign_seat,
                             "Ctrl+Shift+U")
        self.renew_on = make("renewOn", tr(CTX, "&Renew at next billing period"),
                             lambda: self.set_renew(True), "Ctrl+Shift+R")
        self.renew_off = make("renewOff", tr(CTX, "&Don't renew"), lambda: self.set_renew(False),
                              "Ctrl+Shift+N")
        self.devices = make("seatDevices", tr(CTX, "De&vices…"), self.open_devices,
                            "Ctrl+Shift+D")
        self.setup = make("seatSetup", tr(CTX, "&Setup (credentials)…"), self.open_setup,
                          "Ctrl+Shift+S")
        self.rename = make("renameSeat", tr(CTX, "Re&name seat…"), self.rename_seat,
                           "Ctrl+Shift+I")
        self.cancel_sub = make("cancelSubscription", tr(CTX, "&Cancel subscription…"),
                               self.cancel_subscription, "Ctrl+Shift+X")
        self.new_plan = make("startNewPlan", tr(CTX, "Start &new plan…"), self.start_new_plan,
                             "Ctrl+Shift+L")
        self.renew_on.setIconText(tr(CTX, "Renew"))
        self.renew_off.setIconText(tr(CTX, "Don't renew"))
        self.setup.setIconText(tr(CTX, "Setup…"))
        self.rename.setIconText(tr(CTX, "Rename…"))
        self.seat_actions = [self.assign, self.unassign, self.renew_on, self.renew_off,
                             self.devices, self.setup, self.rename]
        self.plan_actions = [self.cancel_sub, self.new_plan]
        ctx.roster_opened.connect(self.attach)
        ctx.services_changed.connect(self._services_changed)
        self.update_actions()

    def placed(self) -> list[Placed]:
        """The Seats menu: purchase, then the seat actions, then the subscription's."""
        actions = [self.purchase, *self.seat_actions, *self.plan_actions]
        firsts = {self.seat_actions[0], self.plan_actions[0]}
        return [Placed(a.objectName(), a, Menu.SEATS, n, separator_before=a in firsts)
                for n, a in enumerate(actions)]

    @property
    def services(self) -> Services | None:
        return self.ctx.services

    # -- wiring -------------------------------------------------------------
    def attach(self) -> None:
        screen = self.ctx.host.find_screen("licences")
        self.screen = screen if isinstance(screen, TableScreen) else None
        if not isinstance(screen, TableScreen):
            return
        screen.destroyed.connect(self._screen_gone)
        bar = screen.actions_bar
        # Rename is in the Seats menu and the context menu: the bar fits 1024 px without it.
        for action in (self.purchase, *self.seat_actions):
            if action is not self.rename:
                bar.addAction(action)
        more = QToolButton(bar)
        more.setText(tr(CTX, "Subscription"))
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
        screen.model.reloaded.connect(self._selection_changed)  # the seat may have changed
        self._selection_changed()

    def _screen_gone(self, *_args: object) -> None:
        self.screen = None

    def _services_changed(self, services: Services | None) -> None:
        if services is None:
            self.screen = None  # the roster closed: its screens go
        self.update_actions()

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

        self.ctx.read(lambda: services.lookups.subscription_state(row.subscription_id),
                      owner=self).success(got).run()


    def update_actions(self) -> None:
        services, rows, row = self.services, self.rows(), self.row()
        refusal = edit_refusal(services, lambda: tr(CTX, READ_ONLY))
        writable = services is not None and not refusal
        self.purchase.setEnabled(writable)
        self.assign.setText(tr(CTX, "Re&assign…") if row and row.holder else tr(CTX, "&Assign…"))
        one = row is not None and len(rows) == 1
        for action, ok, why in (
            (self.assign, one, tr(CTX, "Select one seat.")),
            (self.unassign, one and bool(row and row.holder), tr(CTX, "Select one assigned seat.")),
            (self.renew_on, bool(rows), tr(CTX, "Select one or more seats.")),
            (self.renew_off, bool(rows), tr(CTX, "Select one or more seats.")),
            (self.devices, one, tr(CTX, "Select one seat.")),
            (self.rename, one, tr(CTX, "Select one seat.")),
        ):
            self._enable(action, writable and ok, why if writable else refusal)
        self._enable(self.setup, one, tr(CTX, "Select one seat."))
        state = self.sub_state
        active = state is not None and state.status == "active"
        self._enable(self.cancel_sub, writable and one and active,
                     refusal if not writable else tr(CTX, "Select a seat of an active "
                                                                 "subscription."))
        if state is not None and state.seats_active:
            why_not = tr(CTX, "A new plan can be started only when every seat has been cancelled; "
                              "{seats_active} seat(s) are still active.",
                              seats_active=state.seats_active)
        else:
            why_not = tr(CTX, "Select a seat of the subscription.")
        self._enable(self.new_plan, writable and one and state is not None
                     and state.seats_active == 0, why_not if writable else refusal)

    @staticmethod
    def _enable(action: QAction, enabled: bool, why_not: str) -> None:
        action.setEnabled(enabled)
        tip = action.text().replace("&", "").rstrip("…")
        action.setToolTip(tip if enabled else f"{tip} — {why_not}")
        action.setStatusTip("" if enabled else why_not)

    # -- after a change -----------------------------------------------------
    def failed(self, error: BaseException) -> None:
        """A refusal or a conflict in plain words; a conflict reloads what is on screen."""
        title = tr(CTX, "Changed by someone else") if isinstance(error, ConflictError) else ""
        self.ctx.messages.fail(error, title)

    def _write(self, work: Callable[[], Changed[Any]], message: str,
               after: Callable[[], None] | None = None) -> None:
        def done(_value: object) -> None:
            if after is not None:
                after()
            if message:
                self.ctx.messages.say(message, 8)
        self.ctx.write(work, owner=self).success(done).failure(self.failed).run(initiator=self)

    # -- the actions --------------------------------------------------------
    def open_wizard(self) -> PurchaseWizard | None:
        services = self.services
        if services is None or edit_refusal(services, str):
            return None
        wizard = PurchaseWizard(self.ctx, services, self.ctx.window)
        wizard.purchased.connect(lambda text: self.ctx.messages.say(text, 8))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def assign_seat(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = AssignDialog(self.ctx, services, row, self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def unassign_seat(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None or row.holder is None:
            return
        confirm(self.ctx.window, tr(CTX, "Unassign seat"),
                tr(CTX, "Take seat {licence_id} from {holder}? The seat's history keeps them.",
                        licence_id=row.licence_id, holder=row.holder), tr(CTX, "&Unassign"),
                lambda: self._write(lambda: services.seats.unassign(row.seat_id), "",
                                    lambda: self._record_unassign(services, row)))

    def _record_unassign(self, services: Services, row: LicenceRow) -> None:
        seats, seat_id = services.seats, row.seat_id
        holder, email = row.holder or "", row.email or ""
        undo_for(self.ctx).record(tr(CTX, "Unassign seat {seat}", seat=row.licence_id),
                                  lambda: seats.assign(seat_id, holder, email),
                                  lambda: seats.unassign(seat_id))

    def set_renew(self, renew: bool) -> None:
        rows, services = self.rows(), self.services
        if not rows or services is None:
            return
        ids = [r.seat_id for r in rows]
        text = (tr(CTX, "{n} seat(s) renew at the next billing period.", n=len(ids)) if renew
                else tr(CTX, "{n} seat(s) will not renew; they lapse at the renewal date.",
                        n=len(ids)))
        flipped = [r.seat_id for r in rows if r.renews != renew]  # undo puts these back
        seats = services.seats

        def record() -> None:
            if flipped:
                undo_for(self.ctx).record(
                    tr(CTX, "Renew {n} seat(s)", n=len(flipped)) if renew
                    else tr(CTX, "Don't renew {n} seat(s)", n=len(flipped)),
                    lambda: seats.set_renew(flipped, not renew),
                    lambda: seats.set_renew(flipped, renew))
        self._write(lambda: services.seats.set_renew(ids, renew), text, record)

    def open_devices(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = DevicesDialog(self.ctx, services, row, self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def rename_seat(self) -> None:
        """Issue 16: the seat gets the vendor's own licence id; the dialog shows a refusal."""
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = RenameSeatDialog(self.ctx, services, row, self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.ctx.messages.say(
            tr(CTX, "Seat {old} is now called {new}.", old=row.licence_id,
               new=dialog.state.licence_id if dialog.state else ""), 8))
        dialog.open()

    def open_setup(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = CredentialsDialog(self.ctx, services, row, self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def cancel_subscription(self) -> None:
        row, services, state = self.row(), self.services, self.sub_state
        if row is None or services is None or state is None:
            return
        until = state.renewal_date
        confirm(self.ctx.window, tr(CTX, "Cancel subscription"),
                tr(CTX, "Cancel “{subscription}”? Its {seats_active} active seats stay usable "
                        "until {until}; then nothing "
                        "renews.",
                        subscription=row.subscription, seats_active=state.seats_active,
                        until=until),
                tr(CTX, "&Cancel subscription"),
                lambda: self._write(lambda: services.seats.cancel_subscription(
                    row.subscription_id, expected_version=state.version),
                    tr(CTX, "Cancelled, active until {until}.", until=until)))

    def start_new_plan(self) -> None:
        row, services = self.row(), self.services
        if row is None or services is None:
            return
        dialog = NewPlanDialog(self.ctx, services, row.subscription_id, row.subscription,
                               self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.ctx.messages.say(
            tr(CTX, "New plan started: {count} new seats.",
               count=len(dialog.result_state.new_licence_ids) if dialog.result_state else 0), 8))
        dialog.open()


@action_group
def seat_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    return SeatActions(ctx, parent).placed()
