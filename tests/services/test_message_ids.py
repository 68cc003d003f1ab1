"""Every KnownError raised in the deliveries, deadlines, reminders, mail, review, import,
export and demo modules (and their store modules) carries a message with an id.

The same source check as tests/domain/test_message_ids.py, over these modules.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

from tests.domain.test_message_ids import plain_text_errors

MODULES = [
    "seatkeeper.services.calendar_export", "seatkeeper.services.deadlines",
    "seatkeeper.services.deliveries", "seatkeeper.services.demo",
    "seatkeeper.services.exporting", "seatkeeper.services.mail",
    "seatkeeper.services.reminders", "seatkeeper.services.report",
    "seatkeeper.services.review", "seatkeeper.services.review_costs",
    "seatkeeper.services.review_findings", "seatkeeper.services.roster_json",
    "seatkeeper.services.send_facts", "seatkeeper.services.smtp",
    "seatkeeper.services.importing.generic", "seatkeeper.services.importing.json_check",
    "seatkeeper.services.importing.json_roster", "seatkeeper.services.importing.mapping",
    "seatkeeper.services.importing.people", "seatkeeper.services.importing.plan",
    "seatkeeper.services.importing.readers", "seatkeeper.services.importing.records",
    "seatkeeper.services.importing.snipeit", "seatkeeper.services.importing.values",
    "seatkeeper.services.importing.writer",
    "seatkeeper.store.batches", "seatkeeper.store.deadlines", "seatkeeper.store.deliveries",
    "seatkeeper.store.demo", "seatkeeper.store.imports", "seatkeeper.store.review",
    "seatkeeper.store.review_findings", "seatkeeper.store.roster_json",
    "seatkeeper.store.send_facts", "seatkeeper.store.settings",
]


@pytest.mark.parametrize("module", MODULES)
def test_known_errors_carry_messages_with_ids(module: str) -> None:
    source = inspect.getsource(importlib.import_module(module))
    assert plain_text_errors(source, module) == []


def test_a_row_problem_is_a_message_too() -> None:
    """RowError takes its problem as a Message: the check above cannot see dataclasses."""
    from seatkeeper.services.importing.records import RowError

    assert RowError.__dataclass_fields__["problem"].type == "Message"
