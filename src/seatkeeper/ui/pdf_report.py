"""The review report as PDF, with Qt's own writer (QTextDocument + QPdfWriter).

Both hand ``html_to_pdf`` to ``services.transfer.export`` as its PDF renderer:
the GUI on a worker; the CLI after ``ensure_gui_application``, which makes
sure a QApplication exists (offscreen when there is no display), since Qt
needs one for fonts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import QApplication

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import Wording, message
from seatkeeper.services.forecast import Forecast
from seatkeeper.ui.forecast_paint import chart_model, paint_chart
from seatkeeper.ui.i18n import install_language, language_for, report_wording

RESOLUTION = 300  # dots per inch of the PDF's layout grid


def ensure_gui_application() -> None:
    """A QGuiApplication for font access; offscreen only if nothing else was chosen."""
    if QGuiApplication.instance() is not None:
        return
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and sys.platform.startswith("linux") \
            and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A full QApplication, not a QGuiApplication: whoever asks for widgets later in the
    # same process (the GUI, or a test) gets the kind of application it needs.
    _keep.append(QApplication(sys.argv[:1]))


_keep: list[QApplication] = []  # the CLI's application lives as long as the process


def report_wording_for(locale_tag: str) -> Wording:
    """The CLI's report in the language and formats of ``locale_tag`` (``nb-NO``: bokmål,
    ``15.03.2027``, ``kr 1 490,00``), with the same catalogue the window uses."""
    ensure_gui_application()
    app = QApplication.instance()
    assert app is not None
    install_language(app, language_for(locale_tag), QLocale(locale_tag.replace("-", "_")))
    return report_wording()


REPORT_UNWRITABLE = message("report.unwritable", "The report cannot be written to {path}: "
                            "{reason}.")


def html_to_pdf(html: str, path: Path, *, forecast: Forecast | None = None) -> int:
    """Write ``html`` as a PDF to ``path``; returns the number of pages.

    With a ``forecast`` that charges anything, its chart follows on a page of its own,
    drawn by the same ``paint_chart`` as the Spend screen and its PNG export.
    """
    try:
        with path.open("wb"):
            pass  # fail early, with a plain message, if the place is not writable
    except OSError as error:
        raise BadInput(REPORT_UNWRITABLE(path=str(path), reason=error.strerror or "")) from None
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle("Seatkeeper licence roster review")
    writer.setCreator("Seatkeeper")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    # Points scaled to the writer's resolution, so 10pt text prints at 10pt.
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    pages = document.pageCount()
    if forecast is None or not any(m.charges for m in forecast.months):
        document.print_(writer)
        return pages
    # The pages drawn here, one painter for the text and the chart after it.
    width, height = float(writer.width()), float(writer.height())
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.setTransform(QTransform.fromTranslate(0, -page * height), True)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
        writer.newPage()
        font = painter.font()
        font.setPointSizeF(9)
        painter.setFont(font)
        paint_chart(painter, QRectF(0, 0, width, height * 0.55), chart_model(forecast))
    finally:
        painter.end()
    return pages + 1
