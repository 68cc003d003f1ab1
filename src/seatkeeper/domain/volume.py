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
from seatkeeper.domain.messages import MessageDef, message
from seatkeeper.domain.money import Money
from seatkeeper.domain.terms import months_left

MIN_VOLUME_SEATS = 5  # VL-1, VL-2
MAX_CONNECTED_DEVICES = 8  # VL-19

# Counts that must be at least 1 and amounts that cannot be negative, each said whole.
SEATS_AT_LEAST_ONE = message("volume.seats_at_least_one",
                             "The number of seats must be at least 1 (got {value}).")
ADDED_SEATS_AT_LEAST_ONE = message("volume.added_seats_at_least_one", "The number of seats "
                                   "to add must be at least 1 (got {value}).")
CYCLE_AT_LEAST_ONE = message("volume.cycle_months_at_least_one", "The number of months in "
                             "the billing cycle must be at least 1 (got {value}).")
CURRENT_PLAN_AT_LEAST_ONE = message("volume.current_plan_months_at_least_one", "The number "
                                    "of months in the current plan must be at least 1 "
                                    "(got {value}).")
NEW_PLAN_AT_LEAST_ONE = message("volume.new_plan_months_at_least_one", "The number of "
                                "months in the new plan must be at least 1 (got {value}).")
PAID_NEGATIVE = message("volume.amount_paid_negative",
                        "The amount paid cannot be negative ({amount}).")
DUE_NEGATIVE = message("volume.amount_due_negative",
                       "The amount due cannot be negative ({amount}).")
CREDIT_NEGATIVE = message("volume.credit_negative", "The credit cannot be negative ({amount}).")
PRICE_NEGATIVE = message("volume.unit_monthly_price_negative",
                         "The unit monthly price cannot be negative ({amount}).")


def _positive(value: int, refused: MessageDef, field: str) -> None:
    if value < 1:
        raise BadInput(refused(value=value), field=field)


def _not_negative(amount: Money, refused: MessageDef, field: str) -> None:
    if amount.minor < 0:
        raise BadInput(refused(amount=amount), field=field)


# --- Purchase (VL-1..VL-4) --------------------------------------------------

TOO_FEW_SEATS = message("volume.too_few_seats", "Volume licences start at {minimum} seats; "
                        "for up to 4 extra users add accounts instead (you asked for {seats}).")
CARD_ONLY = message("volume.card_only", "Volume licences can be paid by credit card only; "
                    "PayPal, Bitcoin and Paymentwall are not accepted.")
ACCOUNT_NEEDED = message("volume.account_needed", "A volume licence can be requested only for "
                         "an existing vendor account; create or buy the account first.")
ORDER_STEP = message("volume.order_step", "A volume purchase that is {current} cannot become "
                     "{wanted}: it goes requested -> approved -> completed, and only an "
                     "approved request can be completed.")

CARD_ONLY_METHODS = (PaymentMethod.CREDIT_CARD,)  # VL-3


def check_volume_seat_count(seats: int, minimum: int | None = MIN_VOLUME_SEATS) -> None:
    """VL-2: a volume purchase has at least 5 seats, where the vendor's profile says so.

    ``minimum`` None: the vendor sets no minimum (an admin's own vendor); only
    "at least one seat" is checked.
    """
    _positive(seats, SEATS_AT_LEAST_ONE, "seats")
    if minimum is not None and seats < minimum:
        raise RuleRefused("VL-2", TOO_FEW_SEATS(minimum=minimum, seats=seats))


def check_payment_method(method: PaymentMethod,
                         methods: tuple[PaymentMethod, ...] | None = CARD_ONLY_METHODS
                         ) -> None:
    """VL-3: volume purchases are paid by credit card only, where the profile says so.

    ``methods`` None: the vendor's accepted methods are not known; nothing refused.
    """
    if methods is not None and method not in methods:
        raise RuleRefused("VL-3", CARD_ONLY())


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
        raise RuleRefused("VL-4", ACCOUNT_NEEDED())
    return VolumeRequest(owner_email=owner_email)


