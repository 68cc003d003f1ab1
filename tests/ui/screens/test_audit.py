"""The Audit screen: every recorded change, filtered by action, entity and text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from seatkeeper.ui.main_window import MainWindow
from tests.ui.conftest import Errors, save_screenshot


def test_audit_screen_filters_by_action_entity_and_text(qtbot: QtBot, demo_window: MainWindow,
                                                        errors: Errors) -> None:
    demo_window.show_screen("audit")
    screen = demo_window.screens["audit"]
    model = screen.model
    total = model.rowCount()
    assert total > 10
    entity = screen.findChild(QComboBox, "auditEntity")
    qtbot.waitUntil(lambda: entity.count() > 1, timeout=10_000)
    entity.setCurrentIndex(entity.findData("seat"))
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total, timeout=10_000)
    qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=10_000)
    assert all(model.row_at(i).entity == "seat" for i in range(model.rowCount()))
    qtbot.keyClicks(screen.filter_box, "no-such-words-anywhere")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    screen.filter_box.clear()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    save_screenshot(demo_window, "audit_screen")
    assert errors == []
