"""The Deliveries screen: every send, its status (overdue too, SD-4), undo and confirm.

"Undo send" (SD-6) and "Mark delivered" (SD-4) apply to a pending delivery
only; otherwise the action stays disabled and its tooltip says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from seatkeeper.domain.delivery import PLATFORM_LABELS, DeliveryDisplayStatus
from seatkeeper.domain.enums import DeliveryMethod, Platform
from seatkeeper.services.bundle import Services
from seatkeeper.services.deliveries import DeliveryRow, DeliveryService
from seatkeeper.ui.models.paged_table_model import Column, PagedTableModel
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen

OPEN = {DeliveryDisplayStatus.PENDING.value, DeliveryDisplayStatus.OVERDUE.value}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeliveriesScreen", text)


def status_text(status: str) -> str:
    return {"pending": _tr("Pending"), "overdue": _tr("Overdue"), "delivered": _tr("Delivered"),
            "undone": _tr("Undone"), "failed": _tr("Failed")}.get(status, status)


def target_text(row: DeliveryRow) -> str:
    if row.device is not None:
        return row.device
    platform = PLATFORM_LABELS.get(Platform(row.platform)) if row.platform else None
    return f"{row.email} ({platform})" if platform else row.email or "—"


def when(row: DeliveryRow) -> str:
    return f"{row.sent_at:%Y-%m-%d %H:%M} UTC"


def delivery_columns() -> list[Column[DeliveryRow]]:
    return [
        Column("status", _tr("Status"), lambda r: status_text(r.status),
               tone=lambda r: "warning" if r.status in ("overdue", "failed") else
               "muted" if r.status == "undone" else None,
               tooltip=lambda r: _tr("Pending for more than 24 hours.")
               if r.status == "overdue" else None),
        Column("subscription", _tr("Subscription"), lambda r: r.subscription),
        Column("device", _tr("Device or e-mail"), target_text),
        Column("sent_at", _tr("Sent"), when),
        Column("method", _tr("On the sending device"), lambda r: r.hint, tooltip=lambda r: r.hint,
               tone=lambda _r: "muted"),
    ]


def render_delivery(row: DeliveryRow) -> str:
    how = _tr("To the device") if row.method == DeliveryMethod.DEVICE.value \
        else _tr("Download link by e-mail")
    html = section(_tr("Delivery %1").replace("%1", str(row.delivery_id)), [
        (_tr("Status"), status_text(row.status)),
        (_tr("Subscription"), row.subscription),
        (_tr("How"), how),
        (_tr("Sent to"), target_text(row)),
        (_tr("Sent"), when(row)),
        (_tr("Resolved"), f"{row.resolved_at:%Y-%m-%d %H:%M} UTC" if row.resolved_at else "—"),
        (_tr("Note"), row.detail or "—"),
    ])
    hint = row.hint.replace("&", "&amp;").replace("<", "&lt;")
    return html + f"<h4 style='margin-bottom:2px'>{_tr('On the sending device')}</h4><p>{hint}</p>"


def delivery_noun(count: int) -> str:
    return _tr("1 delivery") if count == 1 else _tr("%1 deliveries").replace("%1", f"{count:,}")


class DeliveriesScreen(TableScreen):
    """Deliveries, newest first; ``changed`` fires after an undo or confirmation."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, services: Services) -> None:
        self.deliveries: DeliveryService = services.deliveries
        model: PagedTableModel[DeliveryRow] = PagedTableModel(
            runner, self.deliveries.count, self.deliveries.page, delivery_columns(),
            lambda r: r.delivery_id, default_sort="sent_at")
        super().__init__(
            runner, model, noun=delivery_noun,
            filter_hint=_tr("Filter by subscription, device, e-mail or note (Ctrl+F)"),
            detail_hint=_tr("Select a delivery to see where it went and what it needs."),
            fetch_detail=lambda row: row, render_detail=render_delivery,
            column_widths=[80, 230, 270, 150, 300])
        # Newest first: the header's indicator drives the model's ORDER BY.
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self._read_only = services.read_only
        self.undo_action = QAction(_tr("&Undo send"), self)
        self.undo_action.setObjectName("undo_send")
        self.undo_action.triggered.connect(self._undo)
        self.deliver_action = QAction(_tr("&Mark delivered"), self)
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
        if self._read_only:
            why = _tr("The roster is open for read-only review.")
        elif row is None:
            why = _tr("Select a pending delivery first.")
        elif row.status not in OPEN:
            why = _tr("Only a pending delivery can change; this one is %1.") \
                .replace("%1", status_text(row.status).lower())
        for action, tip in ((self.undo_action, _tr("Take back this pending delivery (SD-6).")),
                            (self.deliver_action,
                             _tr("Confirm that this delivery arrived (SD-4)."))):
            action.setEnabled(not why)
            action.setToolTip(why or tip)

    def _undo(self) -> None:
        row = self.current_row()
        if row is None or row.status not in OPEN:
            return
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Undo send"),
                          _tr("Undo sending “%1” to %2? The delivery is marked undone and "
                              "cannot be resumed; send again if it is needed later.")
                          .replace("%1", row.subscription).replace("%2", target_text(row)),
                          QMessageBox.StandardButton.Cancel, self)
        undo = box.addButton(_tr("&Undo send"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmUndo")
        def answered(_result: int) -> None:
            if box.clickedButton() is undo:
                self._run(lambda: self.deliveries.undo(row.delivery_id).value)
        box.finished.connect(answered)
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    def _mark_delivered(self) -> None:
        row = self.current_row()
        if row is not None and row.status in OPEN:
            self._run(lambda: self.deliveries.mark_delivered(row.delivery_id).value)

    def _run(self, work: Callable[[], DeliveryRow]) -> None:
        self.runner.run(work, lambda _row: self._changed(), write=True)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


def build(runner: TaskRunner, services: Services) -> TableScreen:
    return DeliveriesScreen(runner, services)
