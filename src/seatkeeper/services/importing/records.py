"""What a good import row becomes: plain records the writer turns into SQL.

A row names one subscription (by its stable key), the seats it should have,
at most one device, and maybe a product key that goes to the vault. The
records are named tuples, not dataclasses: a million-row plan makes millions
of them, and a tuple is built several times faster than a frozen dataclass.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, TypeVar

from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.services.importing.readers import EXTRA_CELLS

T = TypeVar("T")


class SubscriptionRecord(NamedTuple):
    key: str  # subscriptions.external_key
    vendor: str
    owner_email: str
    name: str
    kind: str
    channel: str
    currency: str
    unit_monthly_price_minor: int
    plan_months: int
    period_start: date
    renewal_date: date
    auto_renew: bool
    status: str
    seat_limit: int
    devices_per_seat: int


class SeatRecord(NamedTuple):
    licence_id: str
    holder_name: str | None  # None: the seat is unassigned
    holder_email: str | None
    renew: bool = True


class DeviceRecord(NamedTuple):
    key: str  # devices.external_key
    name: str
    platform: str
    region: str
    licence_id: str  # the seat of the row's subscription it is connected to


class PlannedRow(NamedTuple):
    line: int
    subscription: SubscriptionRecord
    seats: tuple[SeatRecord, ...]
    device: DeviceRecord | None = None
    product_key: str | None = None

    def __repr__(self) -> str:  # the product key never reaches a log or traceback
        return f"PlannedRow(line={self.line}, subscription={self.subscription.key!r})"


@dataclass(frozen=True)
class RowError:
    """One reason a row cannot be imported."""

    line: int
    column: str
    value: str
    reason: str


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
            self.fail(name, raw, error.message)
            return fallback

    def fail(self, name: str, raw: str, reason: str) -> None:
        value = "[secret]" if name in self.secret_fields else " ".join(raw.split())[:200]
        self.errors.append(RowError(self.line, self.column(name), value, reason))

    def check(self) -> None:
        if EXTRA_CELLS in self.row:
            self.errors.append(RowError(self.line, "", "", self.row[EXTRA_CELLS]))
        if self.errors:
            raise RowRejected(self.errors)


class RowRejected(BadInput):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("; ".join(e.reason for e in errors))
        self.errors = errors
