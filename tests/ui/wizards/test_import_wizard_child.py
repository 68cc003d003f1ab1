"""A table's dry run and import from the wizard run in a process of its own: progress and
cancel as before.

The window's process only relays progress and shows what the pages need
(services.importing.session): the rows, the plan's objects and the transaction live in
the child, so the window's garbage collector and event loop never wait for them.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from seatkeeper.services.bundle import Services
from seatkeeper.services.exporting import roster_json
from seatkeeper.services.importing import session
from seatkeeper.services.importing.session import ImportSession
from seatkeeper.services.importing.writer import ImportCancelled, ImportResult
from seatkeeper.ui.tasks import TaskRunner
from tests.store.test_bulk_load import HEADER
from tests.ui.conftest import Errors, save_screenshot
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
def children(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The dry runs and writes handed to a child process (they really run there)."""
    jobs: list[object] = []
    dry_run, write = ImportSession.dry_run, ImportSession.write

    def spy_dry_run(self: ImportSession, job: session.DryRunJob,
                    progress: session.Progress | None = None) -> session.PlanSummary:
        jobs.append(job)
        return dry_run(self, job, progress)

    def spy_write(self: ImportSession, job: session.WriteJob,
                  progress: session.Progress | None = None,
                  vault: object = None) -> ImportResult:
        jobs.append(job)
        return write(self, job, progress, vault)  # type: ignore[arg-type]

    monkeypatch.setattr(ImportSession, "dry_run", spy_dry_run)
    monkeypatch.setattr(ImportSession, "write", spy_write)
    return jobs


def writes(jobs: list[object]) -> list[session.WriteJob]:
    return [j for j in jobs if isinstance(j, session.WriteJob)]


def _reports(wizard: object) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    wizard.run_page.progressed.connect(lambda d, t: seen.append((d, t)))  # type: ignore[attr-defined]
    return seen


def test_a_gui_import_runs_in_a_child_and_reports_progress(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        generated: Path, children: list[object], errors: Errors) -> None:
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
    assert [type(j) for j in children] == [session.DryRunJob, session.WriteJob]
    assert seen  # progress arrived from the child, to the end
    assert seen[-1] == (3 * ROWS, 3 * ROWS)
    assert demo_services.roster.counts().seats == before + ROWS
    assert errors == []


def test_cancel_of_a_gui_import_in_a_child_leaves_the_roster_unchanged(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        generated: Path, children: list[object], errors: Errors) -> None:
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
    assert len(writes(children)) == 1
    assert seen  # the child reported, was answered "cancel", and rolled back
    assert "roster is as it was" in wizard.run_page.status.text()
    assert roster_json(demo_services.store) == before
    assert errors == []


def _roster(path: Path, good: int, bad: int = 0) -> Path:
    """``good`` seats in 30 subscriptions, then ``bad`` rows with an unreadable date."""
    lines = [HEADER]
    for i in range(good):
        sub = i % 30
        lines.append(f"Team {sub},gen-{sub},Vendor{sub % 4},2027-0{1 + sub % 9}-15,"
                     f"{good},seat-{i:06d},Person {i % 97},p{i % 97}@example.com,,,,,\n")
    lines += [f"Bad {i},bad-{i},Vendor,someday,5,b-{i},,,,,,,\n" for i in range(bad)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (not yet waited for) is gone for our purposes.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _held_at_first_report(wizard: object, then: object = None) -> threading.Event:
    """Hold the dry run at its first progress report (the child waits for the answer)
    until the returned event is set; ``then`` runs there first, on the worker."""


    reached, gate = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:
        if reached.is_set():
            return
        reached.set()
        if callable(then):
            then()
        gate.wait(20)

    wizard.preview_page.progressed.connect(  # type: ignore[attr-defined]
        hold, Qt.ConnectionType.DirectConnection)
    gate.reached = reached  # type: ignore[attr-defined]
    return gate


def test_the_dry_run_runs_in_the_child_and_the_window_gets_a_summary(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        tmp_path: Path, children: list[object], errors: Errors) -> None:
    path = _roster(tmp_path / "big.csv", good=1500, bad=1200)
    wizard = open_wizard(qtbot, runner, demo_services, settings, path)
    seen: list[tuple[int, int]] = []
    wizard.preview_page.progressed.connect(lambda d, t: seen.append((d, t)))
    to_preview(qtbot, wizard)
    page, plan = wizard.preview_page, wizard.state.plan
    assert isinstance(plan, session.PlanSummary)  # the rows themselves stayed in the child
    # The window's heap is kept out of the minute's full collection during the import.
    assert gc.get_freeze_count() > 0
    assert wizard.session.pid not in (None, os.getpid())
    assert _alive(wizard.session.pid)
    assert seen[-1] == (2700, 2700)  # the child's reports reached the page
    assert "2,700 rows read:" in page.counts.text()
    assert "1,500 can be imported, 1,200 cannot" in page.counts.text()
    assert page.rows_model.rowCount() == session.PREVIEW_ROWS
    assert "first 1,000 of the 1,500 rows" in page.rows_shown.text()
    assert page.table.rowCount() == session.ERRORS_PAGE
    assert page.page_label.text() == "Problems 1–500 of 1,200"
    assert page.table.item(0, 0).text() == "1502"  # the first bad row, numbered as in the file
    save_screenshot(wizard, "import_6_child_preview")
    qtbot.mouseClick(page.next_page, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_page, Qt.MouseButton.LeftButton)  # disabled while it loads
    qtbot.waitUntil(lambda: page.page_label.text().startswith("Problems 501"), timeout=10_000)
    assert page.table.item(0, 0).text() == "2002"
    qtbot.mouseClick(page.next_page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.page_label.text() == "Problems 1,001–1,200 of 1,200",
                    timeout=10_000)
    assert page.table.rowCount() == 200
    assert not page.next_page.isEnabled()
    assert page.previous_page.isEnabled()
    assert page.table.item(199, 0).text() == "2701"
    assert len([j for j in children if isinstance(j, session.DryRunJob)]) == 1  # once
    pid = wizard.session.pid
    wizard.close()
    qtbot.waitUntil(lambda: not _alive(pid), timeout=10_000)  # its plan went with it
    assert gc.get_freeze_count() == 0
    assert errors == []


def test_cancel_during_the_dry_run_stops_the_child_and_closes_the_wizard(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        tmp_path: Path, errors: Errors) -> None:
    before = roster_json(demo_services.store)
    path = _roster(tmp_path / "big.csv", good=12_000)
    wizard = open_wizard(qtbot, runner, demo_services, settings, path)
    gate = _held_at_first_report(wizard)
    click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)  # type: ignore[attr-defined]
    pid = wizard.session.pid
    assert _alive(pid)
    assert not wizard.preview_page.isComplete()
    assert gc.get_freeze_count() > 0  # no full collection walks the window while it checks
    click(qtbot, wizard, Button.CancelButton)
    gate.set()
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: not _alive(pid), timeout=10_000)
    assert roster_json(demo_services.store) == before
    assert errors == []


