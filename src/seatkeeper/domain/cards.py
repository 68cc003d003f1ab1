"""Card details a volume purchase keeps (RULES.md Decisions: cards): brand + last four.

No field ever takes a full card number or a CVV. A refusal never repeats the
digits that were typed: they may be a whole card number pasted by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message

CARD_BRANDS: tuple[str, ...] = (
    "Visa", "Mastercard", "American Express", "Discover", "JCB", "Diners Club", "UnionPay",
)
_LONG_NUMBER = 12  # the shortest card numbers in use have 12 digits

UNKNOWN_BRAND = message("cards.unknown_brand", "Choose the card brand from the list: {brands}.")
WHOLE_NUMBER = message("cards.whole_number", "That looks like a whole card number. Seatkeeper "
                       "keeps only the last four digits of a card; enter just those four.")
NOT_LAST_FOUR = message("cards.not_last_four",
                        "Enter exactly the last four digits of the card (four digits, 0-9).")


@dataclass(frozen=True)
class CardOnFile:
    """What the roster keeps of a card: its brand and its last four digits."""

    brand: str
    last4: str


def check_card(brand: str, last4: str) -> CardOnFile:
    """Accept a known brand (any case) and exactly four digits; refuse all else."""
    wanted = " ".join(brand.split()).casefold()
    match = next((b for b in CARD_BRANDS if b.casefold() == wanted), None)
    if match is None:
        raise BadInput(UNKNOWN_BRAND(brands=", ".join(CARD_BRANDS)), field="card_brand")
    digits = "".join(last4.split()).replace("-", "")
    if digits.isdigit() and len(digits) >= _LONG_NUMBER:
        raise BadInput(WHOLE_NUMBER(), field="card_last4")
    if len(digits) != 4 or not digits.isascii() or not digits.isdigit():
        raise BadInput(NOT_LAST_FOUR(), field="card_last4")
    return CardOnFile(match, digits)
