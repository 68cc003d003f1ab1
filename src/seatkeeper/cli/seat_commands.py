"""``seats assign``, ``seats renew`` and ``seats rename``: change seats from the shell
(VL-11, VL-14, the vendor's own licence id).

The same SeatService as the GUI, so the same rules, audit events and refusals.
"""

from __future__ import annotations

import argparse

from seatkeeper.cli.common import add_db_option, open_roster, print_json
from seatkeeper.services.seats import SeatState


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    seats = commands.add_parser("seats", help="assign seats and switch their renewal")
    actions = seats.add_subparsers(dest="seat_action", metavar="ACTION", required=True,
                                   parser_class=type(seats))
    assign = actions.add_parser("assign", help="give a seat to a person (name + e-mail)")
    add_db_option(assign)
    assign.add_argument("--seat", type=int, required=True, metavar="ID")
    assign.add_argument("--name", required=True)
    assign.add_argument("--email", required=True)
    assign.add_argument("--reassign", action="store_true",
                        help="replace the current holder (kept in the seat's history)")
    assign.add_argument("--json", action="store_true", help="print JSON")
    assign.set_defaults(handler=_assign)

    renew = actions.add_parser("renew", help="renew at next billing period: on or off")
    add_db_option(renew)
    renew.add_argument("--seat", type=int, required=True, action="append", metavar="ID",
                       help="seat id; repeat for several seats (changed together or not at all)")
    switch = renew.add_mutually_exclusive_group(required=True)
    switch.add_argument("--on", dest="renew", action="store_true")
    switch.add_argument("--off", dest="renew", action="store_false")
    renew.add_argument("--json", action="store_true", help="print JSON")
    renew.set_defaults(handler=_renew)

    rename = actions.add_parser("rename", help="give a seat the vendor's own licence id")
    add_db_option(rename)
    rename.add_argument("--seat", type=int, required=True, metavar="ID")
    rename.add_argument("--to", required=True, metavar="LICENCE_ID")
    rename.add_argument("--json", action="store_true", help="print JSON")
    rename.set_defaults(handler=_rename)


def _assign(args: argparse.Namespace) -> int:
    with open_roster(args, writes=True) as services:
        change = services.seats.reassign if args.reassign else services.seats.assign
        state = change(args.seat, args.name, args.email).value
    _show([state], as_json=args.json)
    return 0


def _renew(args: argparse.Namespace) -> int:
    with open_roster(args, writes=True) as services:
        states = list(services.seats.set_renew(args.seat, args.renew).value)
    _show(states, as_json=args.json)
    return 0


def _rename(args: argparse.Namespace) -> int:
    with open_roster(args, writes=True) as services:
        state = services.seats.rename_seat(args.seat, args.to).value
    _show([state], as_json=args.json)
    return 0


def _show(states: list[SeatState], *, as_json: bool) -> None:
    for state in states:
        if as_json:
            print_json(state)
        else:
            holder = f"{state.holder} <{state.email}>" if state.holder else "free"
            renews = "renews" if state.renew else "does not renew"
            print(f"{state.licence_id} (seat {state.seat_id}): {holder}, {renews}")
