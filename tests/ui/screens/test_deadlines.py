"""The Deadlines screen over the demo roster (clock fixed at 2026-11-22 09:30 UTC)."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from seatkeeper.domain.deadlines import DeadlineKind
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.deadline_table_model import DeadlineColumn, DeadlineTableModel
from seatkeeper.ui.screens import deadlines
from seatkeeper.ui.tones import row_colours
from seatkeeper.ui.widgets.table_screen import TableScreen
from tests.services.helpers import STORE_PLAN, STORE_TRIAL
from tests.ui.conftest import Errors, save_screenshot


def open_deadlines(qtbot: QtBot, window: MainWindow) -> tuple[TableScreen, DeadlineTableModel]:
    window.show_screen("deadlines")
    screen = window.screens["deadlines"]
    model = screen.model
    assert isinstance(model, DeadlineTableModel)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    return screen, model


def shown(model: DeadlineTableModel) -> list[tuple[str, DeadlineKind]]:
    return [(e.subscription_name, e.kind) for e in model.entries]


def wait_reload(qtbot: QtBot, model: DeadlineTableModel, change: object) -> None:
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        change()  # type: ignore[operator]


def set_days(qtbot: QtBot, screen: TableScreen, days: int) -> None:
    spin = screen.deadline_controls.days  # type: ignore[attr-defined]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(days))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_as5_lists_the_demo_trial_and_cancel_by_within_30_days(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    screen, model = open_deadlines(qtbot, demo_window)
    assert screen.deadline_controls.days.value() == 30  # type: ignore[attr-defined]
    assert shown(model) == [
        (STORE_PLAN, DeadlineKind.CANCEL_BY), (STORE_PLAN, DeadlineKind.RENEWAL),
        (STORE_TRIAL, DeadlineKind.CANCEL_BY), (STORE_TRIAL, DeadlineKind.TRIAL_END),
        ("Kaspersky Standard trial", DeadlineKind.TRIAL_END),
    ]
    dues = [e.due_at for e in model.entries]
    assert dues == sorted(dues)
    # Issue 17: "Will charge" never said how much.
    assert model.data(model.index(0, DeadlineColumn.MONEY)) == \
        "Will charge 99.96\N{NO-BREAK SPACE}EUR"
    totals = screen.deadline_controls.totals  # type: ignore[attr-defined]
    assert totals.text() == ("If nothing is done: 99.96\N{NO-BREAK SPACE}EUR, "
                             "1,190.04\N{NO-BREAK SPACE}NOK, $0.00")  # the trial states no price
    assert model.data(model.index(0, DeadlineColumn.WHEN)) == "in 2 days"
    assert screen.count_label.text() == "5 deadlines"
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: "To avoid the charge, cancel in the App Store"
                    in screen.detail.toPlainText(), timeout=10_000)
    save_screenshot(demo_window, "deadlines_30_days")
    assert errors == []


def test_days_spin_changes_the_list(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen, model = open_deadlines(qtbot, demo_window)
    wait_reload(qtbot, model, lambda: set_days(qtbot, screen, 7))
    assert len(model.entries) == 4
    assert ("Kaspersky Standard trial", DeadlineKind.TRIAL_END) not in shown(model)
    wait_reload(qtbot, model, lambda: set_days(qtbot, screen, 180))
    lapse = model.entries[-1]
    assert lapse.kind is DeadlineKind.SEAT_LAPSE
    assert not lapse.will_charge
    last = model.rowCount() - 1
    assert model.data(model.index(last, DeadlineColumn.MONEY)) == "Will lapse"
    assert model.data(model.index(last, 0), Qt.ItemDataRole.BackgroundRole) == \
        row_colours("lapse")[1]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == \
        row_colours("charge")[1]
    save_screenshot(demo_window, "deadlines_180_days")


def test_filter_by_kind_and_by_text(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen, model = open_deadlines(qtbot, demo_window)
    combo = screen.deadline_controls.kind  # type: ignore[attr-defined]
    wait_reload(qtbot, model, lambda: combo.setCurrentIndex(combo.findText("Cancel by")))
    assert shown(model) == [(STORE_PLAN, DeadlineKind.CANCEL_BY),
                            (STORE_TRIAL, DeadlineKind.CANCEL_BY)]
    wait_reload(qtbot, model, lambda: combo.setCurrentIndex(0))
    wait_reload(qtbot, model, lambda: qtbot.keyClicks(screen.filter_box, "kaspersky"))
    assert shown(model) == [("Kaspersky Standard trial", DeadlineKind.TRIAL_END)]
    assert screen.count_label.text() == "1 deadline match “kaspersky”"


def test_export_calendar_writes_one_event_per_deadline_shown(
        qtbot: QtBot, demo_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, errors: Errors) -> None:
    screen, model = open_deadlines(qtbot, demo_window)
    target = tmp_path / "deadlines"  # no suffix: .ics is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    with qtbot.waitSignal(screen.status_changed, timeout=10_000) as said:
        screen.deadline_controls.export.trigger()  # type: ignore[attr-defined]
    assert "Exported 5 deadlines" in said.args[0]
    calendar = Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes())
    uids = [str(event["uid"]) for event in calendar.walk("VEVENT")]
    assert uids == [e.uid for e in model.entries]
    assert errors == []


def test_deadlines_noun() -> None:
    assert deadlines.deadline_noun(1) == "1 deadline"
    assert deadlines.deadline_noun(1200) == "1,200 deadlines"
