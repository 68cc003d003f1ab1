"""What a row becomes: plain records for the writer, or the reasons it cannot be imported.

A good row names one subscription (by its stable key), the seats it should
have, at most one device, and maybe a product key that goes to the vault.
The records are the store's (``store.imports``), whose writer turns them into
SQL; they are re-exported here for the converters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.messages import Message, message
from seatkeeper.services.importing.readers import EXTRA_CELLS
from seatkeeper.store.imports import (
    UNNUMBERED_SEAT,
    DeviceRecord,
    PlannedRow,
    SeatRecord,
    SubscriptionRecord,
    unnumbered_position,
    unnumbered_seat,
)

__all__ = [
    "UNNUMBERED_SEAT",
    "Cells",
    "DeviceRecord",
    "PlannedRow",
    "RowError",
    "RowRejected",
    "SeatRecord",
    "SubscriptionRecord",
    "unnumbered_position",
    "unnumbered_seat",
]

T = TypeVar("T")
SURPLUS_CELLS = message("import.surplus_cells", "{cells} cells but {headers} headers")
ROW_REJECTED = message("import.row_rejected", "{reasons}")


@dataclass(frozen=True)
class RowError:
    """One reason a row cannot be imported: where, the value, and why (a message)."""

    line: int
    column: str
    value: str
    problem: Message

    @property
    def reason(self) -> str:
        """Why, in English (the rejects file, the CLI)."""
        return self.problem.render()

    def as_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "value": self.value,
                "reason": self.reason}


@dataclass
class Cells:
    """A row's cells by field, collecting every problem instead of stopping at one."""

    line: int
    row: Mapping[str, str]
    mapping: Mapping[str, str]
    secret_fields: frozenset[str] = frozenset()
    errors: list[RowError] = field(default_factory=list)

    def text(self, name: str) -> str:
        header = self.mapping.get(name)
        return self.row.get(header, "") if header else ""

    def column(self, name: str) -> str:
        return self.mapping.get(name, name)

    def parse(self, name: str, parser: Callable[[str], T], fallback: T) -> T:
        raw = self.text(name)
        try:
            return parser(raw)
        except KnownError as error:
            self.fail(name, raw, error.msg)
            return fallback

    def fail(self, name: str, raw: str, problem: Message) -> None:
        value = "[secret]" if name in self.secret_fields else " ".join(raw.split())[:200]
        error = RowError(self.line, self.column(name), value, problem)
        if error not in self.errors:  # a cell read twice (its currency, its amount) fails once
            self.errors.append(error)

    def check(self) -> None:
        if EXTRA_CELLS in self.row:
            cells, headers = (int(n) for n in self.row[EXTRA_CELLS].split())
            self.errors.append(RowError(self.line, "", "",
                                        SURPLUS_CELLS(cells=cells, headers=headers)))
        if self.errors:
            raise RowRejected(self.errors)


class RowRejected(BadInput):
    def __init__(self, errors: list[RowError]) -> None:
        # Each reason has its own message (``errors``); this is their English summary.
        super().__init__(ROW_REJECTED(reasons="; ".join(e.reason for e in errors)))
        self.errors = errors
