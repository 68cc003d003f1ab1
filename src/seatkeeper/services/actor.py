"""Who acts: the OS account of whoever runs Seatkeeper, recorded with every change."""

from __future__ import annotations

import getpass


def current_actor() -> str:
    """The OS account of whoever runs Seatkeeper."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
