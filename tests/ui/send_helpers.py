"""Shared steps for the sending GUI tests: open the wizard, click its buttons, find dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.widgets.table_screen import TableScreen
from seatkeeper.ui.wizards.send_wizard import SendWizard

WAIT = 10_000


def open_wizard_by_shortcut(qtbot: QtBot, window: MainWindow) -> SendWizard:
    qtbot.keyClick(window, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(SendWizard) is not None, timeout=WAIT)
    wizard = window.findChild(SendWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.subscription_page.combo.count() > 0, timeout=WAIT)
    return wizard


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible(), f"{which} is hidden"
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: QWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def click_radio(qtbot: QtBot, button: QAbstractButton) -> None:
    # On the indicator: a stretched button only reacts on its indicator and text.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def click_item(qtbot: QtBot, items: QListWidget, item: QListWidgetItem) -> None:
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton,
                     pos=items.visualItemRect(item).center())


def item_named(items: QListWidget, name: str) -> QListWidgetItem:
    found = [items.item(i) for i in range(items.count())
             if items.item(i).text().startswith(name)]
    assert len(found) == 1, name
    return found[0]


def click_toolbar(qtbot: QtBot, screen: TableScreen, name: str) -> None:
    action = screen.findChild(QAction, name)
    assert action is not None, name
    assert action.isEnabled(), action.toolTip()
    button = screen.actions_bar.widgetForAction(action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_box(qtbot: QtBot, parent: QWidget, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, name) is not None, timeout=WAIT)
    box = parent.findChild(QMessageBox, name)
    assert box is not None
    return box


def press(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_row(qtbot: QtBot, screen: TableScreen, column: int, text: str) -> None:
    model = screen.model
    rows = [r for r in range(model.rowCount()) if model.data(model.index(r, column)) == text]
    assert rows, text
    rect = screen.table.visualRect(model.index(rows[0], column))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
