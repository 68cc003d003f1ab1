"""The People screen and the leavers' seats, as an admin meets them.

The issue's "Done when": a directory file with leavers, imported into the demo
roster through the import wizard, shows each leaver's seats as Review findings,
and releasing them frees the seats with one audited change that Edit → Undo
takes back in one step.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolButton, QWizard
from pytestqt.qtbot import QtBot

from seatkeeper.services.people import PersonRow
from seatkeeper.store import tables as t
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.columns import ROW_ROLE
from seatkeeper.ui.models.people_table_model import PeopleTableModel
from seatkeeper.ui.screens.people import PeopleScreen
from seatkeeper.ui.undo import undo_for
from seatkeeper.ui.wizards.import_wizard import ImportWizard
from tests.conftest import TEST_DATA
from tests.ui.conftest import Errors
from tests.ui.screens.test_review import review_screen, rows

ENTRA = TEST_DATA / "directory" / "entra_users.csv"
OLA, MADS = "ola.nordmann@northwind.example", "mads.jensen@northwind.example"
Button = QWizard.WizardButton


def people_screen(qtbot: QtBot, window: MainWindow) -> PeopleScreen:
    window.show_screen("people")
    screen = window.screens["people"]
    assert isinstance(screen, PeopleScreen)
    qtbot.waitUntil(lambda: not screen.model.is_loading and screen.model.rowCount() > 0,
                    timeout=10_000)
    return screen


def press(qtbot: QtBot, bar_owner: Any, action: QAction) -> None:
    button = bar_owner.actions_bar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    assert button.isEnabled(), action.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which  # noqa: PT018
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def holder_of(window: MainWindow, licence: str) -> str | None:
    services = window.services
    assert services is not None
    return services.store.read(lambda c: c.execute(
        sa.select(t.people.c.email).select_from(t.seats.outerjoin(
            t.people, t.people.c.id == t.seats.c.person_id))
        .where(t.seats.c.licence_id == licence)).scalar())


def audit_tail(window: MainWindow, n: int) -> list[str]:
    services = window.services
    assert services is not None
    return list(reversed(services.store.read(lambda c: c.execute(
        sa.select(t.audit_events.c.action).order_by(t.audit_events.c.id.desc())
        .limit(n)).scalars().all())))


def import_directory(qtbot: QtBot, window: MainWindow, screen: PeopleScreen) -> ImportWizard:
    press(qtbot, screen, screen.import_action)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    assert wizard.file_page.format_box.currentData() == "directory:entra"
    qtbot.keyClicks(wizard.file_page.path_edit, str(ENTRA))
    click(qtbot, wizard, Button.NextButton)
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert "Entra ID" in page.source.text()
    assert page.combos["sign_in"].currentText() == "userPrincipalName"
    assert page.combos["status"].currentText() == "accountEnabled"
    assert not page.owner_edit.isVisible()  # people have no vendor account
    click(qtbot, wizard, Button.NextButton)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert "3 to mark as left" in preview.counts.text()
    assert "Ola Nordmann" in preview.totals.text()
    assert "Sara Johansen" in preview.totals.text()  # holds a seat, not in the file: listed
    changes = preview.people
    listed = {(changes.item(r, 0).text(), changes.item(r, 2).text())
              for r in range(changes.rowCount())}
    assert ("Marked as left", OLA) in listed
    assert ("Not in the file (kept)", "emil.holm@northwind.example") in listed
    assert holder_of(window, "L-0002") == OLA  # a dry run writes nothing
    click(qtbot, wizard, Button.NextButton)
    click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=20_000)
    assert "Synced the directory" in wizard.run_page.status.text()
    click(qtbot, wizard, Button.FinishButton)
    return wizard


def confirm_release(qtbot: QtBot, get_box: Any, seats: int, devices: int) -> None:
    qtbot.waitUntil(lambda: get_box() is not None, timeout=10_000)
    box: QMessageBox = get_box()
    assert f"Free {seats} seat(s) and disconnect {devices} device(s)?" in box.text()
    yes = next(b for b in box.buttons()
               if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)


def test_a_directory_with_leavers_shows_their_seats_and_one_undoable_step_frees_them(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    people = people_screen(qtbot, demo_window)
    import_directory(qtbot, demo_window, people)

    review = review_screen(qtbot, demo_window)
    qtbot.waitUntil(lambda: any(r.finding.kind == "seat_held_by_leaver" for r in rows(review)),
                    timeout=10_000)
    held = {r.finding.licence_id: r.finding.holder for r in rows(review)
            if r.finding.kind == "seat_held_by_leaver"}
    assert held == {"L-0002": OLA, "L-0004": MADS}
    assert sum(r.finding.kind == "leaver_device_connected" for r in rows(review)) == 4
    assert {r.finding.licence_id for r in rows(review)
            if r.finding.kind == "holder_not_in_directory"} == {"L-0016", "L-0017"}

    # Ola, from Review: one confirmation with the counts, one step on the undo stack.
    number = next(i for i, r in enumerate(rows(review))
                  if r.finding.kind == "seat_held_by_leaver" and r.finding.holder == OLA)
    review.table.selectRow(number)
    press(qtbot, review, review.release_action)
    stack = undo_for(demo_window.ctx)
    before = stack.count()
    confirm_release(qtbot, lambda: review.release_confirmation, 1, 2)
    qtbot.waitUntil(lambda: holder_of(demo_window, "L-0002") is None, timeout=10_000)
    assert audit_tail(demo_window, 3) == ["seat.device_disconnected",
                                          "seat.device_disconnected", "seat.unassigned"]
    qtbot.waitUntil(lambda: stack.count() == before + 1, timeout=10_000)
    assert stack.undoText() == "Release the seats of Ola Nordmann"
    qtbot.waitUntil(lambda: not any(r.finding.holder == OLA for r in rows(review)),
                    timeout=10_000)

    # Edit → Undo gives the seat and both devices back in one step; Redo frees them again.
    stack.undo()
    qtbot.waitUntil(lambda: holder_of(demo_window, "L-0002") == OLA, timeout=10_000)
    qtbot.waitUntil(lambda: audit_tail(demo_window, 3) == [
        "seat.assigned", "seat.device_connected", "seat.device_connected"], timeout=10_000)
    stack.redo()
    qtbot.waitUntil(lambda: holder_of(demo_window, "L-0002") is None, timeout=10_000)

    # Mads, from People.
    people = people_screen(qtbot, demo_window)
    model = people.model
    number = next(r for r in range(model.rowCount())
                  if model.data(model.index(r, 0), ROW_ROLE).email == MADS)
    people.table.selectRow(number)
    qtbot.waitUntil(people.release_action.isEnabled, timeout=10_000)
    press(qtbot, people, people.release_action)
    confirm_release(qtbot, lambda: people.last_confirmation, 1, 2)
    qtbot.waitUntil(lambda: holder_of(demo_window, "L-0004") is None, timeout=10_000)

    review = review_screen(qtbot, demo_window)
    qtbot.waitUntil(lambda: not any(r.finding.kind in {"seat_held_by_leaver",
                                                       "leaver_device_connected"}
                                    for r in rows(review)), timeout=10_000)
    assert errors == []


def test_people_are_listed_sorted_and_filtered_with_their_seats_and_devices(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    screen = people_screen(qtbot, demo_window)
    assert screen.model.rowCount() == 19  # every holder, and Oskar who held a seat once
    assert not screen.release_action.isEnabled()  # nobody has left yet
    header = screen.table.horizontalHeader()
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # devices
    first: PersonRow = screen.model.data(screen.model.index(0, 0), ROW_ROLE)
    assert first.name == "Ingrid Solberg"
    assert screen.model.data(screen.model.index(0, 5)) == "8"
    assert header.sortIndicatorSection() == 5
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: "Ingrid's ThinkPad" in screen.detail.toPlainText(), timeout=10_000)
    assert "L-0001" in screen.detail.toPlainText()
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.keyClicks(screen.filter_box, "oskar")
    assert screen.model.rowCount() == 1
    assert errors == []


def test_the_people_model_passes_qts_checks(qtmodeltester: Any, demo_window: MainWindow,
                                            qtbot: QtBot) -> None:
    screen = people_screen(qtbot, demo_window)
    model = screen.model
    assert isinstance(model, PeopleTableModel)
    qtmodeltester.check(model)


def test_a_directory_file_with_a_bad_row_cannot_be_synced_and_says_why(
        qtbot: QtBot, demo_window: MainWindow, tmp_path: Any, errors: Errors) -> None:
    bad = tmp_path / "people.csv"
    bad.write_text("name,email,department,status\nOla Nordmann,ola.nordmann@northwind.example,"
                   "Sales,left\nKari Hansen,kari.hansen@northwind.example,Sales,on leave\n",
                   encoding="utf-8")
    screen = people_screen(qtbot, demo_window)
    press(qtbot, screen, screen.import_action)
    wizard = demo_window.findChild(ImportWizard)
    assert wizard is not None
    wizard.file_page.choose_format("directory:csv")
    qtbot.keyClicks(wizard.file_page.path_edit, str(bad))
    click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10_000)
    click(qtbot, wizard, Button.NextButton)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.w.state.plan is not None, timeout=10_000)
    assert preview.table.rowCount() == 1
    assert preview.table.item(0, 2).text() == "on leave"
    assert "whole or not at all" in preview.why.text()
    assert not wizard.button(Button.NextButton).isEnabled()
    wizard.reject()
    assert holder_of(demo_window, "L-0002") == OLA
    assert errors == []
