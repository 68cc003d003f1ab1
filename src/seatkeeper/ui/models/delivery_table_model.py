"""The Deliveries table: every send, newest first, with its status (overdue too, SD-4)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from seatkeeper.domain.delivery import PLATFORM_LABELS
from seatkeeper.domain.enums import Platform
from seatkeeper.services.deliveries import DeliveryRow, DeliveryService
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner


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


class DeliveryTableModel(SqlPagedModel[DeliveryRow]):
    """Deliveries, paged from the store; the screen sorts them newest first."""

    def __init__(self, runner: TaskRunner, deliveries: DeliveryService) -> None:
        super().__init__(runner, deliveries.count, deliveries.page, delivery_columns(),
                         lambda r: r.delivery_id, default_sort="sent_at")
