"""The forecast bar chart, painted with QPainter onto anything: a widget, a PNG, a PDF page.

Why not QtCharts: only PySide6-Essentials is installed; QtCharts comes with
PySide6-Addons, some hundred megabytes more in every bundle for one chart of
twelve bars. The chart is small enough to draw: one ``paint_chart`` does it for
the Spend screen (``ui.widgets.forecast_chart``), the PNG export and the PDF
report (``ui.pdf_report``), so the three cannot drift apart. It lives here, in
the plumbing layer, because the PDF writer (also here) may not import widgets.

``chart_model`` puts a ``services.forecast.Forecast`` into words for the
admin's locale (month names, grouped numbers, money); ``paint_chart`` only lays
out and draws, and returns where each bar segment is with its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from seatkeeper.domain.messages import Message
from seatkeeper.domain.money import Money
from seatkeeper.services.forecast import Forecast
from seatkeeper.ui.i18n import locale, money, number, render, tr
from seatkeeper.ui.tones import CHART_DECIDED, CHART_LAPSE, CHART_OTHER, CHART_SERIES, PAPER, TONES

CTX = "ForecastChart"
SERIES_COLOURS = CHART_SERIES  # the colours are named in ui/tones.py, as every colour of ui/
OTHER_COLOUR = CHART_OTHER
LAPSE_COLOUR = CHART_LAPSE
DECIDED_COLOUR = CHART_DECIDED
MAX_SERIES = len(SERIES_COLOURS)


@dataclass(frozen=True)
class Segment:
    series: int
    value: Decimal  # major units of the chart's currency
    tooltip: str


@dataclass(frozen=True)
class Bar:
    label: str  # the month, as the locale writes it
    segments: tuple[Segment, ...]  # stacked, bottom up
    apart: tuple[Segment, ...]  # drawn hatched beside: lapsing, decided against


@dataclass(frozen=True)
class ChartModel:
    title: str
    series: tuple[tuple[str, str], ...]  # (label, colour) of the stacks
    apart: tuple[tuple[str, str], ...]  # (label, colour) of the hatched bars
    bars: tuple[Bar, ...]
    axis_text: Callable[[Decimal], str]
    note: str = ""  # e.g. what has no rate
    empty: str = ""


@dataclass(frozen=True)
class Hit:
    rect: QRectF
    tooltip: str


def _label(value: str | Message) -> str:
    return render(value) if isinstance(value, Message) else value


def month_label(day: QDate) -> str:
    """"Dec 2026", "des. 2026": the locale's short month name and the year."""
    return locale().toString(day, "MMM yyyy")


def chart_model(forecast: Forecast) -> ChartModel:
    """The forecast in the admin's words; beyond seven groups the rest are "Other"."""
    names = [_label(g) for g in forecast.groups]
    keep = names if len(names) <= MAX_SERIES else names[:MAX_SERIES - 1]
    series = [(n, SERIES_COLOURS[i]) for i, n in enumerate(keep)]
    if len(names) > len(keep):
        series.append((tr(CTX, "Other"), OTHER_COLOUR))
    where = {n: min(i, len(series) - 1) for i, n in enumerate(names)}
    lapse_label, decided_label = tr(CTX, "Lapses (not charged)"), tr(
        CTX, "Decided against in review (saved)")
    bars = []
    for month in forecast.months:
        when = month_label(QDate(month.month.year, month.month.month, 1))
        stacked: dict[int, tuple[Money, list[str]]] = {}
        for s in month.charges:
            at = where[_label(s.group)]
            total, lines = stacked.get(at, (Money.zero(forecast.currency), []))
            stated = ", ".join(money(m) for m in s.stated if m.currency != forecast.currency)
            lines.append(f"{_label(s.group)}: {money(s.amount)}" + (
                f" ({stated})" if stated else ""))
            stacked[at] = (total + s.amount, lines)
        segments = tuple(Segment(i, total.amount, f"{when}\n" + "\n".join(lines))
                         for i, (total, lines) in sorted(stacked.items()))
        apart = []
        for kind, (label, amount) in enumerate(((lapse_label, month.lapsing),
                                                (decided_label, month.decided))):
            if amount.minor:
                apart.append(Segment(kind, amount.amount, f"{when}\n{label}: {money(amount)}"))
        bars.append(Bar(when, segments, tuple(apart)))
    missing = ", ".join(money(m) for m in forecast.missing)
    note = tr(CTX, "Not in the bars, no exchange rate: {amounts}", amounts=missing) \
        if missing else ""
    return ChartModel(
        tr(CTX, "Charges in the next 12 months ({currency}): {total}",
           currency=forecast.currency, total=money(forecast.total)),
        tuple(series), ((lapse_label, LAPSE_COLOUR), (decided_label, DECIDED_COLOUR)),
        tuple(bars), number, note,
        tr(CTX, "Nothing renews in the next 12 months."))


