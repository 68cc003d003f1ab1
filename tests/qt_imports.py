"""Which Qt or ``seatkeeper.ui`` modules a thread other than the main one imported first.

A module's class statements make Qt types; made in a worker while the GUI thread
delivers events, they crashed the window (tests/ui/test_startup_gui_thread.py). The
suite's conftest watches every test with it, and that test a new process's start.
Nothing here imports Qt or seatkeeper, so it can be installed before either.
"""

from __future__ import annotations

import importlib.abc
import sys
import threading

WATCHED = ("PySide6", "shiboken6", "seatkeeper.ui", "seatkeeper.app")


class OffMainThreadImports(importlib.abc.MetaPathFinder):
    """Notes each watched module a thread other than the main one imports first."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.startswith(WATCHED) and threading.current_thread() is not threading.main_thread():
            self.seen.append(name)

    def take(self) -> list[str]:
        """What was noted since the last take."""
        seen, self.seen = self.seen, []
        return seen


def install() -> OffMainThreadImports:
    watch = OffMainThreadImports()
    sys.meta_path.insert(0, watch)
    return watch
