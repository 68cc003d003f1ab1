"""The app's icon: every rendered size ships and loads, and the desktop entry names it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from seatkeeper.ui import icons

DESKTOP = Path(__file__).resolve().parents[2] / "resources" / "seatkeeper.desktop"


def test_every_size_is_a_square_png_of_that_size(qtbot: QtBot) -> None:
    for size in icons.SIZES:
        image = QImage(str(icons.ICONS / f"seatkeeper-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # Drawn, not blank: the middle is opaque, the rounded corner transparent.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0


def test_the_icon_offers_each_size(qtbot: QtBot) -> None:
    icon = icons.app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(icons.SIZES)


def test_the_desktop_entry_names_the_icon_and_the_window_matches_it() -> None:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert "Icon=seatkeeper" in lines
    assert DESKTOP.stem == icons.DESKTOP_FILE  # what Wayland matches the window by


def test_the_application_wears_the_icon_and_names_its_desktop_entry(qtbot: QtBot) -> None:
    icon_before, name_before = QGuiApplication.windowIcon(), QGuiApplication.desktopFileName()
    try:
        icons.identify_application()
        assert QGuiApplication.desktopFileName() == "seatkeeper"
        dialog = QDialog()  # any window, not only the main one
        qtbot.addWidget(dialog)
        sizes = sorted(size.width() for size in dialog.windowIcon().availableSizes())
        assert sizes == list(icons.SIZES)
    finally:
        QGuiApplication.setWindowIcon(icon_before)
        QGuiApplication.setDesktopFileName(name_before)
