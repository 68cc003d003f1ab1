"""The Spend screen on the demo roster: totals in one currency, the chart, rates, PNG."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from seatkeeper.ui import i18n
from seatkeeper.ui.dialogs.rate_dialog import RateDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.screens.spend import SpendScreen

SHOTS = Path("/work/shots/i20-spend")


def spend_screen(qtbot: QtBot, window: MainWindow) -> SpendScreen:
    window.show_screen("spend")
    screen = window.screens["spend"]
    assert isinstance(screen, SpendScreen)
    qtbot.waitUntil(lambda: not screen.model.is_loading
                    and screen.spend_model.report is not None, timeout=10_000)
    return screen


def save(qtbot: QtBot, dialog: RateDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def reloaded(qtbot: QtBot, screen: SpendScreen) -> None:
    before = screen.spend_model.report
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.model.is_loading
                    and screen.spend_model.report is not before, timeout=10_000)


def test_a_missing_rate_marks_the_total_incomplete_until_a_rate_is_entered(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = spend_screen(qtbot, demo_window)
    report = screen.spend_model.report
    assert report is not None
    assert report.currency == "NOK"
    assert {m.currency for m in report.missing_year} == {"USD", "EUR"}  # no rates yet
    assert "incomplete" in screen.totals.text()
    dialog = screen.enter_rate()
    assert isinstance(dialog, RateDialog)
    dialog.base.setCurrentText("USD")
    dialog.value.setText("11.25")
    with qtbot.waitSignal(screen.model.reloaded, timeout=10_000):
        save(qtbot, dialog)
    report = screen.spend_model.report
    assert report is not None
    assert {m.currency for m in report.missing_year} == {"EUR"}


def test_a_bad_rate_is_refused_in_the_dialog(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = spend_screen(qtbot, demo_window)
    dialog = screen.enter_rate()
    assert dialog is not None
    dialog.value.setText("-2")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "not an exchange rate" in dialog.problem.text()


def test_the_chart_has_twelve_months_tooltips_and_exports_a_png(
        qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    screen = spend_screen(qtbot, demo_window)
    services = demo_window.ctx.services
    assert services is not None
    services.rates.set(date(2026, 11, 20), "USD", "NOK", Decimal("11.25"))
    services.rates.set(date(2026, 11, 20), "EUR", "NOK", Decimal("11.70"))
    reloaded(qtbot, screen)
    model = screen.chart.model
    assert model is not None
    assert len(model.bars) == 12
    screen.chart.resize(900, 360)
    screen.chart.repaint()
    assert screen.chart.hits
    first = screen.chart.hits[0]
    tip = screen.chart.tooltip_at(first.rect.center().toPoint())
    assert tip is not None
    assert "NOK" in tip or "kr" in tip
    assert screen.chart.tooltip_at(QPoint(0, 0)) is None
    path = tmp_path / "forecast.png"
    assert screen.export_png(path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 900)
    assert len({image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 900, 5)}) > 5


def test_grouping_by_vendor_lists_the_vendors(qtbot: QtBot, demo_window: MainWindow) -> None:
    screen = spend_screen(qtbot, demo_window)
    screen.by_box.setCurrentIndex(screen.by_box.findData("vendor"))
    qtbot.waitUntil(lambda: screen.spend_model.report is not None
                    and screen.spend_model.report.by == "vendor", timeout=10_000)
    labels = {str(g.label) for g in screen.spend_model.rows}
    assert "ExpressVPN" in labels


@pytest.fixture(params=[("en", "en_US"), ("nb", "nb_NO"), ("da", "da_DK")])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    before = QLocale()
    lang, where = request.param
    installed = i18n.install_language(qapp, lang, QLocale(where))
    yield str(lang)
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)], ids=["1024x700", "1920x1080"])
def test_screenshots(qtbot: QtBot, language: str, size: tuple[int, int],
                     demo_window: MainWindow) -> None:
    services = demo_window.ctx.services
    assert services is not None
    services.rates.set(date(2026, 11, 20), "USD", "NOK", Decimal("11.2500"))  # EUR: none
    demo_window.resize(*size)
    screen = spend_screen(qtbot, demo_window)
    screen.stack_box.setCurrentIndex(screen.stack_box.findData("vendor"))
    reloaded(qtbot, screen)
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    path = SHOTS / f"spend-{language}-{size[0]}x{size[1]}.png"
    assert demo_window.grab().save(str(path))
    screen.chart.save_png(SHOTS / f"forecast-{language}.png")
    dialog = screen.enter_rate()
    assert dialog is not None
    assert dialog.grab().save(str(SHOTS / f"rate-dialog-{language}.png"))
    dialog.reject()


def test_a_norges_bank_file_imported_from_the_screen_fills_the_missing_rates(
        qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    screen = spend_screen(qtbot, demo_window)
    path = tmp_path / "EXR.csv"
    path.write_text("FREQ,BASE_CUR,QUOTE_CUR,TENOR,DECIMALS,CALCULATED,UNIT_MULT,COLLECTION,"
                    "TIME_PERIOD,OBS_VALUE\nB,USD,NOK,SP,4,false,0,C,2026-11-20,11.2500\n"
                    "B,EUR,NOK,SP,4,false,0,C,2026-11-20,11.7000\n", encoding="utf-8")
    with qtbot.waitSignal(screen.model.reloaded, timeout=10_000):
        screen.import_rates(path, "norges-bank")
    report = screen.spend_model.report
    assert report is not None
    assert report.complete
    assert "incomplete" not in screen.totals.text()
    assert "USD/NOK" in screen.last_message


def test_review_decisions_show_as_the_saving(qtbot: QtBot, demo_window: MainWindow) -> None:
    services = demo_window.ctx.services
    assert services is not None
    services.rates.set(date(2026, 11, 20), "USD", "NOK", Decimal("11.25"))
    seat = next(r.seat_id for r in services.review.findings().items
                if r.kind == "auto_renew_unassigned" and r.seat_id is not None)
    services.review.decide(seat, "do_not_renew")
    screen = spend_screen(qtbot, demo_window)
    reloaded(qtbot, screen)  # written past the window: no change event
    forecast = screen.spend_model.forecast
    assert forecast is not None
    assert forecast.decided.minor > 0
    assert "review decisions save" in screen.totals.text()
