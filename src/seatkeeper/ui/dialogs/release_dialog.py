"""Release a leaver's seats: the counts first, then one audited change, undone as one.

The person's seats and devices are read on a worker and shown in a confirmation
("2 seats, 3 devices"); yes frees them all in one write (``PeopleService.release``,
every change through the seat service's audited steps) and puts one step on the
window's undo stack, whose undo gives the seats and devices back the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from seatkeeper.services.bundle import Services
from seatkeeper.services.people import PersonDetail, Released
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.dialogs.seat_dialogs import confirm
from seatkeeper.ui.i18n import date_text, tr
from seatkeeper.ui.undo import undo_for

CTX = "ReleaseLeaver"


def release_leaver(ctx: WindowContext, services: Services, email: str, parent: QWidget,
                   shown: Callable[[QMessageBox], None] | None = None) -> None:
    """Ask, with the counts, then release; ``shown`` gets the confirmation (tests)."""
    def ask(detail: PersonDetail) -> None:
        box = confirm(parent, tr(CTX, "Release leaver's seats"), _question(detail),
                      tr(CTX, "&Release {seats} seat(s)", seats=len(detail.seats)),
                      lambda: _release(ctx, services, detail))
        box.setObjectName("releaseLeaverDialog")
        if shown is not None:
            shown(box)

    ctx.read(lambda: services.people.by_email(email), owner=parent).success(ask).failure(
        ctx.messages.fail).run()


def _question(detail: PersonDetail) -> str:
    row = detail.row
    who = escape(f"{row.name} <{row.email}>")
    left = tr(CTX, "{who} left on {day}.", who=who, day=date_text(row.left_on)) \
        if row.left_on else tr(CTX, "{who} is still active in the directory.", who=who)
    seats = ", ".join(escape(f"{s.licence_id} ({s.subscription})") for s in detail.seats)
    devices = ", ".join(escape(d.name) for d in detail.devices)
    text = f"<p>{left}</p><p>" + tr(
        CTX, "Free {seats} seat(s) and disconnect {devices} device(s)?",
        seats=len(detail.seats), devices=len(detail.devices)) + "</p>"
    if seats:
        text += f"<p>{tr(CTX, 'Seats:')} {seats}</p>"
    if devices:
        text += f"<p>{tr(CTX, 'Devices:')} {devices}</p>"
    return text + "<p>" + tr(CTX, "Each change goes into the audit log; Edit → Undo gives "
                             "them back in one step.") + "</p>"


def _release(ctx: WindowContext, services: Services, detail: PersonDetail) -> None:
    people, email = services.people, detail.row.email

    def done(released: Released) -> None:
        undo_for(ctx).record(
            tr(CTX, "Release the seats of {name}", name=released.name),
            lambda: people.restore(released), lambda: people.release(email))
        ctx.messages.say(tr(CTX, "Released {seats} seat(s) and {devices} device(s) of {name}.",
                            seats=len(released.seats), devices=len(released.devices),
                            name=released.name), 8)

    ctx.write(lambda: people.release(email), owner=ctx).success(done).failure(
        ctx.messages.fail).run()
