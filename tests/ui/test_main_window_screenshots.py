"""Pictures of everything an admin sees, in English, bokmål and Danish, at two window sizes.

Written to screenshots/<lang>/<width>x<height>/ (ignored by git) by walking the tour
(tests/ui/tour.py): every screen, menu, dialog and wizard page. They are for looking at;
the assertions only check that each picture was made and is not blank.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui import i18n
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import SCREENSHOTS, make_window
from tests.ui.tour import tour

SIZES = [(1024, 700), (1920, 1080)]


def assert_not_blank(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull(), path
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 3)}
    assert len(colours) > 5, f"{path.name} is blank"


@pytest.fixture(params=["en", "nb", "da"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    before = QLocale()
    installed = i18n.install_language(qapp, request.param, QLocale.c())
    yield str(request.param)
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_window_dialog_and_page_in_each_language(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock, language: str,
        size: tuple[int, int]) -> None:
    window: MainWindow = make_window(qtbot, runner, tmp_path, clock,
                                     RosterLocation.parse(str(tmp_path / "demo.sqlite")),
                                     fill_demo=True)
    window.resize(*size)
    folder = SCREENSHOTS / language / f"{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):  # a renamed stop leaves no stale picture behind
        old.unlink()
    names = []
    for name, widget in tour(qtbot, window, tmp_path):
        shown: QWidget = widget
        path = folder / f"{name}.png"
        assert shown.grab().save(str(path))
        assert_not_blank(path)
        names.append(name)
    assert len(names) == len(set(names)) > 30
