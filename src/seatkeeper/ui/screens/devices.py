"""The Devices screen: each device, its platform, versions, region and what it uses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from seatkeeper.domain.changes import Entity
from seatkeeper.services.deliveries import DeliveryRow
from seatkeeper.services.rows import DeviceDetail, DeviceRow
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.models.delivery_table_model import status_text, when
from seatkeeper.ui.models.device_table_model import PLATFORM_NAMES, DeviceTableModel
from seatkeeper.ui.widgets.detail_pane import bullet_list, section
from seatkeeper.ui.widgets.table_screen import TableScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("DevicesScreen", text)


def render_device(shown: tuple[DeviceDetail, list[DeliveryRow]]) -> str:
    detail, deliveries = shown
    row = detail.row
    html = section(row.name, [
        (_tr("Vendor account"), detail.vendor),
        (_tr("Platform"), PLATFORM_NAMES.get(row.platform, row.platform)),
        (_tr("OS version"), row.os_version or "—"),
        (_tr("App version"), row.app_version or "—"),
        (_tr("Region"), row.region),
        (_tr("Connected to the account"), _tr("Yes") if row.connected else _tr("No")),
        (_tr("Seat or subscription in use"), row.in_use or _tr("None")),
    ])
    # SD-5: each delivery with its effective status (overdue after 24 h pending).
    lines = [f"{status_text(d.status)} · {d.subscription} · sent {when(d)}" for d in deliveries]
    html += bullet_list(_tr("Deliveries (My devices)"), lines,
                        _tr("Nothing was sent to this device."))
    return html


def device_noun(count: int) -> str:
    return _tr("1 device") if count == 1 else _tr("%1 devices").replace("%1", f"{count:,}")


def build(ctx: WindowContext) -> TableScreen:
    services = ctx.services
    assert services is not None
    roster = services.roster

    def fetch(row: DeviceRow) -> tuple[DeviceDetail, list[DeliveryRow]]:
        return roster.device_detail(row.device_id), services.deliveries.for_device(row.device_id)

    return TableScreen(
        ctx, DeviceTableModel(ctx.runner, roster), noun=device_noun,
        filter_hint=_tr("Filter by device, platform, region or version (Ctrl+F)"),
        detail_hint=_tr("Select a device to see what it uses and what was sent to it."),
        fetch_detail=fetch, render_detail=render_device,
        column_widths=[170, 75, 95, 90, 60, 100, 260, 70],
        watches=frozenset({Entity.DEVICE, Entity.SEAT, Entity.SUBSCRIPTION, Entity.DELIVERY}),
        row_entity=Entity.DEVICE,
    )
