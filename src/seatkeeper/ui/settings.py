"""The window's own settings (language, remembered import mappings), in the data folder.

One INI file beside the roster and the logs (``settings.ini`` in the data
directory), so ``SEATKEEPER_DATA_DIR`` moves it too and "Open data folder"
shows everything Seatkeeper keeps; not the platform's registry or plist.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from seatkeeper import paths

LANGUAGE = "ui/language"  # "" (the system's), "en", "nb" or "da"


def app_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
