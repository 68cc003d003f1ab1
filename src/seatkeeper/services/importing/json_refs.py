"""A roster export's sections checked against each other before anything is written.

Each item's own fields are checked in ``json_check``; here, what only the
whole file shows: a key or e-mail listed twice, a reference to something the
file does not list, a device connected to two seats. Each problem is a
RowError at the item that makes it (1-based position, ``section.field``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from seatkeeper.domain.messages import Message, message, record_word
from seatkeeper.services.importing.records import RowError

Sections = dict[str, list[dict[str, Any]]]
LISTED_TWICE = message("import.json.listed_twice",
                       "is listed twice (first as item {first}); each must be listed once")
NOT_LISTED = message("import.json.not_listed",
                     "names {what} {key}, which the file does not list")
TWO_SEATS = message("import.json.two_seats",
                    "is connected to two seats (first in item {first}); a device uses one")


def check_references(data: Sections) -> list[RowError]:
    errors: list[RowError] = []
    accounts = _unique(errors, data, "accounts", "vendor",
                       lambda a: (a["vendor"], a["owner_email"]))
    subs = _unique(errors, data, "subscriptions", "key", lambda s: s["key"])
    people = _unique(errors, data, "people", "email", lambda p: p["email"].casefold())
    seats = _unique(errors, data, "seats", "seat", lambda s: tuple(s["seat"]))
    devices = _unique(errors, data, "devices", "key", lambda d: d["key"])
    _unique(errors, data, "connections", "device", lambda c: c["device"], TWO_SEATS)

    def refs(section: str, field: str, what: Message, known: set[Any],
             key: Callable[[dict[str, Any]], Any]) -> None:
        for index, item in enumerate(data.get(section, []), start=1):
            ref = key(item)
            if ref is not None and ref not in known:
                errors.append(RowError(index, f"{section}.{field}", str(ref)[:80],
                                       NOT_LISTED(what=what, key=_quoted(ref))))

    def of(name: str) -> Callable[[dict[str, Any]], Any]:
        return lambda item: item.get(name)

    def pair(name: str) -> Callable[[dict[str, Any]], Any]:
        return lambda item: tuple(item[name]) if item.get(name) is not None else None

    refs("subscriptions", "account", record_word("account"), accounts, pair("account"))
    refs("devices", "account", record_word("account"), accounts, pair("account"))
    refs("seats", "seat", record_word("subscription"), subs, lambda s: s["seat"][0])
    refs("seats", "holder", record_word("person"),  people,
         lambda s: s["holder"].casefold() if s.get("holder") else None)
    refs("assignments", "seat", record_word("seat"), seats, pair("seat"))
    refs("assignments", "person", record_word("person"), people, lambda a: a["person"].casefold())
    refs("connections", "device", record_word("device"), devices, of("device"))
    refs("connections", "seat", record_word("seat"), seats, pair("seat"))
    refs("deliveries", "subscription", record_word("subscription"), subs, of("subscription"))
    refs("deliveries", "device", record_word("device"), devices, of("device"))
    refs("orders", "account", record_word("account"), accounts, pair("account"))
    refs("orders", "subscription", record_word("subscription"), subs, of("subscription"))
    refs("secrets", "subscription", record_word("subscription"), subs, of("subscription"))
    refs("secrets", "seat", record_word("seat"), seats, pair("seat"))
    return errors


def _unique(errors: list[RowError], data: Sections, section: str, field: str,
            key: Callable[[dict[str, Any]], Hashable], problem: Any = LISTED_TWICE
            ) -> set[Any]:
    first: dict[Hashable, int] = {}
    for index, item in enumerate(data.get(section, []), start=1):
        value = key(item)
        if value in first:
            errors.append(RowError(index, f"{section}.{field}", _quoted(value)[:80],
                                   problem(first=first[value])))
        else:
            first[value] = index
    return set(first)


def _quoted(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_quoted(v) for v in value) + "]"
    return str(value)


def pairs_without_duplicates(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads``'s object hook: a key twice in one object is refused, not overwritten."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key
