"""Checking our own JSON export before it is loaded: every problem, with its place.

Each section is a list of objects; each field has a parser that returns the
clean value or raises BadInput: types, and ranges the roster can hold (counts
within their limits, amounts from 0 to a stated maximum, dates 1900-2200).
Then the sections are checked against each other: keys unique, every
reference to something the file lists, one device on one seat. Problems
become RowErrors whose "line" is the item's 1-based position and whose column
is ``section.field``; a file with any problem loads nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from seatkeeper.domain import enums as e
from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.locale_values import in_range
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import check_currency
from seatkeeper.domain.price import MAX_MINOR, MAX_PRICE_MONTHS, PriceBasis
from seatkeeper.domain.vendor_terms import (
    MAX_NOTICE_DAYS,
    check_billing_currency,
    check_devices,
    profile_for,
)
from seatkeeper.services.importing.json_refs import check_references
from seatkeeper.services.importing.records import RowError
from seatkeeper.services.importing.values import parse_instant
from seatkeeper.services.roster_json import FORMAT, READS, VERSION

Parser = Callable[[Any], Any]
MUST_BE_TEXT = message("import.json.must_be_text", "must be non-empty text")
MUST_BE_STRING = message("import.json.must_be_string", "must be text")
MUST_BE_WHOLE = message("import.json.must_be_whole", "must be a whole number")
MUST_BE_BETWEEN = message("import.json.must_be_between",
                          "must be a whole number from {least} to {most}")
MUST_BE_FLAG = message("import.json.must_be_flag", "must be true or false")
MUST_BE_DATE = message("import.json.must_be_date", "must be a date like 2026-11-22")
MUST_BE_ONE_OF = message("import.json.must_be_one_of", "must be one of {allowed}")
MUST_BE_PAIR = message("import.json.must_be_pair", "must be a pair [text, text]")
MUST_BE_LIST = message("import.json.must_be_list", "must be a list")
MUST_BE_OBJECT = message("import.json.must_be_object", "must be an object")
WRONG_TYPE = message("import.json.wrong_type", "has the wrong type")
NOT_AN_EXPORT = message("import.json.not_an_export",
                        "This JSON file is not a Seatkeeper roster export.")
OTHER_VERSION = message("import.json.other_version",
                        "This roster export is version {found}; this Seatkeeper reads version "
                        "{version}.")


class SecretKind(StrEnum):
    PRODUCT_KEY = "product_key"
    SEAT_CREDENTIAL = "seat_credential"


def text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadInput(MUST_BE_TEXT())
    return value


def string(value: Any) -> str:
    if not isinstance(value, str):
        raise BadInput(MUST_BE_STRING())
    return value


def opt(parser: Parser) -> Parser:
    return lambda value: None if value is None else parser(value)


def whole(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadInput(MUST_BE_WHOLE())
    return value


def between(least: int, most: int) -> Parser:
    """A whole number the roster can hold: ``10**400`` or ``-1`` seats are refused here."""
    def parse(value: Any) -> int:
        number = whole(value)
        if not least <= number <= most:
            raise BadInput(MUST_BE_BETWEEN(least=least, most=most))
        return number
    return parse


COUNT, SEATS, MONTHS = between(1, 1_000_000), between(1, 100_000), between(1, 120)
MINOR = between(0, MAX_MINOR)
CREDIT = between(-MAX_MINOR, MAX_MINOR)  # an order's credit and amount due may go below 0


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadInput(MUST_BE_FLAG())
    return value


def stated_flag(value: Any) -> bool:
    """A flag that older exports do not carry: absent means True (it was stated)."""
    return True if value is None else flag(value)


def day(value: Any) -> date:
    try:
        found = date.fromisoformat(text(value))
    except ValueError:
        raise BadInput(MUST_BE_DATE()) from None
    return in_range(found)


def instant(value: Any) -> datetime:
    found = parse_instant(text(value))
    in_range(found.date())
    return found


def currency(value: Any) -> str:
    return check_currency(text(value))


def one_of(enum: type[StrEnum]) -> Parser:
    def parse(value: Any) -> str:
        if value not in {m.value for m in enum}:
            raise BadInput(MUST_BE_ONE_OF(allowed=", ".join(m.value for m in enum)))
        return str(value)
    return parse


def account_pair(value: Any) -> tuple[str, str]:
    """[vendor, owner]: a vendor the file did not name is kept as not known (empty)."""
    if not isinstance(value, list) or len(value) != 2:
        raise BadInput(MUST_BE_PAIR())
    return string(value[0]), text(value[1])


def pair(value: Any) -> tuple[str, str]:
    if not isinstance(value, list) or len(value) != 2:
        raise BadInput(MUST_BE_PAIR())
    return text(value[0]), text(value[1])


SPECS: dict[str, dict[str, Parser]] = {
    "accounts": {"vendor": string, "owner_email": text, "created_at": instant},
    "subscriptions": {
        "key": text, "account": account_pair, "name": text, "kind": one_of(e.SubscriptionKind),
        "channel": one_of(e.BillingChannel), "currency": currency,
        "price_minor": MINOR, "price_basis": one_of(PriceBasis),
        "price_months": between(1, MAX_PRICE_MONTHS), "plan_months": MONTHS,
        "period_start": day, "renewal_date": day, "trial_ends_at": opt(instant),
        "auto_renew": flag, "status": one_of(e.SubscriptionStatus), "seat_limit": SEATS,
        "devices_per_seat": between(1, 1000),
        "limited": flag, "regions": opt(text), "admin_console_only": flag,
        "min_app_version": opt(text),
        "activation_code_status": one_of(e.ActivationCodeStatus), "store_country": opt(text),
        "cancelled_at": opt(instant), "registered_to_name": opt(string),
        "registered_to_email": opt(string), "created_at": instant,
        # i16: optional; a notice period in days, and whether the device limit was stated.
        "notice_days": opt(between(0, MAX_NOTICE_DAYS)), "devices_known": stated_flag},
    "people": {"name": text, "email": text, "created_at": instant},
    "seats": {"seat": pair, "holder": opt(text), "renew": flag,
              "status": one_of(e.SeatStatus), "created_at": instant},
    "assignments": {"seat": pair, "person": text, "assigned_at": instant,
                    "unassigned_at": opt(instant)},
    "devices": {"key": text, "account": account_pair, "name": text, "platform": one_of(e.Platform),
                "os_version": string, "app_version": string, "region": text,
                "account_connected": flag, "created_at": instant},
    "connections": {"device": text, "seat": pair, "connected_at": instant},
    "deliveries": {"subscription": text, "device": opt(text), "email": opt(text),
                   "method": one_of(e.DeliveryMethod), "platform": opt(one_of(e.Platform)),
                   "status": one_of(e.DeliveryStatus), "sent_at": instant,
                   "resolved_at": opt(instant), "detail": opt(text)},
    "orders": {"account": account_pair, "subscription": opt(text), "kind": one_of(e.OrderKind),
               "status": one_of(e.OrderStatus), "seats": COUNT, "plan_months": opt(MONTHS),
               "currency": currency, "price_minor": MINOR, "credit_minor": CREDIT,
               "amount_due_minor": CREDIT, "card_brand": opt(text), "card_last4": opt(text),
               "requested_at": instant, "approved_at": opt(instant),
               "completed_at": opt(instant)},
    "secrets": {"kind": one_of(SecretKind), "value": text},
}
SECRET_EXTRA: dict[str, dict[str, Parser]] = {
    "product_key": {"subscription": text},
    "seat_credential": {"seat": pair, "platform": one_of(e.Platform)},
}


def check_roster(data: Any) -> tuple[dict[str, list[dict[str, Any]]], list[RowError]]:
    """Clean sections (values parsed) and every problem found."""
    errors: list[RowError] = []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadInput(NOT_AN_EXPORT())
    if data.get("version") not in READS:
        # repr: the version as the file wrote it (2, "2" or None)
        raise BadInput(OTHER_VERSION(found=repr(data.get("version")), version=VERSION))
    clean: dict[str, list[dict[str, Any]]] = {}
    for section, spec in SPECS.items():
        items = data.get(section, [])
        if not isinstance(items, list):
            errors.append(RowError(0, section, "", MUST_BE_LIST()))
            continue
        clean[section] = []
        for index, given in enumerate(items, start=1):
            if not isinstance(given, dict):
                errors.append(RowError(index, section, "", MUST_BE_OBJECT()))
                continue
            item = _price_of_version_1(given) \
                if section == "subscriptions" and data.get("version") == 1 else given
            fields = dict(spec)
            if section == "secrets":
                fields.update(SECRET_EXTRA.get(str(item.get("kind")), {}))
            clean[section].append(_item(section, index, item, fields, errors))
    if not errors:  # references are checked between clean sections
        errors.extend(check_references(clean))
    if not errors:
        errors.extend(_terms_problems(clean["subscriptions"]))
    return clean, errors


def _terms_problems(subscriptions: list[dict[str, Any]]) -> list[RowError]:
    """A subscription that claims more than its vendor's profile allows (VL-19, AS-3, AS-1)."""
    found = []
    for index, sub in enumerate(subscriptions, start=1):
        profile = profile_for(sub["account"][0], e.BillingChannel(sub["channel"]))
        try:
            check_devices(profile, devices_per_seat=sub["devices_per_seat"]
                          if sub.get("devices_known", True) else None,
                          seat_limit=sub["seat_limit"])
        except KnownError as error:
            found.append(RowError(index, "subscriptions.devices_per_seat",
                                  str(sub["devices_per_seat"]), error.msg))
        try:
            check_billing_currency(profile, sub["currency"])
        except KnownError as error:
            found.append(RowError(index, "subscriptions.currency", sub["currency"], error.msg))
    return found


def _price_of_version_1(item: dict[str, Any]) -> dict[str, Any]:
    """A version-1 subscription kept a seat's monthly price: exactly that, as stated."""
    legacy = {"price_minor": item.get("unit_monthly_price_minor"), "price_basis": "per_seat",
              "price_months": 1, "registered_to_name": None, "registered_to_email": None}
    return {**legacy, **{k: v for k, v in item.items() if k != "unit_monthly_price_minor"}}


def _item(section: str, index: int, item: dict[str, Any], spec: dict[str, Parser],
          errors: list[RowError]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, parser in spec.items():
        try:
            result[name] = parser(item.get(name))
        except KnownError as error:
            shown = "[secret]" if name == "value" else _shown(item.get(name))
            errors.append(RowError(index, f"{section}.{name}", shown, error.msg))
        except (TypeError, ValueError, OverflowError):
            errors.append(RowError(index, f"{section}.{name}", "", WRONG_TYPE()))
    return result


def _shown(value: Any) -> str:
    """The value as quoted back: short, and never a 4,300-digit int turned into text."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "(a number of about " + str(int(value.bit_length() * 0.30103)) + " digits)"
    return str(value)[:80]
