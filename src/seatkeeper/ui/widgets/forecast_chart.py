"""The forecast chart on screen: ``ui.forecast_paint`` drawn in a widget, with tooltips.

The same ``paint_chart`` draws the PNG export (``to_image``) and the PDF page,
so what the admin saves is what they saw. Hovering a bar segment lights it and
shows its amounts (converted, and as stated where the currency differs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize
from PySide6.QtGui import QColor, QHelpEvent, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from seatkeeper.ui.forecast_paint import ChartModel, Hit, paint_chart
from seatkeeper.ui.tones import PAPER

PNG_SIZE = QSize(1600, 900)


class ForecastChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastChart")
        self.model: ChartModel | None = None
        self.hits: list[Hit] = []
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_model(self, model: ChartModel | None) -> None:
        self.model = model
        self.setAccessibleDescription(model.title if model is not None else "")
        self._hover = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 300)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.model is not None:
            area = QRectF(self.rect()).adjusted(12, 8, -12, -8)
            self.hits = paint_chart(painter, area, self.model, hover=self._hover,
                                    foreground=palette.color(QPalette.ColorRole.Text))
        painter.end()

    def hit_at(self, point: QPoint) -> int | None:
        for n, hit in enumerate(self.hits):
            if hit.rect.contains(point.toPointF()):
                return n
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        at = self.hit_at(event.position().toPoint())
        if at != self._hover:
            self._hover = at
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def tooltip_at(self, point: QPoint) -> str | None:
        at = self.hit_at(point)
        return self.hits[at].tooltip if at is not None else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def to_image(self, size: QSize = PNG_SIZE) -> QImage:
        """The chart on white, for a PNG (dark palettes are for screens, not files)."""
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(PAPER[0]))
        if self.model is not None:
            painter = QPainter(image)
            font = painter.font()
            font.setPixelSize(max(size.height() // 40, 12))
            painter.setFont(font)
            paint_chart(painter, QRectF(24, 16, size.width() - 48, size.height() - 32),
                        self.model, foreground=QColor(PAPER[1]))
            painter.end()
        return image

    def save_png(self, path: Path) -> bool:
        return bool(self.to_image().save(str(path)))  # PNG: the name ends in .png
