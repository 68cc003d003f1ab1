"""Counts read right for one (issue 18: "1 seats" in the status bar and the wizards)."""

from __future__ import annotations

from seatkeeper.services.rows import RosterCounts
from seatkeeper.ui.counts import seats_text
from seatkeeper.ui.main_window import MainWindow


def test_one_seat_is_singular_and_many_plural() -> None:
    assert seats_text(1) == "1 seat"
    assert seats_text(2) == "2 seats"
    assert seats_text(1500) == "1,500 seats"


def test_status_bar_says_1_seat_not_1_seats(demo_window: MainWindow) -> None:
    demo_window._show_counts(RosterCounts(subscriptions=1, seats=1, assigned=1, devices=1,
                                          pending_deliveries=1))
    text = demo_window.counts_label.text()
    for wrong in ("1 seats", "1 subscriptions", "1 devices", "1 pending deliveries"):
        assert wrong not in text
    for right in ("1 subscription", "1 seat", "1 device", "1 pending delivery"):
        assert right in text
