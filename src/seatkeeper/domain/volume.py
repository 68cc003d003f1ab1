"""Volume-licence rules (RULES.md VL-1..VL-19, seed 000): pure functions.

Every forbidden action raises ``RuleRefused(rule_id, message)`` whose message
says the rule in plain words for the admin; a value that makes no sense at all
(a negative seat count, an end before a start) is ``BadInput``. Dates and
instants are parameters; nothing here reads the clock, a file or a network.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from seatkeeper.domain.enums import (
    OrderStatus,
    PaymentMethod,
    SeatStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.money import Money
from seatkeeper.domain.terms import months_left

MIN_VOLUME_SEATS = 5  # VL-1, VL-2
MAX_CONNECTED_DEVICES = 8  # VL-19


def _positive(value: int, what: str, field: str) -> None:
    if value < 1:
        raise BadInput(f"The number of {what} must be at least 1 (got {value}).", field=field)


def _not_negative(amount: Money, field: str) -> None:
    if amount.minor < 0:
        raise BadInput(f"The {field.replace('_', ' ')} cannot be negative ({amount}).", field=field)


# --- Purchase (VL-1..VL-4) --------------------------------------------------

def check_volume_seat_count(seats: int) -> None:
    """VL-2: a volume purchase has at least 5 seats."""
    _positive(seats, "seats", "seats")
    if seats < MIN_VOLUME_SEATS:
        raise RuleRefused("VL-2", (
            f"Volume licences start at {MIN_VOLUME_SEATS} seats; for up to 4 extra users "
            f"add accounts instead (you asked for {seats})."))


def check_payment_method(method: PaymentMethod) -> None:
    """VL-3: volume purchases are paid by credit card only."""
    if method is not PaymentMethod.CREDIT_CARD:
        raise RuleRefused("VL-3", (
            "Volume licences can be paid by credit card only; PayPal, Bitcoin and "
            "Paymentwall are not accepted."))


@dataclass(frozen=True)
class VolumeRequest:
    """A volume purchase on its way through requested -> approved -> completed (VL-4)."""

    owner_email: str
    status: OrderStatus = OrderStatus.REQUESTED
    seats: int | None = None  # chosen at completion
    plan_months: int | None = None  # chosen at completion


_NEXT: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.REQUESTED: frozenset({OrderStatus.APPROVED, OrderStatus.REFUSED}),
    OrderStatus.APPROVED: frozenset({OrderStatus.COMPLETED}),
}


def request_volume(owner_email: str, *, has_vendor_account: bool) -> VolumeRequest:
    """VL-4: open a purchase request; it needs an existing vendor account."""
    if not has_vendor_account:
        raise RuleRefused("VL-4", (
            "A volume licence can be requested only for an existing vendor account; "
            "create or buy the account first."))
    return VolumeRequest(owner_email=owner_email)


def _move(request: VolumeRequest, to: OrderStatus) -> VolumeRequest:
    if to not in _NEXT.get(request.status, frozenset()):
        raise RuleRefused("VL-4", (
            f"A volume purchase that is {request.status.value} cannot become {to.value}: "
            "it goes requested -> approved -> completed, and only an approved "
            "request can be completed."))
    return replace(request, status=to)


def approve_request(request: VolumeRequest) -> VolumeRequest:
    return _move(request, OrderStatus.APPROVED)


def refuse_request(request: VolumeRequest) -> VolumeRequest:
    return _move(request, OrderStatus.REFUSED)


def complete_request(request: VolumeRequest, seats: int, plan_months: int,
                     method: PaymentMethod) -> VolumeRequest:
    """VL-4 with VL-2 and VL-3: complete an approved request, choosing seats and cycle."""
    done = _move(request, OrderStatus.COMPLETED)
    check_volume_seat_count(seats)
    _positive(plan_months, "months in the billing cycle", "plan_months")
    check_payment_method(method)
    return replace(done, seats=seats, plan_months=plan_months)


# --- Money: credit and quotes (VL-6, VL-8, VL-17) ---------------------------

def _prorate(amount: Money, part: int, whole: int) -> Money:
    """``amount x part / whole`` rounded half-up, in exact integer arithmetic."""
    numerator = amount.minor * part
    sign = -1 if numerator < 0 else 1
    return Money(sign * ((2 * abs(numerator) + whole) // (2 * whole)), amount.currency)


def unused_credit(paid: Money, period_start: date, period_end: date, on: date) -> Money:
    """VL-6: what is left of ``paid`` on ``on``: paid x unused days / days in period."""
    _not_negative(paid, "amount_paid")
    days = (period_end - period_start).days
    if days <= 0:
        raise BadInput(f"The period must end after it starts ({period_start} to {period_end}).",
                       field="period_end")
    unused = min(max((period_end - on).days, 0), days)
    return _prorate(paid, unused, days)


def apply_credit(due: Money, credit: Money) -> tuple[Money, Money]:
    """Decisions (credit): use at most what is due; return (credit used, amount due)."""
    _not_negative(due, "amount_due")
    _not_negative(credit, "credit")
    if credit.currency != due.currency:
        raise BadInput(f"The credit is in {credit.currency} but the amount due is in "
                       f"{due.currency}; convert it first.", field="credit")
    used = min(credit, due)
    return used, due - used


@dataclass(frozen=True)
class AddSeatsQuote:
    """VL-8: the price of seats added to a running subscription (renewal unchanged)."""

    months: int
    unit_monthly_price: Money
    seats: int
    total: Money
    currency: str
    renewal_date: date


def quote_added_seats(renewal: date, unit_monthly_price: Money, seats: int,
                      on: date) -> AddSeatsQuote:
    """VL-7/VL-8: seats x monthly price x whole months left; the renewal stays put."""
    _positive(seats, "seats to add", "seats")
    _not_negative(unit_monthly_price, "unit_monthly_price")
    months = months_left(on, renewal)
    if months == 0:
        raise RuleRefused("VL-8", (
            f"Seats are charged for the months left until the renewal on {renewal}, "
            f"and none are left on {on}; renew first, then add seats."))
    total = unit_monthly_price.times(seats * months)
    return AddSeatsQuote(months, unit_monthly_price, seats, total,
                         unit_monthly_price.currency, renewal)


def check_shared_renewal(subscription_renewal: date, seat_renewal: date) -> None:
    """VL-9: one subscription never holds two renewal dates."""
    if seat_renewal != subscription_renewal:
        raise RuleRefused("VL-9", (
            f"All seats of a volume subscription renew together on {subscription_renewal}; "
            f"seats that should renew on {seat_renewal} need a separate volume subscription."))


@dataclass(frozen=True)
class NewVolumeQuote:
    """VL-17: the whole calculation the purchase wizard shows before confirming."""

    seats: int
    plan_months: int
    unit_monthly_price: Money
    price: Money  # seats x monthly price x plan months
    credit_available: Money  # carried over from the current subscription (VL-6)
    credit_used: Money  # never above the price
    amount_due: Money
    currency: str


def quote_new_volume(seats: int, plan_months: int, unit_monthly_price: Money,
                     credit: Money | None = None) -> NewVolumeQuote:
    """VL-2, VL-6, VL-17: price, credit carried over and amount due of a new volume plan."""
    check_volume_seat_count(seats)
    _positive(plan_months, "months in the billing cycle", "plan_months")
    _not_negative(unit_monthly_price, "unit_monthly_price")
    available = credit if credit is not None else Money.zero(unit_monthly_price.currency)
    price = unit_monthly_price.times(seats * plan_months)
    used, due = apply_credit(price, available)
    return NewVolumeQuote(seats, plan_months, unit_monthly_price, price, available, used, due,
                          price.currency)


# --- Plan changes, renewal and cancellation (VL-10, VL-14..VL-16) -----------

def check_plan_change(current_months: int, new_months: int, new_kind: SubscriptionKind) -> None:
    """VL-10: no downgrade to a regular subscription, no shorter term."""
    _positive(current_months, "months in the current plan", "current_months")
    _positive(new_months, "months in the new plan", "new_months")
    if new_kind is not SubscriptionKind.VOLUME:
        raise RuleRefused("VL-10", (
            "A volume subscription cannot be downgraded to a regular subscription."))
    if new_months < current_months:
        raise RuleRefused("VL-10", (
            f"The term of a volume subscription cannot be shortened "
            f"(from {current_months} to {new_months} months)."))


@dataclass(frozen=True)
class SeatRenewal:
    """One seat and its "renew at next billing period" switch (VL-14)."""

    seat_id: int
    renews: bool = True
    status: SeatStatus = SeatStatus.ACTIVE


@dataclass(frozen=True)
class RenewalOutcome:
    renewing: tuple[int, ...]
    lapsing: tuple[int, ...]
    next_cost: Money  # seats renewing x monthly price x plan months


def renewal_outcome(seats: Iterable[SeatRenewal], unit_monthly_price: Money, plan_months: int,
                    *, subscription_cancelled: bool = False) -> RenewalOutcome:
    """VL-14/VL-15: which seats renew, which lapse, and what the renewal costs."""
    _positive(plan_months, "months in the billing cycle", "plan_months")
    _not_negative(unit_monthly_price, "unit_monthly_price")
    renewing: list[int] = []
    lapsing: list[int] = []
    for seat in seats:
        keeps = seat.renews and seat.status is SeatStatus.ACTIVE and not subscription_cancelled
        (renewing if keeps else lapsing).append(seat.seat_id)
    cost = unit_monthly_price.times(len(renewing) * plan_months)
    return RenewalOutcome(tuple(renewing), tuple(lapsing), cost)


def status_on(period_end: date, on: date, *, cancelled: bool) -> SubscriptionStatus:
    """VL-15: a cancelled subscription stays usable to the end of the paid period."""
    if not cancelled:
        return SubscriptionStatus.ACTIVE
    return SubscriptionStatus.CANCELLED if on < period_end else SubscriptionStatus.EXPIRED


def check_new_plan_allowed(seat_statuses: Iterable[SeatStatus]) -> None:
    """VL-16: a new plan under the same subscription needs every seat cancelled."""
    active = sum(1 for status in seat_statuses if status is not SeatStatus.CANCELLED)
    if active:
        raise RuleRefused("VL-16", (
            f"A new plan can be started only when every seat has been cancelled; "
            f"{active} seat(s) are still active."))


# --- Seats: people, owner, devices (VL-11, VL-13, VL-18, VL-19) -------------

@dataclass(frozen=True)
class Person:
    """Who holds a seat (VL-11): a name and a normalised e-mail address."""

    name: str
    email: str


def normalise_person(name: str, email: str) -> Person:
    """VL-11: strip the name, validate the address offline, lower-case its domain."""
    clean_name = name.strip()
    if not clean_name:
        raise BadInput("A seat holder needs a name.", field="name")
    return Person(clean_name, normalise_email(email.strip()))


# A plain ASCII address (the vast majority) is checked here in a microsecond;
# anything else goes to email_validator, whose answer this must always equal.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*")
_PLAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def _plain_email(email: str) -> str | None:
    local, at, domain = email.rpartition("@")
    if not at or len(email) > 254 or len(local) > 64 or not _PLAIN_LOCAL.fullmatch(local):
        return None
    plain_domain = _plain_domain(domain)
    return None if plain_domain is None else f"{local}@{plain_domain}"


@functools.lru_cache(maxsize=4096)
def _plain_domain(domain: str) -> str | None:
    """The lower-cased domain if plain; a roster has few domains and many addresses."""
    domain = domain.lower()
    labels = domain.split(".")
    if len(labels) < 2 or len(domain) > 253 or labels[-1].isdigit() \
            or labels[-1] in SPECIAL_USE_DOMAIN_NAMES or not labels[-1].isalpha():
        return None
    for label in labels:
        if "--" in label or not _PLAIN_LABEL.fullmatch(label):
            return None
    return domain


@functools.lru_cache(maxsize=65_536)
def normalise_email(email: str) -> str:
    """VL-11: the address validated offline, its domain lower-cased; BadInput if unusable."""
    plain = _plain_email(email)
    if plain is not None:
        return plain
    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise BadInput(f"“{email}” is not a usable e-mail address: {exc}", field="email") from None


@dataclass(frozen=True)
class Reassignment:
    """One line of a seat's history (VL-13): who held it before, who holds it now."""

    seat_id: int
    previous: Person | None
    holder: Person
    at: datetime  # UTC


def reassign_seat(seat_id: int, previous: Person | None, holder: Person,
                  at: datetime) -> Reassignment:
    """VL-13: a seat can always be reassigned; return the history entry to keep."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("reassign_seat needs an aware datetime")
    return Reassignment(seat_id, previous, holder, at.astimezone(UTC))


def check_owner(actor_email: str, owner_email: str) -> None:
    """VL-18: only the registered e-mail holder controls the seats."""
    if actor_email.strip().casefold() != owner_email.strip().casefold():
        raise RuleRefused("VL-18", (
            f"Only the subscription's owner ({owner_email}) can change its seats; "
            f"{actor_email} is not the owner."))


def check_can_connect(connected_now: int, limit: int = MAX_CONNECTED_DEVICES) -> None:
    """VL-19: a seat may be installed anywhere but only ``limit`` devices connect at once."""
    if connected_now < 0:
        raise BadInput(f"The number of connected devices cannot be negative ({connected_now}).",
                       field="connected_now")
    if connected_now >= limit:
        raise RuleRefused("VL-19", (
            f"At most {limit} devices can be connected on one seat at once "
            f"(virtual machines count); disconnect one first."))
