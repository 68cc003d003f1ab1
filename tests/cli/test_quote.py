"""``seatkeeper quote add-seats`` and ``seatkeeper seats ...`` through cli.run (VL-7/8/11/14)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.cli import run
from seatkeeper.services.roster import RosterService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

SEED = ["quote", "add-seats", "--renewal", "2021-06-25", "--monthly-price", "12.95",
        "--currency", "USD", "--seats", "5", "--on", "2020-08-25", "--json"]


def _out(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_vl8_seed_example_from_terms(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(SEED) == 0
    out, _ = _out(capsys)
    assert json.loads(out) == {"months": 10, "unit_monthly_price": "12.95", "seats": 5,
                               "total": "647.50", "currency": "USD",
                               "renewal_date": "2021-06-25"}


def test_vl7_quote_keeps_renewal_date_in_output(capsys: pytest.CaptureFixture[str]) -> None:
    args = [*SEED]
    args[args.index("2020-08-25")] = "2021-01-31"
    assert run(args) == 0
    quoted = json.loads(_out(capsys)[0])
    assert (quoted["renewal_date"], quoted["months"]) == ("2021-06-25", 5)


def test_vl8_refused_quote_exits_2_with_reason(capsys: pytest.CaptureFixture[str]) -> None:
    args = [*SEED]
    args[args.index("2020-08-25")] = "2021-06-25"
    assert run(args) == 2
    out, err = _out(capsys)
    assert out == ""
    assert "renew first" in err


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--on", "25/08/2020", "YYYY-MM-DD"),
    ("--renewal", "2021-02-30", "YYYY-MM-DD"),
    ("--monthly-price", "12,95", "not an amount"),
    ("--monthly-price", "-1", "cannot be negative"),
    ("--currency", "dollars", "currency code"),
])
def test_bad_terms_exit_2_with_a_clear_message(capsys: pytest.CaptureFixture[str],
                                               option: str, value: str, words: str) -> None:
    args = [*SEED]
    args[args.index(option) + 1] = value
    assert run(args) == 2
    out, err = _out(capsys)
    assert out == ""
    assert words in err
    assert "Traceback" not in err


def test_missing_terms_are_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["quote", "add-seats", "--seats", "5", "--on", "2020-08-25"]) == 2
    assert "--renewal, --monthly-price, --currency" in _out(capsys)[1]


def _volume(store: Store) -> int:
    return next(s.subscription_id for s in RosterService(store).subscriptions()
                if s.kind == "volume")


def test_vl8_quote_from_the_roster(demo_store: Store, roster_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    sub = next(s for s in RosterService(demo_store).subscriptions() if s.kind == "volume")
    on = date(2026, 11, 22)
    assert run(["quote", "add-seats", "--db", str(roster_path), "--subscription",
                str(sub.subscription_id), "--seats", "5", "--on", on.isoformat(), "--json"]) == 0
    quoted = json.loads(_out(capsys)[0])
    assert quoted == {"months": 5, "unit_monthly_price": "8.32", "seats": 5,
                      "total": "208.00", "currency": "USD",
                      "renewal_date": sub.renewal_date.isoformat()}


def test_vl1_quote_for_a_non_volume_subscription_refused(
        demo_store: Store, roster_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = next(s for s in RosterService(demo_store).subscriptions() if s.kind != "volume")
    assert run(["quote", "add-seats", "--db", str(roster_path), "--subscription",
                str(other.subscription_id), "--seats", "5", "--on", "2026-11-22"]) == 2
    assert "not a volume subscription" in _out(capsys)[1]


def test_vl11_seats_assign_from_the_shell(demo_store: Store, roster_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    seat = demo_store.read(lambda c: c.execute(sa.select(t.seats.c.id).where(
        t.seats.c.licence_id == "L-0019", t.seats.c.subscription_id == _volume(demo_store)))
        .scalar_one())
    assert run(["seats", "assign", "--db", str(roster_path), "--seat", str(seat), "--name",
                "Kim Lie", "--email", "Kim.Lie@NORTHWIND.example", "--json"]) == 0
    state = json.loads(_out(capsys)[0])
    assert (state["holder"], state["email"]) == ("Kim Lie", "Kim.Lie@northwind.example")
    assert run(["seats", "assign", "--db", str(roster_path), "--seat", str(seat), "--name",
                "Kim", "--email", "nope"]) == 2
    assert "not a usable e-mail address" in _out(capsys)[1]


def test_vl14_seats_renew_off_for_several(demo_store: Store, roster_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    ids = demo_store.read(lambda c: list(c.execute(sa.select(t.seats.c.id).where(
        t.seats.c.subscription_id == _volume(demo_store)).order_by(t.seats.c.id).limit(2))
        .scalars()))
    argv = ["seats", "renew", "--db", str(roster_path), "--off", "--json"]
    for seat in ids:
        argv += ["--seat", str(seat)]
    assert run(argv) == 0
    lines = [json.loads(line) for line in _out(capsys)[0].splitlines()]
    assert [(s["seat_id"], s["renew"]) for s in lines] == [(ids[0], False), (ids[1], False)]
