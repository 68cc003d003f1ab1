"""A table import from the wizard runs in a process of its own: progress and cancel as before.

The window's process only relays progress (services.importing.child): the rows, the
plan's objects and the transaction live in the child, so the window's garbage
collector and event loop never wait for them.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from seatkeeper.services.bundle import Services
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing import child
from seatkeeper.services.importing.writer import ImportCancelled, ImportResult
from seatkeeper.ui.tasks import TaskRunner
from tests.store.test_bulk_load import HEADER
from tests.ui.conftest import Errors
from tests.ui.wizards.test_import_wizard import Button, click, open_wizard, tick, to_preview

ROWS = 600


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    """A generic roster file of ROWS seats in 30 subscriptions, with devices, no keys."""
    lines = [HEADER]
    for i in range(ROWS):
        sub = i % 30
        lines.append(f"Team {sub},gen-{sub},Vendor{sub % 4},2027-0{1 + sub % 9}-15,40,"
                     f"seat-{i:04d},Person {i % 97},p{i % 97}@example.com,,"
                     f"DEV-{i},macos,de,dev-{i}\n")
    path = tmp_path / "generated.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[child.ImportJob]:
    """The jobs handed to a child process (the import really runs there)."""
    jobs: list[child.ImportJob] = []
    real = child.import_in_child

    def spy(job: child.ImportJob, progress: child.Progress | None = None) -> ImportResult:
        jobs.append(job)
        return real(job, progress)

    monkeypatch.setattr("seatkeeper.ui.wizards.import_steps.import_in_child", spy)
    return jobs


def _reports(wizard: object) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    wizard.run_page.progressed.connect(lambda d, t: seen.append((d, t)))  # type: ignore[attr-defined]
    return seen


def test_a_gui_import_runs_in_a_child_and_reports_progress(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        generated: Path, children: list[child.ImportJob], errors: Errors) -> None:
    before = demo_services.roster.counts().seats
    wizard = open_wizard(qtbot, runner, demo_services, settings, generated)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, Button.NextButton)
    seen = _reports(wizard)
    click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=60_000)
    result = wizard.run_page.outcome
    assert isinstance(result, ImportResult), result
    assert (result.imported, result.seats_added) == (ROWS, ROWS)
    assert len(children) == 1
    assert seen  # progress arrived from the child, to the end
    assert seen[-1] == (3 * ROWS, 3 * ROWS)
    assert demo_services.roster.counts().seats == before + ROWS
    assert errors == []


def test_cancel_of_a_gui_import_in_a_child_leaves_the_roster_unchanged(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        generated: Path, children: list[child.ImportJob], errors: Errors) -> None:
    before = roster_json(demo_services.store)
    wizard = open_wizard(qtbot, runner, demo_services, settings, generated)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, Button.NextButton)
    tick(qtbot, wizard.mode_page.stop)
    seen = _reports(wizard)
    gate = threading.Event()  # the writer held: the import starts with Cancel pressed
    runner.run(lambda: gate.wait(10), write=True)
    click(qtbot, wizard, Button.CommitButton)
    click(qtbot, wizard, Button.CancelButton)
    gate.set()
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=60_000)
    assert isinstance(wizard.run_page.outcome, ImportCancelled)
    assert len(children) == 1
    assert seen  # the child reported, was answered "cancel", and rolled back
    assert "roster is as it was" in wizard.run_page.status.text()
    assert roster_json(demo_services.store) == before
    assert errors == []
