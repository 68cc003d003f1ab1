"""Column widths that never cut a column's title.

A screen states the widths its cells want; a Norwegian or Danish title is often
longer ("Fornyelsesdato" for "Renewal date"), so each column gets at least what
its header needs to show the whole title with a sort arrow beside it. The table
scrolls sideways when the columns are wider than the window, and every title
stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView


def title_width(header: QHeaderView, column: int) -> int:
    """Pixels ``header`` needs for ``column``'s title and a sort indicator."""
    model = header.model()
    title = model.headerData(column, header.orientation()) if model is not None else None
    text = title if isinstance(title, str) else ""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.text, option.section = text, column
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return header.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, header.fontMetrics().size(0, text),
        header).width()


def set_column_widths(table: QTableView, widths: Sequence[int]) -> None:
    """Each column ``widths[i]`` wide, or as wide as its title needs if that is more."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, title_width(header, column)))



def share_spare_width(table: QTableView, widths: Sequence[int]) -> None:
    """Columns at least as wide as ``set_column_widths`` makes them; width the view has
    beyond that is shared among them in proportion, so no one column (the last) takes it
    all while the others stay cut."""
    header = table.horizontalHeader()
    wanted = [max(w, title_width(header, c)) for c, w in enumerate(widths)]
    total = sum(wanted)
    spare = table.viewport().width() - total
    if total <= 0 or spare <= 0:
        for column, width in enumerate(wanted):
            table.setColumnWidth(column, width)
        return
    given = 0
    for column, width in enumerate(wanted):
        extra = spare * width // total if column < len(wanted) - 1 else spare - given
        given += extra
        table.setColumnWidth(column, width + extra)
