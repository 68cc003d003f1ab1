"""The two kinds of roster the benchmark measures, each with its bare client beside it.

SQLite is a file in the work folder, its bare client ``sqlite3``. PostgreSQL is a
throwaway database on the server ``--db`` names (``CREATE DATABASE bench_…``, dropped
when the run ends, even when it fails), its bare client psycopg. The server's own
database in the URL is only used to create and drop the throwaway one; its tables are
never touched.
"""

from __future__ import annotations

import atexit
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
LABELS = {SQLITE: "SQLite", POSTGRESQL: "PostgreSQL"}


@dataclass
class Database:
    """One roster under measurement.

    ``location`` is what the app opens (a path or a URL); ``conninfo`` what the bare
    client connects with (the file, or a libpq URL without SQLAlchemy's driver name).
    """

    kind: str
    location: str
    conninfo: str
    _admin: str | None = field(default=None, repr=False)
    _name: str | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    @property
    def name(self) -> str:
        """The SQLite file's name, or the throwaway PostgreSQL database's."""
        return Path(self.location).name if self.kind == SQLITE else str(self._name)

    def reset(self) -> None:
        """Make the roster empty (no schema): the app's import creates and fills it."""
        if self.kind == SQLITE:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.location}{suffix}").unlink(missing_ok=True)
            return
        # The schema, not the database: DROP DATABASE forces a checkpoint (10 s on a busy
        # machine), and the database is the run's own anyway.
        import psycopg

        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")

    def drop(self) -> None:
        if self.kind == SQLITE:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.location}{suffix}").unlink(missing_ok=True)
        elif self._admin is not None and self._name is not None:
            _drop(self._admin, self._name)

    @contextmanager
    def bare(self) -> Iterator[Any]:
        """A bare DB-API connection (sqlite3 or psycopg), closed afterwards."""
        if self.kind == SQLITE:
            conn: Any = sqlite3.connect(self.conninfo)
        else:
            import psycopg

            conn = psycopg.connect(self.conninfo)
        try:
            yield conn
        finally:
            conn.close()


def sqlite_database(path: Path) -> Database:
    return Database(SQLITE, str(path), str(path))


def _libpq(url: Any) -> str:
    """A SQLAlchemy URL as libpq takes it (``postgresql://``, no ``+psycopg``)."""
    return str(url.set(drivername="postgresql").render_as_string(hide_password=False))


def postgresql_database(server_url: str) -> Database:
    """A new, empty database on ``server_url``'s server, dropped at exit at the latest."""
    from sqlalchemy.engine import make_url

    server = make_url(server_url)
    if server.get_backend_name() != "postgresql":
        raise SystemExit(f"--db takes a postgresql:// URL, not {server.get_backend_name()}")
    name = f"bench_{secrets.token_hex(4)}"
    admin = _libpq(server)
    _create(admin, name)
    atexit.register(_drop, admin, name)
    target = server.set(database=name)
    return Database(POSTGRESQL, target.set(drivername="postgresql+psycopg")
                    .render_as_string(hide_password=False), _libpq(target), admin, name)


def _admin_execute(admin: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]  # a fixed name made above


def _create(admin: str, name: str) -> None:
    _admin_execute(admin, f'CREATE DATABASE "{name}"')


def _drop(admin: str, name: str) -> None:
    # FORCE (PostgreSQL 13+): a probe that died may have left a connection open.
    _admin_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def compile_statement(stmt: Any, kind: str) -> tuple[str, Any]:
    """A SQLAlchemy statement as plain SQL and parameters for the bare client.

    sqlite3 takes ``?`` and a list; psycopg takes ``%(name)s`` and a dict.
    """
    if kind == SQLITE:
        from sqlalchemy.dialects import sqlite as sqlite_dialect

        compiled = stmt.compile(dialect=sqlite_dialect.dialect())
        params = compiled.construct_params()
        return str(compiled), [params[name] for name in compiled.positiontup]
    from sqlalchemy.dialects.postgresql import psycopg as psycopg_dialect

    compiled = stmt.compile(dialect=psycopg_dialect.dialect())
    return str(compiled), dict(compiled.construct_params())
