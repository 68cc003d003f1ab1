"""The Review screen on the demo roster: findings, decisions, apply with refusals, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.dialogs.decision_dialog import DecisionDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.columns import ROW_ROLE
from seatkeeper.ui.models.review_model import FindingRow
from seatkeeper.ui.screens.review import ReviewScreen
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import Errors, make_window, save_screenshot


def review_screen(qtbot: QtBot, window: MainWindow) -> ReviewScreen:
    window.show_screen("review")
    screen = window.screens["review"]
    assert isinstance(screen, ReviewScreen)
    qtbot.waitUntil(lambda: not screen.model.is_loading and screen.review_model.summary is not None,
                    timeout=10_000)
    return screen


def rows(screen: ReviewScreen) -> list[FindingRow]:
    model = screen.model
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def press(qtbot: QtBot, screen: ReviewScreen, action: QAction) -> None:
    button = screen.actions_bar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    assert button.isEnabled(), action.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def decide(qtbot: QtBot, screen: ReviewScreen, kind: str, seat: str, decision: str,
           note: str) -> None:
    number = next(i for i, r in enumerate(rows(screen))
                  if r.finding.kind == kind and r.finding.licence_id == seat)
    screen.table.selectRow(number)
    press(qtbot, screen, screen.decide_action)
    dialog = screen.findChild(DecisionDialog)
    assert dialog is not None
    dialog.combo.setCurrentIndex(dialog.combo.findData(decision))
    qtbot.keyClicks(dialog.note, note)
    qtbot.mouseClick(dialog.box.buttons()[0], Qt.MouseButton.LeftButton)

    def decided() -> bool:
        return any(r.finding.licence_id == seat and r.decision is not None
                   and r.decision.decision == decision for r in rows(screen))
    # The decision's changes reload the rows in place (``reloaded``), or whole when a
    # load was under way (``loaded``): wait for what the admin then sees.
    qtbot.waitUntil(decided, timeout=10_000)
    assert decided()


def test_findings_are_grouped_by_kind_with_counts(qtbot: QtBot, demo_window: MainWindow,
                                                  errors: Errors) -> None:
    screen = review_screen(qtbot, demo_window)
    assert screen.model.rowCount() == 11 + 13 + 1 + 2 + 10
    box = screen.kind_box
    assert box.itemText(0) == "All findings (37)"
    assert box.itemText(box.findData("unassigned_seat")) == "Seat has no holder (11)"
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        box.setCurrentIndex(box.findData("cancel_by_soon"))
    assert [r.finding.kind for r in rows(screen)] == ["cancel_by_soon"] * 2
    screen.table.selectRow(0)
    assert not screen.decide_action.isEnabled()  # a subscription finding has no seat
    assert "no seat decision" in screen.decide_action.toolTip()
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.days.setValue(0)
    assert screen.model.rowCount() == 0
    assert errors == []


def test_decide_apply_with_refusals_then_undo(qtbot: QtBot, demo_window: MainWindow,
                                              errors: Errors) -> None:
    services = demo_window.services
    assert services is not None
    screen = review_screen(qtbot, demo_window)
    # A holder whose seat no device uses: take the seat back.
    decide(qtbot, screen, "no_device", "L-0013", "reclaim", "No device since June")
    # Nobody holds it but it renews: stop paying for it.
    decide(qtbot, screen, "auto_renew_unassigned", "L-0019", "do_not_renew", "Spare")
    # The same on an App Store seat, which only the App Store can stop (AS-7).
    decide(qtbot, screen, "auto_renew_unassigned", "S-0001", "do_not_renew", "")
    # Reclaiming a seat nobody holds is refused at apply time, with its reason.
    decide(qtbot, screen, "unassigned_seat", "L-0020", "reclaim", "")
    assert "after" in screen.summary.text()
    assert "$2,621.16" in screen.summary.text()  # en-US: its own dollars by symbol
    assert "NOK" in screen.summary.text()  # another currency by its code
    screen.table.selectRow(next(i for i, r in enumerate(rows(screen))
                                if r.finding.licence_id == "L-0013"))
    qtbot.waitUntil(lambda: "No device since June" in screen.detail.toPlainText(),
                    timeout=10_000)
    save_screenshot(demo_window, "review_screen")

    holder_before = services.roster.seat_detail(13).row.holder
    assert holder_before
    press(qtbot, screen, screen.apply_action)
    qtbot.waitUntil(lambda: screen.confirmation is not None
                    and screen.confirmation.isVisible(), timeout=10_000)
    box = screen.confirmation
    assert box is not None
    text = box.text()
    assert "<b>1</b> seat(s) will be reclaimed" in text
    assert "<b>1</b> seat(s) will stop renewing" in text
    assert "AS-7" in text
    assert "no holder to reclaim" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    save_screenshot(box, "review_apply_confirm")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.undo_action.isEnabled, timeout=10_000)
    assert "1 seat(s) reclaimed, 1 set not to renew" in screen.last_message
    assert services.roster.seat_detail(13).row.holder is None
    assert not services.roster.seat_detail(19).row.renews

    press(qtbot, screen, screen.undo_action)
    qtbot.waitUntil(lambda: screen.last_message.startswith("Undone"), timeout=10_000)
    assert services.roster.seat_detail(13).row.holder == holder_before
    assert services.roster.seat_detail(19).row.renews
    assert not screen.undo_action.isEnabled()

    screen.record_sign_off("Ingrid Solberg")
    qtbot.waitUntil(lambda: "signed off" in screen.last_message, timeout=10_000)
    assert services.review.sign_offs()[0].reviewer == "Ingrid Solberg"
    assert errors == []


def test_a_hidden_review_screen_loads_when_it_is_shown(qtbot: QtBot, demo_window: MainWindow,
                                                       errors: Errors) -> None:
    """Findings cover every seat: the hidden screen does not compute them on open or after
    a change elsewhere, only when the admin looks."""
    screen = demo_window.screens["review"]
    assert isinstance(screen, ReviewScreen)
    assert not screen.isVisible()
    assert screen.review_model.summary is None  # opening the roster did not review it
    demo_window.refresh()  # as after a change on another screen
    assert not screen.model.is_loading
    assert screen.review_model.summary is None
    demo_window.show_screen("review")
    assert screen.count_label.text() == "Reviewing the roster…"  # until the findings are in
    review_screen(qtbot, demo_window)
    assert screen.model.rowCount() == 11 + 13 + 1 + 2 + 10
    assert screen.count_label.text() == "37 findings"
    assert errors == []


def test_a_hidden_review_screen_stays_unloaded_when_its_kept_columns_come_back(
        qtbot: QtBot, demo_window: MainWindow, runner: TaskRunner, tmp_path: Path,
        clock: Clock, errors: Errors) -> None:
    """The kept columns, restored at opening, announce each header's sort: the hidden
    Review screen read every finding at each start after the first (seconds at a
    million seats, and the window was not ready until it was done). It takes the kept
    order and reads it when shown."""
    screen = review_screen(qtbot, demo_window)
    screen.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not screen.model.is_loading, timeout=10_000)
    demo_window.show_screen("licences")
    demo_window.close()  # keeps every screen's columns
    again = make_window(qtbot, runner, tmp_path, clock,
                        RosterLocation.parse(str(tmp_path / "demo.sqlite")))
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    hidden = again.screens["review"]
    assert isinstance(hidden, ReviewScreen)
    assert not hidden.isVisible()
    assert hidden.review_model.summary is None  # nothing was reviewed
    assert hidden.model.rowCount() == 0
    shown = review_screen(qtbot, again)
    subscriptions = [r.finding.subscription or "" for r in rows(shown)]
    assert len(subscriptions) == 37
    assert subscriptions == sorted(subscriptions, reverse=True)  # the kept order
    assert errors == []


def test_closing_the_roster_does_not_review_it(demo_window: MainWindow) -> None:
    """Taking the screens out of the window showed each next one in turn, the hidden
    Review screen too, which then computed every finding of the roster being closed."""
    screen = demo_window.screens["review"]
    assert isinstance(screen, ReviewScreen)
    assert not screen.model.is_loading
    demo_window.close_roster()
    assert not screen.model.is_loading
    assert screen.review_model.summary is None


def test_every_finding_is_listed_and_filtered_in_sql(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    """Issue 21: findings are paged from SQL, so none is left out (there was a limit of
    500 a kind); the filter, the kind and the sort are the database's."""
    screen = review_screen(qtbot, demo_window)
    model = screen.review_model
    assert model.rowCount() == 37
    assert model.count_is_exact
    qtbot.waitUntil(lambda: None not in rows(screen), timeout=10_000)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter("l-001")  # licence ids L-0010..L-0019, any case
    assert rows(screen)
    assert all("L-001" in (r.finding.licence_id or "") for r in rows(screen))
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter("no holder")  # the words of a kind, as the window shows them
    assert {r.finding.kind for r in rows(screen)} == {"unassigned_seat"}
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter("")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(2, Qt.SortOrder.DescendingOrder)  # by seat, in SQL
    qtbot.waitUntil(lambda: None not in rows(screen), timeout=10_000)
    seats = [r.finding.licence_id or "" for r in rows(screen)]
    assert seats[0] > seats[-1]
    assert seats[-1] == ""  # subscription findings have no seat
    assert errors == []


