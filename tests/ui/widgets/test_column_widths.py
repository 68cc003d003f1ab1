"""Column widths: the screen's own width, or the title's if that is wider."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from seatkeeper.ui.widgets.column_widths import set_column_widths, title_width


def test_a_long_title_widens_its_column_and_a_wide_column_stays(qtbot: QtBot) -> None:
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["Fornyelsesdato", "Id"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    set_column_widths(table, [20, 300])
    header = table.horizontalHeader()
    need = title_width(header, 0)
    assert need > 20 + header.fontMetrics().horizontalAdvance("Fornyelses")  # the whole word
    assert header.sectionSize(0) == need
    assert header.sectionSize(1) == 300
