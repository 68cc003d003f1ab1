"""The Deliveries table: every send, newest first, with its status (overdue too, SD-4)."""

from __future__ import annotations

from seatkeeper.domain.delivery import PLATFORM_LABELS
from seatkeeper.domain.enums import Platform
from seatkeeper.services.deliveries import DeliveryRow, DeliveryService
from seatkeeper.ui.i18n import instant_text, render, tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner

CTX = "DeliveriesScreen"


def status_text(status: str) -> str:
    return {"pending": tr(CTX, "Pending"), "overdue": tr(CTX, "Overdue"),
            "delivered": tr(CTX, "Delivered"), "undone": tr(CTX, "Undone"),
            "failed": tr(CTX, "Failed")}.get(status, status)


def target_text(row: DeliveryRow) -> str:
    if row.device is not None:
        return row.device
    platform = PLATFORM_LABELS.get(Platform(row.platform)) if row.platform else None
    return f"{row.email} ({platform})" if platform else row.email or "—"


def when(row: DeliveryRow) -> str:
    return instant_text(row.sent_at, zone=True)


def delivery_columns() -> list[Column[DeliveryRow]]:
    return [
        Column("status", tr(CTX, "Status"), lambda r: status_text(r.status),
               tone=lambda r: "warning" if r.status in ("overdue", "failed") else
               "muted" if r.status == "undone" else None,
               tooltip=lambda r: tr(CTX, "Pending for more than 24 hours.")
               if r.status == "overdue" else None, words=True),
        Column("subscription", tr(CTX, "Subscription"), lambda r: r.subscription),
        Column("device", tr(CTX, "Device or e-mail"), target_text),
        Column("sent_at", tr(CTX, "Sent"), when),
        Column("method", tr(CTX, "On the sending device"), lambda r: render(r.hint),
               tooltip=lambda r: render(r.hint), tone=lambda _r: "muted", words=True),
    ]


class DeliveryTableModel(SqlPagedModel[DeliveryRow]):
    """Deliveries, paged from the store; the screen sorts them newest first."""

    def __init__(self, runner: TaskRunner, deliveries: DeliveryService) -> None:
        super().__init__(runner, deliveries.count, deliveries.page, delivery_columns(),
                         lambda r: r.delivery_id, default_sort="sent_at")
