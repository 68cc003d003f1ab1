"""Composition root of the GUI: logging, settings, roster, vault, services, window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from seatkeeper import paths
from seatkeeper.locations import roster_location
from seatkeeper.logfile import configure_logging
from seatkeeper.store.location import RosterLocation

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services

log = logging.getLogger("seatkeeper")


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``seatkeeper`` itself (the CLI's commands accept them too)."""
    parser.add_argument("--db", metavar="URL", help="roster: a file path or SQLAlchemy URL")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo roster (created in its own file if missing)")
    parser.add_argument("--read-only", action="store_true",
                        help="open the roster for review without changing it")
    parser.add_argument("--lang", choices=["en", "nb", "da"],
                        help="the window's language for this run (default: Settings → "
                        "Language, else the system's)")


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The options, when ``argv`` asks only for the window; None for anything else.

    The window then starts without importing the CLI's commands (and the
    services and SQLAlchemy under them); help, --version, a command or a
    mistake go to the full parser.
    """
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    add_window_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):  # the full parser says what is wrong
        return None
    return None if rest else args


def run_gui(args: argparse.Namespace) -> int:
    from seatkeeper.system_libraries import check

    # Before Qt: a missing system library makes Qt abort with words that help nobody.
    problem = check()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from seatkeeper.services.first_look import start_first_look

    location = roster_location(args)
    # The roster's first page is read while Qt and the window are imported (issue 7).
    first_look = start_first_look(location)

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from seatkeeper.ui import i18n
    from seatkeeper.ui.icons import identify_application
    from seatkeeper.ui.main_window import MainWindow
    from seatkeeper.ui.messages import show_error
    from seatkeeper.ui.settings import LANGUAGE, app_settings
    from seatkeeper.ui.tasks import TaskRunner, collect_garbage_on_the_gui_thread

    configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Seatkeeper")
    app.setOrganizationName("Seatkeeper")
    app.setApplicationVersion("")
    identify_application()
    collect_garbage_on_the_gui_thread(app)
    saved = app_settings().value(LANGUAGE, "")
    language = i18n.choose_language(getattr(args, "lang", None), str(saved or ""),
                                    QLocale.system().name())
    i18n.install_language(app, language)
    from PySide6.QtCore import QTimeZone

    log.info("window language %s, locale %s, time zone %s", language, QLocale().name(),
             bytes(QTimeZone.systemTimeZoneId().data()).decode())
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

    def opener(location: RosterLocation, fill_demo: bool) -> Services:
        # On a worker: SQLAlchemy and the services load while the window shows (issue 7).
        from seatkeeper.services.actor import current_actor
        from seatkeeper.services.bundle import open_services

        return open_services(location, actor=current_actor(), read_only=read_only,
                             fill_demo=fill_demo, daily_backup=True)

    demo = RosterLocation.parse(str(paths.demo_roster()))
    window = MainWindow(runner, opener, demo)
    window_holder.append(window)
    window.show()
    window.open_roster(location, fill_demo=bool(args.demo) and not args.db,
                       offer_welcome=not args.demo and not read_only, first_look=first_look)
    return int(app.exec())
