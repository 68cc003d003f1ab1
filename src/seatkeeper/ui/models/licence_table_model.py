"""The Licences table: one row per seat, with its subscription and holder."""

from __future__ import annotations

from enum import IntEnum

from seatkeeper.services.rows import LicenceRow
from seatkeeper.store.paging import FILTER_COUNT_CAP
from seatkeeper.ui.i18n import date_text, render, tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import CappedCount, Page, SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner

CTX = "LicenceTableModel"


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
    unassigned, yes, no = tr(CTX, "Unassigned"), tr(CTX, "Yes"), tr(CTX, "No")
    return [
        Column("subscription", tr(CTX, "Subscription"), lambda r: r.subscription),
        Column("seat", tr(CTX, "Seat"), lambda r: r.licence_id),
        Column("holder", tr(CTX, "Holder"), lambda r: r.holder or unassigned,
               tone=lambda r: None if r.holder else "muted"),
        Column("email", tr(CTX, "E-mail"), lambda r: r.email or ""),
        Column("renews", tr(CTX, "Renews"), lambda r: yes if r.renews else no, words=True),
        Column("renewal_date", tr(CTX, "Renewal date"), lambda r: date_text(r.renewal_date)),
        Column("devices", tr(CTX, "Devices"),
               lambda r: f"{r.devices_connected} / {r.device_limit}"
               if r.device_limit is not None else f"{r.devices_connected} / ?",
               align_right=True,
               tone=lambda r: "warning" if r.device_limit is not None
               and r.devices_connected >= r.device_limit else None,
               tooltip=lambda r: tr(CTX,
                                    "{n} device(s) connected at once, of at most {limit}",
                                    n=r.devices_connected, limit=r.device_limit)
               if r.device_limit is not None else
               tr(CTX, "{n} device(s) connected at once; the limit is not known",
                  n=r.devices_connected)),
        Column("status", tr(CTX, "Status"), lambda r: render(r.status),
               tone=lambda r: None if r.active else "warning", words=True),
    ]


class LicenceTableModel(SqlPagedModel[LicenceRow]):
    """Seats of every subscription, paged from the store."""

    def __init__(self, runner: TaskRunner, count: CappedCount | None = None,
                 page: Page[LicenceRow] | None = None, *, page_size: int = 200) -> None:
        super().__init__(runner, count, page, licence_columns(), lambda r: r.seat_id,
                         default_sort="subscription", page_size=page_size,
                         count_cap=FILTER_COUNT_CAP)
