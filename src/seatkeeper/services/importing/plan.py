"""The dry run: every row converted and checked, nothing written.

``preview`` returns an ``ImportPlan`` with the good rows ready for the writer
and one ``RowError`` per problem (row number, column, value, reason), so the
admin sees every bad row before choosing to stop or to skip them.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from seatkeeper.domain.errors import BadInput, KnownError
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import Money
from seatkeeper.domain.price import Price, PriceBasis
from seatkeeper.domain.vendor_terms import check_billing_currency, check_devices
from seatkeeper.services.importing import generic, snipeit
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.gc_pause import gc_paused
from seatkeeper.services.importing.mapping import fields_for
from seatkeeper.services.importing.records import (
    Cells,
    PlannedRow,
    RowError,
    RowRejected,
    SubscriptionRecord,
)
from seatkeeper.store.imports import TEXT_LIMITS

Converter = Callable[[Cells, ImportContext], PlannedRow]
_CONVERTERS: dict[str, tuple[Converter, frozenset[str]]] = {
    "generic": (generic.convert, frozenset()),
    "snipeit": (snipeit.convert, snipeit.SECRET_FIELDS),
}
REQUIRED = {"generic": ("subscription",), "snipeit": ("item_name",),
            # a directory's people (services.importing.directory): who is who
            "entra": ("sign_in",), "google": ("email",), "directory": ("email",)}
FAST_PATH = True  # generic rows through generic.plain_converter first (tests turn it off)
NOT_MAPPED = message("import.not_mapped",
                     "No column is mapped to “{field}”; choose one before importing.")
SAME_SEAT = message("import.same_seat", "Same licence/seat as row {first}.")
TOO_LONG = message("import.too_long",
                   "“{start}…” is {length} characters long; the roster keeps at most {limit}.")
REJECTS_UNWRITABLE = message("import.rejects_unwritable",
                             "The rejected rows cannot be saved to {path}: {reason}.")


@dataclass(frozen=True)
class PlanTotals:
    """The totals a preview shows before anything is written (issue 15)."""

    subscriptions: int
    seats: int
    holders: int
    per_period: tuple[Money, ...]  # each currency: every subscription's price for its plan

    def as_json(self) -> dict[str, object]:
        return {"subscriptions": self.subscriptions, "seats": self.seats,
                "holders": self.holders,
                "per_period": {m.currency: m.decimal_string() for m in self.per_period}}


@dataclass
class ImportPlan:
    """The outcome of a dry run: good rows, every problem, and the rejected rows."""

    fmt: str
    headers: list[str]
    mapping: dict[str, str]
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rejected: list[tuple[int, dict[str, str], str]] = field(default_factory=list)
    total: int = 0

    @property
    def bad_rows(self) -> int:
        return len(self.rejected)

    @property
    def good_rows(self) -> int:
        return len(self.rows)

    def totals(self) -> PlanTotals:
        """What the good rows will write: seats, and each currency's cost for one period."""
        seats: dict[str, set[str]] = {}
        subs: dict[str, SubscriptionRecord] = {}
        for row in self.rows:
            rec = row.subscription
            subs[rec.key] = rec  # later rows win, as in the writer
            seats.setdefault(rec.key, set()).update(s.licence_id for s in row.seats)
        money: dict[str, Money] = {}
        for key, rec in subs.items():
            count = max(rec.seat_limit, len(seats[key]))
            price = Price(Money(rec.price_minor, rec.currency), PriceBasis(rec.price_basis),
                          rec.price_months)
            cost = price.cost(count, rec.plan_months, count)
            money[rec.currency] = money.get(rec.currency, Money.zero(rec.currency)) + cost
        return PlanTotals(subscriptions=len(subs),
                          seats=sum(len(s) for s in seats.values()),
                          holders=len({s.holder_email for r in self.rows for s in r.seats
                                       if s.holder_email}),
                          per_period=tuple(money[c] for c in sorted(money)))

    def secret_headers(self) -> set[str]:
        secrets = _CONVERTERS[self.fmt][1]
        return {h for f, h in self.mapping.items() if f in secrets}


def preview(rows: Iterable[tuple[int, dict[str, str]]], mapping: Mapping[str, str],
            ctx: ImportContext, *, fmt: str = "generic", headers: list[str] | None = None
            ) -> ImportPlan:
    """Convert every row; collect errors instead of raising them."""
    fields_for(fmt)
    for needed in REQUIRED[fmt]:
        if needed not in mapping:
            raise BadInput(NOT_MAPPED(field=needed))
    convert, secret_fields = _CONVERTERS[fmt]
    ctx = replace(ctx, memo={})  # what one dry run remembers across its rows is its own
    plan = ImportPlan(fmt, list(headers or []), dict(mapping))
    with gc_paused():
        _convert_all(plan, rows, mapping, ctx, convert, secret_fields)
    return plan


