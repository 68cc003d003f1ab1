"""A reviewer's login on a team roster: editing actions are disabled and say why (issue 19).

The server refuses the writes whatever the window does (tests/integration/
test_team_roles.py); here the window is handed services whose login may not edit,
as open_services finds for a reviewer, and must not offer the edits.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from seatkeeper.ui.main_window import MainWindow
from tests.ui.conftest import save_screenshot


def test_editing_is_disabled_for_a_reviewer_with_the_reason(qtbot: QtBot,
                                                            demo_window: MainWindow) -> None:
    services = demo_window.ctx.services
    assert services is not None
    importing = demo_window.findChild(QAction, "importAction")
    assert importing is not None
    assert importing.isEnabled()
    services.may_edit = False
    demo_window.ctx.set_services(services)
    assert not importing.isEnabled()
    assert "reviewer" in importing.toolTip()
    exporting = demo_window.findChild(QAction, "exportAction")
    assert exporting is not None
    assert exporting.isEnabled()  # reading stays open
    save_screenshot(demo_window, "reviewer-login")
