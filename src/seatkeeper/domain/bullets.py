"""A list of messages as one message: a "- item" line for each.

Refusals that name every reason at once (SD-8, AS-2) end in such a list. It is
built from messages, not from their English text, so the window translates
each line (and the "- " form) on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from seatkeeper.domain.messages import Message, message

BULLET = message("list.bullet", "- {item}")
# Two lines, either of which may itself be a list: "- a\n- b\n- c" nests to the right.
LINES = message("list.lines", "{first}\n{rest}")


def bullet_list(items: Sequence[Message]) -> Message:
    """``- first`` to ``- last``, one line each; at least one item."""
    if not items:
        raise ValueError("a bullet list needs at least one item")
    lines = BULLET(item=items[-1])
    for item in reversed(items[:-1]):
        lines = LINES(first=BULLET(item=item), rest=lines)
    return lines
