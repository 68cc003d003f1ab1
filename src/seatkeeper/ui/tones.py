"""Colours that carry meaning (refused, warning, fine, muted), readable in light and dark.

Fixed dark reds and ambers vanish on a dark system palette. Each tone has a shade for a
light background and one for a dark one; ``tone`` picks by the palette the window uses
now, so it follows the system's light or dark scheme. Every pair keeps a contrast ratio of
at least 4.5:1 (WCAG AA) on the palette's base colour; tests/ui/test_tones.py checks it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# name: (on a light background, on a dark background)
TONES = {
    "refusal": ("#a61b1b", "#ff8a80"),
    "warning": ("#8a4b00", "#ffb74d"),
    "ok": ("#1d6b2f", "#81c784"),
    "muted": ("#595959", "#b0b0b0"),
}

# A message strip's (text, background, border), on a light and on a dark palette: the
# text colour is set too, since a dark palette's light text vanishes on a light strip.
SURFACES = {
    "info": (("#1a1a1a", "#e8f1fb", "#9cc3ea"), ("#f0f0f0", "#1f3347", "#4a78a8")),
    "warning": (("#1a1a1a", "#fff4e0", "#f0b35a"), ("#f0f0f0", "#3d2c10", "#a8772b")),
}


def is_dark(palette: QPalette | None = None) -> bool:
    colours = palette if palette is not None else QGuiApplication.palette()
    return colours.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def tone(name: str, palette: QPalette | None = None) -> str:
    """The hex colour of tone ``name`` for ``palette`` (the application's by default)."""
    light, dark = TONES[name]
    return dark if is_dark(palette) else light


def surface(name: str, palette: QPalette | None = None) -> tuple[str, str, str]:
    """The (text, background, border) colours of strip ``name`` for ``palette``."""
    light, dark = SURFACES[name]
    return dark if is_dark(palette) else light


def tone_color(name: str, palette: QPalette | None = None) -> QColor:
    return QColor(tone(name, palette))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) \
            + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
