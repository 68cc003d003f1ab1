"""Both table models pass Qt's model tester, stay valid after changes, and page lazily."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from seatkeeper.services.bundle import Services
from seatkeeper.services.rows import LicenceRow
from seatkeeper.store import tables as t
from seatkeeper.store.paging import TableQuery
from seatkeeper.ui.models.columns import LOADING, ROW_ROLE
from seatkeeper.ui.models.licence_table_model import (
    LicenceColumn,
    LicenceTableModel,
    licence_columns,
)
from seatkeeper.ui.models.sql_paged import SqlPagedModel
from seatkeeper.ui.screens.licences import seat_noun
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.table_screen import TableScreen
from tests.ui.conftest import lone_context


def fresh_check(request: pytest.FixtureRequest, model: SqlPagedModel[object]) -> None:
    """A full check again, by a new tester (one tester checks a model once)."""
    ModelTester(request.config).check(model, force_py=True)


def loaded(qtbot: QtBot, model: SqlPagedModel[object]) -> None:
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()


def add_seats(services: Services, count: int) -> None:
    def work(conn: sa.Connection) -> None:
        conn.execute(t.seats.insert(), [
            {"subscription_id": 1, "licence_id": f"X-{n:04d}", "renew": True,
             "status": "active", "created_at": services.clock(), "version": 1}
            for n in range(count)])
    services.store.write(work)


def test_rows_beyond_the_first_page_load_on_demand(qtbot: QtBot, runner: TaskRunner,
                                                   demo_services: Services) -> None:
    add_seats(demo_services, 500)
    model = LicenceTableModel(runner, demo_services.roster.count_licences,
                              demo_services.roster.licence_page)
    loaded(qtbot, model)
    assert model.rowCount() == 529
    last = model.index(528, LicenceColumn.SEAT)
    assert model.data(last) == LOADING  # not fetched yet: a placeholder, no waiting
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    assert model.data(last) != LOADING
    assert model.data(last, ROW_ROLE) is not None


def test_sort_and_filter_go_to_the_store(qtbot: QtBot, runner: TaskRunner,
                                         demo_services: Services) -> None:
    model = LicenceTableModel(runner, demo_services.roster.count_licences,
                              demo_services.roster.licence_page)
    loaded(qtbot, model)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter("ingrid")
    assert model.rowCount() == 1
    assert model.data(model.index(0, LicenceColumn.HOLDER)) == "Ingrid Solberg"
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter("")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(LicenceColumn.DEVICES, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, LicenceColumn.DEVICES)) == "8 / 8"


def test_a_failing_page_query_reaches_the_error_handler(qtbot: QtBot, runner: TaskRunner,
                                                        demo_services: Services,
                                                        errors: list[BaseException]) -> None:
    from seatkeeper.domain.errors import RosterLocked

    def broken(_text: str, _at_most: int | None = None) -> int:
        raise RosterLocked("The roster is busy.")

    model = LicenceTableModel(runner, demo_services.roster.count_licences,
                              demo_services.roster.licence_page)
    model._count_fn = broken
    model.refresh()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], RosterLocked)
    assert not model.is_loading


def test_count_and_page_failing_together_give_one_message(
        qtbot: QtBot, runner: TaskRunner, errors: list[BaseException]) -> None:
    """The count and the first page are read side by side; one failure, one dialog."""
    from seatkeeper.domain.errors import RosterLocked

    def broken(*_args: object) -> object:
        raise RosterLocked("The roster is busy.")

    model = LicenceTableModel(runner, broken, broken)  # type: ignore[arg-type]
    with qtbot.waitSignal(model.load_failed, timeout=10_000):
        model.refresh()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # both answers are delivered
    assert [type(e) for e in errors] == [RosterLocked]
    assert not model.is_loading


def test_a_result_for_a_destroyed_widget_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    """A screen closed while its query runs must not be touched by the late result."""
    from threading import Event

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    release, received = Event(), []
    label = QLabel()
    runner.run(lambda: release.wait(10) and "late", received.append, owner=label)
    label.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone before the result
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert received == []


@pytest.mark.parametrize("sort_key", ["subscription", "holder", "email", "devices", "status",
                                      "seat", "renews", "renewal_date"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("scroll", ["down", "up from the end"])
def test_pages_read_backwards_or_by_keyset_give_the_same_rows(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, sort_key: str,
        descending: bool, scroll: str) -> None:
    """The second half is read from the end (no large OFFSET), and a page beside one
    already read seeks from its edge row (keyset, issue 21): the rows are identical."""
    add_seats(demo_services, 120)  # many unassigned holders and e-mails: ties and NULLs
    roster = demo_services.roster
    asked: list[TableQuery] = []

    def page(query: TableQuery) -> list[LicenceRow]:
        asked.append(query)
        return roster.licence_page(query)

    model = LicenceTableModel(runner, roster.count_licences, page, page_size=20)
    column = next(c for c in LicenceColumn if licence_columns()[c].key == sort_key)
    model.set_sort(column, Qt.SortOrder.DescendingOrder if descending else
                   Qt.SortOrder.AscendingOrder)
    loaded(qtbot, model)
    total = model.rowCount()
    numbers = range(total) if scroll == "down" else range(total - 1, -1, -1)
    for number in numbers:
        if model.row_at(number) is None:
            qtbot.waitUntil(lambda n=number: model.row_at(n) is not None, timeout=10_000)
    shown = [model.row_at(n) for n in range(total)]
    expected = roster.licence_page(TableQuery(sort_key=sort_key, descending=descending,
                                              limit=total + 10))
    assert shown == expected
    read = asked[1:]  # after the first page
    assert read
    # No row stepped over: each page sought from its neighbour, or the last one from the end.
    assert all(q.skip == 0 if q.after is not None else q.offset == 0 for q in read)
    assert sum(q.after is not None for q in read) >= len(read) - 1
    if scroll != "down":
        # Read backwards from the end (the page after the first may seek from the first).
        assert sum(q.descending != descending for q in read) >= len(read) - 1


def capped_screen(qtbot: QtBot, runner: TaskRunner, services: Services,
                  asked: list[TableQuery], cap: int) -> TableScreen:
    """The Licences screen with a small count cap (the real one is 10,000)."""
    roster = services.roster

    def page(query: TableQuery) -> list[LicenceRow]:
        asked.append(query)
        return roster.licence_page(query)

    model: SqlPagedModel[LicenceRow] = SqlPagedModel(
        runner, roster.count_licences, page, licence_columns(), lambda r: r.seat_id,
        default_sort="subscription", page_size=5, count_cap=cap)
    return TableScreen(lone_context(qtbot, runner), model, noun=seat_noun, filter_hint="",
                       detail_hint="", render_detail=str,
                       column_widths=[80] * len(LicenceColumn))


def test_a_broad_filter_shows_its_first_page_on_a_capped_count_then_the_exact_one(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services,
        request: pytest.FixtureRequest) -> None:
    """Past the cap the first page shows with "more than N"; the exact count follows and
    adds the rest of the rows at the end; pages are read forwards until it is in."""
    asked: list[TableQuery] = []
    screen = capped_screen(qtbot, runner, demo_services, asked, cap=6)
    qtbot.addWidget(screen)
    model = screen.model
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter("northwind.example")  # 18 seats match
    assert (model.rowCount(), model.count_is_exact) == (7, False)
    assert screen.count_label.text() == "more than 6 seats match “northwind.example”"
    assert model.row_at(6) is None  # page 1 (rows 5-9) asked for: forwards, at offset 5
    qtbot.waitUntil(lambda: model.row_at(6) is not None, timeout=10_000)
    assert (asked[-1].descending, asked[-1].offset) == (False, 5)
    qtbot.waitUntil(lambda: model.count_is_exact, timeout=10_000)
    assert (model.rowCount(), model.count_is_exact) == (18, True)
    assert screen.count_label.text() == "18 seats match “northwind.example”"
    fresh_check(request, model)
    shown = []
    for number in range(18):
        qtbot.waitUntil(lambda n=number: model.row_at(n) is not None, timeout=10_000)
        shown.append(model.row_at(number))
    assert shown == demo_services.roster.licence_page(
        TableQuery("northwind.example", "subscription", limit=100))


def test_a_narrow_filter_is_counted_exactly_at_once(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services) -> None:
    screen = capped_screen(qtbot, runner, demo_services, [], cap=6)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.model.set_filter("L-001")  # 10 seats match: above the cap
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.model.set_filter("kaspersky")  # 2 seats: exact at once
    assert (screen.model.rowCount(), screen.model.count_is_exact) == (2, True)
    assert screen.count_label.text() == "2 seats match “kaspersky”"
    # The exact count of the earlier filter arrives late and is dropped.
    with qtbot.assertNotEmitted(screen.model.count_changed, wait=600):
        pass
    assert screen.model.rowCount() == 2


def test_a_sort_keeps_a_capped_count_and_still_gets_the_exact_one(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services) -> None:
    screen = capped_screen(qtbot, runner, demo_services, [], cap=6)
    qtbot.addWidget(screen)
    model = screen.model
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter("northwind.example")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(LicenceColumn.HOLDER)  # before the exact count arrives
    assert (model.rowCount(), model.count_is_exact) == (7, False)
    with qtbot.waitSignal(model.count_changed, timeout=10_000):
        pass  # the sort's reset dropped the filter's exact count and asked again
    assert (model.rowCount(), model.count_is_exact) == (18, True)


def test_a_model_capping_unfiltered_counts_shows_the_first_page_before_the_exact_count(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services) -> None:
    """Review (issue 21): its rows are every finding kind's query, seconds to count at a
    million seats, so even with no filter the first page waits for a capped count only."""
    roster = demo_services.roster
    exact_asked: list[str] = []

    def count(text: str, at_most: int | None) -> int:
        every = roster.count_licences(text)
        if at_most is None:
            exact_asked.append(text)
            return every
        return min(every, at_most + 1)

    model: SqlPagedModel[LicenceRow] = SqlPagedModel(
        runner, count, roster.licence_page, licence_columns(), lambda r: r.seat_id,
        default_sort="subscription", page_size=5, count_cap=6, cap_unfiltered=True)
    total = roster.count_licences("")
    assert total > 7
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    assert (model.rowCount(), model.count_is_exact, exact_asked) == (7, False, [])
    assert model.row_at(0) is not None
    with qtbot.waitSignal(model.count_changed, timeout=10_000):
        pass
    assert (model.rowCount(), model.count_is_exact, exact_asked) == (total, True, [""])
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.reload()  # a write elsewhere: counted capped again, then exactly
    assert (model.rowCount(), model.count_is_exact) == (7, False)
    qtbot.waitUntil(lambda: model.count_is_exact, timeout=10_000)
    assert model.rowCount() == total


def test_sorting_by_the_order_held_reads_nothing(qtbot: QtBot, runner: TaskRunner,
                                                 demo_services: Services) -> None:
    """A header's restoreState (the kept columns, at opening) announces its sort even when
    it is the one shown: every table was read again at each start."""
    model = LicenceTableModel(runner, demo_services.roster.count_licences,
                              demo_services.roster.licence_page)
    loaded(qtbot, model)
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    model.sort(LicenceColumn.SUBSCRIPTION, Qt.SortOrder.AscendingOrder)  # as it is
    assert not model.is_loading
    assert not runner.busy
    assert resets == []
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(LicenceColumn.SUBSCRIPTION, Qt.SortOrder.DescendingOrder)
    assert resets == [True]
