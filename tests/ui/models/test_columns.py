"""Every table model passes Qt's model tester, then again after a real change, in place and
after a refresh."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from seatkeeper.services.bundle import Services
from seatkeeper.store import tables as t
from seatkeeper.ui.models.audit_table_model import AuditTableModel
from seatkeeper.ui.models.columns import ColumnModel
from seatkeeper.ui.models.deadline_table_model import DeadlineTableModel
from seatkeeper.ui.models.delivery_table_model import DeliveryTableModel
from seatkeeper.ui.models.device_table_model import DeviceTableModel
from seatkeeper.ui.models.licence_table_model import LicenceTableModel
from seatkeeper.ui.models.review_model import ReviewTableModel
from seatkeeper.ui.tasks import TaskRunner


def _more_seats(services: Services) -> None:
    def work(conn: sa.Connection) -> None:
        conn.execute(t.seats.insert(), [
            {"subscription_id": 1, "licence_id": f"MT-{n:04d}", "renew": True,
             "status": "active", "created_at": services.clock(), "version": 1}
            for n in range(7)])
    services.store.write(work)


def _fewer_devices(services: Services) -> None:
    services.store.write(lambda c: c.execute(
        t.devices.delete().where(t.devices.c.name == "Meeting-room Mac")))


def _no_deliveries(services: Services) -> None:
    services.store.write(lambda c: c.execute(t.deliveries.delete()))


def _renewals_off(services: Services) -> None:
    def work(conn: sa.Connection) -> None:
        conn.execute(t.seats.update().values(renew=False))
        conn.execute(t.subscriptions.update().values(auto_renew=False))
    services.store.write(work)


@dataclass(frozen=True)
class Case:
    make: Callable[[TaskRunner, Services], ColumnModel[object]]
    change: Callable[[Services], None]  # a write that changes the rows


CASES = {
    "licences": Case(lambda r, s: LicenceTableModel(r, s.roster.count_licences,
                                                    s.roster.licence_page), _more_seats),
    "devices": Case(lambda r, s: DeviceTableModel(r, s.roster), _fewer_devices),
    "deliveries": Case(lambda r, s: DeliveryTableModel(r, s.deliveries), _no_deliveries),
    "audit": Case(lambda r, s: AuditTableModel(r, s.audit),
                  lambda s: s.seats.set_renew([1, 2], False)),
    "deadlines": Case(lambda r, s: DeadlineTableModel(r, s.deadlines, s.clock), _renewals_off),
    "review": Case(lambda r, s: ReviewTableModel(r, s.review), _more_seats),
}


def _check(request: pytest.FixtureRequest, model: ColumnModel[object]) -> None:
    ModelTester(request.config).check(model, force_py=True)  # a tester checks a model once


@pytest.mark.parametrize("kind", list(CASES))
def test_every_model_passes_the_model_tester_before_and_after_a_change(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services,
        request: pytest.FixtureRequest, kind: str) -> None:
    case = CASES[kind]
    model = case.make(runner, demo_services)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    _check(request, model)  # this tester keeps watching the model's signals from now on
    rows_before = model.rowCount()
    case.change(demo_services)
    fresh = case.make(runner, demo_services)
    with qtbot.waitSignal(fresh.loaded, timeout=10_000):
        fresh.refresh()
    assert fresh.rowCount() != rows_before  # the change shows
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.reload()  # in place
    assert model.rowCount() == fresh.rowCount()
    _check(request, model)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()  # and by a reset
    assert model.rowCount() == fresh.rowCount()
    _check(request, model)
