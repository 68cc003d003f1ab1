"""`seatkeeper import` / `export` read and write what Nordic admins' files hold (issue 15).

Each defect the issue lists has a test here that failed on the code before it (the
misread amounts and dates, the Snipe-IT holder and cost, the export that did not read
back or open in columns); the files are built here, as an admin's tools write them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper.cli import run
from seatkeeper.services.review_costs import renewal_costs
from seatkeeper.store import tables as t
from seatkeeper.store.open import open_store

OWNER = ["--owner", "it@example.com"]  # the account owner of rows that name none

HEADERS = ["subscription", "vendor", "currency", "monthly_price", "plan_months",
           "renewal_date", "seat_limit", "licence_id", "holder_name", "holder_email"]
NB_ROWS = [
    ["Kontorpakke", "Microsoft", "", "kr 1 490,00", "12", "15.03.2027", "3", "L-1",
     "Åse Ødegård", "ase@example.no"],
    ["Kontorpakke", "Microsoft", "", "kr 1 490,00", "12", "15.03.2027", "3", "L-2",
     "Ærlig Østby", "aerlig@example.no"],
    ["Designverktøy", "Adobe", "EUR", "12,95", "1", "1.4.27", "1", "D-1", "Bjørn Å",
     "bjorn@example.no"],
    ["Regnskap", "Visma", "NOK", "1.234,50", "12", "30.06.2027", "1", "R-1", "", ""],
]
# What each row's price is, in minor units, read in nb-NO.
NB_PRICES = {"Kontorpakke": ("NOK", 149000), "Designverktøy": ("EUR", 1295),
             "Regnskap": ("NOK", 123450)}
DA_ROWS = [
    ["Kontorpakke", "Microsoft", "DKK", "1.490,00 kr.", "12", "15-03-2027", "2", "L-1",
     "Søren Kjær", "soren@example.dk"],
    ["Tegneprogram", "Adobe", "", "kr. 99,00", "1", "01.04.2027", "1", "T-1",
     "Åse Æbelø", "aase@example.dk"],
]
DA_PRICES = {"Kontorpakke": ("DKK", 149000), "Tegneprogram": ("DKK", 9900)}


def _csv(rows: list[list[str]], delimiter: str = ";") -> str:
    return "\r\n".join(delimiter.join(r) for r in [HEADERS, *rows]) + "\r\n"


def _prices(roster: Path) -> dict[str, tuple[str, int]]:
    store = open_store(str(roster))
    s = t.subscriptions
    try:
        return store.read(lambda c: {r.name: (r.currency, int(r.price_minor)) for r in c.execute(
            sa.select(s.c.name, s.c.currency, s.c.price_minor))})
    finally:
        store.dispose()


def _holders(roster: Path) -> dict[str, set[str]]:
    store = open_store(str(roster))
    try:
        rows = store.read(lambda c: c.execute(
            sa.select(t.subscriptions.c.name, t.people.c.name, t.people.c.email)
            .select_from(t.seats.join(t.subscriptions).join(
                t.people, t.people.c.id == t.seats.c.person_id))).all())
    finally:
        store.dispose()
    found: dict[str, set[str]] = {}
    for sub, name, email in rows:
        found.setdefault(sub, set()).add(f"{name} <{email}>")
    return found


@pytest.mark.parametrize(("encoding", "delimiter", "extra"), [
    ("utf-8-sig", ";", []),  # Excel's "CSV UTF-8" in Norway: BOM and semicolons
    ("utf-16", "\t", []),  # Excel's "Unicode text": UTF-16 with BOM, tab-separated
    ("cp1252", ";", ["--encoding", "cp1252"]),  # an 8-bit Windows file, named as such
])
def test_a_norwegian_csv_imports_with_the_right_values(
        roster_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, encoding: str, delimiter: str,
        extra: list[str]) -> None:
    # Issue 15: "1 490,00" was read as 149 000, "12,95" as 1 295, "1.234,50" as 1.23,
    # "kr 99,00" as 9 900, and 15.03.2026 refused. The system locale is nb-NO here.
    monkeypatch.setenv("LC_ALL", "nb_NO.UTF-8")
    source = tmp_path / "roster.csv"
    source.write_bytes(_csv(NB_ROWS, delimiter).encode(encoding))
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, "--dry-run", "--json",
                *extra]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["rejected"] == []
    # The preview shows the totals before anything is written: 3 x 12 x 1490 NOK, ...
    assert preview["totals"] == {"subscriptions": 3, "seats": 4, "holders": 3, "per_period": {
        "EUR": "12.95", "NOK": f"{3 * 12 * 1490 + 12 * 1234.5:.2f}"}}
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, *extra]) == 0
    assert _prices(roster_path) == NB_PRICES
    assert "Åse Ødegård <ase@example.no>" in _holders(roster_path)["Kontorpakke"]


def test_a_danish_csv_imports_with_the_right_values(
        roster_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "roster.csv"
    source.write_text(_csv(DA_ROWS), encoding="utf-8-sig")
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, "--locale", "da-DK"]) == 0
    assert _prices(roster_path) == DA_PRICES
    assert _holders(roster_path)["Tegneprogram"] == {"Åse Æbelø <aase@example.dk>"}


def test_an_8_bit_file_without_its_encoding_is_refused_naming_it(
        roster_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "roster.csv"
    source.write_bytes(_csv(NB_ROWS).encode("cp1252"))
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, "--locale", "nb-NO",
                "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "--encoding cp1252" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(("text", "words"), [
    ("1,234", "could be 1234 or 1.234"), ("03/04/2027", "could be 2027-04-03 or 2027-03-04")])
def test_an_ambiguous_value_is_refused_with_both_readings(
        roster_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str,
        words: str) -> None:
    row = ["Kontor", "Acme", "NOK", "1234,00", "12", "15.03.2027", "1", "L-1", "", ""]
    row[3 if "/" not in text else 5] = text
    source = tmp_path / "roster.csv"
    source.write_text(_csv([row]), encoding="utf-8-sig")
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, "--locale", "nb-NO",
                "--dry-run", "--json"]) == 0
    reasons = [e["reason"] for e in json.loads(capsys.readouterr().out)["rejected"]]
    assert any(words in r for r in reasons), reasons


def test_a_year_1_date_is_one_line_even_in_a_dry_run(
        roster_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 15: "0001-01-01" in a CSV gave a traceback, even with --dry-run.
    row = ["Kontor", "Acme", "NOK", "10,00", "12", "0001-01-01", "1", "L-1", "", ""]
    source = tmp_path / "roster.csv"
    source.write_text(_csv([row]), encoding="utf-8-sig")
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, "--locale", "nb-NO",
                "--dry-run", "--json"]) == 0
    rejected = json.loads(capsys.readouterr().out)["rejected"]
    assert [e["reason"] for e in rejected] == [
        "0001-01-01 is outside the dates Seatkeeper keeps (1900-01-01 to 2200-12-31)."]
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, "--locale", "nb-NO"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


SNIPEIT = ("Full Name,Email,Username,Item name,serial number,manufacturer,purchase date,"
           "purchase cost,Licensed To Name,Licensed to Email,expiration date,seats\r\n"
           "Kari Nordmann,kari@example.no,kari,Team Tool,TT-KEY-1,Acme,2026-01-01,$100.00,"
           "Acme AS,licensing@acme.example,2027-01-01,7\r\n"
           "Ola Nordmann,ola@example.no,ola,Team Tool,TT-KEY-1,Acme,2026-01-01,$100.00,"
           "Acme AS,licensing@acme.example,2027-01-01,7\r\n"
           ",,per@example.no,Team Tool,TT-KEY-1,Acme,2026-01-01,,,,,\r\n")


def test_snipeit_seats_go_to_the_users_and_the_cost_is_kept_exactly(
        roster_path: Path, tmp_path: Path) -> None:
    # Issue 15: the seat went to "Licensed To", and USD 100.00 for 7 seats came back
    # as 99.96 (kept as a rounded seat month).
    source = tmp_path / "snipeit.csv"
    source.write_text(SNIPEIT, encoding="utf-8")
    assert run(["import", str(source), "--db", str(roster_path), *OWNER, "--locale", "en-US"]) == 0
    assert _holders(roster_path) == {"Team Tool": {
        "Kari Nordmann <kari@example.no>", "Ola Nordmann <ola@example.no>",
        "per <per@example.no>"}}
    store = open_store(str(roster_path))
    try:
        costs = store.read(renewal_costs)
        registration = store.read(lambda c: c.execute(sa.select(
            t.subscriptions.c.registered_to_name, t.subscriptions.c.registered_to_email,
            t.subscriptions.c.seat_limit)).one())
    finally:
        store.dispose()
    assert [str(m) for m in costs.before] == ["100.00 USD"]
    assert tuple(registration) == ("Acme AS", "licensing@acme.example", 7)
