"""Pictures of the People screen after a directory sync, its release confirmation and the
wizard's directory preview, in en, nb and da at 1024x700 and 1920x1080.

Written to $SEATKEEPER_SHOTS (else screenshots/people); they are for looking at, the
assertions only check that each picture was made and is not blank.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.columns import ROW_ROLE
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.wizards.import_wizard import ImportWizard
from tests.ui import test_main_window_screenshots as window_shots
from tests.ui.conftest import SCREENSHOTS, make_window
from tests.ui.screens.test_people import ENTRA, OLA, click, people_screen, press
from tests.ui.screens.test_review import review_screen, rows
from tests.ui.test_main_window_screenshots import SIZES, assert_not_blank

language = window_shots.language  # the same fixture: en, nb and da, each installed

Button = QWizard.WizardButton


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_people_screen_pictures(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                                clock: Clock, language: str, size: tuple[int, int]) -> None:
    window: MainWindow = make_window(qtbot, runner, tmp_path, clock,
                                     RosterLocation.parse(str(tmp_path / "demo.sqlite")),
                                     fill_demo=True)
    window.resize(*size)
    services = window.services
    assert services is not None
    folder = Path(os.environ.get("SEATKEEPER_SHOTS", SCREENSHOTS / "people")) / language
    folder.mkdir(parents=True, exist_ok=True)
    tag = f"{size[0]}x{size[1]}"

    def shoot(widget: object, name: str) -> None:
        path = folder / f"{name}_{tag}.png"
        assert widget.grab().save(str(path))  # type: ignore[attr-defined]
        assert_not_blank(path)

    screen = people_screen(qtbot, window)
    press(qtbot, screen, screen.import_action)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.keyClicks(wizard.file_page.path_edit, str(ENTRA))
    click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10_000)
    # The combos are laid out, and shown, on the next pass of the event loop.
    qtbot.waitUntil(wizard.mapping_page.combos["sign_in"].isVisible, timeout=10_000)
    shoot(wizard, "directory_mapping")
    click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    shoot(wizard, "directory_preview")
    wizard.reject()

    services.people.sync(services.people.read(ENTRA, "entra"))
    screen.reload()
    model = screen.model
    qtbot.waitUntil(lambda: any(model.data(model.index(r, 0), ROW_ROLE).status == "left"
                                for r in range(model.rowCount())), timeout=10_000)
    number = next(r for r in range(model.rowCount())
                  if model.data(model.index(r, 0), ROW_ROLE).email == OLA)
    screen.table.selectRow(number)
    qtbot.waitUntil(lambda: "Ola Nordmann" in screen.detail.toPlainText(), timeout=10_000)
    qtbot.waitUntil(screen.release_action.isEnabled, timeout=10_000)
    shoot(window, "people_screen")
    press(qtbot, screen, screen.release_action)
    qtbot.waitUntil(lambda: screen.last_confirmation is not None, timeout=10_000)
    box = screen.last_confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=10_000)
    shoot(box, "release_confirmation")
    box.reject()

    review = review_screen(qtbot, window)
    review.reload()
    qtbot.waitUntil(lambda: any(r.finding.kind == "seat_held_by_leaver" for r in rows(review)),
                    timeout=10_000)
    review.kind_box.setCurrentIndex(review.kind_box.findData("seat_held_by_leaver"))
    qtbot.waitUntil(lambda: bool(rows(review)) and all(
        r.finding.kind == "seat_held_by_leaver" for r in rows(review)), timeout=10_000)
    review.table.selectRow(0)
    qtbot.waitUntil(review.release_action.isEnabled, timeout=10_000)
    # The finding's words are in the window's language; the leaver's address is in each.
    qtbot.waitUntil(lambda: OLA in review.detail.toPlainText(), timeout=10_000)
    shoot(window, "review_leavers")
