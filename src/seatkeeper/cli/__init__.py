"""Command line: the same services as the GUI, for scripts and offline checks.

With no command, ``seatkeeper`` starts the GUI. A KnownError becomes one line
on stderr and exit status 2; nothing else is printed on failure but a bug.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from seatkeeper import __version__
from seatkeeper.app import add_window_options
from seatkeeper.cli import (
    audit_commands,
    deadlines,
    people_commands,
    quote,
    remind,
    roster_commands,
    seat_commands,
    send,
    spend_commands,
    team_commands,
    terms_commands,
    transfer,
)
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import message

EXIT_REFUSED = 2
# argparse words its own complaints (and translates them through gettext).
BAD_USAGE = message("cli.bad_usage", "{problem}")
log = logging.getLogger("seatkeeper")

# Each command module adds its sub-commands here; one line per module.
COMMAND_MODULES: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    roster_commands.register,
    quote.register,
    seat_commands.register,
    send.register,
    deadlines.register,
    remind.register,
    transfer.register,
    audit_commands.register,
    terms_commands.register,
    team_commands.register,
    people_commands.register,
    spend_commands.register,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, as for every refusal (the README promises it); --help has the usage.
        raise KnownError(BAD_USAGE(problem=f"{message} (see “{self.prog} --help”)"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="seatkeeper", description="Keep software subscriptions true "
                     "and affordable. With no command, the window opens.")
    parser.add_argument("--version", action="version", version=f"seatkeeper {__version__}")
    add_window_options(parser)
    commands: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser)
    for register in COMMAND_MODULES:
        register(commands)
    return parser


def run(argv: Sequence[str]) -> int:
    # Tracebacks and warnings go to the log file, never to stderr beside the one line.
    from seatkeeper.logfile import configure_logging

    configure_logging()
    try:
        args = build_parser().parse_args(list(argv))
        if args.command is None:
            from seatkeeper.app import run_gui

            return run_gui(args)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except KnownError as error:
        print(f"seatkeeper: {error.message}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # e.g. `seatkeeper list seats | head`: the reader has left
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("seatkeeper: interrupted", file=sys.stderr)
        return 130
