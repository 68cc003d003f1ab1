"""The log file: the window and ``seatkeeper remind`` (run by the scheduler) write to it.

Apart from ``app`` so a command can log to the same file without importing the GUI.
"""

from __future__ import annotations

import logging
import logging.handlers

from seatkeeper import paths

__all__ = ["configure_logging"]


def configure_logging() -> logging.Handler:
    """A small rotating log in the data directory; values are never logged, only events.

    Idempotent: a second call keeps the handler for the same file, and closes one left
    pointing at another data directory.
    """
    root = logging.getLogger("seatkeeper")
    root.setLevel(logging.INFO)
    target = str(paths.log_file())
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if old.baseFilename == target:
            return old
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return handler
