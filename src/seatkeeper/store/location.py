"""Where a roster lives, parsed without loading SQLAlchemy for a plain file path.

The window names the roster and reads its first page before SQLAlchemy is
imported (see store.first_look), so a file path must not need it; URLs do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from seatkeeper.domain.errors import StoreError
from seatkeeper.domain.messages import message

NOT_A_LOCATION = message("store.not_a_location",
                         "“{text}” is neither a file path nor a database URL.")


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
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def holds_password(self) -> bool:
        """Whether the URL itself carries a password (never to be written to a file)."""
        if self.path is not None:
            return False
        from sqlalchemy.engine import make_url

        return bool(make_url(self.url).password)

    @classmethod
    def parse(cls, text: str) -> RosterLocation:
        """Accept a SQLAlchemy URL or a plain file path."""
        if "://" not in text:
            path = Path(text).expanduser().absolute()
            return cls(f"sqlite:///{path}", path)
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
