"""Buying volume seats (VL-2..VL-10, VL-17): requests, completion, added seats.

The rules live in ``domain.volume``; this module reads the roster, asks the
rules, and writes the outcome with its audit event in one transaction, so a
completed purchase shows its subscription, order and seats at once (VL-5).
Of a card only the brand and last four digits are ever kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from seatkeeper.domain import volume as vl
from seatkeeper.domain.cards import check_card
from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.enums import (
    BillingChannel,
    OrderKind,
    OrderStatus,
    PaymentMethod,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import BadInput, NotFound, RuleRefused
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price
from seatkeeper.domain.terms import add_months
from seatkeeper.domain.vendor_terms import (
    TermsProfile,
    by_key,
    check_billing_currency,
    profile_for,
    volume_payment_methods,
)
from seatkeeper.services.clock import Clock
from seatkeeper.store import audit, orders, subscriptions
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.prices import price_columns, price_of
from seatkeeper.store.records import (
    Row,
    add_seat_rows,
    check_version,
    load_subscription,
    require_owner,
)
from seatkeeper.store.vendor_terms import saved_profiles

__all__ = ["AddedSeats", "CompletedPurchase", "PaymentChoice", "PurchasingService",
           "VolumeOrder"]

ORDER_GONE = message("order.gone", "That purchase request is no longer in the roster.")
ACCOUNT_NOT_FOUND = message("account.not_found",
                            "That vendor account (#{account_id}) is no longer in the roster.")
NOT_A_REQUEST = message("order.not_a_request",
                        "Only a new volume purchase goes through request and approval.")
NOT_VOLUME = message("subscription.not_volume", "“{name}” is not a volume subscription; seats "
                     "are added only to volume subscriptions.")
WILL_NOT_RENEW = message("subscription.will_not_renew", "“{name}” is {status} and will not "
                         "renew; seats cannot be added. Start a new plan once every seat is "
                         "cancelled.")
SUBSCRIPTION_CHANGED = message("subscription.changed_since_opened", "This subscription was "
                               "changed by someone else since you opened it; reload it and try "
                               "again.")
# An order is no record a screen lists: what changes for the screens is the audit log.
_ORDER_CHANGES = Changes.of(Entity.AUDIT)


@dataclass(frozen=True)
class VolumeOrder:
    """One row of the orders table, as the wizard and the CLI show it."""

    order_id: int
    account_id: int
    subscription_id: int | None
    kind: str
    status: str
    seats: int
    plan_months: int | None
    price: Money
    credit: Money
    amount_due: Money
    card_brand: str | None
    card_last4: str | None


@dataclass(frozen=True)
class CompletedPurchase:
    order: VolumeOrder
    subscription_id: int
    seat_ids: tuple[int, ...]
    licence_ids: tuple[str, ...]
    renewal_date: date
    quote: vl.NewVolumeQuote


@dataclass(frozen=True)
class AddedSeats:
    order_id: int
    subscription_id: int
    seat_ids: tuple[int, ...]
    licence_ids: tuple[str, ...]
    quote: vl.AddSeatsQuote


@dataclass(frozen=True)
class PlanChange:
    subscription_id: int
    plan_months: int
    renewal_date: date
    version: int


@dataclass(frozen=True)
class PaymentChoice:
    """What a volume purchase may be paid with, from the vendor's terms profile.

    ``known`` False: the profile states no methods, so every method is offered and the
    admin checks with the vendor. ``rule`` names the rule that limits them (VL-3).
    """

    vendor: str
    methods: tuple[PaymentMethod, ...]
    known: bool
    rule: str | None = None


def payment_choice(profile: TermsProfile) -> PaymentChoice:
    accepted = volume_payment_methods(profile)
    if accepted is None:
        return PaymentChoice(profile.vendor, tuple(PaymentMethod), known=False)
    rule = profile.rule_for("volume_payment_methods" if profile.volume_payment_methods
                            is not None else "payment_methods")
    return PaymentChoice(profile.vendor, accepted, known=True, rule=rule)


class PurchasingService:
    """Request, approve, refuse and complete volume purchases; add seats."""

    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    # --- new volume subscription (VL-4, VL-5, VL-6, VL-17) ------------------

    def request_new_volume(self, account_id: int, *, actor_email: str | None = None
                           ) -> Changed[VolumeOrder]:
        """VL-4: open a request for an existing vendor account."""
        def work(conn: Connection) -> VolumeOrder:
            account = subscriptions.load_account(conn, account_id)
            vl.request_volume(account["owner_email"] if account else "",
                              has_vendor_account=account is not None)
            assert account is not None
            require_owner(account["owner_email"], actor_email)
            now = self.clock()
            order_id = orders.create(conn, account_id=account_id, kind=OrderKind.NEW_VOLUME,
                                     status=OrderStatus.REQUESTED, seats=0, currency="USD",
                                     requested_at=now)
            self._audit(conn, "order.requested", order_id,
                        f"Volume purchase requested for {account['vendor']}",
                        after={"status": OrderStatus.REQUESTED.value})
            return _order(conn, order_id)
        return Changed(self.store.write(work), _ORDER_CHANGES)

    def approve(self, order_id: int, *, actor_email: str | None = None
                ) -> Changed[VolumeOrder]:
        return self._move(order_id, vl.approve_request, "approved", actor_email)

    def refuse(self, order_id: int, *, actor_email: str | None = None) -> Changed[VolumeOrder]:
        return self._move(order_id, vl.refuse_request, "refused", actor_email)

    def order(self, order_id: int) -> VolumeOrder:
        return self.store.read(lambda conn: _order(conn, order_id))

    def payment_methods(self, account_id: int) -> PaymentChoice:
        """The methods a new volume subscription of this account may be paid with, as its
        vendor's terms profile says (VL-3 where it applies); all when they are not known."""
        def work(conn: Connection) -> PaymentChoice:
            account = subscriptions.load_account(conn, account_id)
            if account is None:
                raise NotFound(ACCOUNT_NOT_FOUND(account_id=account_id))
            profile = profile_for(account["vendor"], BillingChannel.WEBSITE,
                                  by_key(saved_profiles(conn)))
            return payment_choice(profile)
        return self.store.read(work)

    def quote_new_volume(self, account_id: int, seats: int, plan_months: int,
                         unit_monthly_price: Money, on: date | None = None
                         ) -> vl.NewVolumeQuote:
        """VL-17: price, credit carried over (VL-6) and amount due, for the review page."""
        day = on or self.clock().date()

        def work(conn: Connection) -> vl.NewVolumeQuote:
            account = subscriptions.load_account(conn, account_id)
            profile = profile_for(account["vendor"] if account else "",
                                  BillingChannel.WEBSITE, by_key(saved_profiles(conn)))
            # AS-1, before any sum
            check_billing_currency(profile, unit_monthly_price.currency)
            return vl.quote_new_volume(
                seats, plan_months, unit_monthly_price,
                _individual_credit(conn, account_id, unit_monthly_price.currency, day),
                minimum=profile.min_volume_seats)  # VL-2 where the profile says so
        return self.store.read(work)

    def complete(self, order_id: int, *, seats: int, plan_months: int,
                 unit_monthly_price: Money, method: PaymentMethod, card_brand: str,
                 card_last4: str, name: str | None = None, on: date | None = None,
                 actor_email: str | None = None) -> Changed[CompletedPurchase]:
        """VL-4 with VL-2/VL-3: complete an approved request; VL-5: all in one transaction.

        The buyer's individual subscription is left running (VL-6); its unused
        credit is taken off the first volume invoice.
        """
        def work(conn: Connection) -> Changed[CompletedPurchase]:
            row, owner = _order_row(conn, order_id)
            require_owner(owner, actor_email)
            request = vl.VolumeRequest(owner, OrderStatus(row["status"]))
            account = subscriptions.load_account(conn, row["account_id"])
            profile = profile_for(account["vendor"] if account else "", BillingChannel.WEBSITE,
                                  by_key(saved_profiles(conn)))
            # VL-2 and VL-3 because the vendor's profile says so, not for every vendor.
            vl.complete_request(request, seats, plan_months, method,
                                minimum=profile.min_volume_seats,
                                methods=volume_payment_methods(profile))
            # Brand and last four for a card; nothing of a card for PayPal and the rest.
            card = check_card(card_brand, card_last4) \
                if method is PaymentMethod.CREDIT_CARD else None
            # AS-1 for a seed vendor; the admin's own vendor records the currency paid.
            check_billing_currency(profile, unit_monthly_price.currency)
            now, day = self.clock(), on or self.clock().date()
            quote = vl.quote_new_volume(seats, plan_months, unit_monthly_price,
                                        _individual_credit(conn, row["account_id"],
                                                           unit_monthly_price.currency, day),
                                        minimum=profile.min_volume_seats)
            renewal = add_months(day, plan_months)
            title = (name or "").strip() or f"Volume licence ({seats} seats)"
            sub_id = subscriptions.create(
                conn, account_id=row["account_id"], name=title,
                kind=SubscriptionKind.VOLUME, channel=BillingChannel.WEBSITE,
                **price_columns(Price.monthly_per_seat(unit_monthly_price), seats),
                plan_months=plan_months, period_start=day, renewal_date=renewal,
                auto_renew=True, status=SubscriptionStatus.ACTIVE, seat_limit=seats,
                devices_per_seat=profile.devices_per_seat or 1,
                devices_known=profile.devices_per_seat is not None,  # VL-19 from the profile
                notice_days=None if profile.builtin else profile.notice_days,
                created_at=now, version=1)
            made = add_seat_rows(conn, sub_id, seats, now)
            orders.update(
                conn, order_id, subscription_id=sub_id, status=OrderStatus.COMPLETED,
                seats=seats, plan_months=plan_months, currency=quote.currency,
                price_minor=quote.price.minor, credit_minor=quote.credit_used.minor,
                amount_due_minor=quote.amount_due.minor,
                card_brand=card.brand if card else None,
                card_last4=card.last4 if card else None, completed_at=now)
            self._audit(conn, "order.completed", order_id,
                        f"Volume purchase completed: {seats} seats, {quote.amount_due} due",
                        before={"status": row["status"]},
                        after={"status": OrderStatus.COMPLETED.value, "subscription_id": sub_id,
                               "seats": seats, "plan_months": plan_months,
                               "amount_due": quote.amount_due.decimal_string(),
                               "credit": quote.credit_used.decimal_string(),
                               "method": method.value,
                               "card": f"{card.brand} ending {card.last4}" if card else None})
            done = CompletedPurchase(_order(conn, order_id), sub_id,
                                     tuple(s for s, _ in made), tuple(lic for _, lic in made),
                                     renewal, quote)
            return Changed(done, _seats_added(sub_id, done.seat_ids))
        return self.store.write(work)

    # --- added seats (VL-7, VL-8, VL-9) -------------------------------------

    def quote_add_seats(self, subscription_id: int, seats: int, on: date) -> vl.AddSeatsQuote:
        """VL-8: seats x monthly price x months left; the renewal date stays (VL-7)."""
        return self.store.read(
            lambda conn: _add_seats_quote(load_subscription(conn, subscription_id), seats, on))

    def add_seats(self, subscription_id: int, seats: int, on: date, *,
                  renewal_date: date | None = None, card_brand: str | None = None,
                  card_last4: str | None = None, actor_email: str | None = None,
                  expected_version: int | None = None) -> Changed[AddedSeats]:
        """Add seats at the quoted price; never moves the renewal date (VL-7, VL-9).

        Without card details the card of the subscription's last order is used.
        """
        def work(conn: Connection) -> Changed[AddedSeats]:
            sub = load_subscription(conn, subscription_id)
            require_owner(sub["owner_email"], actor_email)
            check_version(SUBSCRIPTION_CHANGED(), sub["version"], expected_version)
            if renewal_date is not None:
                vl.check_shared_renewal(sub["renewal_date"], renewal_date)
            quote = _add_seats_quote(sub, seats, on)
            card = _card_for(conn, subscription_id, card_brand, card_last4)
            now = self.clock()
            order_id = orders.create(
                conn, account_id=sub["account_id"], subscription_id=subscription_id,
                kind=OrderKind.ADD_SEATS, status=OrderStatus.COMPLETED, seats=seats,
                plan_months=None, currency=quote.currency, price_minor=quote.total.minor,
                credit_minor=0, amount_due_minor=quote.total.minor,
                card_brand=card[0], card_last4=card[1], requested_at=now, approved_at=now,
                completed_at=now)
            made = add_seat_rows(conn, subscription_id, seats, now)
            # Only the count changes: renewal_date is deliberately not in this update.
            subscriptions.update(conn, subscription_id, sub["version"],
                                 seat_limit=sub["seat_limit"] + seats)
            self._audit(conn, "subscription.seats_added", subscription_id,
                        f"{seats} seats added for {quote.months} months: {quote.total}",
                        before={"seat_limit": sub["seat_limit"]},
                        after={"seat_limit": sub["seat_limit"] + seats, "order_id": order_id,
                               "total": quote.total.decimal_string(),
                               "renewal_date": quote.renewal_date.isoformat()},
                        entity="subscription")
            added = AddedSeats(order_id, subscription_id, tuple(s for s, _ in made),
                               tuple(lic for _, lic in made), quote)
            return Changed(added, _seats_added(subscription_id, added.seat_ids))
        return self.store.write(work)

    # --- plan changes (VL-10) -----------------------------------------------

    def change_plan(self, subscription_id: int, new_months: int,
                    new_kind: SubscriptionKind = SubscriptionKind.VOLUME, *,
                    actor_email: str | None = None, expected_version: int | None = None
                    ) -> Changed[PlanChange]:
        """VL-10: a longer (or equal) volume term, from the next renewal on."""
        def work(conn: Connection) -> PlanChange:
            sub = load_subscription(conn, subscription_id)
            require_owner(sub["owner_email"], actor_email)
            check_version(SUBSCRIPTION_CHANGED(), sub["version"], expected_version)
            vl.check_plan_change(sub["plan_months"], new_months, new_kind)
            subscriptions.update(conn, subscription_id, sub["version"], plan_months=new_months)
            self._audit(conn, "subscription.plan_changed", subscription_id,
                        f"Billing cycle {sub['plan_months']} -> {new_months} months",
                        before={"plan_months": sub["plan_months"]},
                        after={"plan_months": new_months}, entity="subscription")
            return PlanChange(subscription_id, new_months, sub["renewal_date"],
                              sub["version"] + 1)
        return Changed(self.store.write(work), Changes.of(Entity.SUBSCRIPTION, [subscription_id]))

    # --- helpers ------------------------------------------------------------

    def _move(self, order_id: int, step: Callable[[vl.VolumeRequest], vl.VolumeRequest],
              verb: str, actor_email: str | None) -> Changed[VolumeOrder]:
        def work(conn: Connection) -> VolumeOrder:
            row, owner = _order_row(conn, order_id)
            require_owner(owner, actor_email)
            moved = step(vl.VolumeRequest(owner, OrderStatus(row["status"])))
            values: dict[str, object] = {"status": moved.status}
            if moved.status is OrderStatus.APPROVED:
                values["approved_at"] = self.clock()
            orders.update(conn, order_id, **values)
            self._audit(conn, f"order.{verb}", order_id, f"Volume purchase request {verb}",
                        before={"status": row["status"]}, after={"status": moved.status.value})
            return _order(conn, order_id)
        return Changed(self.store.write(work), _ORDER_CHANGES)

    def _audit(self, conn: Connection, action: str, entity_id: int, summary: str, *,
               before: dict[str, object] | None = None, after: dict[str, object] | None = None,
               entity: str = "order") -> None:
        audit.record(conn, audit.Change(action, entity, entity_id, summary, before, after),
                     at=self.clock(), actor=self.actor)


