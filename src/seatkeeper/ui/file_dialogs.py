"""Where a file dialog starts: the folder last used, else the admin's Documents folder.

Never the program's working folder (an installed app's is its own install folder or
the home's root). The last folder is kept in the window's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from seatkeeper.ui.settings import app_settings

LAST_FOLDER = "files/last_folder"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(settings: QSettings | None = None) -> Path:
    """The folder the next file dialog opens in."""
    stored = (settings or app_settings()).value(LAST_FOLDER, "")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    return documents_folder()


def start_path(file_name: str = "", settings: QSettings | None = None) -> str:
    """The start folder, with ``file_name`` in it when a save dialog suggests one."""
    folder = start_folder(settings)
    return str(folder / file_name) if file_name else str(folder)


def remember_folder(chosen: str, settings: QSettings | None = None) -> None:
    """Keep the folder of the file the admin just chose, for the next dialog."""
    if not chosen:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if folder.is_dir():
        store = settings or app_settings()
        store.setValue(LAST_FOLDER, str(folder))
        store.sync()
