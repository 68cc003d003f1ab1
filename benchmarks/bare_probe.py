"""The baseline GUI process: a bare PySide6 window, then a bare QTableView of N rows.

Usage: python -m benchmarks.bare_probe N T0   (T0: the parent's monotonic clock at spawn)
"""

from __future__ import annotations

import sys
import time

T0 = float(sys.argv[2])
N = int(sys.argv[1])

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
    emit({"cold_start_s": cold_start, "first_paint_s": first_paint, "peak_rss_mb": peak_rss_mb()})
    app.quit()


if __name__ == "__main__":
    main()