def test_kind_counts_come_capped_then_exact(qtbot: QtBot, demo_window: MainWindow,
                                            errors: Errors) -> None:
    """Each kind is counted up to a cap first (quick at a million seats), then exactly."""
    screen = review_screen(qtbot, demo_window)
    model = screen.review_model
    model.summary_cap = 5
    box = screen.kind_box
    seen: list[str] = []
    model.summary_changed.connect(lambda: seen.append(box.itemText(box.findData(
        "unassigned_seat"))))
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        screen.refresh()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == ["Seat has no holder (over 5)", "Seat has no holder (11)"]
    assert box.itemText(box.findData("cancel_by_soon")) == "Cancel-by deadline soon (2)"
    assert box.itemText(0) == "All findings (37)"
    assert model.summary is not None
    assert model.summary.exact
    assert errors == []


def test_sign_off_dialog_asks_for_a_name_and_says_how_many_findings_are_undecided(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    """Issue 18: a tiny dialog with its title cut, the login name pre-filled, and no word
    that most findings have no decision."""
    from PySide6.QtWidgets import QLineEdit

    from seatkeeper.ui.dialogs.sign_off_dialog import SignOffDialog

    screen = review_screen(qtbot, demo_window)
    summary = screen.review_model.summary
    assert summary is not None
    total = sum(summary.findings.counts.values())
    press(qtbot, screen, screen.sign_action)
    qtbot.waitUntil(lambda: screen.findChild(SignOffDialog) is not None, timeout=10_000)
    dialog = screen.findChild(SignOffDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Sign off the review"
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title_width + 200  # room for the title beside the frame buttons
    name = dialog.findChild(QLineEdit, "reviewerName")
    assert name.text() == ""  # not the login name ("t" here)
    assert summary.undecided > 0
    assert summary.undecided <= total
    assert f"{summary.undecided} findings have no decision" in dialog.undecided.text()
    assert not dialog.ok.isEnabled()
    save_screenshot(dialog, "review_sign_off")
    qtbot.keyClicks(name, "Ingrid Solberg")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "signed off" in screen.last_message, timeout=10_000)
    assert demo_window.services is not None
    assert demo_window.services.review.sign_offs()[0].reviewer == "Ingrid Solberg"
    assert errors == []
