"""Canary secrets planted through the normal flows appear nowhere but the vault.

A seat password (CredentialService), an SMTP password (MailService) and a product
key (a Snipe-IT import's serial number) go in; then the database file and its WAL,
every backup, the log, the settings, every export format and the text of every
error raised along the way are searched for them: zero hits.
"""

from __future__ import annotations

import logging
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from seatkeeper import paths
from seatkeeper.app import configure_logging
from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.credentials.vault import MAX_SECRET_LENGTH
from seatkeeper.domain.enums import Platform
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.services.calendar_export import write_ics
from seatkeeper.services.clock import Clock
from seatkeeper.services.credentials import CredentialService
from seatkeeper.services.deadlines import DeadlineService
from seatkeeper.services.exporting import export
from seatkeeper.services.importing import apply, guess_mapping, preview, read_file
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.mail import MailService
from seatkeeper.services.report import review_html
from seatkeeper.services.review import ReviewService
from seatkeeper.services.smtp import SmtpSecurity, SmtpSettings
from seatkeeper.store import backup
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from tests.conftest import TEST_DATA

SNIPEIT = TEST_DATA / "snipeit_licences.csv"
SEAT_PASSWORD = "CANARY-seat-pw-5b1e77"
SMTP_PASSWORD = "CANARY-smtp-pw-c04a19"
PRODUCT_KEY = "CANARY-PRODKEY-9d3f21"
CANARIES = (SEAT_PASSWORD, SMTP_PASSWORD, PRODUCT_KEY)


def _hits(blob: bytes) -> list[str]:
    found = []
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le"):
            if canary.encode(encoding) in blob:
                found.append(f"{canary} ({encoding})")
    return found


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if zipfile.is_zipfile(path):  # xlsx: the cells are inside compressed members
        with zipfile.ZipFile(path) as book:
            data += b"".join(book.read(name) for name in book.namelist())
    return data


@pytest.mark.sqlite_only
def test_canaries_never_leave_the_vault(demo_store: Store, clock: Clock, roster_path: Path,
                                        tmp_path: Path) -> None:
    configure_logging()
    logging.getLogger("seatkeeper").info("canary test starts")  # the log must exist
    vault = MemoryVault()
    errors: list[str] = []

    def expect_refusal(call: object) -> None:
        try:
            call()  # type: ignore[operator]
        except KnownError as error:
            errors.extend([str(error), repr(error), error.message])
        else:
            pytest.fail("the call should have been refused")

    # 1. A seat password, through the credential flow (and refusals around it).
    seat = int(demo_store.read(lambda c: c.execute(sa.select(t.seats.c.id).limit(1))
                               .scalar_one()))
    credentials = CredentialService(demo_store, vault, clock, "admin")
    credentials.save(seat, Platform.WINDOWS, "sales-user", SEAT_PASSWORD)
    expect_refusal(lambda: credentials.save(seat, Platform.WINDOWS, "sales-user",
                                            SEAT_PASSWORD * 60))
    expect_refusal(lambda: credentials.save(99_999, Platform.WINDOWS, "x", SEAT_PASSWORD))
    stored = credentials.read(seat, Platform.WINDOWS)
    assert stored is not None
    errors.append(repr(stored))  # a repr in a traceback must not show it either

    # 2. An SMTP password, through the settings flow; then a send that fails.
    mail = MailService(demo_store, vault, clock, "admin", timeout=2)
    settings = SmtpSettings("127.0.0.1", 9, SmtpSecurity.NONE, "mailer", "it@example.com")
    mail.save_settings(settings, SMTP_PASSWORD)
    expect_refusal(lambda: mail.send_test_message("it@example.com"))

    # 3. A product key, as a Snipe-IT serial number.
    csv_text = SNIPEIT.read_text().replace("XXXX1-PRODK-EY111-AAAAA", PRODUCT_KEY)
    source_file = tmp_path / "snipeit.csv"
    source_file.write_text(csv_text)
    source = read_file(source_file)
    plan = preview(source.rows, guess_mapping(source.headers, "snipeit"),
                   ImportContext(clock().date(), "it@example.com"), fmt="snipeit",
                   headers=source.headers)
    expect_refusal(lambda: apply(demo_store, plan, vault=vault, clock=clock, actor="admin"))
    apply(demo_store, plan, vault=vault, clock=clock, actor="admin", mode="skip_bad",
          rejects_path=tmp_path / "rejects.csv")
    source_file.unlink()  # the admin's own file holds the key, of course

    # The vault has all three: the test can see what it looks for.
    assert all(any(c in v for v in vault.values()) for c in CANARIES)

    # Every export format, a backup, and the review report.
    exports = tmp_path / "exports"
    exports.mkdir()
    for fmt in ("csv", "xlsx", "json"):
        export(demo_store, fmt, exports / f"roster.{fmt}")
    (exports / "review.html").write_text(review_html(demo_store, ReviewService(
        demo_store, clock, "admin")))
    write_ics(exports / "deadlines.ics",
              DeadlineService(demo_store).within(365, clock()), clock(),
              [timedelta(days=7)])
    backup.take_backup(roster_path, reason="manual", now=clock())

    files = [roster_path, roster_path.with_name(roster_path.name + "-wal"),
             *exports.iterdir(), *(p for p in paths.data_dir().rglob("*") if p.is_file()),
             *(p for p in tmp_path.glob("*.csv"))]
    assert roster_path.with_name(roster_path.name + "-wal").exists()
    assert paths.log_file().exists()
    assert any(p.suffix == ".xlsx" for p in files)
    assert len(errors) >= 9
    blob_hits = {str(p): _hits(_file_bytes(p)) for p in files}
    assert {p: h for p, h in blob_hits.items() if h} == {}
    assert [e for e in errors if _hits(e.encode())] == []
    # the search works: the planted key is found where it belongs
    assert _hits(csv_text.encode()) == [f"{PRODUCT_KEY} (utf-8)"]


def test_over_long_secret_is_refused_before_the_vault(demo_store: Store, clock: Clock) -> None:
    vault = MemoryVault()
    seat = int(demo_store.read(lambda c: c.execute(sa.select(t.seats.c.id).limit(1))
                               .scalar_one()))
    service = CredentialService(demo_store, vault, clock, "admin")
    with pytest.raises(BadInput, match="keyring takes at most") as caught:
        service.save(seat, Platform.LINUX, "user", "s" * (MAX_SECRET_LENGTH + 1))
    assert "sss" not in caught.value.message
    # Counted as the admin typed it (user name + password), not our JSON wrapping.
    assert f"are {MAX_SECRET_LENGTH + 5:,} characters" in caught.value.message
    assert vault.values() == []  # never reached the OS keyring
    service.save(seat, Platform.LINUX, "user", "s" * 900)  # a long one that fits is kept
