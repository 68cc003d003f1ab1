"""The Deliveries screen: every send, its status (overdue too, SD-4), undo and confirm.

"Undo send" (SD-6) and "Mark delivered" (SD-4) apply to a pending delivery
only; otherwise the action stays disabled and its tooltip says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from seatkeeper.domain.changes import Changed, Entity
from seatkeeper.domain.delivery import DeliveryDisplayStatus
from seatkeeper.domain.enums import DeliveryMethod
from seatkeeper.services.deliveries import DeliveryRow, DeliveryService
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.i18n import instant_text, render, tr
from seatkeeper.ui.models.delivery_table_model import (
    DeliveryTableModel,
    status_text,
    target_text,
    when,
)
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen

OPEN = {DeliveryDisplayStatus.PENDING.value, DeliveryDisplayStatus.OVERDUE.value}


CTX = "DeliveriesScreen"


def render_delivery(row: DeliveryRow) -> str:
    how = tr(CTX, "To the device") if row.method == DeliveryMethod.DEVICE.value \
        else tr(CTX, "Download link by e-mail")
    html = section(tr(CTX, "Delivery {delivery_id}", delivery_id=row.delivery_id), [
        (tr(CTX, "Status"), status_text(row.status)),
        (tr(CTX, "Subscription"), row.subscription),
        (tr(CTX, "How"), how),
        (tr(CTX, "Sent to"), target_text(row)),
        (tr(CTX, "Sent"), when(row)),
        (tr(CTX, "Resolved"), instant_text(row.resolved_at, zone=True) if row.resolved_at else "—"),
        (tr(CTX, "Note"), row.detail or "—"),
    ])
    hint = render(row.hint).replace("&", "&amp;").replace("<", "&lt;")
    title = tr(CTX, "On the sending device")
    return html + f"<h4 style='margin-bottom:2px'>{title}</h4><p>{hint}</p>"


def delivery_noun(count: int) -> str:
    return tr(CTX, "1 delivery") if count == 1 else tr(CTX, "{count} deliveries", count=count)


class DeliveriesScreen(TableScreen):
    """Deliveries, newest first, with undo send and mark delivered for a pending one."""

    def __init__(self, ctx: WindowContext) -> None:
        services = ctx.services
        assert services is not None
        self.deliveries: DeliveryService = services.deliveries
        model = DeliveryTableModel(ctx.runner, self.deliveries)
        super().__init__(
            ctx, model, noun=delivery_noun,
            filter_hint=tr(CTX, "Filter by subscription, device, e-mail or note (Ctrl+F)"),
            detail_hint=tr(CTX, "Select a delivery to see where it went and what it needs."),
            fetch_detail=lambda row: row, render_detail=render_delivery,
            column_widths=[80, 230, 270, 150, 300],
            watches=frozenset({Entity.DELIVERY, Entity.DEVICE, Entity.SUBSCRIPTION}),
            row_entity=Entity.DELIVERY)
        # Newest first: the header's indicator drives the model's ORDER BY.
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self._refusal = edit_refusal(
            services, lambda: tr(CTX, "The roster is open for read-only review."))
        self.undo_action = QAction(tr(CTX, "&Undo send"), self)
        self.undo_action.setObjectName("undo_send")
        self.undo_action.triggered.connect(self._undo)
        self.deliver_action = QAction(tr(CTX, "&Mark delivered"), self)
        self.deliver_action.setObjectName("mark_delivered")
        self.deliver_action.triggered.connect(self._mark_delivered)
        self.actions_bar.addAction(self.undo_action)
        self.actions_bar.addAction(self.deliver_action)
        self.current_changed.connect(lambda _row: self._update_actions())
        model.modelReset.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current_row()
        why = ""
        if self._refusal:
            why = self._refusal
        elif row is None:
            why = tr(CTX, "Select a pending delivery first.")
        elif row.status not in OPEN:
            why = tr(CTX, "Only a pending delivery can change; this one is {status}.",
                          status=status_text(row.status).lower())
        for action, tip in ((self.undo_action, tr(CTX, "Take back this pending delivery (SD-6).")),
                            (self.deliver_action,
                             tr(CTX, "Confirm that this delivery arrived (SD-4)."))):
            action.setEnabled(not why)
            action.setToolTip(why or tip)

    def _undo(self) -> None:
        row = self.current_row()
        if row is None or row.status not in OPEN:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr(CTX, "Undo send"),
                          tr(CTX, "Undo sending “{subscription}” to {target_text}? The delivery is "
                                  "marked undone and "
                                  "cannot be resumed; send again if it is needed later.",
                                  subscription=row.subscription, target_text=target_text(row)),
                          QMessageBox.StandardButton.Cancel, self)
        undo = box.addButton(tr(CTX, "&Undo send"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmUndo")
        def answered(_result: int) -> None:
            if box.clickedButton() is undo:
                self._run(lambda: self.deliveries.undo(row.delivery_id))
        box.finished.connect(answered)
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    def _mark_delivered(self) -> None:
        row = self.current_row()
        if row is not None and row.status in OPEN:
            self._run(lambda: self.deliveries.mark_delivered(row.delivery_id))

    def _run(self, work: Callable[[], Changed[DeliveryRow]]) -> None:
        self.ctx.write(work, owner=self).run(initiator=self)


def build(ctx: WindowContext) -> TableScreen:
    return DeliveriesScreen(ctx)
