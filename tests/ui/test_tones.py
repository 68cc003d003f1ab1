"""Amber, red, green and grey stay readable on light and dark palettes (issue 18, item 7)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from seatkeeper.ui.tones import TONES, contrast, is_dark, tone
from seatkeeper.ui.widgets.forms import ReasonLabel


def palette(base: str) -> QPalette:
    colours = QPalette()
    colours.setColor(QPalette.ColorRole.Base, QColor(base))
    colours.setColor(QPalette.ColorRole.Window, QColor(base))
    return colours


@pytest.mark.parametrize("base", ["#ffffff", "#efefef", "#1e1e1e", "#2d2d2d"])
@pytest.mark.parametrize("name", sorted(TONES))
def test_every_tone_keeps_wcag_aa_contrast(name: str, base: str) -> None:
    colours = palette(base)
    assert contrast(QColor(tone(name, colours)), QColor(base)) >= 4.5


def test_dark_palette_gets_the_light_shades() -> None:
    assert is_dark(palette("#1e1e1e"))
    assert tone("refusal", palette("#1e1e1e")) != tone("refusal", palette("#ffffff"))


def test_a_refusal_on_a_dark_system_palette_is_readable(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    before = QGuiApplication.palette()
    QGuiApplication.setPalette(palette("#1e1e1e"))
    try:
        label = ReasonLabel()
        qtbot.addWidget(label)
        label.refusal("No.")
        assert TONES["refusal"][1] in label.styleSheet()
    finally:
        QGuiApplication.setPalette(before)
