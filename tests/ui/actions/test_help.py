"""Help: the user guide in each language, the shortcut list made from the actions, the
data folder and the log, About with the paths (issue 18: "Help is a one-line About box")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from pytestqt.qtbot import QtBot

from seatkeeper import paths
from seatkeeper.ui.actions import help as help_actions
from seatkeeper.ui.actions.help import about_text, guide_path, shortcut_rows
from seatkeeper.ui.main_window import MainWindow
from tests.ui.conftest import SCREENSHOTS


def test_help_menu_offers_guide_shortcuts_folder_log_and_about(
        demo_window: MainWindow) -> None:
    names = [a.objectName() for a in demo_window.menus[help_actions.Menu.HELP].actions()
             if not a.isSeparator()]
    assert names == ["userGuide", "keyboardShortcuts", "openDataFolder", "openLog", "about"]


@pytest.mark.parametrize("language", ["en", "nb", "da"])
def test_the_guide_ships_in_each_language(language: str) -> None:
    path = guide_path(language)
    assert path.name == f"guide_{language}.html"
    text = path.read_text(encoding="utf-8")
    assert "Ctrl+Z" in text
    assert "<h1>" in text


def test_the_guide_opens_and_is_shown_at_three_sizes(qtbot: QtBot,
                                                    demo_window: MainWindow) -> None:
    action = demo_window.findChild(QAction, "userGuide")
    action.trigger()
    dialog = demo_window.findChild(help_actions.HelpDialog, "userGuide")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "Undo and redo" in dialog.browser.toPlainText()
    folder = SCREENSHOTS / "sizes"
    folder.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 700), (1366, 768), (1920, 1080)):
        demo_window.resize(width, height)
        dialog.resize(min(720, width - 80), height - 120)
        dialog.grab().save(str(folder / f"guide_{width}x{height}.png"))
    dialog.close()


def test_shortcuts_come_from_the_actions_themselves(demo_window: MainWindow) -> None:
    rows = dict(shortcut_rows(demo_window))
    assert rows["Undo"] == "Ctrl+Z"
    assert "Ctrl+Shift+A" in rows.values()  # Assign…, read from the Seats menu's action
    # A shortcut added later is listed at once: nothing to keep in step by hand.
    extra = QAction("Frobnicate", demo_window)
    extra.setShortcut("Ctrl+Alt+F")
    demo_window.addAction(extra)
    assert dict(shortcut_rows(demo_window))["Frobnicate"] == "Ctrl+Alt+F"


def test_open_data_folder_and_log_open_the_real_paths(demo_window: MainWindow) -> None:
    from PySide6.QtCore import QObject, Slot

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url.toLocalFile())

    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        demo_window.findChild(QAction, "openDataFolder").trigger()
        demo_window.findChild(QAction, "openLog").trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.urls == [str(paths.data_dir()), str(paths.log_file())]


def test_about_names_version_licence_and_the_paths() -> None:
    from seatkeeper import __version__

    text = about_text()
    assert __version__ in text
    assert "Licence" in text
    assert str(paths.data_dir()) in text
    assert str(paths.log_file()) in text
