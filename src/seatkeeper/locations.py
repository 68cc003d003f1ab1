"""Which roster a run opens, from its options: shared by the window and the command line."""

from __future__ import annotations

import argparse

from seatkeeper import paths
from seatkeeper.store.location import RosterLocation


def roster_location(args: argparse.Namespace) -> RosterLocation:
    """--db wins; then --demo; then the admin's roster in the data directory."""
    if getattr(args, "db", None):
        return RosterLocation.parse(args.db)
    if getattr(args, "demo", False):
        return RosterLocation.parse(str(paths.demo_roster()))
    return RosterLocation.parse(str(paths.default_roster()))
