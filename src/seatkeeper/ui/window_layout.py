"""The window's size and layout, fitted to the screen and remembered per screen size.

The first size comes from the screen's available geometry (a 1366x768 laptop gets a
window that fits, status bar and all); after that the window's size and position, each
screen's splitter and its table's column widths and order are kept in settings.ini
under the screen's size, so a laptop on and off its dock keeps a layout for each.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from seatkeeper.ui.settings import app_settings

PREFERRED = QSize(1440, 860)
MINIMUM = QSize(900, 560)


def first_size(available: QRect) -> QSize:
    """The preferred size, cut to what the screen has free (the frame needs some too)."""
    width = min(PREFERRED.width(), available.width() - 16)
    height = min(PREFERRED.height(), available.height() - 40)
    return QSize(max(width, min(MINIMUM.width(), available.width())),
                 max(height, min(MINIMUM.height(), available.height())))


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def screen_key(window: QWidget) -> str:
    """Settings group for the screen the window is on: its size (1920x1080)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = screen.size() if screen is not None else QSize(0, 0)
    return f"layout/{size.width()}x{size.height()}"


def place_window(window: QWidget, settings: QSettings | None = None) -> None:
    """Restore the remembered geometry for this screen, else fit a first size to it."""
    store = settings or app_settings()
    saved = store.value(f"{screen_key(window)}/window")
    available = _available(window)
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved) \
            and available.contains(window.frameGeometry().center()):
        return
    size = first_size(available)
    window.resize(size)
    window.move(available.center().x() - size.width() // 2,
                available.center().y() - size.height() // 2)


def save_window(window: QWidget, settings: QSettings | None = None) -> None:
    store = settings or app_settings()
    store.setValue(f"{screen_key(window)}/window", window.saveGeometry())
    store.sync()


def save_table(window: QWidget, name: str, header: QHeaderView, splitter: QSplitter | None,
               settings: QSettings | None = None) -> None:
    """Column widths and order (the header's state) and the splitter of screen ``name``."""
    store = settings or app_settings()
    group = f"{screen_key(window)}/{name}"
    store.setValue(f"{group}/columns", header.saveState())
    if splitter is not None:
        store.setValue(f"{group}/splitter", splitter.saveState())
    store.sync()


def restore_table(window: QWidget, name: str, header: QHeaderView, splitter: QSplitter | None,
                  settings: QSettings | None = None) -> bool:
    """Put back what ``save_table`` kept; False when nothing was kept for this screen."""
    store = settings or app_settings()
    group = f"{screen_key(window)}/{name}"
    columns = store.value(f"{group}/columns")
    restored = isinstance(columns, QByteArray) and header.restoreState(columns)
    panes = store.value(f"{group}/splitter")
    if splitter is not None and isinstance(panes, QByteArray):
        splitter.restoreState(panes)
    return bool(restored)
