"""A first big import's search indexes, built on a second thread and copied in (SQLite).

Filling an FTS5 trigram index is the costliest statement of a big import (at
100,000 seats about a fifth of it), and it needs nothing the import has not
already worked out: each new row's id and text. When a table and its index are
empty before the import (a first import), ``SearchBuild`` fills an index of the
same definition in a scratch database of its own, on a thread of its own,
while the import's connection writes the rows; SQLite does that work outside
Python's interpreter lock, so it runs on the second core. ``copy_into`` then
replaces the roster's (empty) index by the built one, shadow table by shadow
table, in the import's transaction (``ATTACH``): the index is there, complete,
when the transaction commits, and gone with it when it rolls back. Anything
else (a roster with rows already, a failed build) keeps the set-based
``INSERT ... SELECT`` of ``store.bulk_load``.

The texts must be those the 0002 triggers would index (store.search_bulk's
SELECTs); tests/store/test_search_build.py holds a copied index to one built by
``INSERT ... SELECT``, row for row, and to FTS5's own integrity check.
"""

from __future__ import annotations

import json
import queue
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

SCHEMA = "search_build"  # the scratch database's name while attached
# An FTS5 table's shadow tables; its _config (version, settings) stays the roster's own.
SHADOWS = ("data", "idx", "content", "docsize")
HASH_BYTES = 128 * 1024 * 1024  # as bulk_load.FTS_HASH_BYTES: a few big segments
CHUNK = 20_000  # texts per statement: the thread holds the interpreter lock only to encode them
ON_CHECKIN = "seatkeeper.on_checkin"  # engine.py runs these when the connection is returned

_Job = tuple[str, int, Iterable[str]] | None


class SearchBuild:
    """FTS5 indexes of the given definitions, filled on a thread into a scratch file."""

    def __init__(self, creates: dict[str, str]) -> None:
        self.indexes = tuple(creates)
        self.sent: set[str] = set()
        self.error: BaseException | None = None
        self.attached = False
        self._dir = Path(tempfile.mkdtemp(prefix="seatkeeper-search-"))
        self.path = self._dir / "search.sqlite"
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        # A scratch file: no journal, no sync; it is only read once the build is over.
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        for name, create in creates.items():
            self._db.execute(create)
            self._db.execute(f"INSERT INTO {name}({name}, rank) VALUES ('hashsize', ?)",
                             (HASH_BYTES,))
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="seatkeeper-search-build",
                                        daemon=True)
        self._thread.start()

    def add(self, index: str, first_id: int, texts: Iterable[str]) -> None:
        """Index ``texts`` as rows ``first_id``, ``first_id + 1``, ...

        ``texts`` is read on the build's thread: it must not change afterwards.
        """
        self.sent.add(index)
        self._jobs.put((index, first_id, texts))

    def _run(self) -> None:
        try:
            self._db.execute("BEGIN")
            while (job := self._jobs.get()) is not None:
                index, first, texts = job
                statement = (f"INSERT INTO {index}(rowid, text) "
                             "SELECT ? + key, value FROM json_each(?)")
                for chunk in _chunks(texts):
                    self._db.execute(statement, (first, json.dumps(chunk)))
                    first += len(chunk)
            self._db.execute("COMMIT")
        except BaseException as error:  # reported by wait(); the load then indexes itself
            self.error = error
            while self._jobs.get() is not None:  # the caller's last put ends the queue
                pass

    def wait(self) -> bool:
        """Whether every index sent was built (the thread is done either way)."""
        self._jobs.put(None)
        self._thread.join()
        self._db.close()
        return self.error is None

    def copy_into(self, conn: Connection, index: str) -> None:
        """Replace the roster's ``index`` (empty) by the built one, in ``conn``'s transaction."""
        sql = conn.exec_driver_sql
        if SCHEMA not in _attached(conn):
            sql(f"ATTACH DATABASE ? AS {SCHEMA}", (str(self.path),))
            # DETACH is refused while the transaction is open: it waits for the connection
            # to be returned, committed or rolled back; the scratch file goes with it.
            conn.info.setdefault(ON_CHECKIN, []).append(self._detach)
            self.attached = True
        for shadow in SHADOWS:
            sql(f"DELETE FROM main.{index}_{shadow}")  # an empty index's structure records
            sql(f"INSERT INTO main.{index}_{shadow} SELECT * FROM {SCHEMA}.{index}_{shadow}")

    def _detach(self, dbapi_conn: Any) -> None:
        try:
            if dbapi_conn is not None:
                dbapi_conn.execute(f"DETACH DATABASE {SCHEMA}")
        finally:
            self.remove()

    def close(self) -> None:
        """Stop the build if it still runs (an import cancelled or failed); the scratch
        file goes now, or once detached if ``copy_into`` attached it."""
        if self._thread.is_alive():
            self._db.interrupt()
            self.wait()
        if not self.attached:
            self.remove()

    def remove(self) -> None:
        shutil.rmtree(self._dir, ignore_errors=True)


def _attached(conn: Connection) -> set[str]:
    return {row[1] for row in conn.exec_driver_sql("PRAGMA database_list").all()}


def _chunks(texts: Iterable[str]) -> Iterator[list[str]]:
    it = iter(texts)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def run_on_checkin(record_info: dict[Any, Any], dbapi_conn: Any) -> None:
    """What ``copy_into`` left for the connection's return (engine.py's checkin event)."""
    work: list[Callable[[Any], None]] = record_info.pop(ON_CHECKIN, [])
    for step in work:
        step(dbapi_conn)
