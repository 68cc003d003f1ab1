"""The cost curves: one PNG a group of figures against roster size, both axes logarithmic.

``python -m benchmarks.plot RESULT_JSON OUT_DIR`` writes interactive.png, throughput.png
and memory.png (1200 x 800) into OUT_DIR. Drawn with QPainter on a QImage, so the
benchmark needs nothing beyond what the app installs. Colour tells the figure, the
line and marker tell the database (solid with circles SQLite, dashed with squares
PostgreSQL); a baseline is drawn thin and dotted in its figure's colour.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

WIDTH, HEIGHT = 1200, 800
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf", "#7f7f7f", "#bcbd22"]
DB_STYLE = {"sqlite": (Qt.PenStyle.SolidLine, "circle"),
            "postgresql": (Qt.PenStyle.DashLine, "square")}
DB_LABEL = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}

# group -> title, y-axis label, unit scale, [(figure, legend label, with its baseline)]
GROUPS: dict[str, tuple[str, str, float, list[tuple[str, str, bool]]]] = {
    "interactive": ("Interactive figures against roster size", "time (ms)", 1000.0, [
        ("first paint", "first paint", False), ("filter p95", "filter p95", False),
        ("sort holder", "sort holder", False), ("sort renewal date", "sort renewal date",
                                                False),
        ("sort devices", "sort devices", False), ("scroll to end", "scroll to end", False),
        ("Review ready", "Review ready", False)]),
    "throughput": ("Throughput against roster size", "rows per second", 1.0, [
        ("import (rows/s)", "import", True), ("export (rows/s)", "export", True)]),
    "memory": ("Peak memory of the GUI process against roster size", "peak RSS (MB)", 1.0, [
        ("peak memory", "Seatkeeper window", True)]),
}


@dataclass
class Series:
    label: str
    color: QColor
    kind: str
    baseline: bool
    points: list[tuple[float, float]]


def series_for(result: dict[str, Any], group: str) -> list[Series]:
    _title, _axis, scale, wanted = GROUPS[group]
    out: list[Series] = []
    for index, (name, label, with_base) in enumerate(wanted):
        color = QColor(PALETTE[index % len(PALETTE)])
        for kind in result["databases"]:
            runs = sorted((r for r in result["runs"] if r["database"] == kind),
                          key=lambda r: r["seats"])
            ours, base = [], []
            for run in runs:
                f = next(x for x in run["figures"] if x["name"] == name)
                if f["ours"] and f["ours"] > 0:
                    ours.append((float(run["seats"]), f["ours"] * scale))
                if with_base and f["baseline"]:
                    base.append((float(run["seats"]), f["baseline"] * scale))
            out.append(Series(label, color, kind, False, ours))
            if with_base:
                out.append(Series(_baseline_label(name, label, kind), color, kind, True, base))
    return out


def _baseline_label(name: str, label: str, kind: str) -> str:
    if name.startswith("import"):
        return "import: COPY" if kind == "postgresql" else "import: bare executemany"
    if name == "peak memory":
        return "bare window + table"
    return f"{label}: bare"


def _decades(low: float, high: float) -> tuple[int, int]:
    """Whole decades around the values, with a little room above and below."""
    a, b = math.floor(math.log10(low) - 0.05), math.ceil(math.log10(high) + 0.05)
    return a, b if b > a else a + 1


def _padded(low: float, high: float) -> tuple[float, float]:
    """The x range in log10: the measured sizes a little inside the frame."""
    a, b = math.log10(low), math.log10(high)
    pad = max(0.12, (b - a) * 0.06)
    return a - pad, b + pad


def _tick_label(value: float, unit: str) -> str:
    if unit == "seats":
        if value >= 1e6:
            return f"{value / 1e6:g}M"
        return f"{value / 1e3:g}k" if value >= 1e3 else f"{value:g}"
    if value >= 1e6:
        return f"{value / 1e6:g}M"
    if value >= 1e3:
        return f"{value / 1e3:g}k"
    return f"{value:g}"


class Chart:
    """One log-log chart on a QImage: axes and grid, the series, the legend."""

    def __init__(self, result: dict[str, Any], group: str) -> None:
        self.result, self.group = result, group
        self.series = [s for s in series_for(result, group) if s.points]
        self.plot = QRectF(100, 70, 720, 620)  # the legend goes to the right
        xs = [x for s in self.series for x, _ in s.points] or [1e4, 1e6]
        ys = [y for s in self.series for _, y in s.points] or [1.0, 10.0]
        self.x0, self.x1 = _padded(min(xs), max(xs))
        self.y0, self.y1 = _decades(min(ys), max(ys))
        self.font = QFont()
        self.font.setPixelSize(15)

    def px(self, x: float) -> float:
        return self.plot.left() + (math.log10(x) - self.x0) / (self.x1 - self.x0) \
            * self.plot.width()

    def py(self, y: float) -> float:
        return self.plot.bottom() - (math.log10(y) - self.y0) / (self.y1 - self.y0) \
            * self.plot.height()

    def save(self, path: Path) -> None:
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font)
        self._labels(p)
        self._grid(p, horizontal=False)
        self._grid(p, horizontal=True)
        self._lines(p)
        self._legend(p)
        p.end()
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")

    def _labels(self, p: QPainter) -> None:
        title, axis_label, _scale, _wanted = GROUPS[self.group]
        plot = self.plot
        title_font = QFont(self.font)
        title_font.setPixelSize(22)
        title_font.setBold(True)
        p.setFont(title_font)
        p.drawText(QRectF(0, 15, WIDTH, 40), Qt.AlignmentFlag.AlignCenter, title)
        p.setFont(self.font)
        p.drawText(QRectF(plot.left(), plot.bottom() + 45, plot.width(), 30),
                   Qt.AlignmentFlag.AlignCenter, "roster size (seats, log scale)")
        p.save()
        p.translate(25, plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-plot.height() / 2, -15, plot.height(), 30),
                   Qt.AlignmentFlag.AlignCenter, f"{axis_label}, log scale")
        p.restore()

    def _grid(self, p: QPainter, *, horizontal: bool) -> None:
        """Decades darker and labelled, 2 and 5 labelled lighter, the rest light lines."""
        plot = self.plot
        lo, hi = (self.y0, self.y1) if horizontal else (self.x0, self.x1)
        minor, major = QPen(QColor("#e6e6e6"), 1), QPen(QColor("#b0b0b0"), 1)
        for value in (step * 10.0 ** decade
                      for decade in range(math.floor(lo), math.ceil(hi) + 1)
                      for step in range(1, 10)):
            if not lo - 1e-9 <= math.log10(value) <= hi + 1e-9:
                continue
            step = round(value / 10.0 ** math.floor(math.log10(value) + 1e-9))
            p.setPen(major if step == 1 else minor)
            if horizontal:
                p.drawLine(QPointF(plot.left(), self.py(value)),
                           QPointF(plot.right(), self.py(value)))
            else:
                p.drawLine(QPointF(self.px(value), plot.top()),
                           QPointF(self.px(value), plot.bottom()))
            if step not in (1, 2, 5):
                continue
            p.setPen(QColor("#202020") if step == 1 else QColor("#707070"))
            if horizontal:
                p.drawText(QRectF(plot.left() - 95, self.py(value) - 10, 88, 20),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           _tick_label(value, "y"))
            else:
                p.drawText(QRectF(self.px(value) - 40, plot.bottom() + 8, 80, 20),
                           Qt.AlignmentFlag.AlignCenter, _tick_label(value, "seats"))
        p.setPen(QPen(QColor("#202020"), 1.5))
        p.drawRect(plot)
        if not horizontal:  # the measured sizes, marked on the x axis
            for seats in self.result["seats"]:
                p.drawLine(QPointF(self.px(seats), plot.bottom()),
                           QPointF(self.px(seats), plot.bottom() - 8))

    @staticmethod
    def _pen(s: Series) -> QPen:
        pen = QPen(s.color, 1.5 if s.baseline else 2.5)
        pen.setStyle(Qt.PenStyle.DotLine if s.baseline else DB_STYLE[s.kind][0])
        return pen

    def _lines(self, p: QPainter) -> None:
        p.setClipRect(self.plot.adjusted(-8, -8, 8, 8))
        for s in self.series:
            p.setPen(self._pen(s))
            points = [QPointF(self.px(x), self.py(y)) for x, y in s.points]
            for a, b in itertools.pairwise(points):
                p.drawLine(a, b)
            p.setPen(QPen(s.color, 2))
            p.setBrush(QColor("white") if s.baseline else s.color)
            for point in points:
                _marker(p, DB_STYLE[s.kind][1], point, 5)
        p.setClipping(False)

    def _legend(self, p: QPainter) -> None:
        """One row a series, then what line and marker mean."""
        x, y = self.plot.right() + 20, self.plot.top()
        for s in self.series:
            p.setPen(self._pen(s))
            p.drawLine(QPointF(x, y + 10), QPointF(x + 40, y + 10))
            p.setPen(QPen(s.color, 2))
            p.setBrush(QColor("white") if s.baseline else s.color)
            _marker(p, DB_STYLE[s.kind][1], QPointF(x + 20, y + 10), 5)
            p.setPen(QColor("#202020"))
            p.drawText(QRectF(x + 48, y, WIDTH - x - 50, 20), Qt.AlignmentFlag.AlignVCenter,
                       f"{s.label} — {DB_LABEL[s.kind]}")
            y += 24
        small = QFont(self.font)
        small.setPixelSize(13)
        p.setFont(small)
        p.setPen(QColor("#505050"))
        notes = [f"{DB_LABEL[k]}: {'solid, circles' if k == 'sqlite' else 'dashed, squares'}"
                 for k in self.result["databases"]]
        if any(s.baseline for s in self.series):
            notes.append("bare baseline: dotted, open markers")
        sizes = ", ".join(f"{n:,}" for n in self.result["seats"])
        notes.append(f"ticks at each measured size: {sizes}")
        for note in notes:
            p.drawText(QRectF(x, y + 12, WIDTH - x - 10, 36), Qt.TextFlag.TextWordWrap, note)
            y += 36


def draw(result: dict[str, Any], group: str, path: Path) -> None:
    Chart(result, group).save(path)


def _marker(p: QPainter, kind: str, at: QPointF, r: float) -> None:
    if kind == "square":
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    else:
        p.drawEllipse(at, r, r)


def main(argv: list[str]) -> int:
    result = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    out = Path(argv[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # an image; no screen needed
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for group in GROUPS:
        draw(result, group, out / f"{group}.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
