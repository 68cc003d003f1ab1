"""Composition root of the GUI: logging, settings, roster, vault, services, window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from types import TracebackType

from seatkeeper import paths
from seatkeeper.cli.common import roster_location
from seatkeeper.services.audit import current_actor
from seatkeeper.services.bundle import Services, open_services
from seatkeeper.store.location import RosterLocation

log = logging.getLogger("seatkeeper")


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


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from seatkeeper.ui.main_window import MainWindow
    from seatkeeper.ui.messages import show_error
    from seatkeeper.ui.tasks import TaskRunner

    configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Seatkeeper")
    app.setOrganizationName("Seatkeeper")
    app.setApplicationVersion("")
    window_holder: list[MainWindow] = []

    def on_error(error: BaseException) -> None:
        show_error(window_holder[0] if window_holder else None, error)

    def excepthook(kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, tb))
        on_error(value)

    sys.excepthook = excepthook
    runner = TaskRunner(on_error)
    read_only = bool(args.read_only)
    actor = current_actor()

    def opener(location: RosterLocation, fill_demo: bool) -> Services:
        return open_services(location, actor=actor, read_only=read_only, fill_demo=fill_demo,
                             daily_backup=True)

    demo = RosterLocation.parse(str(paths.demo_roster()))
    window = MainWindow(runner, opener, demo)
    window_holder.append(window)
    window.show()
    location = roster_location(args)
    window.open_roster(location, fill_demo=bool(args.demo) and not args.db,
                       offer_welcome=not args.demo and not read_only)
    return int(app.exec())
