"""Seatkeeper's own icon for the window, the task bar and the tray.

The PNGs are rendered from resources/icons/seatkeeper.svg by ``python -m tools.icons``
and ship in the package (``seatkeeper/icons``), so the wheel and the bundle carry them.
``DESKTOP_FILE`` is the desktop entry's name without ``.desktop``: Wayland matches a
window to its entry (and so its icon) by it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon

ICONS = Path(__file__).resolve().parents[1] / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = "seatkeeper"


def app_icon() -> QIcon:
    """Every rendered size in one icon, so each place picks a sharp one."""
    icon = QIcon()
    for size in SIZES:
        path = ICONS / f"seatkeeper-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def identify_application() -> None:
    """Every window, dialog and the task bar show the icon; Wayland finds the entry."""
    QGuiApplication.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
