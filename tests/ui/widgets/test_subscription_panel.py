"""The subscription part of the Licences detail: terms, cancel-by and what may be done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.domain.enums import SubscriptionStatus
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.models.columns import ROW_ROLE
from seatkeeper.ui.widgets.subscription_panel import SubscriptionPanel
from seatkeeper.ui.widgets.table_screen import TableScreen
from tests.services.helpers import STORE_PLAN, STORE_TRIAL, VOLUME, audit_actions
from tests.ui.conftest import Errors, save_screenshot

LEFT = Qt.MouseButton.LeftButton


def select_subscription(qtbot: QtBot, window: MainWindow, name: str) -> SubscriptionPanel:
    screen: TableScreen = window.screens["licences"]
    model = screen.model
    for number in range(model.rowCount()):
        if model.data(model.index(number, 0), ROW_ROLE).subscription == name:
            screen.table.selectRow(number)
            break
    else:
        raise AssertionError(f"no seat of {name}")
    panel: SubscriptionPanel = screen.subscription_panel  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.terms is not None and panel.terms.name == name
                    and all(b.isEnabled() for b in panel.buttons), timeout=10_000)
    licence = model.data(screen.table.currentIndex(), ROW_ROLE).licence_id
    qtbot.waitUntil(lambda: f"Seat {licence}" in screen.detail.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: panel.height() > 200, timeout=10_000)
    return panel


def names(panel: SubscriptionPanel) -> set[str]:
    return {b.objectName() for b in panel.buttons}


def test_as11_store_subscription_shows_store_steps_and_no_action_buttons(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    panel = select_subscription(qtbot, demo_window, STORE_PLAN)
    terms = panel.text.text()
    assert "App Store (billed by the App Store)" in terms
    assert "EUR" in terms
    assert "at most 5" in terms
    assert "Cancel by" in terms
    assert "left" in terms
    guidance = panel.guidance.text()
    assert "Sign in to the App Store account" in guidance
    assert "Choose Cancel Free Trial or Cancel Subscription." in guidance
    assert "Choose ExpressVPN." in guidance  # the app as the store lists it
    assert "Ask Apple support for a refund" in guidance  # refunds point to the store
    # No pretend buttons: only records of what the admin did in the store.
    assert names(panel) == {"recordCancelledInStore", "markPaymentFailed"}
    assert not names(panel) & {"cancelSubscription", "changePlan", "resumeSubscription"}
    assert panel.isVisible()
    save_screenshot(demo_window, "detail_store_subscription")
    save_screenshot(panel.body, "detail_store_subscription_panel")  # all of it, unscrolled
    assert errors == []


def test_as4_store_trial_shows_its_trial_end(qtbot: QtBot, demo_window: MainWindow) -> None:
    panel = select_subscription(qtbot, demo_window, STORE_TRIAL)
    assert "Trial ends" in panel.text.text()
    assert "NOK" in panel.text.text()


def test_as11_recording_a_store_cancellation_stops_the_cancel_by(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    panel = select_subscription(qtbot, demo_window, STORE_PLAN)
    button = next(b for b in panel.buttons if b.objectName() == "recordCancelledInStore")
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: panel.terms is not None
                    and panel.terms.status is SubscriptionStatus.CANCELLED, timeout=10_000)
    assert panel.terms is not None
    assert panel.terms.cancel_by is None
    assert "No cancel-by deadline" in panel.text.text()
    assert errors == []


def test_as7_website_cancel_to_period_end_via_the_button(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    panel = select_subscription(qtbot, demo_window, VOLUME)
    assert "Website (billed by the vendor)" in panel.text.text()
    assert "USD" in panel.text.text()
    assert {"cancelSubscription", "changePlan", "markPaymentFailed"} <= names(panel)
    save_screenshot(demo_window, "detail_website_subscription")
    save_screenshot(panel.body, "detail_website_subscription_panel")
    button = next(b for b in panel.buttons if b.objectName() == "cancelSubscription")
    qtbot.mouseClick(button, LEFT)
    box = panel.dialog
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "stays usable until the end of the current period" in box.text()
    save_screenshot(box, "confirm_cancel_website")
    confirm = next(b for b in box.buttons() if b.text() == "&Cancel to period end")
    qtbot.mouseClick(confirm, LEFT)
    qtbot.waitUntil(lambda: panel.terms is not None and panel.terms.name == VOLUME
                    and panel.terms.status is SubscriptionStatus.CANCELLED, timeout=10_000)
    assert "Cancelled, usable until" in str(panel.terms.status_text)
    assert names(panel) >= {"resumeSubscription"}  # now it can be resumed (AS-10)
    store = demo_window.services.store  # type: ignore[union-attr]
    assert audit_actions(store)[-1] == "subscription.cancelled"
    assert errors == []


def test_as7_keeping_the_subscription_changes_nothing(
        qtbot: QtBot, demo_window: MainWindow) -> None:
    panel = select_subscription(qtbot, demo_window, VOLUME)
    qtbot.mouseClick(next(b for b in panel.buttons if b.objectName() == "cancelSubscription"),
                     LEFT)
    box = panel.dialog
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    keep = next(b for b in box.buttons() if b.text() == "&Keep it")
    assert box.defaultButton() is keep
    qtbot.mouseClick(keep, LEFT)
    store = demo_window.services.store  # type: ignore[union-attr]
    demo_window.runner.wait()
    assert "subscription.cancelled" not in audit_actions(store)


def test_as6_change_plan_length_in_the_dialog(qtbot: QtBot, demo_window: MainWindow) -> None:
    panel = select_subscription(qtbot, demo_window, VOLUME)
    qtbot.mouseClick(next(b for b in panel.buttons if b.objectName() == "changePlan"),
                     LEFT)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    save_screenshot(dialog, "dialog_change_plan")
    spin = dialog.months  # type: ignore[union-attr]
    spin.selectAll()
    qtbot.keyClicks(spin, "24")
    dialog.accept()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.terms is not None and panel.terms.pending_plan_months == 24,
                    timeout=10_000)
    assert "→ 24 months from" in panel.text.text()


def test_read_only_review_disables_every_action(
        qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = select_subscription(qtbot, demo_window, VOLUME)
    monkeypatch.setattr(panel.services.store, "read_only", True)
    panel.show_subscription(panel.terms.subscription_id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bool(panel.buttons) and not any(
        b.isEnabled() for b in panel.buttons), timeout=10_000)
    assert all("read-only" in b.toolTip() for b in panel.buttons)


def test_stating_a_notice_period_in_the_dialog_gives_a_cancel_by(
        qtbot: QtBot, demo_window: MainWindow, errors: Errors) -> None:
    panel = select_subscription(qtbot, demo_window, VOLUME)
    assert "No notice period known" in panel.text.text()
    qtbot.mouseClick(next(b for b in panel.buttons if b.objectName() == "stateTerms"), LEFT)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    save_screenshot(dialog, "dialog_state_terms")
    spin = dialog.notice  # type: ignore[union-attr]
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    assert not dialog.save_for_vendor.isEnabled()  # type: ignore[union-attr]  # built in
    dialog.accept()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.terms is not None and panel.terms.notice is not None,
                    timeout=10_000)
    assert "Cancel by" in panel.text.text()
    assert "30 days" in panel.text.text()
    assert "subscription.terms_stated" in audit_actions(panel.services.store)
    assert errors == []
