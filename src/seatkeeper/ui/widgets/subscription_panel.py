"""The selected seat's subscription: channel terms, cancel-by and allowed actions.

Shown under the seat detail on the Licences screen. For a website purchase
the buttons change the subscription (AS-6, AS-7, AS-9, AS-10) through
``SubscriptionActionService`` on the writer; for an App Store purchase there
are no pretend buttons (AS-11): the store steps are shown as text and the
only buttons record what the admin already did in the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.app_store import StoreAction
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.enums import BillingChannel, SubscriptionStatus
from seatkeeper.services.bundle import Services
from seatkeeper.services.subscription_terms import ENDED, SubscriptionTerms
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.tones import restyle, rich
from seatkeeper.ui.widgets.detail_column import FitPanel
from seatkeeper.ui.widgets.subscription_terms_html import (
    store_guidance_html,
    terms_html,
    when,
)
from seatkeeper.ui.widgets.table_screen import TableScreen
from seatkeeper.ui.widgets.terms_dialog import StateTermsDialog

READ_ONLY_TIP = "This roster is open for read-only review, so nothing can be changed."


CTX = "SubscriptionPanel"


class PlanLengthDialog(QDialog):
    """AS-6: choose a new plan length; it starts when the current period ends."""

    def __init__(self, terms: SubscriptionTerms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planLengthDialog")
        self.setWindowTitle(tr(CTX, "Change plan length"))
        self.months = QSpinBox(self)
        self.months.setRange(1, 60)
        self.months.setValue(terms.pending_plan_months or terms.plan_months)
        self.months.setSuffix(tr(CTX, " months"))
        label = QLabel(tr(CTX, "&New plan length:"), self)
        label.setBuddy(self.months)
        note = QLabel(tr(CTX, "Now {plan_months} months. The new length starts when the current "
                              "period ends ({period_ends_at}); until then nothing changes. "
                              "Choosing {plan_months} again withdraws a waiting change.",
                              plan_months=terms.plan_months,
                              period_ends_at=when(terms.period_ends_at)), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(CTX, "Change &plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.months)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)


class SubscriptionPanel(QScrollArea):
    """Terms and actions of one subscription; ``changed`` after a recorded change."""

    notice = Signal(str)  # what was done, for the status bar

    def __init__(self, ctx: WindowContext, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionPanel")
        self.ctx, self.services = ctx, services
        self._screen: TableScreen | None = None
        self.terms: SubscriptionTerms | None = None
        self.dialog: QWidget | None = None  # the open confirmation (tests answer it)
        self._request = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Text wraps to the pane's width; it never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.body.setObjectName("subscriptionBody")
        # White like the seat detail above it, so the two read as one pane.
        restyle(self.body, "QWidget#subscriptionBody { background: palette(base); }")
        self.text = QLabel(self.body)
        self.text.setObjectName("subscriptionTerms")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.actions_title = QLabel(self.body)
        self.actions_title.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._grid = QGridLayout()
        self.guidance = QLabel(self.body)
        self.guidance.setObjectName("storeGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(8, 4, 8, 8)
        # Store steps come before the buttons: read them, act in the store, record it.
        layout.addWidget(self.text)
        layout.addWidget(self.guidance)
        layout.addWidget(self.actions_title)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.setWidget(self.body)
        self.clear()

    # -- loading ------------------------------------------------------------
    def follow(self, screen: TableScreen) -> None:
        """Show the subscription of ``screen``'s current seat, and again after a change."""
        self._screen = screen
        screen.current_changed.connect(self._current)
        screen.model.modelReset.connect(self.clear)
        screen.ctx.events.changed.connect(self._roster_changed)
        self.notice.connect(screen.status_changed.emit)

    def _current(self, row: Any) -> None:
        self.show_subscription(None if row is None else row.subscription_id)

    def _roster_changed(self, changes: Changes, initiator: object) -> None:
        row = self._screen.current_row() if self._screen is not None else None
        if initiator is not self and row is not None and changes.touches_id(
                Entity.SUBSCRIPTION, row.subscription_id):
            self.show_subscription(row.subscription_id)

    def clear(self) -> None:
        self._request += 1
        self.terms = None
        rich(self.text, "")
        self.actions_title.hide()
        self.guidance.hide()
        self._set_buttons([])
        self.hide()

    def show_subscription(self, subscription_id: int | None) -> None:
        if subscription_id is None:
            self.clear()
            return
        self._request += 1
        request = self._request
        terms_service = self.services.terms

        def arrived(terms: SubscriptionTerms) -> None:
            if request == self._request:
                self.show_terms(terms)

        self.ctx.read(lambda: terms_service.terms(subscription_id), owner=self).success(
            arrived).run()

    def show_terms(self, terms: SubscriptionTerms) -> None:
        self.terms = terms
        rich(self.text, terms_html(terms))
        store = terms.channel is BillingChannel.APP_STORE
        self.actions_title.setText(
            "<b>" + (tr(CTX, "Record what you did in the App Store") if store
                     else tr(CTX, "Actions")) + "</b>")
        self.actions_title.show()
        # A website purchase needs no steps: its refunds line is in the terms above.
        rich(self.guidance, store_guidance_html(terms) if store else "")
        self.guidance.setVisible(store)
        self._set_buttons(self._store_buttons(terms) if store else self._website_buttons(terms))
        self.show()

    # -- buttons ------------------------------------------------------------
    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self.body)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        refusal = edit_refusal(self.services, lambda: tr(CTX, READ_ONLY_TIP))
        if refusal:
            button.setEnabled(False)
            button.setToolTip(refusal)
        return button

    def _set_buttons(self, buttons: list[QPushButton]) -> None:
        for old in self.buttons:
            self._grid.removeWidget(old)
            old.deleteLater()
        self.buttons = buttons
        for number, button in enumerate(buttons):
            self._grid.addWidget(button, number, 0)

    def _payment_button(self, terms: SubscriptionTerms, store: bool) -> list[QPushButton]:
        """AS-9: record a failed payment, or that it was fixed (either channel)."""
        actions = self.services.subscription_actions
        sid, version = terms.subscription_id, terms.version
        if terms.status is SubscriptionStatus.PAYMENT_FAILED:
            text = tr(CTX, "Record: payment &resolved") if store \
                else tr(CTX, "Mark payment &resolved")
            return [self._button("markPaymentResolved", text,
                                 lambda: self._do(lambda: actions.mark_payment_resolved(
                                     sid, version), tr(CTX, "Payment marked as resolved.")))]
        if terms.status is SubscriptionStatus.ACTIVE:
            text = tr(CTX, "Record: payment &failed") if store else tr(CTX, "Mark payment &failed")
            return [self._button("markPaymentFailed", text,
                                 lambda: self._do(lambda: actions.mark_payment_failed(
                                     sid, version), tr(CTX, "Payment marked as failed.")))]
        return []

    def _website_buttons(self, terms: SubscriptionTerms) -> list[QPushButton]:
        offered = {item.action for item in terms.actions if item.performs}
        buttons = []
        if StoreAction.CANCEL in offered:
            buttons.append(self._button("cancelSubscription", tr(CTX, "&Cancel to period end…"),
                                        self._confirm_cancel))
        if StoreAction.CHANGE_PLAN in offered:
            buttons.append(self._button("changePlan", tr(CTX, "Change plan &length…"),
                                        self._change_plan))
        if StoreAction.RESUME in offered:
            buttons.append(self._button("resumeSubscription", tr(CTX, "Res&ume…"),
                                        self._confirm_resume))
        if StoreAction.UPDATE_PAYMENT in offered:
            buttons += self._payment_button(terms, store=False)
        buttons.append(self._button("stateTerms", tr(CTX, "State &terms…"), self._state_terms))
        return buttons

    def _store_buttons(self, terms: SubscriptionTerms) -> list[QPushButton]:
        # Records only: each says what the admin did; none acts in the store (AS-11).
        actions = self.services.subscription_actions
        sid, version = terms.subscription_id, terms.version
        buttons = []
        if terms.status not in ENDED:
            buttons.append(self._button(
                "recordCancelledInStore", tr(CTX, "I &cancelled it in the App Store"),
                lambda: self._do(lambda: actions.record_cancelled_in_store(sid, version),
                                 tr(CTX, "Recorded as cancelled in the App Store."))))
        else:
            buttons.append(self._button(
                "recordResumedInStore", tr(CTX, "I res&umed it in the App Store"),
                lambda: self._do(lambda: actions.resume(sid, version),
                                 tr(CTX, "Recorded as resumed."))))
        buttons += self._payment_button(terms, store=True)
        return buttons

    # -- doing --------------------------------------------------------------
    def _confirm(self, title: str, text: str, yes: str, on_yes: Callable[[], None]) -> None:
        """A window-modal question; ``on_yes`` runs only if the admin confirms."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDialog")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(tr(CTX, "&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter never cancels by accident
        box.finished.connect(lambda _r: on_yes() if box.clickedButton() is ok else None)
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()

    def _confirm_cancel(self) -> None:
        terms = self.terms
        if terms is None:
            return
        actions, sid, version = (self.services.subscription_actions,
                                 terms.subscription_id, terms.version)
        self._confirm(tr(CTX, "Cancel subscription"),
                      tr(CTX, "Cancel {terms}? It will not renew, and stays usable until the end "
                              "of "
                              "the current period ({period_ends_at}).",
                              terms=terms.name, period_ends_at=when(terms.period_ends_at)),
                      tr(CTX, "&Cancel to period end"),
                      lambda: self._do(lambda: actions.cancel(sid, version),
                                       tr(CTX, "Cancelled; usable until the end of the period.")))

    def _confirm_resume(self) -> None:
        terms = self.terms
        if terms is None:
            return
        starts = terms.resume_preview.starts_at if terms.resume_preview else terms.period_ends_at
        actions, sid, version = (self.services.subscription_actions,
                                 terms.subscription_id, terms.version)
        self._confirm(tr(CTX, "Resume subscription"),
                      tr(CTX, "Resume {terms}? The new period starts {starts}, with the same "
                              "sign-in.",
                              terms=terms.name, starts=when(starts)),
                      tr(CTX, "&Resume"),
                      lambda: self._do(lambda: actions.resume(sid, version), tr(CTX, "Resumed.")))

    def _change_plan(self) -> None:
        terms = self.terms
        if terms is None:
            return
        actions, sid, version = (self.services.subscription_actions,
                                 terms.subscription_id, terms.version)
        dialog = PlanLengthDialog(terms, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            months = dialog.months.value()
            self._do(lambda: actions.change_plan(sid, months, version),
                     tr(CTX, "Plan length changed from the end of the period."))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _state_terms(self) -> None:
        """What the admin knows: notice, device limit, currency, auto-renew (issue 16)."""
        terms = self.terms
        if terms is None:
            return
        actions, sid, version = (self.services.subscription_actions,
                                 terms.subscription_id, terms.version)
        dialog = StateTermsDialog(terms, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            notice, devices = dialog.notice_days(), dialog.devices_per_seat()
            currency, renew = dialog.currency.text(), dialog.auto_renew.isChecked()
            keep = dialog.save_for_vendor.isChecked()
            self._do(lambda: actions.state_terms(
                sid, notice_days=notice, devices_per_seat=devices, currency=currency,
                auto_renew=renew, save_for_vendor=keep, expected_version=version),
                tr(CTX, "Terms saved."))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _do(self, work: Callable[[], Changed[Any]], done_text: str) -> None:
        terms = self.terms
        if terms is None:
            return
        for button in self.buttons:
            button.setEnabled(False)
        sid = terms.subscription_id

        def done(_result: object) -> None:
            self.notice.emit(done_text)
            self.show_subscription(sid)

        def failed(error: BaseException) -> None:
            self.show_subscription(sid)
            self.ctx.messages.fail(error, tr(CTX, "Not changed"))

        self.ctx.write(work, owner=self).success(done).failure(failed).run(initiator=self)


def attach(screen: TableScreen, services: Services) -> SubscriptionPanel:
    """Put a SubscriptionPanel under ``screen``'s detail pane and follow its selection.

    ``screen`` is the Licences TableScreen (rows have ``subscription_id`` and
    ``seat_id``). After a change the screens reload in place (the seat stays
    selected) and the panel reads the subscription's terms again.
    """
    detail = screen.detail
    splitter = detail.parentWidget()
    assert isinstance(splitter, QSplitter)
    column = QSplitter(Qt.Orientation.Vertical, screen)  # parented: Qt owns it, not Python
    column.setChildrenCollapsible(False)
    splitter.replaceWidget(splitter.indexOf(detail), column)
    panel = SubscriptionPanel(screen.ctx, services)
    column.addWidget(detail)
    column.addWidget(panel)
    column.setSizes([300, 500])
    FitPanel(column, panel)  # the seat detail takes the height the panel does not need
    splitter.setSizes([900, 400])  # the terms and store steps need more room than a seat
    detail.show()

    panel.follow(screen)
    screen.subscription_panel = panel  # type: ignore[attr-defined]
    return panel
