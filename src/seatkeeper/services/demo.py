"""The demo roster: a realistic small company that exercises every rule group.

Dates are set relative to the clock, so the trial and the cancel-by deadline
are always close at hand whenever the demo is made. It is written to its own
file, never to the admin's roster.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.enums import (
    ActivationCodeStatus,
    BillingChannel,
    DeliveryMethod,
    DeliveryStatus,
    OrderKind,
    OrderStatus,
    Platform,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import StoreError, VaultError
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price
from seatkeeper.domain.terms import add_months
from seatkeeper.services.clock import Clock
from seatkeeper.services.credentials import CredentialService
from seatkeeper.services.roster import RosterService
from seatkeeper.services.rows import RosterCounts
from seatkeeper.store import audit
from seatkeeper.store import demo as rows
from seatkeeper.store.deliveries import add_delivery
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.prices import price_columns

NOT_EMPTY = message("demo.roster_not_empty",
                    "This roster already has subscriptions; the demo goes into an empty one.")
OWNER = "it-admin@northwind.example"
VOLUME_SEATS = 25
PEOPLE = [
    "Ingrid Solberg", "Ola Nordmann", "Kari Hansen", "Mads Jensen", "Sofie Nielsen",
    "Lars Andersen", "Emma Berg", "Jonas Lund", "Nora Haugen", "Freja Kristensen",
    "Henrik Dahl", "Maja Pedersen", "Anders Bakke", "Ida Larsen", "Magnus Eriksen",
    "Sara Johansen", "Emil Holm", "Thea Strand", "Oskar Vik",  # Oskar: a former holder
]
INGRID_DEVICES = [
    ("Ingrid's ThinkPad", Platform.WINDOWS), ("Ingrid's iPhone", Platform.IOS),
    ("Ingrid's iPad", Platform.IOS), ("Ingrid's MacBook", Platform.MACOS),
    ("Home router (Ingrid)", Platform.ROUTER), ("Build VM 1 (Ingrid)", Platform.LINUX),
    ("Build VM 2 (Ingrid)", Platform.LINUX), ("Ingrid's Android tablet", Platform.ANDROID),
]


@dataclass(frozen=True)
class DemoResult:
    counts: RosterCounts
    credentials_stored: bool
    note: str


def email_of(name: str) -> str:
    first, last = name.lower().split()[0], name.lower().split()[-1]
    return f"{first}.{last}@northwind.example"


def build_demo(store: Store, vault: Vault | None, clock: Clock,
               actor: str) -> Changed[DemoResult]:
    """Fill an empty roster with the demo company; refuse a roster that has data."""
    now = clock().replace(microsecond=0)
    seat_ids = store.write(lambda conn: _write_demo(conn, now, actor))
    stored, note = _store_credentials(store, vault, clock, actor, seat_ids)
    return Changed(DemoResult(RosterService(store).counts(), stored, note), Changes.everything())


def _store_credentials(store: Store, vault: Vault | None, clock: Clock, actor: str,
                       seat_ids: list[int]) -> tuple[bool, str]:
    if vault is None:
        return False, "No secure keyring on this system: demo seats have no credentials."
    service = CredentialService(store, vault, clock, actor)
    try:
        for number, seat_id in enumerate(seat_ids, start=1):
            for platform in (Platform.WINDOWS, Platform.IOS):
                service.save(seat_id, platform, f"nw-{number:04d}-{platform.value}",
                             secrets.token_urlsafe(12))
    except VaultError as error:
        return False, f"Credentials were not stored: {error.message}"
    return True, f"Stored sign-in credentials for {len(seat_ids)} seats in the keyring."


def _write_demo(conn: Connection, now: datetime, actor: str) -> list[int]:
    if rows.has_subscriptions(conn):
        raise StoreError(NOT_EMPTY())
    today = now.date()
    vpn = rows.add_account(conn, "ExpressVPN", OWNER, now)
    av = rows.add_account(conn, "Kaspersky", OWNER, now)
    seat_ids = _volume(conn, vpn, now)
    _app_store(conn, vpn, now)
    _antivirus(conn, av, now)
    audit.record(conn, audit.Change("roster.demo_created", "roster", None,
                                    f"Demo roster created for {today.isoformat()}"),
                 at=now, actor=actor)
    return seat_ids


def _subscription(conn: Connection, account: int, now: datetime, **values: Any) -> int:
    defaults: dict[str, Any] = {
        "kind": SubscriptionKind.INDIVIDUAL, "channel": BillingChannel.WEBSITE, "currency": "USD",
        "unit_monthly_price_minor": 0, "plan_months": 12, "auto_renew": True,
        "status": SubscriptionStatus.ACTIVE, "seat_limit": 1, "devices_per_seat": 5,
        "limited": False,
        "admin_console_only": False, "activation_code_status": ActivationCodeStatus.VALID,
        "created_at": now, "version": 1,
    }
    defaults.update(values)
    # The demo's prices are a seat's month, as its vendors state them.
    monthly = Money(defaults.pop("unit_monthly_price_minor"), defaults["currency"])
    defaults.update(price_columns(Price.monthly_per_seat(monthly), defaults["seat_limit"]))
    defaults.setdefault("renewal_date", add_months(defaults["period_start"],
                                                   defaults["plan_months"]))
    return rows.add_subscription(conn, account, **defaults)


def _seat(conn: Connection, sub: int, licence: str, now: datetime, person: int | None = None,
          renew: bool = True) -> int:
    seat = rows.add_seat(conn, sub, licence, person, renew=renew, created_at=now)
    if person is not None:
        rows.add_assignment(conn, seat, person, now - timedelta(days=60))
    return seat


def _device(conn: Connection, account: int, name: str, platform: Platform, now: datetime,
            seat: int | None = None, app: str = "12.4.0", region: str = "NO",
            connected: bool = True, os_version: str = "") -> int:
    device = rows.add_device(conn, account, name, platform,
                             os_version=os_version or _os_of(platform), app_version=app,
                             region=region, account_connected=connected, created_at=now)
    if seat is not None:
        rows.connect_device(conn, device, seat, now)
    return device


def _os_of(platform: Platform) -> str:
    return {Platform.WINDOWS: "11 23H2", Platform.MACOS: "14.6",
            Platform.LINUX: "Ubuntu 24.04", Platform.IOS: "17.5", Platform.ANDROID: "14",
            Platform.ROUTER: "OpenWrt 23.05"}[platform]


def _volume(conn: Connection, account: int, now: datetime) -> list[int]:
    """A 25-seat volume plan: 7 seats free, one not renewing, Ingrid at 8 devices."""
    start = add_months(now.date(), -7)
    sub = _subscription(conn, account, now, name="ExpressVPN Volume (Office)",
                        kind=SubscriptionKind.VOLUME, unit_monthly_price_minor=832,
                        period_start=start, seat_limit=VOLUME_SEATS, devices_per_seat=8)
    rows.add_order(conn, account, sub, kind=OrderKind.NEW_VOLUME,
                   status=OrderStatus.COMPLETED, seats=VOLUME_SEATS, plan_months=12,
                   currency="USD", price_minor=832 * 12 * VOLUME_SEATS, credit_minor=4150,
                   amount_due_minor=832 * 12 * VOLUME_SEATS - 4150, card_brand="Visa",
                   card_last4="4242", requested_at=now - timedelta(days=220),
                   approved_at=now - timedelta(days=218), completed_at=now - timedelta(days=214))
    people = [rows.add_person(conn, n, email_of(n), now) for n in PEOPLE[:18]]
    seats: list[int] = []
    for number in range(1, VOLUME_SEATS + 1):
        person = people[number - 1] if number <= len(people) else None
        seats.append(_seat(conn, sub, f"L-{number:04d}", now, person, renew=number != 5))
    # Seat 3 changed hands: Oskar held it before Kari (VL-13 history).
    ola = rows.add_person(conn, PEOPLE[18], email_of(PEOPLE[18]), now)
    rows.add_assignment(conn, seats[2], ola, now - timedelta(days=200),
                        unassigned_at=now - timedelta(days=60))
    for name, platform in INGRID_DEVICES:
        _device(conn, account, name, platform, now, seat=seats[0])
    for index, seat in enumerate(seats[1:12], start=2):
        _device(conn, account, f"{PEOPLE[index - 1].split()[0]}'s laptop",
                Platform.MACOS if index % 3 == 0 else Platform.WINDOWS, now, seat=seat)
        if index % 2 == 0:
            _device(conn, account, f"{PEOPLE[index - 1].split()[0]}'s phone",
                    Platform.ANDROID if index % 4 == 0 else Platform.IOS, now, seat=seat)
    return seats[:18]


def _app_store(conn: Connection, account: int, now: datetime) -> None:
    """A trial ending in five days and a store plan whose cancel-by is within a week."""
    trial_end = now + timedelta(days=5)
    trial = _subscription(conn, account, now, name="ExpressVPN iOS trial (Reception iPhone)",
                          kind=SubscriptionKind.TRIAL, channel=BillingChannel.APP_STORE,
                          currency="NOK", unit_monthly_price_minor=9917,
                          period_start=(now - timedelta(days=2)).date(),
                          renewal_date=trial_end.date(), trial_ends_at=trial_end,
                          store_country="NO")
    _device(conn, account, "Reception iPhone", Platform.IOS, now,
            seat=_seat(conn, trial, "T-0001", now), app="7.4.1")
    renewal = (now + timedelta(days=4)).date()
    store_plan = _subscription(conn, account, now, name="ExpressVPN via App Store (Sales iPad)",
                               channel=BillingChannel.APP_STORE, currency="EUR",
                               unit_monthly_price_minor=833,
                               period_start=add_months(renewal, -12), renewal_date=renewal,
                               store_country="DE")
    _device(conn, account, "Sales iPad", Platform.IOS, now,
            seat=_seat(conn, store_plan, "S-0001", now), app="7.3.9", region="DE")


def _antivirus(conn: Connection, account: int, now: datetime) -> None:
    """Device-slot subscriptions with the cases SD-8 refuses."""
    start = add_months(now.date(), -3)
    plus = _subscription(conn, account, now, name="Kaspersky Plus (5 devices)",
                         unit_monthly_price_minor=375, period_start=start, devices_per_seat=5,
                         limited=True, auto_renew=False, min_app_version="21.0",
                         regions="NO SE DK DE")
    premium = _subscription(conn, account, now, name="Kaspersky Premium (3 devices)",
                            unit_monthly_price_minor=550, period_start=add_months(start, 2),
                            devices_per_seat=3, min_app_version="21.0")
    _subscription(conn, account, now, name="Kaspersky Small Office Security (10 devices)",
                  unit_monthly_price_minor=1200, period_start=start, devices_per_seat=10,
                  admin_console_only=True)
    _subscription(conn, account, now, name="Kaspersky Standard trial", kind=SubscriptionKind.TRIAL,
                  period_start=now.date(), plan_months=1, devices_per_seat=1)
    _subscription(conn, account, now, name="Kaspersky Password Manager (per user)",
                  kind=SubscriptionKind.PER_USER_SERVICE, unit_monthly_price_minor=125,
                  period_start=start, devices_per_seat=1, auto_renew=True)
    plus_seat = _seat(conn, plus, "KP-1", now)
    premium_seat = _seat(conn, premium, "KPR-1", now)
    _device(conn, account, "Reception PC", Platform.WINDOWS, now, seat=plus_seat, app="21.17")
    _device(conn, account, "Finance laptop", Platform.WINDOWS, now, seat=premium_seat,
            app="21.17")
    _device(conn, account, "Old warehouse PC", Platform.WINDOWS, now, seat=plus_seat,
            app="19.0.2", os_version="10 21H2")
    _device(conn, account, "Meeting-room Mac", Platform.MACOS, now, connected=False,
            app="21.16")
    ceo = _device(conn, account, "CEO iPhone", Platform.IOS, now, app="21.15")
    sales = _device(conn, account, "Sales Android", Platform.ANDROID, now, app="21.16",
                    region="SE")
    for device, hours, status in ((ceo, 3, DeliveryStatus.PENDING),
                                  (sales, 30, DeliveryStatus.PENDING)):
        add_delivery(conn, subscription_id=premium, device_id=device,
                     method=DeliveryMethod.DEVICE, status=status,
                     sent_at=now - timedelta(hours=hours))
    add_delivery(conn, subscription_id=plus, email="ingrid.solberg@northwind.example",
                 method=DeliveryMethod.EMAIL_LINK, platform=Platform.WINDOWS,
                 status=DeliveryStatus.DELIVERED, sent_at=now - timedelta(days=12),
                 resolved_at=now - timedelta(days=12))

