"""A list of messages as one message: "- item" lines, each line a message of its own."""

from __future__ import annotations

import pytest

from seatkeeper.domain.bullets import BULLET, bullet_list
from seatkeeper.domain.messages import Message, MessageDef

SEATS = MessageDef("test.bullets.seats", "{n} seats are free.")


def test_one_line_per_item_in_order() -> None:
    assert bullet_list([SEATS(n=1)]).render() == "- 1 seats are free."
    assert bullet_list([SEATS(n=n) for n in (1, 2000, 3)]).render() == (
        "- 1 seats are free.\n- 2,000 seats are free.\n- 3 seats are free.")


def test_each_item_stays_a_message_the_window_can_translate() -> None:
    lines = bullet_list([SEATS(n=1), SEATS(n=2)])
    seen: list[str] = []

    def formatter(value: object) -> str:  # what the window's format_value gets handed
        if isinstance(value, Message):
            seen.append(value.id)
            return value.render(formatter)
        return str(value)
    assert lines.render(formatter) == "- 1 seats are free.\n- 2 seats are free."
    assert seen.count(BULLET.id) == 2
    assert seen.count(SEATS.id) == 2


def test_an_empty_list_is_a_bug() -> None:
    with pytest.raises(ValueError, match="at least one"):
        bullet_list([])