def _move(request: VolumeRequest, to: OrderStatus) -> VolumeRequest:
    if to not in _NEXT.get(request.status, frozenset()):
        raise RuleRefused("VL-4", ORDER_STEP(current=request.status.value, wanted=to.value))
    return replace(request, status=to)


def approve_request(request: VolumeRequest) -> VolumeRequest:
    return _move(request, OrderStatus.APPROVED)


def refuse_request(request: VolumeRequest) -> VolumeRequest:
    return _move(request, OrderStatus.REFUSED)


def complete_request(request: VolumeRequest, seats: int, plan_months: int,
                     method: PaymentMethod, *, minimum: int | None = MIN_VOLUME_SEATS,
                     methods: tuple[PaymentMethod, ...] | None = CARD_ONLY_METHODS
                     ) -> VolumeRequest:
    """VL-4 with VL-2 and VL-3: complete an approved request, choosing seats and cycle.

    ``minimum`` and ``methods`` come from the vendor's terms profile (VL-2, VL-3).
    """
    done = _move(request, OrderStatus.COMPLETED)
    check_volume_seat_count(seats, minimum)
    _positive(plan_months, CYCLE_AT_LEAST_ONE, "plan_months")
    check_payment_method(method, methods)
    return replace(done, seats=seats, plan_months=plan_months)


# --- Money: credit and quotes (VL-6, VL-8, VL-17) ---------------------------

PERIOD_BACKWARDS = message("volume.period_backwards",
                           "The period must end after it starts ({start} to {end}).")
CREDIT_CURRENCY = message("volume.credit_currency", "The credit is in {credit} but the amount "
                          "due is in {due}; convert it first.")
NO_MONTHS_LEFT = message("volume.no_months_left", "Seats are charged for the months left "
                         "until the renewal on {renewal}, and none are left on {on}; renew "
                         "first, then add seats.")
ONE_RENEWAL_DATE = message("volume.one_renewal_date", "All seats of a volume subscription "
                           "renew together on {renewal}; seats that should renew on {seat} "
                           "need a separate volume subscription.")

