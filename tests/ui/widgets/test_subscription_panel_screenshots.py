"""The subscription detail pane of a seed vendor and of a vendor with the admin's own terms,
at both window sizes (issue 16): pictures to look at; the checks say what the pane reads."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.services.clock import Clock
from seatkeeper.services.vendor_terms import OwnTerms
from seatkeeper.store import tables as t
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.subscription_panel import SubscriptionPanel
from tests.ui.conftest import SCREENSHOTS, make_window

SIZES = [(1024, 700), (1920, 1080)]
WAIT = 20_000


def _add_adobe(window: MainWindow) -> None:
    services = window.services
    assert services is not None
    services.vendor_terms.set("Adobe", BillingChannel.WEBSITE,
                              OwnTerms(currency="EUR", plan_months=12, notice_days=30))
    now = datetime(2026, 11, 1, tzinfo=UTC)

    def work(conn: object) -> None:
        account = conn.execute(t.vendor_accounts.insert().values(  # type: ignore[attr-defined]
            vendor="Adobe", owner_email="it@northwind.example", created_at=now)
        ).inserted_primary_key[0]
        sub = conn.execute(t.subscriptions.insert().values(  # type: ignore[attr-defined]
            account_id=account, name="Adobe Creative Cloud (Design)", kind="individual",
            channel="website", currency="EUR", price_minor=71988, price_basis="per_seat",
            price_months=12, plan_months=12, period_start=date(2026, 1, 15),
            renewal_date=date(2027, 1, 15), auto_renew=True, status="active", seat_limit=1,
            devices_per_seat=1, devices_known=False, notice_days=30, created_at=now,
            version=1)).inserted_primary_key[0]
        conn.execute(t.seats.insert().values(  # type: ignore[attr-defined]
            subscription_id=sub, licence_id="AAA-0001", renew=True, status="active",
            created_at=now, version=1))
    services.store.write(work)


def _show(qtbot: QtBot, window: MainWindow, subscription: str) -> str:
    screen = window.screens["licences"]
    window.show_screen("licences")
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.model.is_loading and screen.model.rowCount() > 0,
                    timeout=WAIT)
    rows = [screen.model.row_at(i) for i in range(screen.model.rowCount())]
    index = next(i for i, r in enumerate(rows) if r is not None and r.subscription == subscription)
    screen.table.selectRow(index)
    found = window.findChildren(SubscriptionPanel)
    assert found
    qtbot.waitUntil(lambda: any(p.terms is not None and p.terms.name == subscription
                                for p in found), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT)
    return next(p.text.text() for p in found if p.terms is not None)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_detail_pane_of_a_seed_vendor_and_of_the_admins_own_terms(
        qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: Clock,
        size: tuple[int, int]) -> None:
    window = make_window(qtbot, runner, tmp_path, clock,
                         RosterLocation.parse(str(tmp_path / "demo.sqlite")), fill_demo=True)
    window.resize(*size)
    _add_adobe(window)
    folder = Path(os.environ.get("SEATKEEPER_SHOTS", SCREENSHOTS / "terms"))
    folder.mkdir(parents=True, exist_ok=True)
    seed = _show(qtbot, window, "ExpressVPN Volume (Office)")
    assert "VL-19" in seed
    assert "not known" not in seed.split("Notice period")[0]
    assert window.grab().save(str(folder / f"pane_seed_{size[0]}x{size[1]}.png"))
    own = _show(qtbot, window, "Adobe Creative Cloud (Design)")
    for seed_value in ("money-back", "USD", "at most 8"):
        assert seed_value not in own
    assert "30 days" in own
    assert "stated by you" in own
    assert window.grab().save(str(folder / f"pane_own_{size[0]}x{size[1]}.png"))
