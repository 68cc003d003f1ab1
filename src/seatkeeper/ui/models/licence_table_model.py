"""The Licences table: one row per seat, with its subscription and holder."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from seatkeeper.services.rows import LicenceRow
from seatkeeper.store.paging import FILTER_COUNT_CAP
from seatkeeper.ui.models.paged_table_model import (
    CappedCount,
    Column,
    Page,
    PagedTableModel,
)
from seatkeeper.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("LicenceTableModel", text)


class LicenceColumn(IntEnum):
    SUBSCRIPTION = 0
    SEAT = 1
    HOLDER = 2
    EMAIL = 3
    RENEWS = 4
    RENEWAL_DATE = 5
    DEVICES = 6
    STATUS = 7


def licence_columns() -> list[Column[LicenceRow]]:
    unassigned = _tr("Unassigned")
    return [
        Column("subscription", _tr("Subscription"), lambda r: r.subscription),
        Column("seat", _tr("Seat"), lambda r: r.licence_id),
        Column("holder", _tr("Holder"), lambda r: r.holder or unassigned,
               tone=lambda r: None if r.holder else "muted"),
        Column("email", _tr("E-mail"), lambda r: r.email or ""),
        Column("renews", _tr("Renews"), lambda r: _tr("Yes") if r.renews else _tr("No")),
        Column("renewal_date", _tr("Renewal date"), lambda r: r.renewal_date.isoformat()),
        Column("devices", _tr("Devices"), lambda r: f"{r.devices_connected} / {r.device_limit}",
               align_right=True,
               tone=lambda r: "warning" if r.devices_connected >= r.device_limit else None,
               tooltip=lambda r: _tr("%n device(s) connected at once, of at most %1")
               .replace("%n", str(r.devices_connected)).replace("%1", str(r.device_limit))),
        Column("status", _tr("Status"), lambda r: r.status,
               tone=lambda r: None if r.status == "Active" else "warning"),
    ]


class LicenceTableModel(PagedTableModel[LicenceRow]):
    """Seats of every subscription, paged from the store."""

    def __init__(self, runner: TaskRunner, count: CappedCount | None = None,
                 page: Page[LicenceRow] | None = None, *, page_size: int = 200) -> None:
        super().__init__(runner, count, page, licence_columns(), lambda r: r.seat_id,
                         default_sort="subscription", page_size=page_size,
                         count_cap=FILTER_COUNT_CAP)
