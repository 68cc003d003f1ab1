"""Messages with ids: what the admin is told, before it is put into words.

A message is declared once, where it is raised, as an id and an English
template with named placeholders::

    SEAT_HELD = message("seat.held", "Seat {seat} is held by {holder}; reassign it instead.")
    raise BadInput(SEAT_HELD(seat=row.licence_id, holder=row.holder))

The English text is the default rendering (the CLI, the log). The window
renders the same message through its translator (``ui.i18n.render``): the
template is looked up in context ``Messages`` with the id as disambiguation,
and the arguments are formatted for the admin's locale (dates, numbers,
money). So a value is passed as what it is (a ``date``, a ``Money``, an
``int``), never pre-formatted into the text.

Every declared message is in ``CATALOG``; the translation tooling reads the
declarations from the source, and a test holds the two to each other.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

# The translation context of every domain, store and service message.
CONTEXT = "Messages"

Formatter = Callable[[object], str]


def plain_value(value: object) -> str:
    """How a message argument reads in the default (English, locale-free) rendering."""
    if isinstance(value, datetime):
        return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Message):
        return value.render()
    return str(value)


def placeholders(template: str) -> frozenset[str]:
    """The named placeholders of ``template`` (``{seat}`` -> ``seat``)."""
    names = set()
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"placeholder {{{name}}} in {template!r}: write plain "
                             "{name}; values are formatted by type, for the locale")
        names.add(name)
    return frozenset(names)


@dataclass(frozen=True)
class MessageDef:
    """A declared message: its id, its English template and, if it counts, a plural."""

    id: str
    text: str
    plural: str | None = None  # English plural template; the count is the argument ``n``
    names: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        names = placeholders(self.text)
        if self.plural is not None:
            if placeholders(self.plural) - names - {"n"} or "n" not in names | placeholders(
                    self.plural):
                raise ValueError(f"message {self.id}: the plural needs {{n}} and no other "
                                 "new placeholder")
            names |= placeholders(self.plural)
        object.__setattr__(self, "names", names)

    def __call__(self, **args: object) -> Message:
        missing, extra = self.names - args.keys(), args.keys() - self.names
        if missing or extra:
            raise TypeError(f"message {self.id}: missing {sorted(missing)}, "
                            f"unexpected {sorted(extra)}")
        return Message(self, dict(args))


@dataclass(frozen=True)
class Message:
    """A message with its arguments, not yet in words."""

    definition: MessageDef
    args: Mapping[str, Any]

    @property
    def id(self) -> str:
        return self.definition.id

    @property
    def count(self) -> int | None:
        """The ``n`` a plural message counts, else None."""
        n = self.args.get("n") if self.definition.plural is not None else None
        return n if isinstance(n, int) else None

    def template(self) -> str:
        """The English template for this message's count."""
        plural = self.definition.plural
        return plural if plural is not None and self.count != 1 else self.definition.text

    def render(self, formatter: Formatter = plain_value, template: str | None = None) -> str:
        """The text: ``template`` (default: the English one) with the arguments formatted."""
        values = {name: formatter(value) for name, value in self.args.items()}
        return (template if template is not None else self.template()).format_map(values)

    def __str__(self) -> str:
        return self.render()


CATALOG: dict[str, MessageDef] = {}


def message(id: str, text: str, plural: str | None = None) -> MessageDef:
    """Declare a message; an id is declared once, with one text."""
    definition = MessageDef(id, text, plural)
    known = CATALOG.get(id)
    if known is not None and (known.text, known.plural) != (text, plural):
        raise ValueError(f"message id {id!r} is declared twice with different texts")
    CATALOG[id] = definition
    return definition


# A refusal written before messages had ids renders as its text. Nothing in src/
# raises one any more (a test holds it to that); it remains for callers outside it.
UNTRANSLATED = MessageDef("untranslated", "{text}")


# The records a refusal names ("names the seat ‘L-1’, which the file does not list"),
# as words the window translates rather than English filled into a translated sentence.
RECORD_WORDS = {
    "account": message("record.the_account", "the account"),
    "subscription": message("record.the_subscription", "the subscription"),
    "person": message("record.the_person", "the person"),
    "seat": message("record.the_seat", "the seat"),
    "device": message("record.the_device", "the device"),
}


def record_word(kind: str) -> Message:
    """``the seat`` (or another record kind) as a message, for a refusal to name."""
    return RECORD_WORDS[kind]()


def _plain(message: Message) -> str:
    return message.render()


@dataclass(frozen=True)
class Wording:
    """How a document speaks (the review report): its reader's words for a message, the
    formats for a value, and the language's tag for ``<html lang>``. The default is English
    with ISO formats; the window and the CLI hand in the admin's language
    (``ui.i18n.report_wording``)."""

    say: Callable[[Message], str] = _plain
    value: Callable[[object], str] = plain_value
    lang: str = "en"


ENGLISH = Wording()