def _prorate(amount: Money, part: int, whole: int) -> Money:
    """``amount x part / whole`` rounded half-up, in exact integer arithmetic."""
    numerator = amount.minor * part
    sign = -1 if numerator < 0 else 1
    return Money(sign * ((2 * abs(numerator) + whole) // (2 * whole)), amount.currency)


def unused_credit(paid: Money, period_start: date, period_end: date, on: date) -> Money:
    """VL-6: what is left of ``paid`` on ``on``: paid x unused days / days in period."""
    _not_negative(paid, PAID_NEGATIVE, "amount_paid")
    days = (period_end - period_start).days
    if days <= 0:
        raise BadInput(PERIOD_BACKWARDS(start=period_start, end=period_end), field="period_end")
    unused = min(max((period_end - on).days, 0), days)
    return _prorate(paid, unused, days)


def apply_credit(due: Money, credit: Money) -> tuple[Money, Money]:
    """Decisions (credit): use at most what is due; return (credit used, amount due)."""
    _not_negative(due, DUE_NEGATIVE, "amount_due")
    _not_negative(credit, CREDIT_NEGATIVE, "credit")
    if credit.currency != due.currency:
        raise BadInput(CREDIT_CURRENCY(credit=credit.currency, due=due.currency), field="credit")
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
    _positive(seats, ADDED_SEATS_AT_LEAST_ONE, "seats")
    _not_negative(unit_monthly_price, PRICE_NEGATIVE, "unit_monthly_price")
    months = months_left(on, renewal)
    if months == 0:
        raise RuleRefused("VL-8", NO_MONTHS_LEFT(renewal=renewal, on=on))
    total = unit_monthly_price.times(seats * months)
    return AddSeatsQuote(months, unit_monthly_price, seats, total,
                         unit_monthly_price.currency, renewal)


def check_shared_renewal(subscription_renewal: date, seat_renewal: date) -> None:
    """VL-9: one subscription never holds two renewal dates."""
    if seat_renewal != subscription_renewal:
        raise RuleRefused("VL-9", ONE_RENEWAL_DATE(renewal=subscription_renewal,
                                                   seat=seat_renewal))


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
                     credit: Money | None = None, *, minimum: int | None = MIN_VOLUME_SEATS
                     ) -> NewVolumeQuote:
    """VL-2, VL-6, VL-17: price, credit carried over and amount due of a new volume plan.

    ``minimum``: the vendor profile's minimum seats (VL-2); None: none known.
    """
    check_volume_seat_count(seats, minimum)
    _positive(plan_months, CYCLE_AT_LEAST_ONE, "plan_months")
    _not_negative(unit_monthly_price, PRICE_NEGATIVE, "unit_monthly_price")
    available = credit if credit is not None else Money.zero(unit_monthly_price.currency)
    price = unit_monthly_price.times(seats * plan_months)
    used, due = apply_credit(price, available)
    return NewVolumeQuote(seats, plan_months, unit_monthly_price, price, available, used, due,
                          price.currency)


# --- Plan changes, renewal and cancellation (VL-10, VL-14..VL-16) -----------

NO_DOWNGRADE = message("volume.no_downgrade",
                       "A volume subscription cannot be downgraded to a regular subscription.")
NO_SHORTER_TERM = message("volume.no_shorter_term", "The term of a volume subscription cannot "
                          "be shortened (from {current} to {new} months).")
SEATS_STILL_ACTIVE = message("volume.seats_still_active", "A new plan can be started only "
                             "when every seat has been cancelled; {active} seat(s) are still "
                             "active.")

def check_plan_change(current_months: int, new_months: int, new_kind: SubscriptionKind) -> None:
    """VL-10: no downgrade to a regular subscription, no shorter term."""
    _positive(current_months, CURRENT_PLAN_AT_LEAST_ONE, "current_months")
    _positive(new_months, NEW_PLAN_AT_LEAST_ONE, "new_months")
    if new_kind is not SubscriptionKind.VOLUME:
        raise RuleRefused("VL-10", NO_DOWNGRADE())
    if new_months < current_months:
        raise RuleRefused("VL-10", NO_SHORTER_TERM(current=current_months, new=new_months))


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
    _positive(plan_months, CYCLE_AT_LEAST_ONE, "plan_months")
    _not_negative(unit_monthly_price, PRICE_NEGATIVE, "unit_monthly_price")
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
        raise RuleRefused("VL-16", SEATS_STILL_ACTIVE(active=active))


# --- Seats: people, owner, devices (VL-11, VL-13, VL-18, VL-19) -------------

HOLDER_NEEDS_NAME = message("volume.holder_needs_name", "A seat holder needs a name.")
NOT_AN_EMAIL = message("volume.not_an_email",
                       "“{email}” is not a usable e-mail address: {reason}")
OWNER_ONLY = message("volume.owner_only", "Only the subscription's owner ({owner}) can change "
                     "its seats; {actor} is not the owner.")
CONNECTED_NEGATIVE = message("volume.connected_negative",
                             "The number of connected devices cannot be negative ({count}).")
TOO_MANY_CONNECTED = message("volume.too_many_connected", "At most {limit} devices can be "
                             "connected on one seat at once (virtual machines count); "
                             "disconnect one first.")

@dataclass(frozen=True)
class Person:
    """Who holds a seat (VL-11): a name and a normalised e-mail address."""

    name: str
    email: str


def normalise_person(name: str, email: str) -> Person:
    """VL-11: strip the name, validate the address offline, lower-case its domain."""
    clean_name = name.strip()
    if not clean_name:
        raise BadInput(HOLDER_NEEDS_NAME(), field="name")
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
        raise BadInput(NOT_AN_EMAIL(email=email, reason=str(exc)), field="email") from None


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
        raise RuleRefused("VL-18", OWNER_ONLY(owner=owner_email, actor=actor_email))


def check_can_connect(connected_now: int, limit: int = MAX_CONNECTED_DEVICES) -> None:
    """VL-19: a seat may be installed anywhere but only ``limit`` devices connect at once."""
    if connected_now < 0:
        raise BadInput(CONNECTED_NEGATIVE(count=connected_now), field="connected_now")
    if connected_now >= limit:
        raise RuleRefused("VL-19", TOO_MANY_CONNECTED(limit=limit))
