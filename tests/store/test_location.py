"""A roster's location: a PostgreSQL URL is read and written as SQLAlchemy reads and writes
it, without importing SQLAlchemy (the window's start would wait 0.4-0.8 s for it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from seatkeeper.store.location import PlainUrl, RosterLocation

ROOT = Path(__file__).resolve().parents[2]

URLS = [
    "postgresql://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://u:p%40ss:w@h/db?sslmode=require&options=-csearch_path%3Dx",
    "postgresql://u:a b+c%2Fd@[::1]:5/d%20b?b=2&a=1&a=3",
    "postgresql://",
    "postgresql:///db?host=/var/run/postgresql",
    "postgresql://@h/",
    "postgresql://u:@h",
    "postgresql://u@h?x=&y=1",
    "postgresql+psycopg2://u:pw@h:6000/db",
    "postgresql://u:p#w@h/d",
    "postgresql://u:p?w@h/d",
    "postgresql://u:p/w@h/d",
    "postgresql://ü:pä%C3%9F@hóst/dä?application_name=Sëat",
    "postgresql://h:5432/db?host=a,b&port=1,2",
]


def _sqlalchemy_location(text: str) -> tuple[str, str, bool]:
    """What RosterLocation held before: SQLAlchemy's reading of the URL."""
    url = make_url(text)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    stored = url.render_as_string(hide_password=False)
    again = make_url(stored)
    return stored, again.render_as_string(hide_password=True), bool(again.password)


@pytest.mark.parametrize("text", URLS)
def test_a_postgresql_url_reads_as_sqlalchemy_reads_it(text: str) -> None:
    location = RosterLocation.parse(text)
    assert location.path is None
    assert (location.url, location.label, location.holds_password) == \
        _sqlalchemy_location(text)


@pytest.mark.parametrize("text", ["postgresql://h:/db", "postgresql://h:x/db",
                                  "mysql://u@h/db", "sqlite:///x.sqlite", "not a url://"])
def test_what_the_plain_reading_is_not_sure_of_goes_to_sqlalchemy(text: str) -> None:
    assert PlainUrl.parse(text) is None


def test_a_bad_port_is_still_refused_as_sqlalchemy_refuses_it() -> None:
    with pytest.raises(ValueError, match="int"):
        RosterLocation.parse("postgresql://h:/db")


def test_a_postgresql_location_loads_no_sqlalchemy() -> None:
    code = ("import sys; from seatkeeper.store.location import RosterLocation as R; "
            "r = R.parse('postgresql://u:secret@h:5432/db?sslmode=require'); "
            "print(r.label, r.holds_password, "
            "sorted(m for m in sys.modules if m.startswith('sqlalchemy')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.split() == ["postgresql+psycopg://u:***@h:5432/db?sslmode=require",
                                   "True", "[]"]
