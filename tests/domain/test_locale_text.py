"""The CLI's human lines write dates, numbers and amounts as the reader's locale does."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from seatkeeper.domain.locale_text import TextFormats
from seatkeeper.domain.money import Money

NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture
def oslo() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Oslo"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_norwegian_danish_and_us_dates_and_amounts() -> None:
    nb, da = TextFormats.for_system("nb_NO.UTF-8"), TextFormats.for_system("da_DK.UTF-8")
    us, gb = TextFormats.for_system("en_US.UTF-8"), TextFormats.for_system("en_GB")
    day = date(2027, 3, 15)
    assert [f.date(day) for f in (nb, da, us, gb)] == [
        "15.03.2027", "15.03.2027", "3/15/2027", "15/03/2027"]
    assert nb.money(Money(149000, "NOK")) == f"1{NBSP}490,00{NBSP}NOK"
    assert da.money(Money(149000, "DKK")) == f"1.490,00{NBSP}DKK"
    assert us.money(Money(-149000, "USD")) == f"-1,490.00{NBSP}USD"
    # No float on the way: every digit of a large amount is kept.
    assert nb.number(Decimal("12345678901234567.89"), 2) == \
        f"12{NBSP}345{NBSP}678{NBSP}901{NBSP}234{NBSP}567,89"


def test_no_locale_keeps_iso_and_utc_for_scripts() -> None:
    for name in ("C", "C.UTF-8", "POSIX", "", "xx_YY"):
        plain = TextFormats.for_system(name)
        assert plain.date(date(2027, 3, 15)) == "2027-03-15"
        assert plain.instant(datetime(2027, 3, 14, 23, 0, tzinfo=UTC)) == "2027-03-14 23:00Z"


def test_an_instant_is_local_with_its_zone_named(oslo: None) -> None:
    nb = TextFormats.for_system("nb_NO.UTF-8")
    assert nb.instant(datetime(2027, 3, 14, 23, 0, tzinfo=UTC)) == "15.03.2027 00:00 CET"
    assert nb.instant(datetime(2027, 7, 1, 10, 0, tzinfo=UTC)) == "01.07.2027 12:00 CEST"
