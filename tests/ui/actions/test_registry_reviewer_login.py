"""A reviewer's login on a team roster: the window disables editing, says why, and still
records review decisions and sign-off (issue 19).

Against the real PostgreSQL server: the roster's owner makes a login a reviewer with
the same code ``seatkeeper team grant`` runs, and the window is opened with that login.
The server refuses the writes whatever the window does (tests/integration/
test_team_roles.py); the window must not offer them, and must say why.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import Clock
from seatkeeper.services.demo import build_demo
from seatkeeper.services.team import TeamService
from seatkeeper.store import team_roles
from seatkeeper.store.location import RosterLocation
from seatkeeper.store.open import open_store
from seatkeeper.ui.context import reviewer_reason
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.screens.review import ReviewScreen
from seatkeeper.ui.tasks import TaskRunner
from tests.ui.conftest import make_window, save_screenshot, seat_actions_of

pytestmark = pytest.mark.integration


@pytest.fixture
def reviewer_url(pg_url: str, clock: Clock) -> Iterator[str]:
    """The demo roster on the server, and the URL of a login that is its reviewer."""
    owner = open_store(pg_url)
    build_demo(owner, MemoryVault(), clock, "owner")
    user = f"sk_reviewer_{uuid.uuid4().hex[:8]}"
    owner.write(lambda c: c.exec_driver_sql(f"CREATE ROLE {user} LOGIN"))
    TeamService(owner).grant(user, "reviewer")
    groups = owner.read(lambda c: [team_roles.group_name(c, r) for r in team_roles.ROLES])
    owner.dispose()
    yield sa.make_url(pg_url).set(username=user).render_as_string(hide_password=False)
    admin = sa.create_engine(pg_url)
    with admin.begin() as conn:
        for group in groups:
            conn.exec_driver_sql(f'DROP OWNED BY "{group}"')
            conn.exec_driver_sql(f'DROP ROLE "{group}"')
        conn.exec_driver_sql(f"DROP OWNED BY {user}")
        conn.exec_driver_sql(f"DROP ROLE {user}")
    admin.dispose()


@pytest.fixture
def reviewer_window(qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock,
                    reviewer_url: str) -> Iterator[MainWindow]:
    window = make_window(qtbot, runner, tmp_path, clock, RosterLocation.parse(reviewer_url))
    for screen in window.screens.values():
        qtbot.waitUntil(lambda s=screen: not s.model.is_loading, timeout=20_000)
    yield window
    # The login's connections close before it is dropped. Taking the screens down can
    # start one more review read that runs beside the close, after the engine was
    # disposed (a race of the window's, harmless on SQLite): dispose again once it ended.
    services = window.ctx.services
    window.startup.shut_down()
    QCoreApplication.processEvents()
    runner.wait()
    if services is not None:
        services.store.dispose()


def test_a_reviewers_window_offers_no_edit_and_says_why(qtbot: QtBot,
                                                       reviewer_window: MainWindow) -> None:
    window = reviewer_window
    services = window.ctx.services
    assert services is not None
    assert not services.read_only  # the login may write: decisions, sign-off
    assert services.may_edit is False  # ... and the server says nothing else
    why = reviewer_reason()
    seats = seat_actions_of(window)
    window.show_screen("licences")
    licences = window.screens["licences"]
    licences.table.selectRow(0)
    qtbot.waitUntil(lambda: licences.current_row() is not None)
    for action in (seats.purchase, seats.assign, seats.unassign, seats.renew_on,
                   seats.renew_off, seats.devices, seats.rename, seats.cancel_sub,
                   seats.new_plan):
        assert not action.isEnabled(), action.objectName()
    for action in (seats.assign, seats.renew_on, seats.rename):
        assert why in action.toolTip(), action.objectName()
        assert action.statusTip() == why, action.objectName()
    for name in ("importAction", "send_subscription", "smtp_settings", "restoreFromBackup"):
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert not action.isEnabled(), name
        assert action.toolTip() == why, name
    exporting = window.findChild(QAction, "exportAction")
    assert exporting is not None
    assert exporting.isEnabled()
    qtbot.waitUntil(lambda: why in window.banner.label.text())  # said once, in the banner
    assert window.banner.isVisible()

    window.show_screen("review")
    review = window.screens["review"]
    assert isinstance(review, ReviewScreen)
    qtbot.waitUntil(lambda: review.model.rowCount() > 0, timeout=20_000)
    rows = [review.model.row_at(i) for i in range(review.model.rowCount())]
    seat_rows = [i for i, r in enumerate(rows) if r is not None and r.finding.seat_id]
    assert seat_rows
    review.table.selectRow(seat_rows[0])
    qtbot.waitUntil(review.decide_action.isEnabled)  # a reviewer decides
    assert review.sign_action.isEnabled()  # and signs off
    assert not review.apply_action.isEnabled()  # applying changes seats: not theirs
    assert review.apply_action.toolTip() == why
    # Asking holders writes their questions, releasing a leaver changes seats: not theirs.
    for action in (review.ask_action, review.answer_action, review.release_action):
        assert not action.isEnabled()
        assert action.toolTip() == why
    save_screenshot(window, "reviewer-login")

    # What stays open is what the server lets the login do.
    finding = next(f for f in services.review.findings(14).items if f.seat_id is not None)
    assert finding.seat_id is not None
    services.review.decide(finding.seat_id, "keep", "still needed")
    services.review.sign_off("anna")
    assert any(d.decision == "keep" for d in services.review.decisions())
    assert services.review.sign_offs()[0].reviewer == "anna"
    assert services.audit.verify().ok  # its audit events joined the chain
