"""PurchasingService over a real roster: VL-1..VL-10 and VL-17 at the service level."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
import sqlalchemy as sa

from seatkeeper.domain.enums import PaymentMethod, SubscriptionKind
from seatkeeper.domain.errors import BadInput, NotFound, RuleRefused
from seatkeeper.domain.money import Money
from seatkeeper.services.clock import Clock
from seatkeeper.services.purchasing import PurchasingService
from seatkeeper.services.roster import RosterService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.paging import TableQuery

OWNER = "owner@acme.example"
PRICE = Money(832, "USD")
CARD = {"method": PaymentMethod.CREDIT_CARD, "card_brand": "Visa", "card_last4": "4242"}


def _account(store: Store, *, individual: bool = False, vendor: str = "ExpressVPN") -> int:
    """A vendor account; with ``individual`` a running 12-month plan paid 120.00 USD."""
    def work(conn: sa.Connection) -> int:
        now = datetime(2026, 1, 1, tzinfo=UTC)
        key = conn.execute(t.vendor_accounts.insert().values(
            vendor=vendor, owner_email=OWNER, created_at=now)).inserted_primary_key
        assert key is not None
        if individual:
            conn.execute(t.subscriptions.insert().values(
                account_id=key[0], name="Personal plan", kind="individual", channel="website",
                currency="USD", price_minor=1000, plan_months=12,
                period_start=date(2026, 1, 1), renewal_date=date(2027, 1, 1), auto_renew=True,
                status="active", seat_limit=1, devices_per_seat=5, created_at=now, version=1))
        return int(key[0])
    return store.write(work)


@pytest.fixture
def service(store: Store, clock: Clock) -> PurchasingService:
    return PurchasingService(store, clock, "test-admin")


def _approved(service: PurchasingService, account: int) -> int:
    order = service.request_new_volume(account).value
    return service.approve(order.order_id).value.order_id


def _count(store: Store, table: sa.Table) -> int:
    return store.read(lambda c: c.execute(sa.select(sa.func.count()).select_from(table))
                      .scalar_one())


def test_vl1_one_subscription_holds_sixty_seats(store: Store, service: PurchasingService
                                                ) -> None:
    order = _approved(service, _account(store))
    done = service.complete(order, seats=60, plan_months=12, unit_monthly_price=PRICE, **CARD).value
    subs = [s for s in RosterService(store).subscriptions() if s.kind == "volume"]
    assert [(s.subscription_id, s.seats) for s in subs] == [(done.subscription_id, 60)]
    assert len(set(done.licence_ids)) == 60


@pytest.mark.parametrize("seats", [1, 4])
def test_vl2_fewer_than_five_seats_refused_and_nothing_written(
        store: Store, service: PurchasingService, seats: int) -> None:
    order = _approved(service, _account(store))
    with pytest.raises(RuleRefused) as caught:
        service.complete(order, seats=seats, plan_months=12, unit_monthly_price=PRICE, **CARD)
    assert caught.value.rule_id == "VL-2"
    assert service.order(order).status == "approved"
    assert _count(store, t.seats) == 0


@pytest.mark.parametrize("method", [PaymentMethod.PAYPAL, PaymentMethod.BITCOIN,
                                    PaymentMethod.PAYMENTWALL])
def test_vl3_only_credit_card_pays(store: Store, service: PurchasingService,
                                   method: PaymentMethod) -> None:
    order = _approved(service, _account(store))
    with pytest.raises(RuleRefused) as caught:
        service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE,
                         method=method, card_brand="Visa", card_last4="4242")
    assert caught.value.rule_id == "VL-3"
    assert "credit card only" in caught.value.message
    assert _count(store, t.subscriptions) == 0


def test_vl4_request_needs_an_existing_vendor_account(store: Store,
                                                      service: PurchasingService) -> None:
    with pytest.raises(RuleRefused) as caught:
        service.request_new_volume(999)
    assert caught.value.rule_id == "VL-4"
    assert _count(store, t.orders) == 0


def test_vl4_request_goes_requested_approved_completed(store: Store,
                                                       service: PurchasingService) -> None:
    order = service.request_new_volume(_account(store)).value
    assert (order.kind, order.status) == ("new_volume", "requested")
    with pytest.raises(RuleRefused) as caught:  # not approved yet
        service.complete(order.order_id, seats=5, plan_months=12, unit_monthly_price=PRICE,
                         **CARD)
    assert caught.value.rule_id == "VL-4"
    assert service.approve(order.order_id).value.status == "approved"
    done = service.complete(order.order_id, seats=5, plan_months=12, unit_monthly_price=PRICE,
                            **CARD).value
    assert done.order.status == "completed"
    with pytest.raises(RuleRefused):  # completed is final
        service.approve(order.order_id)


def test_vl4_refused_request_cannot_be_approved(store: Store,
                                                service: PurchasingService) -> None:
    order = service.request_new_volume(_account(store)).value
    assert service.refuse(order.order_id).value.status == "refused"
    with pytest.raises(RuleRefused) as caught:
        service.approve(order.order_id)
    assert caught.value.rule_id == "VL-4"


def test_vl5_completed_order_appears_in_roster(store: Store,
                                               service: PurchasingService) -> None:
    order = _approved(service, _account(store))
    done = service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE,
                            name="Office VPN", **CARD).value
    roster = RosterService(store)
    rows = roster.licence_page(TableQuery(offset=0, limit=50))
    assert [r.licence_id for r in rows] == ["L-0001", "L-0002", "L-0003", "L-0004", "L-0005"]
    assert {r.subscription for r in rows} == {"Office VPN"}
    assert {r.device_limit for r in rows} == {8}
    assert {r.renewal_date for r in rows} == {date(2027, 11, 22)}
    assert done.order.subscription_id == done.subscription_id
    assert (done.order.card_brand, done.order.card_last4) == ("Visa", "4242")


def test_vl6_credit_carried_and_individual_plan_kept(store: Store,
                                                     service: PurchasingService) -> None:
    order = _approved(service, _account(store, individual=True))
    done = service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE, **CARD).value
    # 120.00 paid for 2026-01-01..2027-01-01 (365 days), 40 days unused on 2026-11-22.
    credit = int((Decimal(12000 * 40) / 365).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert done.order.credit == Money(credit, "USD")
    assert done.order.amount_due == Money(832 * 12 * 5 - credit, "USD")
    personal = [s for s in RosterService(store).subscriptions() if s.name == "Personal plan"]
    assert [(s.status, s.auto_renew) for s in personal] == [("active", True)]


def test_vl6_no_credit_without_an_individual_plan(store: Store,
                                                  service: PurchasingService) -> None:
    quote = service.quote_new_volume(_account(store), 5, 12, PRICE)
    assert quote.credit_used == Money(0, "USD")
    assert quote.amount_due == quote.price


def test_vl17_review_quote_matches_what_is_charged(store: Store,
                                                   service: PurchasingService) -> None:
    account = _account(store, individual=True)
    quote = service.quote_new_volume(account, 5, 12, PRICE)
    assert quote.price == Money(49920, "USD")
    assert quote.currency == "USD"
    assert quote.amount_due == quote.price - quote.credit_used
    assert quote.credit_used.minor > 0
    done = service.complete(_approved(service, account), seats=5, plan_months=12,
                            unit_monthly_price=PRICE, **CARD).value
    assert (done.order.price, done.order.credit, done.order.amount_due) == (
        quote.price, quote.credit_used, quote.amount_due)


def _volume(store: Store, service: PurchasingService, on: date) -> int:
    order = _approved(service, _account(store))
    return service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE, on=on,
                            **CARD).value.subscription_id


def test_vl8_seed_example_quotes_ten_months(store: Store, service: PurchasingService) -> None:
    sub = _volume(store, service, date(2020, 6, 25))
    quote = service.quote_add_seats(sub, 5, date(2020, 8, 25))
    assert (quote.months, quote.seats, quote.renewal_date) == (10, 5, date(2021, 6, 25))
    assert quote.unit_monthly_price == PRICE
    assert quote.total == Money(832 * 5 * 10, "USD")


def test_vl8_no_months_left_is_refused(store: Store, service: PurchasingService) -> None:
    sub = _volume(store, service, date(2020, 6, 25))
    with pytest.raises(RuleRefused) as caught:
        service.quote_add_seats(sub, 5, date(2021, 6, 25))
    assert caught.value.rule_id == "VL-8"


def test_vl7_adding_seats_keeps_the_renewal_date(store: Store,
                                                 service: PurchasingService) -> None:
    sub = _volume(store, service, date(2026, 6, 25))
    added = service.add_seats(sub, 3, date(2026, 11, 22)).value
    assert added.licence_ids == ("L-0006", "L-0007", "L-0008")
    after = next(s for s in RosterService(store).subscriptions() if s.subscription_id == sub)
    assert (after.renewal_date, after.seats) == (date(2027, 6, 25), 8)
    # 2026-11-22 + 7 months = 2027-06-22, short of 06-25: a partial month counts whole.
    assert (added.quote.months, added.quote.total) == (8, Money(832 * 3 * 8, "USD"))
    orders = store.read(lambda c: c.execute(sa.select(t.orders.c.kind, t.orders.c.card_last4)
                                            .order_by(t.orders.c.id)).all())
    assert [tuple(o) for o in orders] == [("new_volume", "4242"), ("add_seats", "4242")]


def test_vl9_seats_needing_another_renewal_date_refused(store: Store,
                                                        service: PurchasingService) -> None:
    sub = _volume(store, service, date(2026, 6, 25))
    with pytest.raises(RuleRefused) as caught:
        service.add_seats(sub, 2, date(2026, 11, 22), renewal_date=date(2027, 11, 22))
    assert caught.value.rule_id == "VL-9"
    rows = RosterService(store).licence_page(TableQuery(offset=0, limit=50))
    assert len(rows) == 5
    assert {r.renewal_date for r in rows} == {date(2027, 6, 25)}


def test_vl10_shorter_term_and_downgrade_refused(store: Store,
                                                 service: PurchasingService) -> None:
    sub = _volume(store, service, date(2026, 6, 25))
    with pytest.raises(RuleRefused) as shorter:
        service.change_plan(sub, 6)
    with pytest.raises(RuleRefused) as downgrade:
        service.change_plan(sub, 12, SubscriptionKind.INDIVIDUAL)
    assert (shorter.value.rule_id, downgrade.value.rule_id) == ("VL-10", "VL-10")
    longer = service.change_plan(sub, 24).value
    assert (longer.plan_months, longer.renewal_date) == (24, date(2027, 6, 25))


def test_vl18_only_the_owner_requests_and_adds_seats(store: Store,
                                                     service: PurchasingService) -> None:
    account = _account(store)
    with pytest.raises(RuleRefused) as caught:
        service.request_new_volume(account, actor_email="someone@acme.example")
    assert caught.value.rule_id == "VL-18"
    service.request_new_volume(account, actor_email="Owner@ACME.example")


def test_card_brand_must_come_from_the_list(store: Store, service: PurchasingService) -> None:
    order = _approved(service, _account(store))
    with pytest.raises(BadInput) as caught:
        service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE,
                         method=PaymentMethod.CREDIT_CARD, card_brand="Maestro",
                         card_last4="4242")
    assert "American Express" in caught.value.message
    done = service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE,
                            method=PaymentMethod.CREDIT_CARD, card_brand="american express",
                            card_last4="0005").value
    assert done.order.card_brand == "American Express"


@pytest.mark.parametrize("typed", ["4111111111111111", "4111 1111 1111 1111", "123456789012"])
def test_full_card_number_refused_without_echo(store: Store, service: PurchasingService,
                                               typed: str) -> None:
    order = _approved(service, _account(store))
    with pytest.raises(BadInput) as caught:
        service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE,
                         method=PaymentMethod.CREDIT_CARD, card_brand="Visa", card_last4=typed)
    assert "only the last four" in caught.value.message
    assert not any(d in caught.value.message for d in ("1111", "9012", "4111"))


@pytest.mark.parametrize("typed", ["424", "42a2", "42424", ""])
def test_last_four_must_be_four_digits(store: Store, service: PurchasingService,
                                       typed: str) -> None:
    order = _approved(service, _account(store))
    with pytest.raises(BadInput, match="exactly the last four digits"):
        service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE,
                         method=PaymentMethod.CREDIT_CARD, card_brand="Visa", card_last4=typed)


def test_completion_is_audited_without_card_digits_beyond_last_four(
        store: Store, service: PurchasingService) -> None:
    order = _approved(service, _account(store))
    service.complete(order, seats=5, plan_months=12, unit_monthly_price=PRICE, **CARD)
    events = store.read(lambda c: c.execute(sa.select(
        t.audit_events.c.action, t.audit_events.c.after_json).order_by(t.audit_events.c.id))
        .all())
    assert [e.action for e in events] == ["order.requested", "order.approved", "order.completed"]
    assert "Visa ending 4242" in events[-1].after_json


def test_unknown_subscription_quote_is_not_found(service: PurchasingService) -> None:
    with pytest.raises(NotFound):
        service.quote_add_seats(404, 5, date(2026, 11, 22))


def test_as1_expressvpn_volume_in_nok_is_refused_through_its_profile(
        store: Store, service: PurchasingService) -> None:
    order = _approved(service, _account(store))
    nok = Money(9000, "NOK")
    with pytest.raises(RuleRefused) as quoted:
        service.quote_new_volume(_account(store, vendor="expressvpn"), 5, 12, nok)
    assert quoted.value.rule_id == "AS-1"
    with pytest.raises(RuleRefused) as refused:
        service.complete(order, seats=5, plan_months=12, unit_monthly_price=nok, **CARD)
    assert refused.value.rule_id == "AS-1"
    assert store.read(lambda c: c.execute(
        sa.select(sa.func.count()).select_from(t.subscriptions)).scalar_one()) == 0


def test_an_own_vendors_volume_records_its_currency_and_no_seed_device_limit(
        store: Store, service: PurchasingService) -> None:
    order = _approved(service, _account(store, vendor="Adobe"))
    done = service.complete(order, seats=5, plan_months=12,
                            unit_monthly_price=Money(9000, "NOK"), **CARD).value
    row = store.read(lambda c: c.execute(sa.select(t.subscriptions).where(
        t.subscriptions.c.id == done.subscription_id)).mappings().one())
    assert (row["currency"], row["devices_known"]) == ("NOK", False)  # not VL-19's 8


def test_a_second_volume_subscriptions_seats_go_on_from_the_first_s(
        store: Store, service: PurchasingService) -> None:
    account = _account(store)
    first = service.complete(_approved(service, account), seats=5, plan_months=12,
                             unit_monthly_price=PRICE, name="Office", **CARD).value
    second = service.complete(_approved(service, account), seats=5, plan_months=12,
                              unit_monthly_price=PRICE, name="Warehouse", **CARD).value
    assert first.licence_ids == ("L-0001", "L-0002", "L-0003", "L-0004", "L-0005")
    assert second.licence_ids == ("L-0006", "L-0007", "L-0008", "L-0009", "L-0010")
    added = service.add_seats(first.subscription_id, 1, date(2026, 11, 22)).value
    assert added.licence_ids == ("L-0011",)


def test_vl2_vl3_apply_through_the_profile_not_to_an_own_vendors_volume(
        store: Store, service: PurchasingService) -> None:
    """VL-2 and VL-3 are ExpressVPN's website terms: Adobe's 3 seats by PayPal are not refused."""
    account = _account(store, vendor="Adobe")
    quote = service.quote_new_volume(account, 3, 12, Money(1000, "EUR"))
    assert quote.seats == 3
    done = service.complete(_approved(service, account), seats=3, plan_months=12,
                            unit_monthly_price=Money(1000, "EUR"), method=PaymentMethod.PAYPAL,
                            card_brand="Visa", card_last4="4242").value
    assert len(done.seat_ids) == 3
    with pytest.raises(RuleRefused) as caught:  # the seed vendor keeps VL-2
        service.quote_new_volume(_account(store), 3, 12, PRICE)
    assert caught.value.rule_id == "VL-2"


def test_payment_methods_come_from_the_vendors_profile(
        store: Store, service: PurchasingService) -> None:
    """Issue 16: the purchase wizard offers what this answers, not a card for everyone."""
    seed = service.payment_methods(_account(store))
    assert (seed.methods, seed.known, seed.rule) == ((PaymentMethod.CREDIT_CARD,), True, "VL-3")
    own = service.payment_methods(_account(store, vendor="Adobe"))
    assert (own.methods, own.known, own.rule) == (tuple(PaymentMethod), False, None)
    with pytest.raises(NotFound):
        service.payment_methods(404)


def test_a_paypal_purchase_keeps_no_card(store: Store, service: PurchasingService) -> None:
    account = _account(store, vendor="Adobe")
    order = _approved(service, account)
    service.complete(order, seats=3, plan_months=12, unit_monthly_price=Money(1000, "EUR"),
                     method=PaymentMethod.PAYPAL, card_brand="", card_last4="")
    row = store.read(lambda c: c.execute(sa.select(t.orders).where(
        t.orders.c.id == order)).mappings().one())
    assert (row["status"], row["card_brand"], row["card_last4"]) == ("completed", None, None)
