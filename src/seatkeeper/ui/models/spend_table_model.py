"""The Spend table: one row a group (vendor, department, holder, subscription), converted.

A ``SnapshotModel``: a roster has a few hundred groups at most, read whole with
the 12-month forecast beside them (``extra``) so table and chart come from one
read. Each row shows the converted year and month, the amounts as stated, the
rates used with their age, and in the warning tone what had no rate.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import date

from seatkeeper.domain.messages import Message
from seatkeeper.domain.money import Money
from seatkeeper.services.forecast import Forecast, ForecastService
from seatkeeper.services.spend import SpendGroup, SpendReport, SpendService
from seatkeeper.ui.i18n import date_text, money, render, tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.snapshot import Snapshot, SnapshotModel, SortKeys
from seatkeeper.ui.tasks import TaskRunner

CTX = "SpendTableModel"


def group_label(group: SpendGroup) -> str:
    return render(group.label) if isinstance(group.label, Message) else group.label


def _amounts(values: tuple[Money, ...]) -> str:
    return ", ".join(money(m) for m in values)


def stated_text(group: SpendGroup) -> str:
    return ", ".join(money(p.year) for p in group.parts)


def rate_text(group: SpendGroup) -> str:
    parts = []
    for p in group.parts:
        if p.rate_day is None:
            continue
        parts.append(tr(CTX, "{currency} {rate} of {day} ({n} days old)",
                        currency=p.year.currency, rate=p.rate, day=date_text(p.rate_day),
                        n=p.rate_age_days))
    return "; ".join(parts)


def missing_text(group: SpendGroup) -> str:
    if not group.missing_year:
        return ""
    return tr(CTX, "No rate: {amounts}", amounts=_amounts(group.missing_year))


def year_text(group: SpendGroup) -> str:
    text = money(group.year)
    return text + " *" if group.missing_year else text


class SpendTableModel(SnapshotModel[SpendGroup]):
    def __init__(self, runner: TaskRunner, spend: SpendService, forecast: ForecastService,
                 today: Callable[[], date]) -> None:
        self._spend, self._forecast, self._today = spend, forecast, today
        self.by, self.currency, self.stack = "vendor", "NOK", "vendor"
        columns: list[Column[SpendGroup]] = [
            Column("group", tr(CTX, "Group"), group_label),
            Column("year", tr(CTX, "Per year"), year_text, align_right=True,
                   tooltip=lambda g: tr(CTX, "Incomplete: {missing} could not be converted",
                                        missing=_amounts(g.missing_year))
                   if g.missing_year else None,
                   tone=lambda g: "warning" if g.missing_year else None),
            Column("month", tr(CTX, "Per month"), lambda g: money(g.month), align_right=True),
            Column("stated", tr(CTX, "As stated (a year)"), stated_text),
            Column("rate", tr(CTX, "Rate used"), rate_text, words=True),
            Column("missing", tr(CTX, "Not converted"), missing_text, words=True,
                   tone=lambda g: "warning" if g.missing_year else None),
        ]
        keys = {"group": lambda g: (g.key == "", group_label(g).casefold()),
                "year": lambda g: g.year.minor, "month": lambda g: g.month.minor,
                "stated": stated_text, "rate": rate_text, "missing": missing_text}
        super().__init__(runner, self._ask, columns,
                         lambda g: zlib.crc32(g.key.encode("utf-8")),
                         SortKeys(keys, ties=lambda g: g.key), default_sort="year",
                         descending=True)

    @property
    def report(self) -> SpendReport | None:
        return self.extra[0] if isinstance(self.extra, tuple) else None

    @property
    def forecast(self) -> Forecast | None:
        return self.extra[1] if isinstance(self.extra, tuple) else None

    def _ask(self, text: str) -> Callable[[], Snapshot[SpendGroup]]:
        forecast, today = self._forecast, self._today
        by, currency, stack = self.by, self.currency, self.stack
        words = text.casefold().split()

        def work() -> Snapshot[SpendGroup]:
            on = today()
            report, months = forecast.with_spend(by, stack, currency, on)
            rows = [g for g in report.groups
                    if all(w in str(g.label).casefold() for w in words)]
            return Snapshot(rows, extra=(report, months))
        return work
