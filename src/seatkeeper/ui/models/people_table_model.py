"""The People table: each person, their department, active or left, what they hold."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from seatkeeper.services.people import PersonRow
from seatkeeper.ui.i18n import date_text, number, tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from seatkeeper.services.people import PeopleService

CTX = "PeopleTableModel"


class PeopleColumn(IntEnum):
    NAME = 0
    STATUS = 1
    LEFT_ON = 2
    DEPARTMENT = 3
    SEATS = 4
    DEVICES = 5
    EMAIL = 6  # last: the longest, and the name already says who


def status_text(status: str) -> str:
    return tr(CTX, "Left") if status == "left" else tr(CTX, "Active")


def _status_tip(r: PersonRow) -> str | None:
    if r.status == "left" and (r.seats or r.devices):
        return tr(CTX, "Left, but still holds {seats} seat(s) and {devices} device(s).",
                  seats=r.seats, devices=r.devices)
    if r.in_directory is False:
        return tr(CTX, "Not in the directory file last imported.")
    return None


def people_columns() -> list[Column[PersonRow]]:
    return [
        Column("name", tr(CTX, "Name"), lambda r: r.name),
        Column("status", tr(CTX, "Status"), lambda r: status_text(r.status),
               tone=lambda r: "warning" if r.status == "left" and (r.seats or r.devices)
               else "muted" if r.status == "left" else None,
               tooltip=_status_tip, words=True),
        Column("left_on", tr(CTX, "Left on"),
               lambda r: date_text(r.left_on) if r.left_on else ""),
        Column("department", tr(CTX, "Department"), lambda r: r.department or ""),
        Column("seats", tr(CTX, "Seats"), lambda r: number(r.seats), align_right=True),
        Column("devices", tr(CTX, "Devices"), lambda r: number(r.devices), align_right=True),
        Column("email", tr(CTX, "E-mail"), lambda r: r.email),
    ]


class PeopleTableModel(SqlPagedModel[PersonRow]):
    """Every person of the roster, paged, sorted and filtered in the store."""

    def __init__(self, runner: TaskRunner, people: PeopleService) -> None:
        super().__init__(runner, people.count, people.page, people_columns(),
                         lambda r: r.person_id, default_sort="name")
