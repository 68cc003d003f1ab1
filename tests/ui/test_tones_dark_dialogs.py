"""Dialogs and the banner stay readable on a dark system palette (issue 18, item 7).

The SMTP, decision, welcome and export dialogs and the message banner had fixed colours
(#555 grey, dark amber and red, light strips with the palette's text on them): on a dark
palette they fell far below WCAG AA. Built under a dark QPalette, every coloured text
here keeps at least 4.5:1 against what it is drawn on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from seatkeeper.ui.dialogs.decision_dialog import DecisionDialog
from seatkeeper.ui.dialogs.export_dialog import ExportDialog
from seatkeeper.ui.dialogs.smtp_dialog import SmtpDialog
from seatkeeper.ui.dialogs.welcome_dialog import WelcomeDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.messages import Banner
from seatkeeper.ui.tones import contrast

COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})")
BACKGROUND = re.compile(r"background:\s*(#[0-9a-fA-F]{3,6})")


def dark_palette() -> QPalette:
    colours = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d2d"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Text, "#f0f0f0"),
                         (QPalette.ColorRole.Button, "#3a3a3a"),
                         (QPalette.ColorRole.ButtonText, "#f0f0f0")):
        colours.setColor(role, QColor(colour))
    return colours


@pytest.fixture
def dark() -> Iterator[QPalette]:
    before = QGuiApplication.palette()
    QGuiApplication.setPalette(dark_palette())
    try:
        yield dark_palette()
    finally:
        QGuiApplication.setPalette(before)


def coloured_labels(root: QWidget) -> list[tuple[str, QColor]]:
    found = []
    for label in root.findChildren(QLabel):
        match = COLOUR.search(label.styleSheet())
        if match:
            found.append((label.objectName() or label.text()[:30], QColor(match.group(1))))
    return found


def too_faint(root: QWidget, background: QColor) -> list[str]:
    labels = coloured_labels(root)
    assert labels, "nothing coloured to check"
    return [f"{name}: {contrast(colour, background):.2f}" for name, colour in labels
            if contrast(colour, background) < 4.5]


def test_decision_welcome_and_export_dialogs_readable_on_dark(
        qtbot: QtBot, dark: QPalette) -> None:
    window = dark.color(QPalette.ColorRole.Window)
    for dialog in (DecisionDialog(["Plus · L-0001", "Plus · L-0002"], None, ""),
                   WelcomeDialog(can_import=True), ExportDialog(True)):
        qtbot.addWidget(dialog)
        assert too_faint(dialog, window) == [], type(dialog).__name__


def test_smtp_warning_refusal_and_status_readable_on_dark(
        qtbot: QtBot, demo_window: MainWindow, dark: QPalette) -> None:
    services = demo_window.services
    assert services is not None
    dialog = SmtpDialog(demo_window.ctx, services, demo_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    dialog.test_to.clear()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # no address: refused
    qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=10_000)
    assert too_faint(dialog, dark.color(QPalette.ColorRole.Window)) == []


@pytest.mark.parametrize("kind", ["info", "warning"])
def test_banner_text_on_its_strip_readable_on_dark(qtbot: QtBot, dark: QPalette,
                                                   kind: str) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("Saved.", kind)
    style = banner.styleSheet()
    strip = BACKGROUND.search(style)
    assert strip is not None
    text = COLOUR.search(style)
    # Without its own text colour the label takes the palette's (light on a dark palette).
    text_colour = QColor(text.group(1)) if text else dark.color(QPalette.ColorRole.WindowText)
    assert contrast(text_colour, QColor(strip.group(1))) >= 4.5


def test_the_banner_on_a_light_palette_keeps_dark_text(qtbot: QtBot) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    before = QGuiApplication.palette()
    QGuiApplication.setPalette(light)
    try:
        banner.show_message("Saved.", "warning")
    finally:
        QGuiApplication.setPalette(before)
    style = banner.styleSheet()
    strip, text = BACKGROUND.search(style), COLOUR.search(style)
    assert strip is not None
    assert text is not None
    assert contrast(QColor(text.group(1)), QColor(strip.group(1))) >= 4.5
