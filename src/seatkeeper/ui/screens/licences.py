"""The Licences screen: every seat, its holder, renewal and devices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from seatkeeper.domain.changes import Entity
from seatkeeper.services.first_look import FIRST_PAGE_ROWS, FirstPage
from seatkeeper.services.rows import SeatDetail
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.models.device_table_model import PLATFORM_NAMES
from seatkeeper.ui.models.licence_table_model import LicenceTableModel
from seatkeeper.ui.widgets.detail_pane import bullet_list, section
from seatkeeper.ui.widgets.table_screen import TableScreen

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services

PAGE_SIZE = FIRST_PAGE_ROWS  # rows a page; the first look reads the same first page
WATCHES = frozenset({Entity.SEAT, Entity.SUBSCRIPTION, Entity.PERSON, Entity.DEVICE,
                     Entity.CREDENTIAL})


def _tr(text: str) -> str:
    return QCoreApplication.translate("LicencesScreen", text)


def render_seat(detail: SeatDetail) -> str:
    row = detail.row
    yes, no = _tr("Yes"), _tr("No — lapses at the renewal date")
    html = section(_tr("Seat %1").replace("%1", row.licence_id), [
        (_tr("Subscription"), row.subscription),
        (_tr("Vendor"), detail.vendor),
        (_tr("Owner (controls all seats)"), detail.owner_email),
        (_tr("Holder"), row.holder or _tr("Unassigned")),
        (_tr("E-mail"), row.email or "—"),
        (_tr("Renews at next billing period"), yes if row.renews else no),
        (_tr("Renewal date"), row.renewal_date.isoformat()),
        (_tr("Plan"), _tr("%1 months, billed in %2").replace("%1", str(detail.plan_months))
         .replace("%2", detail.currency)),
        (_tr("Devices connected"), f"{row.devices_connected} / {row.device_limit}"),
        (_tr("Status"), row.status),
    ])
    platforms = [PLATFORM_NAMES.get(p, p) for p in detail.credential_platforms]
    html += bullet_list(_tr("Sign-in credentials (in the keyring)"), platforms,
                        _tr("None stored for this seat."))
    html += bullet_list(_tr("Connected devices"), list(detail.devices),
                        _tr("No device uses this seat."))
    history = [
        f"{h.holder} <{h.email}> — {h.assigned_at:%Y-%m-%d} → "
        + (f"{h.unassigned_at:%Y-%m-%d}" if h.unassigned_at else _tr("now"))
        for h in detail.history
    ]
    html += bullet_list(_tr("Who held this seat"), history, _tr("Never assigned."))
    html += bullet_list(_tr("Changes (audit log)"), list(detail.changes),
                        _tr("No change recorded for this seat."))
    return html


def seat_noun(count: int) -> str:
    return _tr("1 seat") if count == 1 else _tr("%1 seats").replace("%1", f"{count:,}")


def _screen(ctx: WindowContext) -> TableScreen:
    return TableScreen(
        ctx, LicenceTableModel(ctx.runner, page_size=PAGE_SIZE), noun=seat_noun,
        filter_hint=_tr("Filter by subscription, seat, holder or e-mail (Ctrl+F)"),
        detail_hint=_tr("Select a seat to see its holder, history, devices and credentials."),
        render_detail=render_seat, column_widths=[175, 58, 125, 190, 58, 92, 62, 120],
        watches=WATCHES, row_entity=Entity.SEAT,
    )


def build_early(ctx: WindowContext, first: FirstPage) -> TableScreen:
    """The screen over the window's first look: real seats, shown before the services exist.

    Filtering, sorting and the detail wait for ``go_live`` (a fraction of a second).
    """
    screen = _screen(ctx)
    model = screen.model
    assert isinstance(model, LicenceTableModel)
    model.seed(first.count, first.rows)
    return screen


def go_live(screen: TableScreen, services: Services) -> None:
    """Connect ``screen`` to the open roster: its queries, the seat detail, the terms panel."""
    from seatkeeper.ui.widgets import subscription_panel  # imports the services

    roster = services.roster
    screen.go_live(roster.count_licences, roster.licence_page,
                   lambda row: roster.seat_detail(row.seat_id))
    subscription_panel.attach(screen, services)  # terms and actions (issue 4)


def build(ctx: WindowContext) -> TableScreen:
    services = ctx.services
    assert services is not None
    screen = _screen(ctx)
    go_live(screen, services)
    return screen
