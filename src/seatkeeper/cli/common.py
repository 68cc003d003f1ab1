"""Helpers every command shares: opening the roster, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from seatkeeper import paths
from seatkeeper.services.rows import jsonable
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store


def open_roster(args: argparse.Namespace) -> Store:
    return open_store(paths.roster_location(args),
                      read_only=bool(getattr(args, "read_only", False)))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    # Also accepted after the command (``seatkeeper report --db URL``).
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="roster: a file path or SQLAlchemy URL")


def print_json(value: Any) -> None:
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")
