"""``team grant`` / ``team revoke``: who may edit a shared PostgreSQL roster (issue 19)."""

from __future__ import annotations

import argparse

from seatkeeper.cli.common import add_db_option, open_roster
from seatkeeper.store.team_roles import ROLES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = commands.add_parser("team", help="roles on a team roster on PostgreSQL")
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True,
                                  parser_class=type(team))
    grant = actions.add_parser("grant", help="let a server login edit (admin) or only "
                               "review (reviewer) this roster")
    add_db_option(grant)
    grant.add_argument("--role", required=True, choices=ROLES)
    grant.add_argument("user", metavar="USER", help="the login on the server")
    grant.set_defaults(handler=_grant)
    revoke = actions.add_parser("revoke", help="take a login's role on this roster away")
    add_db_option(revoke)
    revoke.add_argument("user", metavar="USER")
    revoke.set_defaults(handler=_revoke)


def _grant(args: argparse.Namespace) -> int:
    with open_roster(args, writes=True) as services:
        services.team.grant(args.user, args.role)
    print(f"{args.user} is now {args.role} of this roster.")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with open_roster(args, writes=True) as services:
        services.team.revoke(args.user)
    print(f"{args.user} has no role on this roster any more.")
    return 0
