"""File → Export… and the read-only review, driven through the window."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.bundle import Services, open_services
from seatkeeper.services.clock import Clock
from seatkeeper.services.report import review_html
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions import transfer as transfer_actions
from seatkeeper.ui.dialogs.export_dialog import ExportDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.screens.review import ReviewScreen
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import SCREENSHOTS, Errors, read_only_window


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator, where a person clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def export_through_menu(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                        fmt: str, target: Path, *, secrets: bool = False) -> ExportDialog:
    monkeypatch.setattr(transfer_actions.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    action = window.findChild(QAction, "exportAction")
    assert action is not None
    assert action.isEnabled()
    action.trigger()
    shown = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    tick(qtbot, dialog.buttons[fmt])
    if secrets:
        tick(qtbot, dialog.secrets)
    assert dialog.fmt == fmt
    assert dialog.include_secrets == secrets
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def test_pdf_export_from_the_menu_is_a_pdf(qtbot: QtBot, demo_window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           errors: Errors) -> None:
    target = tmp_path / "review.pdf"
    export_through_menu(qtbot, demo_window, monkeypatch, "pdf", target)
    qtbot.waitUntil(lambda: "Review report saved" in demo_window.banner.label.text(),
                    timeout=20_000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-64:]
    assert errors == []


def test_secrets_go_into_json_only_after_an_explicit_yes(
        qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, errors: Errors) -> None:
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(transfer_actions.QMessageBox, "warning",
                        lambda *args, **kwargs: answers.pop(0))
    refused = tmp_path / "refused.json"
    export_through_menu(qtbot, demo_window, monkeypatch, "json", refused, secrets=True)
    assert not refused.exists()  # No means no file at all

    answers.append(QMessageBox.StandardButton.Yes)
    target = tmp_path / "with-secrets.json"
    export_through_menu(qtbot, demo_window, monkeypatch, "json", target, secrets=True)
    qtbot.waitUntil(lambda: "keep it safe" in demo_window.banner.label.text(), timeout=20_000)
    assert json.loads(target.read_text())["secrets"]
    plain = tmp_path / "plain.json"
    export_through_menu(qtbot, demo_window, monkeypatch, "json", plain)
    qtbot.waitUntil(plain.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Exported to" in demo_window.banner.label.text()
                    and str(plain) in demo_window.banner.label.text(), timeout=20_000)
    assert not json.loads(plain.read_text()).get("secrets")
    assert errors == []


def test_read_only_review_changes_no_byte(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                                          clock: Clock, monkeypatch: pytest.MonkeyPatch,
                                          errors: Errors) -> None:
    path = tmp_path / "copy.sqlite"
    open_services(RosterLocation.parse(str(path)), actor="t", fill_demo=True,
                  vault=MemoryVault(), clock=clock).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    window = read_only_window(qtbot, runner, tmp_path, clock)
    with qtbot.waitSignal(window.roster_opened, timeout=20_000):
        window.open_roster(RosterLocation.parse(str(path)))
    assert window.windowTitle().endswith("(read-only review)")
    import_action = window.findChild(QAction, "importAction")
    assert import_action is not None
    assert not import_action.isEnabled()
    assert "read-only" in import_action.toolTip()
    for key in window.screens:  # browse every screen and look at a row
        window.show_screen(key)
        screen = window.screens[key]
        qtbot.waitUntil(lambda s=screen: not s.model.is_loading, timeout=10_000)
        screen.table.selectRow(0)
    review = window.screens["review"]
    assert isinstance(review, ReviewScreen)
    for action in (review.decide_action, review.apply_action, review.undo_action,
                   review.sign_action):
        assert not action.isEnabled()
        assert "read-only" in action.toolTip()
    target = tmp_path / "review.csv"
    export_through_menu(qtbot, window, monkeypatch, "csv", target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Exported to" in window.banner.label.text(), timeout=20_000)
    window.close()
    runner.wait()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert errors == []


def test_screenshot_first_page_of_the_pdf_report(demo_services: Services) -> None:
    """The report's first page as the PDF lays it out, rendered to PNG for looking at."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QTextDocument

    html = review_html(demo_services.store, demo_services.review)
    document = QTextDocument()
    document.setHtml(html)
    page = QSizeF(794, 1123)  # A4 at 96 dpi
    document.setPageSize(page)
    image = QImage(int(page.width()), int(page.height()), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    document.drawContents(painter, QRectF(0, 0, page.width(), page.height()))
    painter.end()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert image.save(str(SCREENSHOTS / "report_page1_qt.png"))
    assert document.pageCount() >= 2
