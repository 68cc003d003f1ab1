"""The baseline GUI process: a bare PySide6 window, then bare QTableViews.

Usage: python -m benchmarks.bare_probe N T0 [KIND STATEMENTS_JSON]
(T0: the parent's monotonic clock at spawn; the connection string comes in the
environment, BENCH_CONNINFO, so that no password shows in the process list).
First a QTableView over a trivial N-row model (``first_paint_trivial_s``, the figure
of the earlier rounds); then, with a database, a QTableView over the bare query:
connect with the bare client (sqlite3 or psycopg, imported before the clock starts),
run the Licences screen's count and first-page statements as given (compiled by the
parent from the app's query functions) and paint their rows (``first_paint_s``).
Without a database the trivial table's paint is ``first_paint_s``.
"""

from __future__ import annotations

import sys
import time

T0 = float(sys.argv[2])
N = int(sys.argv[1])

import json  # noqa: E402
import os  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from benchmarks.probe_common import PaintWatch, emit, peak_rss_mb, wait_until  # noqa: E402


class Trivial(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else N

    def columnCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}·{index.column()}"
        return None


class QueryRows(QAbstractTableModel):
    """The bare query's answer: ``count`` rows, the first page's values shown."""

    def __init__(self, count: int, page: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self._count, self._page = count, page
        self._width = len(page[0]) if page else 1

    def rowCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole and index.row() < len(self._page):
            value = self._page[index.row()][index.column()]
            return "" if value is None else str(value)
        return None


def _connect(kind: str, conninfo: str) -> Any:
    if kind == "sqlite":
        import sqlite3

        return sqlite3.connect(conninfo)
    import psycopg

    return psycopg.connect(conninfo)


def _query_paint(window: QMainWindow, kind: str, conninfo: str,
                 statements: list[tuple[str, Any]]) -> float:
    """Seconds from connecting to the bare query's rows painted in a bare table."""
    if kind == "sqlite":
        import sqlite3  # noqa: F401  # imported before the clock starts, as psycopg is
    else:
        import psycopg  # noqa: F401
    started = time.monotonic()
    conn = _connect(kind, conninfo)
    (count_sql, count_params), (page_sql, page_params) = statements
    count = conn.execute(count_sql, count_params).fetchone()[0]
    page = list(conn.execute(page_sql, page_params).fetchall())
    table = QTableView()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setModel(QueryRows(count, page))
    window.setCentralWidget(table)
    watch = PaintWatch(table.viewport())
    watch.arm()
    wait_until(lambda: watch.painted_at is not None)
    assert watch.painted_at is not None
    conn.close()
    return watch.painted_at - started


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1440, 800)
    watch = PaintWatch(window)
    watch.arm()
    window.show()
    wait_until(lambda: watch.painted_at is not None)
    assert watch.painted_at is not None
    cold_start = watch.painted_at - T0

    started = time.monotonic()
    table = QTableView()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setModel(Trivial())
    window.setCentralWidget(table)
    table_watch = PaintWatch(table.viewport())
    table_watch.arm()
    wait_until(lambda: table_watch.painted_at is not None)
    assert table_watch.painted_at is not None
    first_paint = table_watch.painted_at - started
    table_watch.arm()
    table.scrollToBottom()
    wait_until(lambda: table_watch.painted_at is not None)
    result = {"cold_start_s": cold_start, "first_paint_trivial_s": first_paint,
              "first_paint_s": first_paint}
    if len(sys.argv) > 4:
        kind, statements = sys.argv[3], json.loads(sys.argv[4])
        result["first_paint_s"] = _query_paint(window, kind, os.environ["BENCH_CONNINFO"],
                                               statements)
    result["peak_rss_mb"] = peak_rss_mb()
    emit(result)
    app.quit()


if __name__ == "__main__":
    main()
