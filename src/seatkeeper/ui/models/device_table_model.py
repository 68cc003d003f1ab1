"""The Devices table: each device, what it uses, and whether a delivery waits."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from seatkeeper.services.rows import DeviceRow
from seatkeeper.store.paging import FILTER_COUNT_CAP
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from seatkeeper.services.roster import RosterService

PLATFORM_NAMES = {"windows": "Windows", "macos": "macOS", "linux": "Linux", "ios": "iOS",
                  "android": "Android", "router": "Router"}

CTX = "DeviceTableModel"


class DeviceColumn(IntEnum):
    NAME = 0
    PLATFORM = 1
    OS_VERSION = 2
    APP_VERSION = 3
    REGION = 4
    CONNECTED = 5
    IN_USE = 6
    PENDING = 7


def device_columns() -> list[Column[DeviceRow]]:
    return [
        Column("name", tr(CTX, "Device"), lambda r: r.name),
        Column("platform", tr(CTX, "Platform"),
               lambda r: PLATFORM_NAMES.get(r.platform, r.platform)),
        Column("os_version", tr(CTX, "OS version"), lambda r: r.os_version),
        Column("app_version", tr(CTX, "App version"), lambda r: r.app_version),
        Column("region", tr(CTX, "Region"), lambda r: r.region),
        Column("connected", tr(CTX, "Connected"),
               lambda r: tr(CTX, "Yes") if r.connected else tr(CTX, "Not connected"),
               tone=lambda r: None if r.connected else "warning",
               tooltip=lambda r: None if r.connected else
               tr(CTX, "The device is not connected to the vendor account."), words=True),
        Column("in_use", tr(CTX, "Seat or subscription in use"),
               lambda r: r.in_use or tr(CTX, "None")),
        Column("pending", tr(CTX, "Delivery"),
               lambda r: tr(CTX, "Pending") if r.pending_delivery else "", words=True),
    ]


class DeviceTableModel(SqlPagedModel[DeviceRow]):
    """Every device of every vendor account, paged from the store."""

    def __init__(self, runner: TaskRunner, roster: RosterService) -> None:
        super().__init__(runner, roster.count_devices, roster.device_page, device_columns(),
                         lambda r: r.device_id, default_sort="name", count_cap=FILTER_COUNT_CAP)
