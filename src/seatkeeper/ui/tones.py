"""Colours that carry meaning (refused, warning, fine, muted), readable in light and dark.

Fixed dark reds and ambers vanish on a dark system palette. Each tone has a shade for a
light background and one for a dark one; ``tone`` picks by the palette the window uses
now, so it follows the system's light or dark scheme. Every pair keeps a contrast ratio of
at least 4.5:1 (WCAG AA) on the palette's base colour; tests/ui/test_tones.py checks it.

This is the one module of ui/ that names colours (tests/ui/test_tones_no_fixed_colours.py
refuses a colour literal anywhere else). A widget that holds a colour in a style sheet or
in rich text takes it through ``tint``, ``follow_palette`` or ``rich``, so the colour is
worked out again when the system switches between light and dark; rich text names only
the classes of ``CLASSES`` (``<span class='muted'>``), never a colour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

# name: (on a light background, on a dark background)
TONES = {
    "refusal": ("#a61b1b", "#ff8a80"),
    "warning": ("#8a4b00", "#ffb74d"),
    "ok": ("#1d6b2f", "#81c784"),
    "muted": ("#595959", "#b0b0b0"),
    "link": ("#1a5fb4", "#8ab4f8"),
}

# A message strip's (text, background, border), on a light and on a dark palette: the
# text colour is set too, since a dark palette's light text vanishes on a light strip.
SURFACES = {
    "info": (("#1a1a1a", "#e8f1fb", "#9cc3ea"), ("#f0f0f0", "#1f3347", "#4a78a8")),
    "warning": (("#1a1a1a", "#fff4e0", "#f0b35a"), ("#f0f0f0", "#3d2c10", "#a8772b")),
}

# A Deadlines row's (text of the money cell, row background), on a light and a dark
# palette: red where money goes out, blue-grey where access only ends. The other cells
# keep the palette's text colour, which each background suits too.
ROWS = {
    "charge": (("#a3200f", "#fdebe9"), ("#ff8a80", "#3a1d1a")),
    "lapse": (("#3d5a80", "#eef2f7"), ("#a8c8f0", "#1d2733")),
}

# The forecast chart (ui/forecast_paint.py). Its stacks take the Okabe-Ito colours, told
# apart with every common colour-vision deficiency, on white and on dark; the hatched bars
# beside them (lapsing, decided against) take muted shades of their own.
CHART_SERIES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
CHART_OTHER = "#999999"
CHART_LAPSE = "#7f8c9d"
CHART_DECIDED = "#1d6b2f"
# An exported chart (PNG, the PDF report) is on paper: (background, ink), whatever the scheme.
PAPER = ("#ffffff", "#202020")

# The classes rich text may use, and the tone (or strip) each one takes.
CLASSES = {"muted": "muted", "warning": "warning", "refusal": "refusal", "ok": "ok"}


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


def row_colours(name: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The (money text, background) of Deadlines row kind ``name`` for ``palette``."""
    light, dark = ROWS[name]
    text, background = dark if is_dark(palette) else light
    return QColor(text), QColor(background)


def css(palette: QPalette | None = None) -> str:
    """The style sheet of rich text's classes for ``palette`` (``.muted``, ``.info-box``)."""
    rules = [f".{cls} {{ color:{tone(name, palette)}; }}" for cls, name in CLASSES.items()]
    text, background, _border = surface("info", palette)
    rules.append(f".info-box {{ color:{text}; background:{background}; }}")
    return " ".join(rules)


def styled(html: str, palette: QPalette | None = None) -> str:
    """``html`` headed by the class style sheet, for a QLabel or a QTextBrowser."""
    return f"<style>{css(palette)}</style>{html}"


_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class _PaletteFollower(QObject):
    """Runs ``apply`` whenever the application's palette or the widget's own changes.

    Both are needed: a widget with a style sheet, and every widget inside one, gets no
    PaletteChange when the application's palette changes (Qt keeps the palette the style
    sheet gave it), so the application's ``paletteChanged`` is followed too.
    """

    def __init__(self, widget: QWidget, apply: Callable[[], None], events: bool = True) -> None:
        super().__init__(widget)
        self.apply = apply
        self._applying = False
        if events:
            widget.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._palette_changed)

    @Slot(QPalette)
    def _palette_changed(self, _palette: QPalette) -> None:
        self.run()

    def run(self) -> None:
        if self._applying:  # a style sheet set by ``apply`` is a palette change itself
            return
        self._applying = True
        try:
            self.apply()
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PALETTE_EVENTS:
            self.run()
        return False


def follow_palette(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run ``apply`` now and again each time the system's light or dark scheme changes.

    ``apply`` must not depend on anything but the palette: it may run at any time.
    """
    apply()
    _PaletteFollower(widget, apply)


def restyle(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` the style sheet ``sheet`` (no colours of its own, or ``palette(...)``
    ones) and give it again when the application's palette changes: Qt works a style
    sheet's palette out once, so without this the widget and all inside it keep the old
    scheme's colours."""
    def again() -> None:
        widget.setStyleSheet("")  # back to the inherited palette, then the sheet over it
        widget.setStyleSheet(sheet)
    widget.setStyleSheet(sheet)
    _PaletteFollower(widget, again, events=False)


def set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet unless it is set already (a new one is itself a palette change)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class _Tint(_PaletteFollower):
    def __init__(self, widget: QWidget) -> None:
        self.name, self.extra, self.widget = "", "", widget
        super().__init__(widget, self.show)
        self.setObjectName("toneTint")

    def show(self) -> None:
        colour = f"color:{tone(self.name)};" if self.name else ""  # "": the palette's text
        set_style(self.widget, colour + self.extra)


def tint(widget: QWidget, name: str, extra: str = "") -> None:
    """Colour ``widget``'s text with tone ``name`` (plus ``extra`` CSS), kept current when
    the palette changes; call again to change the tone (``""``: the palette's own text)."""
    holder = widget.findChild(_Tint, "toneTint", Qt.FindChildOption.FindDirectChildrenOnly)
    if holder is None:
        holder = _Tint(widget)
    holder.name, holder.extra = name, extra
    holder.show()


class _RichText(_PaletteFollower):
    def __init__(self, widget: QLabel | QTextEdit) -> None:
        self.html = ""
        self.widget = widget
        super().__init__(widget, self.show)
        self.setObjectName("toneRichText")

    def show(self) -> None:
        text = styled(self.html) if self.html else ""
        if isinstance(self.widget, QTextEdit):
            self.widget.setHtml(text)
        else:
            self.widget.setText(text)


def rich(widget: QLabel | QTextEdit, html: str) -> None:
    """Show ``html`` (which names the classes of ``CLASSES``) with the palette's colours,
    shown again with the new ones when the palette changes."""
    holder = widget.findChild(_RichText, "toneRichText",
                              Qt.FindChildOption.FindDirectChildrenOnly)
    if holder is None:
        holder = _RichText(widget)
    holder.html = html
    holder.show()


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) \
            + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
