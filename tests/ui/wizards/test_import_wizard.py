"""The import wizard driven as an admin would, with the Snipe-IT test file."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.bundle import Services, open_services
from seatkeeper.services.clock import Clock
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.writer import ImportCancelled, ImportResult
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.wizards.import_wizard import ImportWizard
from tests.conftest import TEST_DATA
from tests.ui.conftest import Errors, lone_context, save_screenshot

DATA = TEST_DATA / "snipeit_licences.csv"
Button = QWizard.WizardButton


@pytest.fixture
def empty_services(tmp_path: Path, clock: Clock) -> Iterator[Services]:
    services = open_services(RosterLocation.parse(str(tmp_path / "empty.sqlite")), actor="t",
                             vault=MemoryVault(), clock=clock)
    yield services
    services.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    copy = tmp_path / "snipeit.csv"
    shutil.copy(DATA, copy)
    return copy


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator, where a person clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible(), f"{which} is not shown"
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_wizard(qtbot: QtBot, runner: TaskRunner, services: Services, settings: QSettings,
                path: Path) -> ImportWizard:
    wizard = ImportWizard(lone_context(qtbot, runner), services, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(Button.NextButton).isEnabled()
    assert wizard.file_page.why.text() == "Choose a file to go on."
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    give_owner(qtbot, wizard)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10_000)
    return wizard


def give_owner(qtbot: QtBot, wizard: ImportWizard) -> None:
    """The owner e-mail of rows that name none: asked once, typed as a person would."""
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: bool(page.combos), timeout=10_000)
    if page.needs_owner() and not page.owner_edit.text():
        assert not page.isComplete()
        assert "owner" in page.why.text()
        qtbot.keyClicks(page.owner_edit, "it@example.com")


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)


def test_mapping_page_shows_the_guess_and_remembers_changes(
        qtbot: QtBot, runner: TaskRunner, empty_services: Services, settings: QSettings,
        source: Path, errors: Errors) -> None:
    wizard = open_wizard(qtbot, runner, empty_services, settings, source)
    page = wizard.mapping_page
    assert "Snipe-IT licence CSV" in page.source.text()
    assert "Guessed" in page.source.text()
    assert page.combos["item_name"].currentText() == "Item name"
    assert page.combos["serial"].currentText() == "serial number"
    assert page.combos["licensed_to_email"].currentText() == "Licensed to Email"
    save_screenshot(wizard, "import_1_mapping")

    # Without an item name the importer has nothing to go on: Next waits and says why.
    page.combos["item_name"].setCurrentIndex(0)
    assert not wizard.button(Button.NextButton).isEnabled()
    assert "Item name" in page.why.text()
    page.combos["item_name"].setCurrentIndex(page.combos["item_name"].findText("Item name"))
    page.combos["notes"].setCurrentIndex(0)  # the admin does not want the notes
    to_preview(qtbot, wizard)
    wizard.close()

    again = open_wizard(qtbot, runner, empty_services, settings, source)
    assert "last time" in again.mapping_page.source.text()
    assert again.mapping_page.combos["notes"].currentIndex() == 0
    assert again.mapping_page.combos["item_name"].currentText() == "Item name"
    assert errors == []


def test_preview_lists_every_bad_row_then_skip_mode_imports_good_rows(
        qtbot: QtBot, runner: TaskRunner, empty_services: Services, settings: QSettings,
        source: Path, tmp_path: Path, errors: Errors) -> None:
    wizard = open_wizard(qtbot, runner, empty_services, settings, source)
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert "6 rows read:" in preview.counts.text()
    assert "4 can be imported, 2 cannot" in preview.counts.text()
    table = preview.table
    cells = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert ["5", "maintained", "sometimes"] in [row[:3] for row in cells]
    assert any(row[0] == "7" and row[2] == "twelve dollars" for row in cells)
    assert empty_services.roster.counts().subscriptions == 0  # a dry run writes nothing
    # One line a problem, at any width: the rows were measured while the tab was hidden
    # and narrow, so each stood several lines tall (five problems to a 1024x700 page).
    one_line = table.verticalHeader().defaultSectionSize()
    assert [table.rowHeight(r) for r in range(table.rowCount())] == \
        [one_line] * table.rowCount()
    assert table.item(0, 3).toolTip() == table.item(0, 3).text()  # the whole reason
    save_screenshot(wizard, "import_2_preview_errors")

    click(qtbot, wizard, Button.NextButton)
    mode = wizard.mode_page
    rejects = tmp_path / "rejected.csv"
    tick(qtbot, mode.skip)
    mode.rejects.clear()
    assert not wizard.button(Button.CommitButton).isEnabled()
    assert "Choose where" in mode.why.text()
    qtbot.keyClicks(mode.rejects, str(rejects))
    save_screenshot(wizard, "import_3_mode")
    assert wizard.button(Button.CommitButton).text() == "&Import"
    click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=20_000)
    save_screenshot(wizard, "import_4_result")

    result = wizard.run_page.outcome
    assert isinstance(result, ImportResult)
    assert (result.imported, result.rejected, result.product_keys_stored) == (4, 2, 4)
    assert "Imported 4 row(s)" in wizard.run_page.status.text()
    assert empty_services.roster.counts().subscriptions == 4
    # Issue 18: once the import is done there is nothing left to cancel; only Finish.
    assert not wizard.button(Button.CancelButton).isVisible()
    assert wizard.button(Button.FinishButton).isVisible()
    lines = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Row,")
    assert [x[:2] for x in lines[1:]] == ["5,", "7,"]
    assert "ST-KEY-444" not in rejects.read_text(encoding="utf-8-sig")  # keys stay secret
    click(qtbot, wizard, Button.FinishButton)
    assert not wizard.isVisible()
    assert errors == []


def test_stop_mode_with_a_bad_row_leaves_the_roster_exactly_as_it_was(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        source: Path, errors: Errors) -> None:
    before = roster_json(demo_services.store)
    wizard = open_wizard(qtbot, runner, demo_services, settings, source)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, Button.NextButton)
    tick(qtbot, wizard.mode_page.stop)
    assert wizard.state.mode == "stop"
    click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=20_000)
    assert "Nothing was imported" in wizard.run_page.status.text()
    assert "2 of 6 rows cannot be imported" in wizard.run_page.status.text()
    assert roster_json(demo_services.store) == before
    assert errors == []


def test_cancel_during_the_import_rolls_everything_back(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        source: Path, errors: Errors) -> None:
    before = roster_json(demo_services.store)
    keys_before = dict(demo_services.vault._secrets)  # type: ignore[union-attr]
    wizard = open_wizard(qtbot, runner, demo_services, settings, source)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, Button.NextButton)
    tick(qtbot, wizard.mode_page.skip)
    # Hold the single writer so the import is under way (queued) when Cancel is pressed;
    # it then meets the cancel at its first progress report, inside its transaction.
    gate = threading.Event()
    runner.run(lambda: gate.wait(10), write=True)
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.importing
    click(qtbot, wizard, Button.CancelButton)
    assert wizard.isVisible()  # Cancel cancels the import; it does not walk away from it
    assert "Cancelling" in wizard.run_page.status.text()
    gate.set()
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=20_000)
    assert isinstance(wizard.run_page.outcome, ImportCancelled)
    assert "roster is as it was" in wizard.run_page.status.text()
    assert not wizard.button(Button.CancelButton).isVisible()
    assert roster_json(demo_services.store) == before
    assert dict(demo_services.vault._secrets) == keys_before  # type: ignore[union-attr]
    assert errors == []


def test_every_field_has_a_label_in_the_admins_language() -> None:
    from seatkeeper.services.importing.mapping import (
        DIRECTORY_FIELDS,
        ENTRA_FIELDS,
        GENERIC_FIELDS,
        GOOGLE_FIELDS,
        SNIPEIT_FIELDS,
    )
    from seatkeeper.ui.wizards.import_pages import field_labels

    assert set(GENERIC_FIELDS) | set(SNIPEIT_FIELDS) <= set(field_labels())
    assert set(ENTRA_FIELDS) | set(GOOGLE_FIELDS) | set(DIRECTORY_FIELDS) <= set(field_labels())


NORWEGIAN = ("subscription;vendor;monthly_price;renewal_date;seat_limit;licence_id;"
             "holder_name;holder_email\r\n"
             "Kontorpakke;Microsoft;kr 1 490,00;15.03.2027;2;L-1;Åse Ødegård;ase@example.no\r\n"
             "Kontorpakke;Microsoft;kr 1 490,00;15.03.2027;2;L-2;Ærlig Østby;"
             "aerlig@example.no\r\n")


def test_a_norwegian_8_bit_file_is_detected_read_in_its_locale_and_shown_whole(
        qtbot: QtBot, runner: TaskRunner, empty_services: Services, settings: QSettings,
        tmp_path: Path, errors: Errors, monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 15: the preview showed only bad rows, so 1 490,00 read as 149 000 went
    # unseen; here the locale is the system's, the encoding detected, every row shown.
    monkeypatch.setenv("LC_ALL", "nb_NO.UTF-8")
    source = tmp_path / "nordisk.csv"
    source.write_bytes(NORWEGIAN.encode("cp1252"))
    wizard = open_wizard(qtbot, runner, empty_services, settings, source)
    page = wizard.mapping_page
    assert page.locale_box.currentData() == "nb-NO"
    assert "cp1252" in page.read_as.text()
    assert "Åse Ødegård" in page.read_as.text()
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.rows_model.rowCount() == 2
    cells = [preview.rows_model.data(preview.rows_model.index(0, c))
             for c in range(preview.rows_model.columnCount())]
    assert "Åse Ødegård" in cells
    assert any("1,490.00\N{NO-BREAK SPACE}NOK" in str(c) for c in cells), cells
    assert "2 seat(s)" in preview.totals.text()
    assert "35,760.00" in preview.totals.text()  # 2 seats x 12 months x 1 490,00
    assert empty_services.roster.counts().subscriptions == 0
    save_screenshot(wizard, "import_5_nordic_preview")
    wizard.close()
    # The locale is remembered with the mapping: the next file with these columns gets it.
    monkeypatch.setenv("LC_ALL", "C")
    again = open_wizard(qtbot, runner, empty_services, settings, source)
    assert again.mapping_page.locale_box.currentData() == "nb-NO"
    assert errors == []


def test_the_rows_model_passes_qts_checks(qtmodeltester: Any) -> None:
    from seatkeeper.services.importing import guess_mapping, preview
    from seatkeeper.services.importing.readers import read_csv_text
    from seatkeeper.ui.models.import_rows_model import ImportRowsModel

    source = read_csv_text(NORWEGIAN.replace("kr 1 490,00", "14.90").replace(
        "15.03.2027", "2027-03-15"))
    plan = preview(source.rows, guess_mapping(source.headers),
                   ImportContext(date(2026, 11, 22), "it@example.com"))
    model = ImportRowsModel(plan.rows)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_seats_the_file_names_no_id_for_are_counted_not_shown_as_placeholders() -> None:
    """Seen in the preview screenshots: Snipe-IT's 10-seat Adobe licence read
    ", \\x002, \\x003…", the writer's placeholders for the seats it numbers (boxes on
    screen)."""
    from seatkeeper.services.importing import guess_mapping, preview, read_file
    from seatkeeper.ui.models.import_rows_model import ImportRowsModel
    from tests.conftest import TEST_DATA

    source = read_file(TEST_DATA / "snipeit_licences.csv")
    plan = preview(source.rows, guess_mapping(source.headers, "snipeit"),
                   ImportContext(date(2026, 11, 22), "it@example.com"), fmt="snipeit",
                   headers=source.headers)
    model = ImportRowsModel(plan.rows)
    cells = {plan.rows[r].subscription.name: model.index(r, 2).data()
             for r in range(model.rowCount())}
    assert all("\x00" not in cell for cell in cells.values())
    assert cells["Adobe Creative Cloud"] == "10 new"


def test_the_preview_says_checked_only_once_every_row_is(
        qtbot: QtBot, runner: TaskRunner, empty_services: Services, settings: QSettings,
        source: Path, monkeypatch: pytest.MonkeyPatch, errors: Errors) -> None:
    """While the dry run still reads, the page's subtitle said every row was read and
    checked (seen in the 1M screenshots, beside "Checking every row… 120,000 of ...")."""
    from seatkeeper.ui.wizards import import_preview_page

    release = threading.Event()
    real = import_preview_page.dry_run

    def held(*args: Any) -> Any:
        assert release.wait(20), "the test never released the check"
        return real(*args)

    monkeypatch.setattr(import_preview_page, "dry_run", held)
    wizard = open_wizard(qtbot, runner, empty_services, settings, source)
    click(qtbot, wizard, Button.NextButton)
    preview = wizard.preview_page
    try:
        assert preview.counts.text() == "Checking every row…"
        assert preview.subTitle() == "A dry run: the rows are being read and checked; " \
                                     "nothing is written."
        save_screenshot(wizard, "import_2_preview_checking")
    finally:
        release.set()
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert preview.subTitle() == "A dry run: every row was read and checked; nothing has " \
                                 "been written yet."
    assert errors == []
