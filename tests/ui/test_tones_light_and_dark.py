"""Amber, red and grey stay readable in the light and the dark scheme, and follow a switch
between them while a window is open (issue 18, item 7).

The reminder strip, the Deadlines rows, the subscription pane and detail pane, and the
purchase, send and import wizards had fixed colours: a light amber strip and light row
backgrounds under a dark palette's light text, dark greys and reds on a dark window. Each
case is built under one palette and read under the same or the other one: a widget that
kept the colours it was built with fails the switched cases.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from seatkeeper.services.bundle import Services
from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.deadline_table_model import DeadlineColumn, DeadlineTableModel
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.tones import CLASSES, contrast, css, restyle, rich
from seatkeeper.ui.widgets.detail_pane import DetailPane, section
from seatkeeper.ui.widgets.reminder_strip import ReminderStrip
from seatkeeper.ui.widgets.subscription_panel import SubscriptionPanel
from seatkeeper.ui.wizards.import_wizard import ImportWizard
from seatkeeper.ui.wizards.purchase_wizard import PurchaseWizard
from seatkeeper.ui.wizards.send_wizard import SendWizard
from tests.ui.conftest import make_window
from tests.ui.test_tones_dark_dialogs import coloured_labels, dark_palette

AA = 4.5
RULE = re.compile(r"\.([\w-]+) \{ color:(#[0-9a-f]{6});(?: background:(#[0-9a-f]{6});)? \}")
STRIP = re.compile(r"background:(#[0-9a-f]{6});border-bottom:1px solid #[0-9a-f]{6};\}"
                   r"QFrame#reminderStrip QLabel\{color:(#[0-9a-f]{6});\}")
LINK = re.compile(r"color:\s*(#[0-9a-f]{6})")


def light_palette() -> QPalette:
    colours = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#efefef"),
                         (QPalette.ColorRole.Base, "#ffffff"),
                         (QPalette.ColorRole.WindowText, "#000000"),
                         (QPalette.ColorRole.Text, "#000000"),
                         (QPalette.ColorRole.Button, "#efefef"),
                         (QPalette.ColorRole.ButtonText, "#000000")):
        colours.setColor(role, QColor(colour))
    return colours


PALETTES: dict[str, Callable[[], QPalette]] = {"light": light_palette, "dark": dark_palette}
# (built under, read under): the last two are the system switching scheme meanwhile.
SWITCHES = [("light", "light"), ("dark", "dark"), ("light", "dark"), ("dark", "light")]


@pytest.fixture
def use_palette() -> Iterator[Callable[[str], QPalette]]:
    before = QGuiApplication.palette()

    def use(name: str) -> QPalette:
        colours = PALETTES[name]()
        QApplication.setPalette(colours)
        QApplication.processEvents()
        return colours
    yield use
    QApplication.setPalette(before)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """The wizards start reads at once: collect garbage here, never on a worker."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()


def class_rules(html: str) -> dict[str, tuple[QColor, QColor | None]]:
    return {name: (QColor(text), QColor(back) if back else None)
            for name, text, back in RULE.findall(html)}


def faint_classes(html: str, base: QColor) -> list[str]:
    rules = class_rules(html)
    assert set(CLASSES) | {"info-box"} <= set(rules), html[:200]
    return [f"{name}: {contrast(text, back or base):.2f}"
            for name, (text, back) in rules.items() if contrast(text, back or base) < AA]


@pytest.mark.parametrize(("built", "read"), SWITCHES)
def test_the_reminder_strip_and_its_links_stay_readable(
        qtbot: QtBot, use_palette: Callable[[str], QPalette], built: str, read: str) -> None:
    use_palette(built)
    window = QWidget()  # inside a window, as in the app: a child with a style sheet gets
    qtbot.addWidget(window)  # no PaletteChange of its own when the app's palette changes
    strip = ReminderStrip(lambda _r: None, lambda _r: None, lambda: None, window)
    window.show()
    use_palette(read)
    found = STRIP.search(strip.styleSheet())
    assert found is not None, strip.styleSheet()
    background, text = QColor(found.group(1)), QColor(found.group(2))
    # A dark strip under a light palette, or the reverse, is what the fixed one did.
    assert (background.lightnessF() < 0.5) == (read == "dark")
    assert contrast(text, background) >= AA
    for link in (strip.more, strip.all):
        colour = LINK.search(link.styleSheet())
        assert colour is not None
        assert contrast(QColor(colour.group(1)), background) >= AA, link.objectName()


