"""An FTS5 search index built on a thread of its own during a big SQLite load.

Building the trigram index of a first import is its biggest single cost (1.4 s
of about 7 at 100,000 seats). The load knows every new row's text before the
rows are in, so a ``SideIndex`` builds the same FTS5 table, from the same
CREATE statement, in a scratch database on a thread: sqlite3 lets go of the
interpreter lock while it tokenises, so the index grows on the second core
while the load goes on (each batch is one statement over json_each, so the
thread never waits for the lock between rows). Before the load's COMMIT its shadow tables (data,
idx, content, docsize; FTS5 keeps the whole index in them) are copied row for
row into the roster's, still empty, so the index is usable when the import
commits and never seen half built. Only into an empty index: otherwise the
load indexes its rows the usual way (``BulkLoad.finish``).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import sqlite3
import tempfile
import threading
from collections.abc import Sequence

from sqlalchemy.engine import Connection

SHADOWS = ("data", "idx", "content", "docsize")
COPY_CHUNK = 2000
HASH_BYTES = 128 * 1024 * 1024  # as bulk_load.FTS_HASH_BYTES: a few big segments
_END = None


class SideIndex:
    """FTS5 index ``name`` of (rowid, text) rows, built on a thread in a scratch file."""

    def __init__(self, conn: Connection, name: str) -> None:
        self.name = name
        create = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
            (name,)).scalar_one()
        handle, self.path = tempfile.mkstemp(prefix=f"seatkeeper-{name}-", suffix=".sqlite")
        os.close(handle)
        self._create = str(create)
        self._rows: queue.Queue[Sequence[tuple[int, str]] | None] = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._build, name=f"side-index-{name}",
                                        daemon=True)
        self._thread.start()

    @staticmethod
    def usable(conn: Connection, name: str) -> bool:
        """Whether the roster's index ``name`` is empty (only then is it copied into)."""
        return conn.exec_driver_sql(
            f"SELECT 1 FROM {name}_docsize LIMIT 1").first() is None

    def add(self, rows: Sequence[tuple[int, str]]) -> None:
        if rows and not self._stopped:
            self._rows.put(rows)

    def _build(self) -> None:
        ended = False
        side = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            side.execute("PRAGMA journal_mode = OFF")
            side.execute("PRAGMA synchronous = OFF")
            side.execute(self._create)
            side.execute(f"INSERT INTO {self.name}({self.name}, rank) VALUES ('hashsize', ?)",
                         (HASH_BYTES,))
            side.execute("BEGIN")
            while True:
                rows = self._rows.get()
                if rows is _END:
                    ended = True
                    break
                if not self._stopped:  # one statement: no interpreter lock while it runs
                    side.execute(f"INSERT INTO {self.name}(rowid, text) "
                                 "SELECT value ->> 0, value ->> 1 FROM json_each(?)",
                                 (json.dumps(rows),))
            side.execute("COMMIT")
        except BaseException as error:  # handed to the load's thread in finish
            self._error = error
            while not ended and self._rows.get() is not _END:  # never block the producer
                pass
        finally:
            side.close()

    def finish(self, conn: Connection) -> None:
        """Wait for the build; copy its shadow tables into the roster's (in its transaction)."""
        self._rows.put(_END)
        self._thread.join()
        if self._error is not None:
            raise self._error
        side = sqlite3.connect(self.path)
        try:
            for shadow in SHADOWS:  # an index with no document: whatever it holds goes
                table = f"{self.name}_{shadow}"
                conn.exec_driver_sql(f"DELETE FROM {table}")
                cursor = side.execute(f"SELECT * FROM {table}")
                width = len(cursor.description)
                marks = ", ".join("?" * width)
                while chunk := cursor.fetchmany(COPY_CHUNK):
                    conn.exec_driver_sql(f"INSERT INTO {table} VALUES ({marks})", chunk)
        finally:
            side.close()

    def close(self) -> None:
        """Stop the thread (if still going) and remove the scratch file."""
        if self._thread.is_alive():
            self._stopped = True
            self._rows.put(_END)
            self._thread.join()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
