"""Where Seatkeeper keeps its files: the platform data directory, or an override.

``SEATKEEPER_DATA_DIR`` moves everything (tests use it so they never touch the
admin's real roster).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Seatkeeper"


def data_dir() -> Path:
    override = os.environ.get("SEATKEEPER_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_roster() -> Path:
    return data_dir() / "roster.sqlite"


def demo_roster() -> Path:
    """The demo lives in a file of its own, never the admin's roster."""
    return data_dir() / "demo-roster.sqlite"


def log_file() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(exist_ok=True)
    return folder / "seatkeeper.log"
