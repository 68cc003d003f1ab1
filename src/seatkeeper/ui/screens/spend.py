"""The Spend screen: what the roster costs in one currency, and the next 12 months' charges.

The table groups the roster by vendor, department, holder or subscription and
shows each group's cost a year and a month converted to the chosen currency at
the latest rate on or before today, the amounts as stated beside, the rates'
dates and ages, and in the warning tone what had no rate (the total then says
it is incomplete: nothing is ever converted 1:1). Below, the forecast chart:
renewals that will charge, stacked by vendor or department, with lapsing seats
and seats decided against in review beside them, exportable as PNG.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QSplitter

from seatkeeper.domain.changes import Changed, Entity
from seatkeeper.services.bundle import Services
from seatkeeper.services.forecast import STACKS, Forecast
from seatkeeper.services.rates import RatesImported
from seatkeeper.services.spend import BY, SpendGroup, SpendReport
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.dialogs.rate_dialog import COMMON, RateDialog
from seatkeeper.ui.file_dialogs import remember_folder, start_path
from seatkeeper.ui.forecast_paint import chart_model
from seatkeeper.ui.i18n import date_text, money, tr
from seatkeeper.ui.models.spend_table_model import SpendTableModel, group_label
from seatkeeper.ui.tones import tone
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.forecast_chart import ForecastChart
from seatkeeper.ui.widgets.table_screen import TableScreen

CTX = "SpendScreen"
READ_ONLY_WHY = "The roster is open read-only for review; rates cannot be saved."


def group_names() -> dict[str, str]:
    return {"vendor": tr(CTX, "By vendor"), "department": tr(CTX, "By department"),
            "person": tr(CTX, "By holder"), "subscription": tr(CTX, "By subscription")}


def stack_names() -> dict[str, str]:
    return {"vendor": tr(CTX, "Chart by vendor"), "department": tr(CTX, "Chart by department")}


def group_noun(count: int) -> str:
    return tr(CTX, "1 group") if count == 1 else tr(CTX, "{count} groups", count=count)


def render_group(group: SpendGroup) -> str:
    pairs = [(tr(CTX, "Per year"), money(group.year)), (tr(CTX, "Per month"), money(group.month))]
    for p in group.parts:
        if p.year_converted is None:
            shown = tr(CTX, "{stated} a year — no exchange rate, not converted",
                       stated=money(p.year))
        elif p.rate_day is None:
            shown = money(p.year)
        else:
            shown = tr(CTX, "{stated} a year = {converted} at {rate} of {day} ({n} days old)",
                       stated=money(p.year), converted=money(p.year_converted), rate=p.rate,
                       day=date_text(p.rate_day), n=p.rate_age_days)
        pairs.append((p.year.currency, shown))
    return section(group_label(group), pairs)


def totals_html(report: SpendReport, forecast: Forecast | None = None) -> str:
    text = tr(CTX, "<b>Total:</b> {year} a year, {month} a month",
              year=escape(money(report.year)), month=escape(money(report.month)))
    if forecast is not None and forecast.decided.minor:
        text += " · " + tr(CTX, "review decisions save {saved} in the next 12 months",
                           saved=escape(money(forecast.decided)))
    if report.missing_year:
        missing = escape(", ".join(money(m) for m in report.missing_year))
        text += " · <span style=\"color:{colour}\"><b>{label}</b></span>".format(
            colour=tone("warning"), label=tr(CTX, "incomplete: no exchange rate for {missing}",
                                             missing=missing))
    return text


class SpendScreen(TableScreen):
    def __init__(self, ctx: WindowContext) -> None:
        services = ctx.services
        assert services is not None
        self.services: Services = services
        self.spend_model = SpendTableModel(ctx.runner, services.spend, services.forecast,
                                           lambda: services.clock().date())
        super().__init__(
            ctx, self.spend_model, noun=group_noun,
            filter_hint=tr(CTX, "Filter groups by name (Ctrl+F)"),
            detail_hint=tr(CTX, "Select a group to see its amounts as stated and the rates "
                                "used."),
            fetch_detail=lambda row: row, render_detail=render_group,
            column_widths=[240, 130, 120, 200, 260, 170],
            watches=frozenset({Entity.SUBSCRIPTION, Entity.SEAT, Entity.PERSON,
                               Entity.REVIEW, Entity.SETTINGS}))
        self.by_box = self._combo("spendBy", tr(CTX, "Group by"), group_names(),
                                  self.spend_model.by)
        self.currency_box = QComboBox(self)
        self.currency_box.setObjectName("spendCurrency")
        self.currency_box.setAccessibleName(tr(CTX, "Currency"))
        self.currency_box.setEditable(True)
        self.currency_box.addItems(list(COMMON))
        self.currency_box.setCurrentText(self.spend_model.currency)
        self.currency_box.currentTextChanged.connect(self._currency_changed)
        self.stack_box = self._combo("spendStack", tr(CTX, "Stack the chart by"), stack_names(),
                                     self.spend_model.stack)
        self.totals = QLabel(self)
        self.totals.setObjectName("spendTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 2, 0, 4)
        row.addWidget(self.by_box)
        row.addWidget(self.currency_box)
        row.addWidget(self.stack_box)
        row.addWidget(self.totals, 1)
        layout = self.layout()
        assert layout is not None
        layout.insertLayout(1, row)  # type: ignore[attr-defined]
        self.chart = ForecastChart(self)
        layout.removeWidget(self.splitter)
        self.vertical = QSplitter(Qt.Orientation.Vertical, self)
        self.vertical.setObjectName("spendSplitter")
        self.vertical.addWidget(self.splitter)
        self.vertical.addWidget(self.chart)
        self.vertical.setChildrenCollapsible(False)
        self.vertical.setStretchFactor(0, 2)
        self.vertical.setStretchFactor(1, 3)
        layout.addWidget(self.vertical)
        layout.setStretchFactor(self.vertical, 1)  # type: ignore[attr-defined]
        self.rate_action = self._add("spendRate", tr(CTX, "Exchange &rate…"), self.enter_rate)
        self.import_action = self._add("spendImportRates", tr(CTX, "&Import rates…"),
                                       self.choose_rates_file)
        self.png_action = self._add("spendExportPng", tr(CTX, "Export chart (&PNG)…"),
                                    self.choose_png)
        for action in (self.rate_action, self.import_action):
            action.setEnabled(not services.read_only)
            if services.read_only:
                action.setToolTip(tr(CTX, READ_ONLY_WHY))
        self.model.loaded.connect(self._show_snapshot)
        self.model.reloaded.connect(self._show_snapshot)
        self.last_message = ""

    def _combo(self, name: str, accessible: str, items: dict[str, str], chosen: str
               ) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        for key, text in items.items():
            box.addItem(text, key)
        box.setCurrentIndex(list(items).index(chosen))
        box.currentIndexChanged.connect(lambda _i: self._choice_changed())
        return box

    def _add(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        self.actions_bar.addAction(action)
        return action

    # -- what the admin chooses ---------------------------------------------------------
    def _choice_changed(self) -> None:
        by, stack = str(self.by_box.currentData()), str(self.stack_box.currentData())
        assert by in BY
        assert stack in STACKS
        self.spend_model.by, self.spend_model.stack = by, stack
        self.refresh()

    def _currency_changed(self, text: str) -> None:
        code = text.strip().upper()
        if len(code) == 3 and code.isalpha() and code != self.spend_model.currency:
            self.spend_model.currency = code
            self.refresh()

    def _show_snapshot(self) -> None:
        report, forecast = self.spend_model.report, self.spend_model.forecast
        if report is None or forecast is None:
            return
        self.totals.setText(totals_html(report, forecast))
        self.chart.set_model(chart_model(forecast))
        known = {self.currency_box.itemText(i) for i in range(self.currency_box.count())}
        for part in (p for g in report.groups for p in g.parts):
            if part.year.currency not in known:
                self.currency_box.addItem(part.year.currency)
                known.add(part.year.currency)

    # -- rates --------------------------------------------------------------------------
    def enter_rate(self) -> RateDialog | None:
        if self.services.read_only:
            return None
        report = self.spend_model.report
        missing = [m.currency for m in report.missing_year] if report else []
        dialog = RateDialog(self.services.clock().date(), missing or list(COMMON),
                            self.spend_model.currency, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rates = self.services.rates

        def save() -> None:
            assert dialog.rate is not None
            day, base, quote, value = dialog.rate
            self.ctx.write(lambda: rates.set(day, base, quote, value), owner=self).success(
                lambda _rate: self._say(tr(CTX, "Rate saved."))).failure(
                self._error).run(initiator=self)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def choose_rates_file(self) -> None:
        norges, danish = (tr(CTX, "Norges Bank exchange rates (SDMX-CSV) (*.csv)"),
                          tr(CTX, "Danmarks Nationalbank exchange rates (Statbank) (*.csv)"))
        path, chosen = QFileDialog.getOpenFileName(
            self, tr(CTX, "Import exchange rates"), start_path(), f"{norges};;{danish}")
        if path:
            remember_folder(path)
            self.import_rates(Path(path), "norges-bank" if chosen == norges
                              else "nationalbanken")

    def import_rates(self, path: Path, fmt: str) -> None:
        rates = self.services.rates

        def work() -> Changed[RatesImported]:
            return rates.import_file(path, fmt)

        def done(result: RatesImported) -> None:
            self._say(tr(CTX, "Imported rates for {pairs} from {first} to {last}: {added} new, "
                              "{replaced} replaced.", pairs=", ".join(result.pairs),
                         first=result.first, last=result.last, added=result.added,
                         replaced=result.replaced))

        self.ctx.write(work, owner=self).success(done).failure(self._error).run(initiator=self)

    # -- chart export -------------------------------------------------------------------
    def choose_png(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr(CTX, "Export the forecast chart"), start_path("seatkeeper-forecast.png"),
            tr(CTX, "PNG images (*.png)"))
        if path:
            remember_folder(path)
            chosen = Path(path)
            self.export_png(chosen if chosen.suffix else chosen.with_suffix(".png"))

    def export_png(self, path: Path) -> bool:
        saved = self.chart.save_png(path)
        if saved:
            self._say(tr(CTX, "Chart saved to {path}.", path=str(path)))
        else:
            self.ctx.messages.warn(tr(CTX, "The chart could not be saved to {path}.",
                                      path=str(path)))
        return saved

    def _say(self, text: str) -> None:
        self.last_message = text
        self.ctx.messages.say(text, 10)
        self.status_changed.emit(text)

    def _error(self, error: BaseException) -> None:
        self.ctx.messages.fail(error, tr(CTX, "Spend"))


def build(ctx: WindowContext) -> TableScreen:
    return SpendScreen(ctx)