def test_a_child_that_dies_during_the_dry_run_is_said_in_words_and_a_new_check_works(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        tmp_path: Path, errors: Errors) -> None:
    path = _roster(tmp_path / "big.csv", good=12_000)
    wizard = open_wizard(qtbot, runner, demo_services, settings, path)
    gate = _held_at_first_report(
        wizard, lambda: os.kill(wizard.session.pid or 0, signal.SIGKILL))
    gate.set()  # the report is answered at once; the child is dead by then
    click(qtbot, wizard, Button.NextButton)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: "stopped unexpectedly" in page.counts.text(), timeout=30_000)
    assert "The check of the file stopped unexpectedly (exit -9); nothing was written." \
        in page.counts.text()
    assert not page.isComplete()
    assert not page.bar.isVisible()
    click(qtbot, wizard, Button.BackButton)
    to_preview(qtbot, wizard)  # a new child checks it
    assert "12,000 rows read:" in page.counts.text()
    assert errors == []


def test_a_child_that_dies_during_the_import_writes_nothing(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        generated: Path, errors: Errors) -> None:
    before = roster_json(demo_services.store)
    wizard = open_wizard(qtbot, runner, demo_services, settings, generated)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, Button.NextButton)


    killed: list[int] = []

    def kill(done: int, total: int) -> None:
        if not killed:
            killed.append(done)
            os.kill(wizard.session.pid or 0, signal.SIGKILL)

    wizard.run_page.progressed.connect(kill, Qt.ConnectionType.DirectConnection)
    click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=60_000)
    assert killed
    status = wizard.run_page.status.text()
    assert "The import stopped unexpectedly (exit -9); nothing was imported." in status
    assert "Traceback" not in status
    assert roster_json(demo_services.store) == before
    assert errors == []


def test_a_file_gone_or_malformed_by_the_dry_run_is_said_in_words(
        qtbot: QtBot, runner: TaskRunner, demo_services: Services, settings: QSettings,
        tmp_path: Path, errors: Errors) -> None:
    path = _roster(tmp_path / "gone.csv", good=20)
    wizard = open_wizard(qtbot, runner, demo_services, settings, path)
    path.unlink()  # after its columns were read
    click(qtbot, wizard, Button.NextButton)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: "cannot be imported" in page.counts.text(), timeout=30_000)
    assert "gone.csv" in page.counts.text()
    assert not page.isComplete()
    wizard.close()
    # A cell longer than a CSV reader takes, below a good header row: only the check sees it.
    bad = tmp_path / "malformed.csv"
    bad.write_text(HEADER + 'Team,t,V,2027-01-01,5,"' + "x" * 200_000 + '",,,,,,,\n',
                   encoding="utf-8")
    wizard = open_wizard(qtbot, runner, demo_services, settings, bad)
    click(qtbot, wizard, Button.NextButton)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: "cannot be imported" in page.counts.text(), timeout=30_000)
    assert "Row 2 cannot be read as CSV" in page.counts.text()
    assert errors == []