def _seats_added(subscription_id: int, seat_ids: tuple[int, ...]) -> Changes:
    return Changes.of(Entity.SUBSCRIPTION, [subscription_id]) | Changes.of(Entity.SEAT, seat_ids)


def _order_row(conn: Connection, order_id: int) -> tuple[Row, str]:
    row = orders.with_owner(conn, order_id)
    if row is None:
        raise NotFound(ORDER_GONE())
    if row["kind"] != OrderKind.NEW_VOLUME:
        raise BadInput(NOT_A_REQUEST())
    return row, str(row["owner_email"])


def _order(conn: Connection, order_id: int) -> VolumeOrder:
    r = orders.load(conn, order_id)
    cur = r["currency"]
    return VolumeOrder(
        order_id=r["id"], account_id=r["account_id"], subscription_id=r["subscription_id"],
        kind=str(r["kind"]), status=str(r["status"]), seats=r["seats"],
        plan_months=r["plan_months"], price=Money(r["price_minor"], cur),
        credit=Money(r["credit_minor"], cur), amount_due=Money(r["amount_due_minor"], cur),
        card_brand=r["card_brand"], card_last4=r["card_last4"])


def _individual_credit(conn: Connection, account_id: int, currency: str, on: date) -> Money:
    """VL-6: unused credit of the account's running individual website subscription.

    Only a vendor-billed plan in the same currency can be credited by the vendor;
    an app-store plan is billed by the store (AS-1) and gives no credit here.
    """
    row = orders.running_individual(conn, account_id, currency, on)
    if row is None:
        return Money.zero(currency)
    paid = price_of(row).cost(1, int(row["plan_months"]), int(row["seat_limit"]))
    return vl.unused_credit(paid, row["period_start"], row["renewal_date"], on)


def _add_seats_quote(sub: Row, seats: int, on: date) -> vl.AddSeatsQuote:
    if sub["kind"] != SubscriptionKind.VOLUME:
        raise BadInput(NOT_VOLUME(name=sub["name"]), field="subscription")
    if sub["status"] != SubscriptionStatus.ACTIVE:
        raise RuleRefused("VL-15", WILL_NOT_RENEW(name=sub["name"], status=str(sub["status"])))
    price = price_of(sub)
    of_seats = int(sub["seat_limit"])
    quote = vl.quote_added_seats(sub["renewal_date"], price.per_seat_month(of_seats), seats, on)
    # The total from the price as stated, rounded once (the same figure for a monthly
    # per-seat price; exact for a yearly or whole-purchase one).
    return replace(quote, total=price.cost(seats, quote.months, of_seats))


def _card_for(conn: Connection, subscription_id: int, brand: str | None,
              last4: str | None) -> tuple[str | None, str | None]:
    if brand is not None or last4 is not None:
        card = check_card(brand or "", last4 or "")
        return card.brand, card.last4
    return orders.card_on_file(conn, subscription_id)
