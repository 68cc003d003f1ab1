"""People and the company directory: each vendor's file read, a sync, a leaver released.

The files in tests/data/directory are built from the vendors' documented columns:
Entra ID's "Download users" attributes and the Google Admin console's user
download header. In each, Ola Nordmann and Mads Jensen are disabled (they hold
seats L-0002 and L-0004 with two devices each), Oskar Vik is disabled (he holds
nothing now), Sara Johansen and Emil Holm hold seats but are missing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from seatkeeper.domain.errors import BadInput, NotFound
from seatkeeper.services.clock import Clock, fixed_clock
from seatkeeper.services.importing.directory import read_directory
from seatkeeper.services.people import PeopleService
from seatkeeper.services.review import ReviewService
from seatkeeper.services.seats import SeatService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery
from tests.services.helpers import audit_actions

DATA = Path(__file__).parents[1] / "data" / "directory"
FILES = {"entra": DATA / "entra_users.csv", "google": DATA / "google_users.csv",
         "csv": DATA / "people.csv"}
OLA, MADS = "ola.nordmann@northwind.example", "mads.jensen@northwind.example"
OSLO = ZoneInfo("Europe/Oslo")


def _people(store: Store, clock: Clock, zone: ZoneInfo = OSLO) -> PeopleService:
    return PeopleService(store, clock, "admin", SeatService(store, clock, "admin"), zone)


def _person(store: Store, email: str) -> dict[str, object]:
    return dict(store.read(lambda c: c.execute(
        sa.select(t.people).where(t.people.c.email == email)).mappings().one()))


def _holder(store: Store, licence: str) -> int | None:
    return store.read(lambda c: c.execute(sa.select(t.seats.c.person_id).where(
        t.seats.c.licence_id == licence)).scalar_one())


def _encoding(fmt: str) -> str | None:
    return "cp1252" if fmt == "csv" else None


@pytest.mark.parametrize("fmt", FILES)
def test_each_vendors_file_reads_as_people(fmt: str) -> None:
    found = read_directory(FILES[fmt], fmt, encoding=_encoding(fmt))
    assert not found.errors
    by_email = {p.email: p for p in found.people}
    assert by_email[OLA].status == "left"
    assert by_email[MADS].status == "left"
    assert by_email["ingrid.solberg@northwind.example"].status == "active"
    assert by_email["ingrid.solberg@northwind.example"].name == "Ingrid Solberg"
    assert by_email["ingrid.solberg@northwind.example"].department == "IT"
    assert "sara.johansen@northwind.example" not in by_email
    if fmt == "entra":
        assert by_email[OLA].directory_id == "6f1c0001-2b7e-4c1a-9d3e-0a5b8c7d0001"
    if fmt == "google":
        assert by_email[OLA].directory_id == "E1001"
    if fmt == "csv":
        assert by_email["bjorn.asli@northwind.example"].name == "Bjørn Åsli"


@pytest.mark.parametrize("fmt", FILES)
def test_a_sync_marks_leavers_and_lists_holders_it_lacks(
        demo_store: Store, clock: Clock, fmt: str) -> None:
    people = _people(demo_store, clock)
    result = people.sync(people.read(FILES[fmt], fmt, encoding=_encoding(fmt))).value
    assert {p.email for p in result.marked_left} == {OLA, MADS, "oskar.vik@northwind.example"}
    assert {p.email for p in result.not_in_file} == {"sara.johansen@northwind.example",
                                                     "emil.holm@northwind.example"}
    ola = _person(demo_store, OLA)
    assert ola["status"] == "left"
    assert ola["left_on"] == date(2026, 11, 22)
    assert ola["department"] == "Sales"
    assert ola["in_directory"] is True
    sara = _person(demo_store, "sara.johansen@northwind.example")
    assert sara["status"] == "active"
    assert sara["in_directory"] is False
    assert _holder(demo_store, "L-0016") == sara["id"]
    assert "person.left" in audit_actions(demo_store)
    assert "directory.synced" in audit_actions(demo_store)


def test_a_dry_run_says_the_same_and_writes_nothing(demo_store: Store, clock: Clock) -> None:
    people = _people(demo_store, clock)
    before = audit_actions(demo_store)
    result = people.sync(people.read(FILES["entra"], "entra"), dry_run=True).value
    assert result.dry_run
    assert {p.email for p in result.marked_left} >= {OLA, MADS}
    assert [p.email for p in result.added] == ["per.nyberg@northwind.example"]
    assert _person(demo_store, OLA)["status"] == "active"
    assert audit_actions(demo_store) == before
    assert ReviewService(demo_store, clock, "r").findings(14).counts[
        "holder_not_in_directory"] == 0  # no directory imported yet


def test_left_is_dated_in_the_admins_time_zone(demo_store: Store) -> None:
    late = fixed_clock(datetime(2026, 11, 22, 23, 30, tzinfo=UTC))  # 00:30 in Oslo
    people = _people(demo_store, late, OSLO)
    people.sync(people.read(FILES["google"], "google"))
    assert _person(demo_store, OLA)["left_on"] == date(2026, 11, 23)


def test_findings_name_each_leavers_seat_and_device(demo_store: Store, clock: Clock) -> None:
    review = ReviewService(demo_store, clock, "r")
    assert review.findings(14).counts["seat_held_by_leaver"] == 0
    people = _people(demo_store, clock)
    people.sync(people.read(FILES["entra"], "entra"))
    found = review.findings(14)
    assert found.counts["seat_held_by_leaver"] == 2
    assert found.counts["holder_not_in_directory"] == 2
    assert found.counts["leaver_device_connected"] == 4  # two devices each
    held = [f for f in found.items if f.kind == "seat_held_by_leaver"]
    assert sorted(f.licence_id or "" for f in held) == ["L-0002", "L-0004"]
    assert str(held[0].detail).endswith("who left on 2026-11-22")
    missing = {f.licence_id for f in found.items if f.kind == "holder_not_in_directory"}
    assert missing == {"L-0016", "L-0017"}


def test_releasing_frees_every_seat_and_device_audited_and_restore_puts_it_back(
        demo_store: Store, clock: Clock) -> None:
    people = _people(demo_store, clock)
    people.sync(people.read(FILES["entra"], "entra"))
    ola = _person(demo_store, OLA)
    released = people.release(OLA).value
    assert [licence for _, licence in released.seats] == ["L-0002"]
    assert len(released.devices) == 2
    assert _holder(demo_store, "L-0002") is None
    assert people.by_email(OLA).devices == ()
    actions = audit_actions(demo_store)
    assert actions[-3:] == ["seat.device_disconnected", "seat.device_disconnected",
                            "seat.unassigned"]
    counts = ReviewService(demo_store, clock, "r").findings(14).counts
    assert counts["seat_held_by_leaver"] == 1
    assert counts["leaver_device_connected"] == 2
    people.restore(released)
    assert _holder(demo_store, "L-0002") == ola["id"]
    assert len(people.by_email(OLA).devices) == 2
    assert audit_actions(demo_store)[-3:] == ["seat.assigned", "seat.device_connected",
                                              "seat.device_connected"]


def test_release_of_nobody_or_of_nothing_is_refused(demo_store: Store, clock: Clock) -> None:
    people = _people(demo_store, clock)
    with pytest.raises(NotFound):
        people.release("nobody@northwind.example")
    with pytest.raises(BadInput, match="nothing to release"):
        people.release("oskar.vik@northwind.example")


def test_the_people_page_sorts_and_filters_in_sql(demo_store: Store, clock: Clock) -> None:
    people = _people(demo_store, clock)
    people.sync(people.read(FILES["entra"], "entra"))
    assert people.count("finance") == 3
    rows = people.page(TableQuery(filter_text="finance", sort_key="name"))
    assert [r.name for r in rows] == ["Ida Larsen", "Mads Jensen", "Sofie Nielsen"]
    by_devices = people.page(TableQuery(sort_key="devices", descending=True, limit=1))
    assert by_devices[0].name == "Ingrid Solberg"
    assert by_devices[0].devices == 8
    left = people.page(TableQuery(sort_key="status", descending=True, limit=3))
    assert {r.status for r in left} == {"left"}
    detail = people.by_email("ingrid.solberg@northwind.example")
    assert [s.licence_id for s in detail.seats] == ["L-0001"]
    assert len(detail.devices) == 8


def test_a_file_without_an_email_column_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "users.csv"
    bad.write_text("displayName,department\nAnna,IT\n", encoding="utf-8")
    with pytest.raises(BadInput, match="no e-mail column"):
        read_directory(bad, "entra")


def test_a_bad_row_syncs_nothing_but_the_dry_run_lists_it(
        demo_store: Store, clock: Clock, tmp_path: Path) -> None:
    bad = tmp_path / "people.csv"
    bad.write_text("name,email,department,status\nOla Nordmann,ola.nordmann@northwind.example,"
                   "Sales,left\nAnna,not-an-address,IT,active\nKari Hansen,"
                   "kari.hansen@northwind.example,Sales,on leave\n", encoding="utf-8")
    people = _people(demo_store, clock)
    found = people.read(bad, "csv")
    assert [(e.line, e.column) for e in found.errors] == [(3, "email"), (4, "status")]
    assert len(people.sync(found, dry_run=True).value.errors) == 2
    with pytest.raises(BadInput, match="2 row"):
        people.sync(found)
    assert _person(demo_store, OLA)["status"] == "active"


def test_a_danish_or_norwegian_hr_file_says_who_left_in_its_own_words(tmp_path: Path) -> None:
    # A Danish HR export said "fratrådt": refused as an unknown status, so nothing synced.
    plain = tmp_path / "medarbejdere.csv"
    plain.write_text("name,email,department,status\n"
                     "Mette Holm,mette@northwind.example,Salg,Fratrådt\n"
                     "Jens Lund,jens@northwind.example,Salg,ophørt\n"
                     "Ola Dahl,ola@northwind.example,Salg,Sluttet\n"
                     "Kari Berg,kari@northwind.example,Salg,Aktiv\n", encoding="utf-8")
    found = read_directory(plain, "csv")
    assert found.errors == []
    assert [(p.email, p.status) for p in found.people] == [
        ("mette@northwind.example", "left"), ("jens@northwind.example", "left"),
        ("ola@northwind.example", "left"), ("kari@northwind.example", "active")]


def test_an_entra_user_without_mail_is_known_by_the_sign_in_name(tmp_path: Path) -> None:
    users = tmp_path / "users.csv"
    users.write_text("userPrincipalName,displayName,mail,department,accountEnabled,objectId\n"
                     "anna.berg@northwind.example,Anna Berg,,IT,False,1f2e\n",
                     encoding="utf-8")
    found = read_directory(users, "entra")
    assert [(p.email, p.status, p.directory_id) for p in found.people] == [
        ("anna.berg@northwind.example", "left", "1f2e")]


def test_a_leaver_coming_back_is_active_again(demo_store: Store, clock: Clock,
                                              tmp_path: Path) -> None:
    people = _people(demo_store, clock)
    people.sync(people.read(FILES["entra"], "entra"))
    back = tmp_path / "people.csv"
    back.write_text("name,email,status\nOla Nordmann,ola.nordmann@northwind.example,active\n",
                    encoding="utf-8")
    result = people.sync(people.read(back, "csv")).value
    assert [p.email for p in result.back] == [OLA]
    ola = _person(demo_store, OLA)
    assert ola["status"] == "active"
    assert ola["left_on"] is None
    assert "person.active_again" in audit_actions(demo_store)

