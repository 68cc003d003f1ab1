"""The Licences screen: every seat, its holder, renewal and devices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seatkeeper.domain.changes import Entity
from seatkeeper.services.first_look import FIRST_PAGE_ROWS, FirstPage
from seatkeeper.services.rows import SeatDetail
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import date_text, instant_text, render, tr
from seatkeeper.ui.models.device_table_model import PLATFORM_NAMES
from seatkeeper.ui.models.licence_table_model import LicenceTableModel
from seatkeeper.ui.widgets.detail_pane import bullet_list, section
from seatkeeper.ui.widgets.table_screen import TableScreen

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services

PAGE_SIZE = FIRST_PAGE_ROWS  # rows a page; the first look reads the same first page
WATCHES = frozenset({Entity.SEAT, Entity.SUBSCRIPTION, Entity.PERSON, Entity.DEVICE,
                     Entity.CREDENTIAL})


CTX = "LicencesScreen"


def render_seat(detail: SeatDetail) -> str:
    row = detail.row
    yes, no = tr(CTX, "Yes"), tr(CTX, "No — lapses at the renewal date")
    html = section(tr(CTX, "Seat {licence_id}", licence_id=row.licence_id), [
        (tr(CTX, "Subscription"), row.subscription),
        (tr(CTX, "Vendor"), detail.vendor),
        (tr(CTX, "Owner (controls all seats)"), detail.owner_email),
        (tr(CTX, "Holder"), row.holder or tr(CTX, "Unassigned")),
        (tr(CTX, "E-mail"), row.email or "—"),
        (tr(CTX, "Renews at next billing period"), yes if row.renews else no),
        (tr(CTX, "Renewal date"), date_text(row.renewal_date)),
        (tr(CTX, "Plan"), tr(CTX, "{plan_months} months, billed in {currency}",
                              plan_months=detail.plan_months, currency=detail.currency)),
        (tr(CTX, "Devices connected"), f"{row.devices_connected} / {row.device_limit}"
         if row.device_limit is not None
         else tr(CTX, "{n} (limit not known)", n=row.devices_connected)),
        (tr(CTX, "Status"), render(row.status)),
    ])
    platforms = [PLATFORM_NAMES.get(p, p) for p in detail.credential_platforms]
    html += bullet_list(tr(CTX, "Sign-in credentials (in the keyring)"), platforms,
                        tr(CTX, "None stored for this seat."))
    html += bullet_list(tr(CTX, "Connected devices"), list(detail.devices),
                        tr(CTX, "No device uses this seat."))
    history = [
        f"{h.holder} <{h.email}> — {instant_text(h.assigned_at)} → "
        + (instant_text(h.unassigned_at) if h.unassigned_at else tr(CTX, "now"))
        for h in detail.history
    ]
    html += bullet_list(tr(CTX, "Who held this seat"), history, tr(CTX, "Never assigned."))
    html += bullet_list(tr(CTX, "Changes (audit log)"), list(detail.changes),
                        tr(CTX, "No change recorded for this seat."))
    return html


def seat_noun(count: int) -> str:
    return tr(CTX, "1 seat") if count == 1 else tr(CTX, "{count} seats", count=count)


def _screen(ctx: WindowContext) -> TableScreen:
    return TableScreen(
        ctx, LicenceTableModel(ctx.runner, page_size=PAGE_SIZE), noun=seat_noun,
        filter_hint=tr(CTX, "Filter by subscription, seat, holder or e-mail (Ctrl+F)"),
        detail_hint=tr(CTX, "Select a seat to see its holder, history, devices and credentials."),
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
