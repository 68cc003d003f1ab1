"""``people erase``: one person's data goes from every table and every audit event, and
the log still verifies (issue 19, GDPR art. 17). On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper import cli
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.enums import Platform
from seatkeeper.services.clock import Clock
from seatkeeper.services.deliveries import DeliveryService
from seatkeeper.services.demo import build_demo
from seatkeeper.services.review import ReviewService
from seatkeeper.services.seats import SeatService
from seatkeeper.store import reminders as stored_reminders
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store
from tests.conftest import NOW, STORE_KINDS

EMAIL = "kari.hansen@northwind.example"
OLD_NAME, NEW_NAME = "Kari Hansen", "Kari H. Hansen"
DEVICE = "Kari's laptop"  # the demo's, connected to her seat L-0003
PERSONAL = [EMAIL, OLD_NAME, NEW_NAME, DEVICE, "kari.hansen"]


@pytest.fixture(params=STORE_KINDS)
def db(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> str:
    """A demo roster where Kari Hansen has a history: renamed, a second seat, a delivery
    to her address, a review decision and a sign-off naming her, changes she made
    herself as an admin, and a reminder answer."""
    where = request.getfixturevalue("pg_url") if request.param == "postgresql" \
        else str(tmp_path / "erase.sqlite")
    store = open_store(where)
    build_demo(store, MemoryVault(), clock, "anna")
    _history(store, clock)
    store.dispose()
    return where


def _seat(store: Store, licence: str) -> int:
    return int(store.read(lambda c: c.execute(sa.select(t.seats.c.id).where(
        t.seats.c.licence_id == licence)).scalars().first()))


def _history(store: Store, clock: Clock) -> None:
    seats = SeatService(store, clock, "anna")
    hers = _seat(store, "L-0003")
    free = store.read(lambda c: c.execute(sa.select(t.seats.c.id).where(
        t.seats.c.person_id.is_(None)).order_by(t.seats.c.id)).scalars().first())
    seats.assign(free, NEW_NAME, EMAIL)  # renames her: the old name is in an event now
    SeatService(store, clock, EMAIL).set_renew([hers], False)  # she was an admin once
    sub = store.read(lambda c: c.execute(sa.select(t.seats.c.subscription_id).where(
        t.seats.c.id == hers)).scalar_one())
    DeliveryService(store, clock, "anna").record_link_sent(sub, EMAIL, Platform.MACOS)
    review = ReviewService(store, clock, "anna")
    review.decide(hers, "keep", f"{NEW_NAME} still uses it")
    review.sign_off(NEW_NAME)
    store.write(lambda c: stored_reminders.save_answer(c, EMAIL, stored_reminders.Answer(
        "sub-1-renewal", NOW + timedelta(days=20), "dismissed", None, NOW)))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _everything(db: str) -> str:
    """Every row of every table, as text (what a server's dump would hold)."""
    store = open_store(db)
    try:
        def dump(conn: sa.Connection) -> str:
            return "\n".join(repr(list(conn.execute(sa.select(table))))
                             for table in t.metadata.sorted_tables)
        return store.read(dump)
    finally:
        store.dispose()


def test_without_yes_it_counts_in_one_line_and_changes_nothing(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "people", "erase", "--db", db, EMAIL)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "2 seats released" in err
    assert "cannot be undone" in err
    assert "--yes" in err
    assert "1 devices named after them renamed" in err
    assert _run(capsys, "people", "export-data", "--db", db, EMAIL)[0] == 0


def test_erase_takes_her_out_everywhere_and_the_log_still_verifies(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "audit", "verify", "--db", db)[0] == 0  # this computer saw it
    before = _everything(db)
    assert all(value.lower() in before.lower() for value in PERSONAL)
    code, out, _err = _run(capsys, "people", "erase", "--db", db, EMAIL, "--yes", "--json")
    assert code == 0
    counts = json.loads(out)
    assert counts["seats"] == 2
    assert counts["deliveries"] == 1
    assert counts["review_decisions"] == 1
    assert counts["sign_offs"] == 1
    assert counts["reminder_answers"] == 1
    assert counts["devices_renamed"] == 1
    assert counts["audit_events"] >= 4
    code, out, err = _run(capsys, "audit", "verify", "--db", db)
    assert (code, err) == (0, "")
    code, _out, err = _run(capsys, "people", "export-data", "--db", db, EMAIL)
    assert code == 2
    assert "nobody" in err
    after = _everything(db).lower()
    for value in PERSONAL:
        assert value.lower() not in after, value
    # The erasure is an event, and it names no one.
    code, out, _err = _run(capsys, "audit", "list", "--db", db, "--json", "--limit", "1")
    event = json.loads(out)
    assert event["action"] == "people.erased"
    assert "kari" not in json.dumps(event).lower()
    assert "Device " in after.title() or "device " in after


@pytest.fixture
def plain_delete() -> Iterator[None]:
    """SQLite as many builds ship it: deleted rows stay in free space (Debian's turns
    secure_delete on by default, which would hide a missing scrub)."""
    def off(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute("PRAGMA secure_delete = OFF")  # type: ignore[attr-defined]
    sa.event.listen(sa.engine.Engine, "connect", off)
    yield
    sa.event.remove(sa.engine.Engine, "connect", off)


def _bytes(db: str) -> bytes:
    return b"".join(f.read_bytes() for f in (Path(db), Path(db + "-wal")) if f.exists())


def test_the_file_and_the_log_hold_no_trace(
        db: str, capsys: pytest.CaptureFixture[str], plain_delete: None) -> None:
    if "://" in db:
        pytest.skip("file bytes: SQLite only (PostgreSQL is vacuumed; its files are the "
                    "server's)")
    assert EMAIL.encode() in _bytes(db)
    assert _run(capsys, "people", "erase", "--db", db, EMAIL, "--yes")[0] == 0
    blob = _bytes(db)
    logs = b"".join(p.read_bytes() for p in (Path(str(_data_dir())) / "logs").glob("*")
                    if p.is_file())
    for value in PERSONAL:
        for encoded in (value.encode(), value.lower().encode(), value.upper().encode()):
            assert encoded not in blob, value
            assert encoded not in logs, value


def _data_dir() -> Path:
    from seatkeeper import paths
    return paths.data_dir()


def test_tampering_after_an_erasure_is_still_seen(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "people", "erase", "--db", db, EMAIL, "--yes")[0] == 0
    store = open_store(db)
    A = t.audit_events  # noqa: N806
    try:
        erased = store.read(lambda c: c.execute(sa.select(A.c.id).where(
            A.c.redacted_by.is_not(None)).order_by(A.c.id)).scalars().first())
        erasure = store.read(lambda c: c.execute(sa.select(A.c.redacted_by).where(
            A.c.id == erased)).scalar_one())
        # The erasure's door lets no other text through: the trigger refuses it...
        with pytest.raises(Exception, match="can only be added to"):
            store.write(lambda c: c.execute(A.update().where(A.c.id == erased).values(
                summary="nothing happened")))
        # ...and one who drops it and rewrites an erased event's text is caught anyway.
        on = "" if store.is_sqlite else " ON audit_events"
        store.write(lambda c: c.exec_driver_sql(f"DROP TRIGGER audit_events_no_update{on}"))
        store.write(lambda c: c.execute(A.update().where(A.c.id == erased).values(
            summary="nothing happened")))
    finally:
        store.dispose()
    code, _out, err = _run(capsys, "audit", "verify", "--db", db)
    assert code == 2
    assert f"broken at event {erased}" in err
    assert "outside an erasure" in err
    assert erasure > erased


def test_a_rewrite_through_the_erasure_door_without_its_seal_is_seen(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The trigger lets an erasure's kind of change through for any earlier event; only
    the erasure's own seals say which events it rewrote, and verify holds to them."""
    assert _run(capsys, "people", "erase", "--db", db, EMAIL, "--yes")[0] == 0
    store = open_store(db)
    A = t.audit_events  # noqa: N806
    try:
        erasure = store.read(lambda c: c.execute(sa.select(sa.func.max(A.c.redacted_by))
                                                 ).scalar_one())
        victim = store.read(lambda c: c.execute(sa.select(A.c.id).where(
            A.c.redacted_by.is_(None), A.c.id < erasure).order_by(A.c.id)).scalars().first())
        store.write(lambda c: c.execute(A.update().where(A.c.id == victim).values(
            summary="nothing happened", content_salt=None, redacted_by=erasure)))
    finally:
        store.dispose()
    code, _out, err = _run(capsys, "audit", "verify", "--db", db)
    assert code == 2
    assert f"broken at event {victim}" in err
    assert "outside an erasure" in err


def test_an_admin_who_erased_can_be_erased_too_and_the_log_holds(
        db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Kari, as an admin, erased someone; then she is erased: her sign-in goes from that
    erasure's own event as well, and both erasures' seals still hold."""
    from seatkeeper.cli import common
    assert _run(capsys, "seats", "assign", "--db", db, "--seat", "1", "--reassign",
                "--name", "Ola Other", "--email", "ola.other@example.com")[0] == 0
    monkeypatch.setattr(common, "current_actor", lambda: EMAIL)
    assert _run(capsys, "people", "erase", "--db", db, "ola.other@example.com", "--yes")[0] == 0
    monkeypatch.undo()
    assert _run(capsys, "people", "erase", "--db", db, EMAIL, "--yes")[0] == 0
    assert _run(capsys, "audit", "verify", "--db", db)[0] == 0
    after = _everything(db).lower()
    assert EMAIL not in after
    assert "ola.other" not in after
