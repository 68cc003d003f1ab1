"""Where a roster lives, parsed without loading SQLAlchemy for a file or a PostgreSQL URL.

The window names the roster and reads its first page before SQLAlchemy is
imported (see store.first_look), so neither a file path nor a PostgreSQL URL
may need it: importing ``sqlalchemy.engine`` to read one URL cost the window's
start 0.4-0.8 s on the 2-core machine. A PostgreSQL URL is read with
SQLAlchemy's own grammar and written back as SQLAlchemy writes it (a test
holds the two to each other); any other URL, or one this reading is not sure
of, goes to SQLAlchemy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import parse_qsl, quote, quote_plus, unquote

from seatkeeper.domain.errors import StoreError
from seatkeeper.domain.messages import message

NOT_A_LOCATION = message("store.not_a_location",
                         "“{text}” is neither a file path nor a database URL.")


# sqlalchemy.engine.url._parse_url's pattern, unchanged.
_URL = re.compile(r"""
    (?P<name>[\w+]+)://
    (?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?
    (?:(?:\[(?P<ipv6host>[^/?]+)\]|(?P<ipv4host>[^/:?]+))?(?::(?P<port>[^/?]*))?)?
    (?:/(?P<database>[^?]*))?
    (?:\?(?P<query>.*))?
    """, re.X)
POSTGRESQL = "postgresql"
PSYCOPG = "postgresql+psycopg"  # the driver the store uses for a plain "postgresql://"


@dataclass(frozen=True)
class PlainUrl:
    """A PostgreSQL URL's parts as ``sqlalchemy.engine.URL`` holds them, without SQLAlchemy."""

    drivername: str
    username: str | None
    password: str | None
    host: str | None
    port: int | None
    database: str | None
    query: tuple[tuple[str, tuple[str, ...]], ...]  # each key once, its values in order

    @classmethod
    def parse(cls, text: str) -> PlainUrl | None:
        """``text`` read as ``sqlalchemy.make_url`` reads it; None unless it is a
        PostgreSQL URL SQLAlchemy would read the same way without complaint."""
        match = _URL.match(text)
        if match is None or match["name"].split("+")[0] != POSTGRESQL:
            return None
        port = match["port"]
        if port is not None and not (port.isascii() and port.isdigit()):
            return None  # "host:" or "host:x": SQLAlchemy raises ValueError, let it say so
        query: dict[str, list[str]] = {}
        for key, value in parse_qsl(match["query"] or ""):
            query.setdefault(key, []).append(value)
        def part(name: str) -> str | None:
            return unquote(match[name]) if match[name] is not None else None

        return cls(match["name"], part("username"), part("password"),
                   match["ipv4host"] or match["ipv6host"], int(port) if port else None,
                   part("database"), tuple((key, tuple(values)) for key, values in query.items()))

    def query_value(self, key: str) -> str | None:
        """The query's one value for ``key`` (the last, if given more than once)."""
        return next((values[-1] for name, values in self.query if name == key), None)

    def render(self, *, hide_password: bool = True) -> str:
        """As ``URL.render_as_string`` writes it."""
        text = self.drivername + "://"
        if self.username is not None:
            text += quote(self.username, safe=" +")
            if self.password is not None:
                text += ":" + ("***" if hide_password else quote(self.password, safe=" +"))
            text += "@"
        if self.host is not None:
            text += f"[{self.host}]" if ":" in self.host else self.host
        if self.port is not None:
            text += f":{self.port}"
        if self.database is not None:
            text += "/" + quote(self.database, safe=" +/")
        if self.query:
            text += "?" + "&".join(f"{quote_plus(key)}={quote_plus(value)}"
                                   for key, values in sorted(self.query)
                                   for value in values)
        return text


@dataclass(frozen=True)
class RosterLocation:
    """Where a roster lives: a SQLAlchemy URL, plus the file for SQLite."""

    url: str
    path: Path | None

    @property
    def label(self) -> str:
        """How the roster is named to the admin (no password, ever)."""
        if self.path is not None:
            return str(self.path)
        plain = PlainUrl.parse(self.url)
        if plain is not None:
            return plain.render(hide_password=True)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def holds_password(self) -> bool:
        """Whether the URL itself carries a password (never to be written to a file)."""
        if self.path is not None:
            return False
        plain = PlainUrl.parse(self.url)
        if plain is not None:
            return bool(plain.password)
        from sqlalchemy.engine import make_url

        return bool(make_url(self.url).password)

    @classmethod
    def parse(cls, text: str) -> RosterLocation:
        """Accept a SQLAlchemy URL or a plain file path."""
        if "://" not in text:
            path = Path(text).expanduser().absolute()
            return cls(f"sqlite:///{path}", path)
        plain = PlainUrl.parse(text)
        if plain is not None:
            if plain.drivername == POSTGRESQL:
                plain = replace(plain, drivername=PSYCOPG)
            return cls(plain.render(hide_password=False), None)
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(text)
        except ArgumentError:
            raise StoreError(NOT_A_LOCATION(text=text)) from None
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                return cls(text, None)
            return cls(text, Path(url.database).expanduser().absolute())
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return cls(url.render_as_string(hide_password=False), None)
