"""Messages with ids: declared once, rendered in English by default, arguments by type."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from seatkeeper.domain.errors import BadInput, KnownError, RuleRefused
from seatkeeper.domain.messages import CATALOG, MessageDef, message, placeholders
from seatkeeper.domain.money import Money


def test_a_message_renders_its_english_template_with_typed_arguments() -> None:
    held = MessageDef("test.held", "Seat {seat} renews on {day} for {price} ({count} seats).")
    text = held(seat="A-1", day=date(2027, 3, 15), price=Money(149000, "NOK"),
                count=1200).render()
    assert text == "Seat A-1 renews on 2027-03-15 for 1490.00 NOK (1,200 seats)."


def test_instants_render_in_utc_and_decimals_exactly() -> None:
    at = MessageDef("test.at", "At {at}, {ratio}.")
    assert at(at=datetime(2026, 12, 6, 7, 39, tzinfo=UTC), ratio=Decimal("0.10")).render() \
        == "At 2026-12-06 07:39 UTC, 0.10."


def test_a_plural_message_picks_its_form_by_n() -> None:
    seats = MessageDef("test.seats", "{n} seat", "{n} seats")
    assert seats(n=1).render() == "1 seat"
    assert seats(n=0).render() == "0 seats"
    assert seats(n=2).render() == "2 seats"


def test_missing_or_unexpected_arguments_are_a_bug_not_a_message() -> None:
    held = MessageDef("test.args", "Seat {seat}.")
    with pytest.raises(TypeError, match="missing"):
        held()
    with pytest.raises(TypeError, match="unexpected"):
        held(seat="A", holder="B")


@pytest.mark.parametrize("template", ["{count:,}", "{0}", "{x!r}", "{}"])
def test_placeholders_are_plain_names_formatted_by_type(template: str) -> None:
    with pytest.raises(ValueError, match="placeholder"):
        placeholders(template)


def test_an_id_is_declared_once_with_one_text() -> None:
    first = message("test.once", "Once.")
    assert CATALOG["test.once"] is first
    assert message("test.once", "Once.") == first  # a re-import declares it again
    with pytest.raises(ValueError, match="declared twice"):
        message("test.once", "Twice.")


def test_a_known_error_carries_its_message_and_its_english_text() -> None:
    rule = MessageDef("test.rule", "Volume licences start at {minimum} seats.")
    error = RuleRefused("VL-2", rule(minimum=5))
    assert error.msg.id == "test.rule"
    assert error.message == str(error) == "Volume licences start at 5 seats."
    assert error.rule_id == "VL-2"
    bad = BadInput(rule(minimum=5), field="seats")
    assert isinstance(bad, KnownError)
    assert bad.field == "seats"
