"""The Devices table: each device, what it uses, and whether a delivery waits."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from seatkeeper.services.rows import DeviceRow
from seatkeeper.store.paging import FILTER_COUNT_CAP
from seatkeeper.ui.models.paged_table_model import Column, PagedTableModel
from seatkeeper.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from seatkeeper.services.roster import RosterService

PLATFORM_NAMES = {"windows": "Windows", "macos": "macOS", "linux": "Linux", "ios": "iOS",
                  "android": "Android", "router": "Router"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceTableModel", text)


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
        Column("name", _tr("Device"), lambda r: r.name),
        Column("platform", _tr("Platform"), lambda r: PLATFORM_NAMES.get(r.platform, r.platform)),
        Column("os_version", _tr("OS version"), lambda r: r.os_version),
        Column("app_version", _tr("App version"), lambda r: r.app_version),
        Column("region", _tr("Region"), lambda r: r.region),
        Column("connected", _tr("Connected"),
               lambda r: _tr("Yes") if r.connected else _tr("Not connected"),
               tone=lambda r: None if r.connected else "warning",
               tooltip=lambda r: None if r.connected else
               _tr("The device is not connected to the vendor account.")),
        Column("in_use", _tr("Seat or subscription in use"), lambda r: r.in_use or _tr("None")),
        Column("pending", _tr("Delivery"), lambda r: _tr("Pending") if r.pending_delivery else ""),
    ]


class DeviceTableModel(PagedTableModel[DeviceRow]):
    """Every device of every vendor account, paged from the store."""

    def __init__(self, runner: TaskRunner, roster: RosterService) -> None:
        super().__init__(runner, roster.count_devices, roster.device_page, device_columns(),
                         lambda r: r.device_id, default_sort="name", count_cap=FILTER_COUNT_CAP)