def _convert_all(plan: ImportPlan, rows: Iterable[tuple[int, dict[str, str]]],
                 mapping: Mapping[str, str], ctx: ImportContext, convert: Converter,
                 secret_fields: frozenset[str]) -> None:
    fmt = plan.fmt
    plain = generic.plain_converter(mapping, ctx) if fmt == "generic" and FAST_PATH else None
    seen: dict[tuple[str, ...], int] = {}
    for line, row in rows:
        plan.total += 1
        # Most generic rows need none of the general path's checks: the plain
        # converter gives the very same PlannedRow for them, or None to send
        # the row the general way (it then finds any problem in it).
        planned = plain(line, row) if plain is not None else None
        if planned is None:
            cells = Cells(line, row, mapping, secret_fields)
            try:
                planned = convert(cells, ctx)
            except RowRejected as rejected:
                _reject(plan, line, row, rejected.errors)
                continue
            except KnownError as error:  # a rule refused a value the row checks did not foresee
                _reject(plan, line, row, [RowError(line, "", "", error.msg)])
                continue
        problem = terms_problem(planned, ctx) or length_problem(planned)
        if problem is not None:
            _reject(plan, line, row, [problem])
            continue
        # Two rows naming one seat would silently overwrite each other (a Snipe-IT row
        # that checks out no seat of a licence already read names none).
        if not planned.seats:
            plan.rows.append(planned)
            continue
        key = (planned.subscription.key, planned.seats[0].licence_id)
        first = seen.setdefault(key, line)
        if first != line:
            _reject(plan, line, row, [RowError(line, "", planned.subscription.name,
                                               SAME_SEAT(first=first))])
        else:
            plan.rows.append(planned)


def terms_problem(planned: PlannedRow, ctx: ImportContext) -> RowError | None:
    """A row claiming more than its vendor's terms allow (VL-19, AS-3) or another billing
    currency than a seed vendor's (AS-1): the rule named. Checked once per subscription."""
    rec = planned.subscription
    memo_key = ("terms", rec)
    if memo_key in ctx.memo:
        found: RowError | None = ctx.memo[memo_key]
        return None if found is None else replace(found, line=planned.line)
    profile = ctx.profile(rec.vendor, rec.channel)
    found = _too_long(planned.line, "subscription", rec)
    if found is not None:
        ctx.memo[memo_key] = found
        return found
    try:
        check_devices(profile, devices_per_seat=rec.devices_per_seat if rec.devices_known
                      else None, seat_limit=rec.seat_limit)
    except KnownError as error:
        found = RowError(planned.line, "devices_per_seat", str(rec.devices_per_seat), error.msg)
    if found is None:
        try:
            check_billing_currency(profile, rec.currency)
        except KnownError as error:
            found = RowError(planned.line, "currency", rec.currency, error.msg)
    ctx.memo[memo_key] = found
    return found


# The file's field each record field comes from, to name the column of a too-long value.
_SOURCE_FIELD = {("subscription", "key"): "subscription_key",
                 ("subscription", "name"): "subscription", ("seat", "licence_id"): "licence_id",
                 ("device", "key"): "device_key", ("device", "name"): "device_name"}
_LIMITS_OF = {record: [(f, n) for (r, f), n in TEXT_LIMITS.items() if r == record]
              for record in ("subscription", "seat", "device")}


def _too_long(line: int, record: str, values: tuple[object, ...]) -> RowError | None:
    for name, limit in _LIMITS_OF[record]:
        value = getattr(values, name)
        if isinstance(value, str) and len(value) > limit:
            return RowError(line, _SOURCE_FIELD.get((record, name), name), value[:60],
                            TOO_LONG(start=value[:40], length=len(value), limit=limit))
    return None


def length_problem(planned: PlannedRow) -> RowError | None:
    """A seat's or device's text longer than its column (the subscription's is checked
    once, with its terms): PostgreSQL would refuse the whole import with no row named."""
    for seat in planned.seats:
        if (found := _too_long(planned.line, "seat", seat)) is not None:
            return found
    if planned.device is not None:
        return _too_long(planned.line, "device", planned.device)
    return None


def _reject(plan: ImportPlan, line: int, row: dict[str, str], errors: list[RowError]) -> None:
    plan.errors.extend(errors)
    plan.rejected.append((line, row, "; ".join(f"{e.column}: {e.reason}" if e.column
                                               else e.reason for e in errors)))


def write_rejects(plan: ImportPlan, path: Path) -> None:
    """The rejected rows with a Reason column; product keys blanked (they are secrets)."""
    secret = plan.secret_headers()
    headers = ["Row", *plan.headers, "Reason"]
    try:
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            for line, row, reason in sorted(plan.rejected, key=lambda r: r[0]):
                writer.writerow([line, *("" if h in secret else row.get(h, "")
                                         for h in plan.headers), reason])
    except OSError as error:
        raise BadInput(REJECTS_UNWRITABLE(path=str(path), reason=str(error.strerror))) from None
