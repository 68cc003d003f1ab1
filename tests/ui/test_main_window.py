"""The main window as an admin meets it: open, filter, sort, select, first launch, bad file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.dialogs.welcome_dialog import WelcomeDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import Errors, make_window


def test_demo_window_shows_both_screens_and_counts(qtbot: QtBot, demo_window: MainWindow,
                                                   errors: Errors) -> None:
    assert list(demo_window.screens) == ["licences", "devices", "deliveries", "deadlines",
                                         "review", "audit", "spend", "people"]
    assert demo_window.screens["licences"].model.rowCount() == 29
    assert demo_window.screens["devices"].model.rowCount() == 33
    # The status bar's counts are read beside the first page; on a busy machine they
    # arrive a moment after it.
    qtbot.waitUntil(lambda: "29 seats (18 assigned)" in demo_window.counts_label.text(),
                    timeout=10_000)
    assert "29 seats (18 assigned)" in demo_window.counts_label.text()
    assert demo_window.vault_label.text().startswith("Keyring")
    assert errors == []


def test_typing_in_the_filter_box_filters(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = demo_window.screens["licences"]
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.keyClicks(screen.filter_box, "solberg")
    assert screen.model.rowCount() == 1
    assert screen.count_label.text() == "1 seat match “solberg”"
    qtbot.keyClick(screen.filter_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 29, timeout=10_000)


def test_clicking_a_header_sorts(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = demo_window.screens["licences"]
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(6) + 5
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center()
                         .__class__(x, 5))
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center()
                         .__class__(x, 5))
    assert screen.model.data(screen.model.index(0, 6)) == "8 / 8"


def test_selecting_a_seat_shows_its_history(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = demo_window.screens["licences"]
    screen.table.selectRow(2)
    qtbot.waitUntil(lambda: "Oskar Vik" in screen.detail.toPlainText(), timeout=10_000)
    text = screen.detail.toPlainText()
    assert "Kari Hansen" in text
    assert "Who held this seat" in text


def test_keyboard_switches_screens(qtbot: QtBot, demo_window: MainWindow) -> None:
    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.stack.currentWidget() is demo_window.screens["devices"]
    qtbot.keyClick(demo_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.stack.currentWidget() is demo_window.screens["licences"]


def test_first_launch_on_empty_roster_offers_the_demo(qtbot: QtBot, runner: TaskRunner,
                                                      tmp_path: Path, clock: Clock) -> None:
    window = make_window(qtbot, runner, tmp_path, clock,
                         RosterLocation.parse(str(tmp_path / "mine.sqlite")), offer_welcome=True)
    qtbot.waitUntil(lambda: window.findChild(WelcomeDialog) is not None, timeout=10_000)
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "welcome_demo"),
                         Qt.MouseButton.LeftButton)
    assert window.services is not None
    assert window.services.store.location.path == tmp_path / "demo.sqlite"
    assert (tmp_path / "mine.sqlite").exists()  # the admin's roster stays as it was


def test_bad_file_shows_a_dialog_and_is_untouched(qtbot: QtBot, runner: TaskRunner,
                                                  tmp_path: Path, clock: Clock,
                                                  errors: Errors) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a roster\n" * 20)
    before = bad.read_bytes()

    def opener(where: RosterLocation, demo: bool) -> object:
        from seatkeeper.services.bundle import open_services
        return open_services(where, actor="t", fill_demo=demo, clock=clock)

    window = MainWindow(runner, opener, RosterLocation.parse(str(tmp_path / "demo.sqlite")))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.open_roster(RosterLocation.parse(str(bad)))
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorDialog") is not None,
                    timeout=10_000)
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None
    assert "not an SQLite database" in box.text()
    assert bad.read_bytes() == before
    assert window.services is None


def test_no_two_actions_share_a_shortcut(demo_window: MainWindow) -> None:
    """Qt fires neither of two actions that claim one key: every shortcut is unique."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    from PySide6.QtCore import Qt

    for action in demo_window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            continue  # scoped to one screen (each screen's Find)
        for sequence in action.shortcuts():
            key = sequence.toString()
            if key:
                assert key not in seen, f"{key}: {seen.get(key)!r} and {action.text()!r}"
                seen[key] = action.text()


def test_each_menu_title_appears_once(demo_window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in demo_window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Seats", "Send", "Settings", "Help"]
