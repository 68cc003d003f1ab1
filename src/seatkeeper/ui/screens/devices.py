"""The Devices screen: each device, its platform, versions, region and what it uses."""

from __future__ import annotations

from seatkeeper.domain.changes import Entity
from seatkeeper.services.deliveries import DeliveryRow
from seatkeeper.services.rows import DeviceDetail, DeviceRow
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.models.delivery_table_model import status_text, when
from seatkeeper.ui.models.device_table_model import PLATFORM_NAMES, DeviceTableModel
from seatkeeper.ui.widgets.detail_pane import bullet_list, section
from seatkeeper.ui.widgets.table_screen import TableScreen

CTX = "DevicesScreen"


def render_device(shown: tuple[DeviceDetail, list[DeliveryRow]]) -> str:
    detail, deliveries = shown
    row = detail.row
    html = section(row.name, [
        (tr(CTX, "Vendor account"), detail.vendor),
        (tr(CTX, "Platform"), PLATFORM_NAMES.get(row.platform, row.platform)),
        (tr(CTX, "OS version"), row.os_version or "—"),
        (tr(CTX, "App version"), row.app_version or "—"),
        (tr(CTX, "Region"), row.region),
        (tr(CTX, "Connected to the account"), tr(CTX, "Yes") if row.connected else tr(CTX, "No")),
        (tr(CTX, "Seat or subscription in use"), row.in_use or tr(CTX, "None")),
    ])
    # SD-5: each delivery with its effective status (overdue after 24 h pending).
    lines = [tr(CTX, "{status} · {subscription} · sent {when}", status=status_text(d.status),
                subscription=d.subscription, when=when(d)) for d in deliveries]
    html += bullet_list(tr(CTX, "Deliveries (My devices)"), lines,
                        tr(CTX, "Nothing was sent to this device."))
    return html


def device_noun(count: int) -> str:
    return tr(CTX, "1 device") if count == 1 else tr(CTX, "{count} devices", count=count)


def build(ctx: WindowContext) -> TableScreen:
    services = ctx.services
    assert services is not None
    roster = services.roster

    def fetch(row: DeviceRow) -> tuple[DeviceDetail, list[DeliveryRow]]:
        return roster.device_detail(row.device_id), services.deliveries.for_device(row.device_id)

    return TableScreen(
        ctx, DeviceTableModel(ctx.runner, roster), noun=device_noun,
        filter_hint=tr(CTX, "Filter by device, platform, region or version (Ctrl+F)"),
        detail_hint=tr(CTX, "Select a device to see what it uses and what was sent to it."),
        fetch_detail=fetch, render_detail=render_device,
        column_widths=[170, 75, 95, 90, 60, 100, 260, 70],
        watches=frozenset({Entity.DEVICE, Entity.SEAT, Entity.SUBSCRIPTION, Entity.DELIVERY}),
        row_entity=Entity.DEVICE,
    )