@pytest.mark.parametrize(("built", "read"), SWITCHES)
def test_rich_text_classes_follow_the_palette(
        qtbot: QtBot, use_palette: Callable[[str], QPalette], built: str, read: str) -> None:
    use_palette(built)
    window = QWidget()
    qtbot.addWidget(window)
    body = QWidget(window)  # like the subscription pane's body: a style sheet over it
    restyle(body, "QWidget { background: palette(base); }")
    pane = DetailPane("Select a seat", body)
    label = QLabel(body)
    window.show()
    pane.show_html(section("Seat", [("Holder", "Anna")]))
    rich(label, "<p class='refusal'>Refused.</p>")
    colours = use_palette(read)
    base = colours.color(QPalette.ColorRole.Base)
    assert faint_classes(label.text(), base) == []
    assert css(colours) in label.text()
    # The pane shows its text again with the new style sheet, the text unchanged.
    assert "Holder" in pane.toPlainText()
    html = pane.document().toHtml()
    muted = class_rules(f"<style>{css(colours)}</style>")["muted"][0].name()
    assert muted in html.lower(), "the pane kept the colours it was built with"


@pytest.mark.parametrize(("built", "read"), SWITCHES)
def test_deadline_rows_readable_and_repainted_in_the_new_scheme(
        qtbot: QtBot, demo_window: MainWindow, use_palette: Callable[[str], QPalette],
        built: str, read: str) -> None:
    use_palette(built)
    demo_window.show_screen("deadlines")
    model = demo_window.screens["deadlines"].model
    assert isinstance(model, DeadlineTableModel)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_days(180)  # the seat lapses too: blue-grey rows beside the red ones
    colours = use_palette(read)
    text = colours.color(QPalette.ColorRole.Text)
    kinds: set[bool] = set()
    for row in range(model.rowCount()):
        background = model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
        money = model.data(model.index(row, DeadlineColumn.MONEY),
                           Qt.ItemDataRole.ForegroundRole)
        kinds.add(model.row_at(row).will_charge)  # type: ignore[union-attr]
        assert (background.lightnessF() < 0.5) == (read == "dark")
        assert contrast(text, background) >= AA, row   # the other cells' palette text
        assert contrast(money, background) >= AA, row  # the red or blue money cell
    assert kinds == {True, False}


@pytest.mark.parametrize(("built", "read"), SWITCHES)
def test_purchase_send_and_import_wizard_pages_readable(
        qtbot: QtBot, ctx: WindowContext, demo_services: Services,
        use_palette: Callable[[str], QPalette], built: str, read: str) -> None:
    use_palette(built)
    made: list[QWizard] = [PurchaseWizard(ctx, demo_services), ImportWizard(ctx, demo_services),
                           SendWizard(ctx, demo_services)]
    for wizard in made:
        qtbot.addWidget(wizard)
    colours = use_palette(read)
    window = colours.color(QPalette.ColorRole.Window)
    for wizard in made:
        root: QWidget = wizard
        labels = coloured_labels(root)
        assert labels, type(wizard).__name__
        faint = [f"{name}: {contrast(colour, window):.2f}" for name, colour in labels
                 if contrast(colour, window) < AA]
        assert faint == [], type(wizard).__name__


@pytest.mark.parametrize(("built", "read"), [("light", "dark"), ("dark", "light")])
def test_the_open_window_follows_a_switch_of_scheme(
        qtbot: QtBot, use_palette: Callable[[str], QPalette], runner: TaskRunner,
        tmp_path: Path, clock: Clock, built: str, read: str) -> None:
    """The navigation list and the subscription pane have style sheets: Qt leaves them
    (and all inside them) in the old scheme unless they are given theirs again."""
    use_palette(built)
    window = make_window(qtbot, runner, tmp_path, clock,
                         RosterLocation.parse(str(tmp_path / "demo.sqlite")), fill_demo=True)
    licences = window.screens["licences"]
    qtbot.waitUntil(lambda: not licences.model.is_loading, timeout=10_000)
    licences.table.selectRow(0)
    panel = window.findChild(SubscriptionPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.terms is not None, timeout=10_000)
    colours = use_palette(read)
    base = colours.color(QPalette.ColorRole.Base)
    assert window.nav.palette().color(QPalette.ColorRole.Base) == base
    assert panel.body.palette().color(QPalette.ColorRole.Window) == base  # palette(base)
    assert panel.text.palette().color(QPalette.ColorRole.WindowText) == \
        colours.color(QPalette.ColorRole.WindowText)
    assert css(colours) in panel.text.text()
    assert faint_classes(panel.text.text(), base) == []
