"""After a write the screens reload in place: selection, current row and scroll follow the ids."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from seatkeeper.domain.changes import Changes, Entity
from seatkeeper.services.bundle import Services
from seatkeeper.store import tables as t
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.columns import ID_ROLE
from seatkeeper.ui.widgets.table_screen import TableScreen


def add_seats(services: Services, subscription_id: int, count: int, prefix: str) -> list[int]:
    """Seats written behind the window's back, as another admin's write would be."""
    def work(conn: sa.Connection) -> list[int]:
        conn.execute(t.seats.insert(), [
            {"subscription_id": subscription_id, "licence_id": f"{prefix}-{n:04d}",
             "renew": True, "status": "active", "created_at": services.clock(), "version": 1}
            for n in range(count)])
        return list(conn.execute(sa.select(t.seats.c.id).where(
            t.seats.c.licence_id.like(f"{prefix}-%"))).scalars())
    return services.store.write(work)


def row_id(screen: TableScreen, row: int) -> int:
    return int(screen.model.data(screen.model.index(row, 0), ID_ROLE))


def reload_after(qtbot: QtBot, window: MainWindow, screen: TableScreen,
                 changes: Changes) -> None:
    with qtbot.waitSignal(screen.model.reloaded, timeout=10_000):
        window.ctx.events.announce(changes)


def test_the_selection_follows_its_seat_when_rows_are_added_above(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = demo_window.screens["licences"]
    services = demo_window.services
    assert services is not None
    first_sub = screen.model.row_at(0).subscription_id
    last = screen.model.rowCount() - 1
    chosen = screen.model.row_at(last)
    assert chosen.subscription_id != first_sub  # so rows added to the first block are above
    selection = screen.table.selectionModel()
    index = screen.model.index(last, 0)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    resets: list[int] = []
    screen.model.modelReset.connect(lambda: resets.append(1))
    before = screen.model.rowCount()
    added = add_seats(services, first_sub, 5, "ABOVE")
    reload_after(qtbot, demo_window, screen, Changes.of(Entity.SEAT, added))
    assert screen.model.rowCount() == before + 5
    assert resets == []  # in place: no reset
    current = screen.table.currentIndex()
    assert current.row() == last + 5
    assert screen.model.data(current, ID_ROLE) == chosen.seat_id
    assert [screen.model.data(i, ID_ROLE) for i in selection.selectedRows()] == [chosen.seat_id]


def test_the_view_keeps_its_place_by_the_top_row(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = demo_window.screens["licences"]
    services = demo_window.services
    assert services is not None
    last_sub = screen.model.row_at(screen.model.rowCount() - 1).subscription_id
    reload_after(qtbot, demo_window, screen, Changes.of(
        Entity.SEAT, add_seats(services, last_sub, 120, "MANY")))  # something to scroll
    first_sub = screen.model.row_at(0).subscription_id
    screen.table.scrollTo(screen.model.index(60, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: screen.table.rowAt(0) == 60, timeout=5_000)
    top = row_id(screen, 60)
    reload_after(qtbot, demo_window, screen, Changes.of(
        Entity.SEAT, add_seats(services, first_sub, 4, "TOP")))
    qtbot.waitUntil(lambda: screen.table.rowAt(0) == 64, timeout=5_000)
    assert row_id(screen, screen.table.rowAt(0)) == top


def test_a_removed_row_leaves_the_selection_and_the_rest_stays(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = demo_window.screens["licences"]
    services = demo_window.services
    assert services is not None
    first_sub = screen.model.row_at(0).subscription_id
    added = add_seats(services, first_sub, 2, "GONE")
    reload_after(qtbot, demo_window, screen, Changes.of(Entity.SEAT, added))
    gone = screen.model.row_of(added[0])
    assert gone is not None
    screen.table.selectRow(gone)
    services.store.write(lambda c: c.execute(t.seats.delete().where(t.seats.c.id.in_(added))))
    reload_after(qtbot, demo_window, screen, Changes.of(Entity.SEAT, added))
    assert screen.model.row_of(added[0]) is None
    assert all(screen.model.data(i, ID_ROLE) not in added
               for i in screen.table.selectionModel().selectedRows())


def test_a_hidden_screen_reloads_when_it_is_next_shown(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    devices = demo_window.screens["devices"]
    assert not devices.isVisible()
    reloads: list[int] = []
    devices.model.reloaded.connect(lambda: reloads.append(1))
    demo_window.ctx.events.announce(Changes.of(Entity.DEVICE, [1]))
    demo_window.ctx.events.announce(Changes.of(Entity.DELIVERY, [2]))
    qtbot.wait(0)  # nothing is queued for a hidden screen: nothing to wait for
    assert reloads == []
    with qtbot.waitSignal(devices.model.reloaded, timeout=10_000):
        demo_window.show_screen("devices")
    assert reloads == [1]  # once, for both changes


def test_a_change_a_screen_does_not_show_leaves_it_alone(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    licences = demo_window.screens["licences"]
    reloads: list[int] = []
    licences.model.reloaded.connect(lambda: reloads.append(1))
    demo_window.ctx.events.announce(Changes.of(Entity.DELIVERY, [1]))  # not on Licences
    demo_window.show_screen("devices")
    demo_window.show_screen("licences")
    assert reloads == []
