"""Imports judged by the vendor's terms profile (issue 16): limits, currency, notice, owner."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.vendor_terms import by_key, own_profile
from seatkeeper.services.clock import Clock
from seatkeeper.services.importing import apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store

CTX = ImportContext(date(2026, 11, 22), "it@example.com")


def _plan(text: str, ctx: ImportContext = CTX) -> ImportPlan:
    source = read_csv_text(text)
    return preview(source.rows, guess_mapping(source.headers), ctx, headers=source.headers)


def test_vl19_ten_devices_on_a_volume_seat_are_rejected_naming_the_rule() -> None:
    plan = _plan("Product,Vendor,Kind,Seats,Devices,Seat,Currency\n"
                 "Office VPN,ExpressVPN,volume,5,10,L-1,USD\n"
                 "Acme VPN,Acme,volume,5,10,A-1,USD\n")
    assert [e.line for e in plan.errors] == [2]
    assert "VL-19" in plan.errors[0].reason
    assert [r.subscription.name for r in plan.rows] == ["Acme VPN"]  # Acme's own terms


def test_as3_eight_devices_on_an_app_store_subscription_are_rejected() -> None:
    plan = _plan("Product,Vendor,Channel,Devices,Seat,Currency\n"
                 "Sales iPad,ExpressVPN,app_store,8,S-1,NOK\n"
                 "Sales iPad 2,ExpressVPN,app_store,5,S-2,NOK\n")
    assert [e.line for e in plan.errors] == [2]
    assert "AS-3" in plan.errors[0].reason


def test_as1_a_website_expressvpn_row_in_nok_is_rejected_an_own_vendors_is_kept() -> None:
    plan = _plan("Product,Vendor,Seat,Currency\n"
                 "Office VPN,ExpressVPN,L-1,NOK\n"
                 "Adobe CC,Adobe,A-1,NOK\n")
    assert [e.line for e in plan.errors] == [2]
    assert "AS-1" in plan.errors[0].reason
    assert plan.rows[0].subscription.currency == "NOK"


def test_no_device_column_is_not_known_for_an_unprofiled_vendor(
        store: Store, vault: MemoryVault, clock: Clock) -> None:
    plan = _plan("Product,Vendor,Kind,Seats,Seat\nMicrosoft 365,Microsoft,volume,10,M-1\n"
                 "Office VPN,ExpressVPN,volume,5,L-1\n")
    assert plan.errors == []
    subs = {r.subscription.name: r.subscription for r in plan.rows}
    assert subs["Microsoft 365"].devices_known is False
    assert (subs["Office VPN"].devices_per_seat, subs["Office VPN"].devices_known) == (8, True)
    apply(store, plan, vault=vault, clock=clock, actor="t")
    known = dict(store.read(lambda c: c.execute(
        sa.select(t.subscriptions.c.name, t.subscriptions.c.devices_known)).all()))
    assert known == {"Microsoft 365": False, "Office VPN": True}


def test_notice_period_and_notice_days_columns_are_read(
        store: Store, vault: MemoryVault, clock: Clock) -> None:
    for header in ("Notice period", "notice days"):
        plan = _plan(f"Product,Vendor,Seat,{header}\nAdobe CC,Adobe,A-1,30 days\n"
                     "JetBrains,JetBrains,J-1,7\nZoom,Zoom,Z-1,\n")
        assert plan.errors == []
        assert [r.subscription.notice_days for r in plan.rows] == [30, 7, None]
    bad = _plan("Product,Vendor,Seat,Notice period\nAdobe CC,Adobe,A-1,a month\n")
    assert [e.column for e in bad.errors] == ["Notice period"]


def test_a_saved_profile_fills_what_the_file_leaves_out() -> None:
    adobe = own_profile("Adobe", BillingChannel.WEBSITE, currency="EUR", notice_days=30,
                        devices_per_seat=2)
    ctx = ImportContext(date(2026, 11, 22), "it@example.com", profiles=by_key([adobe]))
    plan = _plan("Product,Vendor,Seat\nAdobe CC,adobe,A-1\n", ctx)
    sub = plan.rows[0].subscription
    assert (sub.currency, sub.notice_days, sub.devices_per_seat, sub.devices_known) == (
        "EUR", 30, 2, True)


def test_the_owner_comes_from_the_file_or_the_admin_never_a_made_up_address() -> None:
    nobody = ImportContext(date(2026, 11, 22))
    plan = _plan("Product,Vendor,Seat\nAdobe CC,Adobe,A-1\n", nobody)
    assert [e.column for e in plan.errors] == ["owner_email"]
    plan = _plan("Product,Vendor,Seat,Owner\nAdobe CC,Adobe,A-1,it@corp.example\n", nobody)
    assert plan.rows[0].subscription.owner_email == "it@corp.example"
    plan = _plan("Product,Seat\nAdobe CC,A-1\n")
    assert "admin@localhost" not in repr(plan.rows[0].subscription)
    assert plan.rows[0].subscription.vendor == ""  # not known, not "Unknown vendor"
