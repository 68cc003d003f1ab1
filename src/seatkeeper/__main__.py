"""``python -m seatkeeper`` and the ``seatkeeper`` command: CLI or GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a packaged app: the import's child process
        import multiprocessing  # (services.importing.child) starts as this program

        multiprocessing.freeze_support()  # and must run the child, not the window
    argv = sys.argv[1:] if argv is None else argv
    from seatkeeper.app import run_gui, window_args

    args = window_args(argv)
    if args is not None:  # just the window: the CLI's commands are not even imported
        return run_gui(args)
    from seatkeeper.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