def _step(top: Decimal) -> Decimal:
    """A round step (1, 2 or 5 x 10^n) giving four to eight lines up to ``top``."""
    if top <= 0:
        return Decimal(1)
    raw = top / 5
    power = Decimal(10) ** (len(str(int(raw))) - 1) if raw >= 1 else Decimal("0.1")
    for factor in (1, 2, 5, 10):
        if raw <= power * factor:
            return power * factor
    return power * 10  # pragma: no cover - the loop always answers


class _Painter:
    """One drawing of a chart: the pieces of ``paint_chart``, sharing the font's sizes."""

    def __init__(self, painter: QPainter, rect: QRectF, model: ChartModel, ink: QColor) -> None:
        self.p, self.rect, self.model, self.ink = painter, rect, model, ink
        self.base = QFont(painter.font())
        self.metrics = QFontMetricsF(self.base, painter.device())
        self.line = self.metrics.height()
        self.pad = self.line * 0.6

    def heading(self) -> float:
        """Title and note; returns where the plot may start."""
        p, line, rect = self.p, self.line, self.rect
        bold = QFont(self.base)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.ink)
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.model.title)
        top = rect.top() + line * 1.4
        p.setFont(self.base)
        if self.model.note:
            light, dark = TONES["warning"]  # on the chart's own background, light or dark
            p.setPen(QColor(light if self.ink.lightnessF() < 0.5 else dark))
            p.drawText(QRectF(rect.left(), top, rect.width(), line),
                       Qt.AlignmentFlag.AlignLeft, self.model.note)
            top += line * 1.2
        p.setPen(self.ink)
        return top

    def legend(self) -> float:
        """The legend at the bottom, wrapped; returns its top."""
        line, pad, rect = self.line, self.pad, self.rect
        entries = [(label, hue, False) for label, hue in self.model.series] + [
            (label, hue, True) for label, hue in self.model.apart]
        swatch = line * 0.8
        rows: list[list[tuple[str, str, bool, float]]] = [[]]
        used = 0.0
        for label, hue, hatched in entries:
            width = swatch + pad * 0.5 + self.metrics.horizontalAdvance(label) + pad * 1.5
            if used + width > rect.width() and rows[-1]:
                rows.append([])
                used = 0.0
            rows[-1].append((label, hue, hatched, width))
            used += width
        top = rect.bottom() - len(rows) * line * 1.2
        for r, items in enumerate(rows):
            x, y = rect.left(), top + r * line * 1.2
            for label, hue, hatched, width in items:
                box = QRectF(x, y + (line - swatch) / 2, swatch, swatch)
                _fill(self.p, box, QColor(hue), hatched)
                self.p.setPen(self.ink)
                self.p.drawText(QRectF(box.right() + pad * 0.5, y, width, line),
                                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                label)
                x += width
        return top

    def axis(self, top: float, bottom: float) -> tuple[QRectF, Decimal]:
        """The value lines and their labels; returns the plot's rectangle and its ceiling."""
        bars, rect, pad, line = self.model.bars, self.rect, self.pad, self.line
        highest = max(max(sum((s.value for s in b.segments), Decimal(0)),
                          max((s.value for s in b.apart), default=Decimal(0))) for b in bars)
        step = _step(highest)
        lines = int((highest / step).to_integral_value(rounding="ROUND_CEILING")) or 1
        ceiling = step * lines
        axis_width = max(self.metrics.horizontalAdvance(self.model.axis_text(step * i))
                         for i in range(lines + 1)) + pad
        plot = QRectF(rect.left() + axis_width, top + line * 0.5,
                      rect.width() - axis_width, bottom - top - line * 0.5)
        faint = QColor(self.ink)
        faint.setAlphaF(0.18)
        for i in range(lines + 1):
            y = plot.bottom() - float(step * i / ceiling) * plot.height()
            self.p.setPen(QPen(faint if i else self.ink, 0))
            self.p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            self.p.setPen(self.ink)
            self.p.drawText(QRectF(rect.left(), y - line / 2, axis_width - pad * 0.5, line),
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                            self.model.axis_text(step * i))
        return plot, ceiling

    def bars(self, plot: QRectF, ceiling: Decimal, hover: int | None) -> list[Hit]:
        bars = self.model.bars

        def y_of(value: Decimal) -> float:
            return plot.bottom() - float(value / ceiling) * plot.height()

        slot = plot.width() / max(len(bars), 1)
        widest = max(self.metrics.horizontalAdvance(b.label) for b in bars) + self.pad
        label_every = 1
        while widest > slot * label_every and label_every < len(bars):
            label_every += 1
        hits: list[Hit] = []
        stacks = [QColor(hue) for _label, hue in self.model.series]
        apart = [QColor(hue) for _label, hue in self.model.apart]
        for n, bar in enumerate(bars):
            x = plot.left() + n * slot
            left, width, level = x + slot * 0.12, slot * 0.5, Decimal(0)
            for seg in bar.segments:
                box = QRectF(left, y_of(level + seg.value), width,
                             y_of(level) - y_of(level + seg.value))
                shade = QColor(stacks[seg.series])
                _fill(self.p, box, shade.lighter(125) if hover == len(hits) else shade, False)
                hits.append(Hit(box, seg.tooltip))
                level += seg.value
            thin = slot * 0.14
            for k, seg in enumerate(bar.apart):
                box = QRectF(left + width + slot * 0.04 + k * (thin + slot * 0.02),
                             y_of(seg.value), thin, plot.bottom() - y_of(seg.value))
                _fill(self.p, box, apart[seg.series], True)
                hits.append(Hit(box, seg.tooltip))
            if n % label_every == 0:
                self.p.setPen(self.ink)
                self.p.drawText(QRectF(x - slot, plot.bottom() + self.line * 0.3, slot * 3,
                                       self.line),
                                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                bar.label)
        return hits


def paint_chart(painter: QPainter, rect: QRectF, model: ChartModel, *,
                foreground: QColor | None = None, hover: int | None = None) -> list[Hit]:
    """Draw ``model`` into ``rect``; returns each segment's place and tooltip (in order)."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw = _Painter(painter, rect, model, foreground or QColor(PAPER[1]))
        top = draw.heading()
        bottom = draw.legend() - draw.line * 1.6
        if not any(b.segments or b.apart for b in model.bars):
            painter.drawText(QRectF(rect.left(), top, rect.width(), bottom - top),
                             Qt.AlignmentFlag.AlignCenter, model.empty)
            return []
        if bottom - top <= draw.line * 2 or rect.width() <= draw.line * 4:
            return []  # too small to draw anything readable
        plot, ceiling = draw.axis(top, bottom)
        return draw.bars(plot, ceiling, hover)
    finally:
        painter.restore()


def _fill(painter: QPainter, box: QRectF, colour: QColor, hatched: bool) -> None:
    painter.setPen(QPen(colour.darker(130), 0))
    if hatched:
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(box)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    painter.setBrush(QBrush(colour))
    painter.drawRect(box)
    painter.setBrush(Qt.BrushStyle.NoBrush)
